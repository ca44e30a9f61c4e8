/** Page-break repair: a paragraph cut mid-sentence by a PDF page break is rejoined, and nothing else is. */
import { describe, expect, it } from 'vitest';
import { endsMidSentence } from '../../src/parser/repair.ts';
import { parsePlan } from '../../src/parser/index.ts';
import { fixture, parseSeed, seedSource, unitOf } from './load.ts';

describe('on the seed', () => {
  const plan = parseSeed();
  const lines = seedSource().split('\n');

  it('repairs exactly 58 page breaks', () => {
    expect(plan.repairs).toHaveLength(58);
  });

  it('rejoins 全市营商环境不断优化，一 (line 27) with 批改革创新举措 (line 29)', () => {
    expect(plan.repairs[0]).toEqual({ before: 27, after: 29 });
    const paragraph = unitOf(plan, '1-1').paragraphs[0]!;
    expect(paragraph.text).toContain('全市营商环境不断优化，一批改革创新举措走在全国前列');
    expect(paragraph.lines).toEqual([27, 29]);
  });

  it('rejoins across several blank lines (51 → 55)', () => {
    expect(plan.repairs).toContainEqual({ before: 51, after: 55 });
    expect(unitOf(plan, '1-2').paragraphs[0]!.text).toContain('制度不完善、交互不畅通等“五不”问题');
  });

  it('repairs only fragments whose seed line ends mid-sentence', () => {
    const cut = plan.repairs.filter((r) => !endsMidSentence(lines[r.before - 1]!.trim()));
    expect(cut).toEqual([]);
  });

  it('lists repairs in seed order, each joining a line to a later one', () => {
    expect(plan.repairs.every((r, i) => r.after > r.before && (i === 0 || r.before > plan.repairs[i - 1]!.after))).toBe(true);
  });

  it('leaves no paragraph of the plan ending mid-sentence', () => {
    const open = plan.units.flatMap((u) => u.paragraphs.filter((p) => endsMidSentence(p.text)).map((p) => [u.id, p.text.slice(-10)]));
    expect(open).toEqual([]);
  });
});

describe('endsMidSentence', () => {
  it.each(['。', '！', '？', '；', '：', '…'])('is false after sentence-final %s', (mark) => {
    expect(endsMidSentence(`压减办理时限${mark}`)).toBe(false);
  });

  it.each(['压减办理', '压减办理，', '“一枚', '“放管服”', '（负责部门：商务部'])('is true for %j', (text) => {
    expect(endsMidSentence(text)).toBe(true);
  });

  it.each([
    '压减办理时限。（生态环境部牵头，有关部门参与）',
    '试点。（负责部门：证监会、知识产权局）',
    '协同推进。”（各有关部门按职责分工负责）',
  ])('is false for a sentence followed by a bracketed note: %j', (text) => {
    expect(endsMidSentence(text)).toBe(false);
  });

  it.each(['（此件公开发布）', '(联系电话：市政务服务局，12345678)'])('is false for a paragraph wholly in brackets: %j', (text) => {
    expect(endsMidSentence(text)).toBe(false);
  });
});

describe('on small documents', () => {
  it('joins a paragraph split mid-sentence by a page break (page-break-joined)', () => {
    const plan = parsePlan(fixture('page-break-joined'));
    expect(unitOf(plan, '1-1-1').paragraphs).toEqual([{ text: '简化审批流程。推行告知承诺制，压减办理时限。', lines: [27, 31] }]);
    expect(plan.repairs).toEqual([{ before: 27, after: 31 }]);
  });

  it('never joins two real paragraphs, the first ending with 。 (paragraphs-not-joined)', () => {
    const plan = parsePlan(fixture('paragraphs-not-joined'));
    expect(unitOf(plan, '1-1-1').paragraphs).toEqual([
      { text: '简化审批流程。推行告知承诺制。', lines: [27] },
      { text: '压减办理时限，提高审批效率。', lines: [29] },
    ]);
    expect(plan.repairs).toEqual([]);
  });

  it('never joins a cut paragraph with the numbered line after it (cut-before-numbered-line)', () => {
    const plan = parsePlan(fixture('cut-before-numbered-line'));
    expect(unitOf(plan, '1-1-1').paragraphs.map((p) => p.text)).toEqual(['简化审批流程。推行告知承诺制，压减办理']);
    expect(unitOf(plan, '1-1-2').title).toBe('强化事中事后监管');
    expect(plan.repairs).toEqual([]);
  });

  it('repairs nothing in the minimal document', () => {
    expect(parsePlan(fixture('minimal')).repairs).toEqual([]);
  });
});
