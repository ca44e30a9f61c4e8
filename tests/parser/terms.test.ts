/** Where glossary terms occur: on the seed, and `findTerms` on its own. */
import { describe, expect, it } from 'vitest';
import { findTerms, type TermKey } from '../../src/parser/terms.ts';
import { parseSeed } from './load.ts';

describe('term occurrences in the seed', () => {
  const plan = parseSeed();
  const occurrences = plan.units.flatMap((u) => u.terms.map((t) => ({ unit: u, ...t })));

  it('find each of the ten terms, each in exactly one unit', () => {
    const where: Record<string, string[]> = Object.fromEntries(plan.glossary.map((t) => [t.slug, []]));
    for (const o of occurrences) if (!where[o.slug]!.includes(o.unit.id)) where[o.slug]!.push(o.unit.id);
    expect(where).toEqual({
      '1-4-6': ['1-1-3'],
      'wu-ge-quan-fu-gai': ['1-1-3'],
      '1-15-n': ['3-2-5'],
      '1-2': ['3-3-1'],
      'san-ge-san': ['3-3-1'],
      'liu-ti-xi-liang-ping-tai': ['3-3-5'],
      '1-6-n': ['3-4-4'],
      'wu-hua': ['4-1-1'],
      'wu-yuan-lian-dong': ['5-3-5'],
      '1-5': ['5-4-2'],
    });
  });

  it('point at the key itself in the paragraph text', () => {
    for (const o of occurrences) {
      const text = o.in === 'title' ? o.unit.title! : o.unit.paragraphs[o.paragraph]!.text;
      expect(text.slice(o.offset, o.offset + o.key.length)).toBe(o.key);
    }
  });

  it('list a unit’s terms in reading order', () => {
    const unit = plan.units.find((u) => u.id === '3-3-1')!;
    expect(unit.terms.map((t) => [t.key, t.in === 'title' ? -1 : t.paragraph])).toEqual([
      ['1+2', 0],
      ['三个三', 0],
    ]);
    expect(unit.terms[0]!.offset).toBeLessThan(unit.terms[1]!.offset);
  });
});

describe('findTerms', () => {
  const keys = (...list: string[]): TermKey[] => list.map((key) => ({ slug: key, key }));
  const found = (text: string, ...list: string[]): string[] => findTerms(text, keys(...list)).map((m) => `${m.key}@${m.offset}`);

  it('finds a key with the offset it starts at', () => {
    expect(found('推动政务服务“五化”改革', '五化')).toEqual(['五化@7']);
  });

  it('finds every occurrence, in reading order', () => {
    expect(found('五化、五化', '五化')).toEqual(['五化@0', '五化@3']);
  });

  it('prefers the longest key that matches at a position', () => {
    expect(found('优化营商环境', '营商', '营商环境')).toEqual(['营商环境@2']);
  });

  it('does not find a shorter key inside a longer match', () => {
    expect(found('六体系两平台', '六体系两平台', '两平台')).toEqual(['六体系两平台@0']);
  });

  it('finds a formula key between quotes and Chinese text', () => {
    expect(found('构建“1+2”三个万亿级产业发展体系', '1+2')).toEqual(['1+2@3']);
    expect(found('法治建设考核“1+5”运行机制', '1+5')).toEqual(['1+5@7']);
  });

  it('does not find 1+5 inside 1+15+N', () => {
    expect(found('建设完善“1+15+N”的市域一体化大数据平台', '1+5')).toEqual([]);
  });

  it('does not find 1+2 inside 11+2 or 1+20', () => {
    expect(found('“11+2”体系', '1+2')).toEqual([]);
    expect(found('“1+20”体系', '1+2')).toEqual([]);
  });

  it('does not find 1+4+6 in 1+4+N', () => {
    expect(found('构建“1+4+N”监管体系', '1+4+6')).toEqual([]);
  });

  it('does not find 1+6+N in 1+6+N+M, nor in 21+6+N', () => {
    expect(found('1+6+N+M', '1+6+N')).toEqual([]);
    expect(found('21+6+N', '1+6+N')).toEqual([]);
  });

  it('keeps the slug of the key that matched', () => {
    expect(findTerms('“1+15+N”平台', [{ slug: '1-15-n', key: '1+15+N' }])).toEqual([{ slug: '1-15-n', key: '1+15+N', offset: 1 }]);
  });
});
