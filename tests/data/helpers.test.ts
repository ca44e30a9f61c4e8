import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/csv.ts';
import { eId } from '../../src/data/eid.ts';
import { groupTerms } from '../../src/site/lib/term-groups.ts';
import { encodeFragmentTerm, passageDirective, withTextFragment } from '../../src/site/lib/fragment.ts';
import { planOf } from '../extract/plan-of.ts';
import { parseCsv } from './csv.ts';

describe('eId', () => {
  const plan = planOf([
    { id: '3', text: [] },
    { id: '3-1', text: [] },
    { id: '3-1-2', text: ['条。'] },
    { id: '3-1-2-1', text: ['项。'] },
  ]);
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  it('names each level by its kind and number', () => {
    expect(plan.units.map((u) => eId(u, byId))).toEqual([
      'chp_3',
      'chp_3__sec_1',
      'chp_3__sec_1__point_2',
      'chp_3__sec_1__point_2__item_1',
    ]);
  });
  it('calls an unnumbered measure a paragraph', () => {
    const u = { ...plan.units[2]!, marker: null };
    expect(eId(u, byId)).toBe('chp_3__sec_1__para_2');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks, doubles quotes, ends records with CRLF, starts with a BOM', () => {
    const csv = toCsv(['a', 'b'], [['x,y', 'say "hi"\nbye']]);
    expect(csv).toBe('\uFEFFa,b\r\n"x,y","say ""hi""\nbye"\r\n');
    expect(parseCsv(csv.slice(1))).toEqual([
      ['a', 'b'],
      ['x,y', 'say "hi"\nbye'],
    ]);
  });
});

describe('text fragments', () => {
  it('percent-encodes the characters that have a meaning inside a text directive', () => {
    expect(encodeFragmentTerm('a-b,c&d 放')).toBe('a%2Db%2Cc%26d%20%E6%94%BE');
    expect(withTextFragment('/m/1/', '8%')).toBe('/m/1/#:~:text=8%25');
  });

  it('links a short selection within one block by its exact text, spaces collapsed', () => {
    expect(passageDirective('  实行 “证照分离”-改革 \n')).toBe(encodeFragmentTerm('实行 “证照分离”-改革'));
  });

  it('links a long or multi-block selection as start,end cut at punctuation near each end', () => {
    const first = '持续深化“放管服”改革，全面推行告知承诺制度，优化审批流程';
    const last = '建立健全企业诉求快速响应机制；完善政企沟通渠道，做到有求必应';
    expect(passageDirective(`${first}\n\n${last}`)).toBe(
      `${encodeFragmentTerm('持续深化“放管服”改革')},${encodeFragmentTerm('完善政企沟通渠道，做到有求必应')}`,
    );
  });

  it('gives nothing for a blank selection', () => {
    expect(passageDirective(' \n \n')).toBe('');
  });
});

describe('grouping the term index', () => {
  const term = (t: string) => ({
    term: t,
    glossary: null,
    occurrences: [{ unit: '1', label: '一', paragraph: 0, offset: 0, quoted: true }],
    explanations: [],
  });
  const groups = groupTerms(['证照分离', '放管服', '1+4+6', '非禁即入', '长期'].map(term));

  it('groups by the pinyin initial of the first character, digits last', () => {
    expect(groups.map((g) => [g.key, g.terms.map((t) => t.term)])).toEqual([
      ['C', ['长期']],
      ['F', ['放管服', '非禁即入']],
      ['Z', ['证照分离']],
      ['0–9', ['1+4+6']],
    ]);
  });

  it('gives each term its pinyin with initials for the filter', () => {
    expect(groups[1]!.terms[0]!.pinyin).toBe('fangguanfu fgf');
  });
});
