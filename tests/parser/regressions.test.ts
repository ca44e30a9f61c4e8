/** Inputs that once parsed wrongly, each derived from the minimal fixture with one change. */
import { describe, expect, it } from 'vitest';
import { decodeSeed, parsePlan } from '../../src/parser/index.ts';
import { fixture, parseErrorOf, unitOf } from './load.ts';

const minimal = fixture('minimal');
const edit = (from: string, to: string): string => {
  if (!minimal.includes(from)) throw new Error(`fixture has no ${from}`);
  return minimal.replace(from, to);
};

describe('page-break repair', () => {
  it('does not join a paragraph that ends with 。” to the next paragraph', () => {
    const plan = parsePlan(edit('压减办理时限。', '压减办理时限。正如文件所说：“监管要有力度。”\n\n另起一段。'));
    expect(unitOf(plan, '1-1-1').paragraphs.map((p) => p.text)).toEqual([
      '简化审批流程。推行告知承诺制，压减办理时限。正如文件所说：“监管要有力度。”',
      '另起一段。',
    ]);
    expect(plan.repairs).toEqual([]);
  });

  it('treats an unmarked numbered line without punctuation as a heading, not a fragment', () => {
    const plan = parsePlan(edit('## 二、保障措施', '二、保障措施\n\n建立规划实施保障机制，确保任务落实。'));
    expect(unitOf(plan, '2').title).toBe('保障措施');
    expect(unitOf(plan, '2').paragraphs.map((p) => p.text)).toEqual(['建立规划实施保障机制，确保任务落实。']);
  });

  it('keeps a numbered item printed as a bare title line apart from the paragraph after it', () => {
    const plan = parsePlan(edit('2. 强化事中事后监管。实施信用分级分类监管。', '2. 强化事中事后监管\n\n实施信用分级分类监管。'));
    expect(unitOf(plan, '1-1-2').title).toBe('强化事中事后监管');
    expect(unitOf(plan, '1-1-2').paragraphs.map((p) => p.text)).toEqual(['实施信用分级分类监管。']);
  });
});

describe('errors instead of silent nonsense', () => {
  it('rejects an impossible printing date with its line', () => {
    const source = minimal.replace(/\d{4}年\d{1,2}月\d{1,2}日印发/, '2024年2月30日印发');
    const line = source.split('\n').findIndex((l) => l.includes('2024年2月30日印发')) + 1;
    const err = parseErrorOf(() => parsePlan(source));
    expect([err.code, err.line]).toEqual(['END_MATTER', line]);
  });

  it('rejects a glossary configuration when the plan has no 名词解释 heading', () => {
    const source = minimal.replace('## 名词解释', '');
    const err = parseErrorOf(() => parsePlan(source, { glossary: [{ heading: '不存在', slug: 'x', keys: ['x'] }] }));
    expect(err.code).toBe('CONFIG');
    expect(err.message).toContain('名词解释');
  });

  it('counts bare CR line ends when locating invalid UTF-8', () => {
    const err = parseErrorOf(() => decodeSeed(new Uint8Array([0x61, 0x0d, 0x62, 0x0d, 0xff])));
    expect([err.code, err.line]).toEqual(['NOT_UTF8', 3]);
  });
});
