/**
 * Malformed documents: each fixture is the minimal document with one thing wrong, and the parser
 * names the problem (code) and where it is (1-based seed line).
 */
import { describe, expect, it } from 'vitest';
import { decodeSeed, parsePlan } from '../../src/parser/index.ts';
import { fixture, fixtureBytes, fixtureErrata, parseErrorOf } from './load.ts';

/** Parse a fixture as the build does: bytes through decodeSeed, then parsePlan with the fixture's errata if it has any. */
function parseFixture(name: string): unknown {
  return parsePlan(decodeSeed(fixtureBytes(name)), { errata: fixtureErrata(name) });
}

describe('a malformed document is rejected with its code and line', () => {
  it.each([
    { name: 'empty', code: 'EMPTY', line: 1 },
    { name: 'not-utf8', code: 'NOT_UTF8', line: 3 },
    { name: 'missing-chapter', code: 'CHAPTER_ORDER', line: 31 },
    { name: 'repeated-chapter', code: 'CHAPTER_ORDER', line: 31 },
    { name: 'sections-out-of-order', code: 'SECTION_ORDER', line: 37 },
    { name: 'duplicated-item', code: 'ITEM_ORDER', line: 29 },
    { name: 'section-before-chapter', code: 'ORPHAN_SECTION', line: 21 },
    { name: 'glossary-entry-without-definition', code: 'GLOSSARY_NO_DEFINITION', line: 39 },
    { name: 'text-after-end-matter', code: 'TRAILING_TEXT', line: 51 },
    { name: 'erratum-mismatch', code: 'ERRATUM_MISMATCH', line: 27 },
  ])('$name: $code on line $line', ({ name, code, line }) => {
    const error = parseErrorOf(() => parseFixture(name));
    expect({ code: error.code, line: error.line }).toEqual({ code, line });
  });
});

describe('error reports', () => {
  it('show the offending line as it is in the file', () => {
    const error = parseErrorOf(() => parseFixture('duplicated-item'));
    expect(error.sourceLine).toBe(fixture('duplicated-item').split('\n')[error.line - 1]);
  });

  it('name a chapter that is missing', () => {
    expect(parseErrorOf(() => parseFixture('missing-chapter')).format()).toMatchInlineSnapshot(`
      "seed:31:4: [CHAPTER_ORDER] chapter 二、 is missing: expected 二、, found 三、
        31 | ## 三、保障措施
           |    ^
      hint: number each chapter in sequence from 一、 within its parent"
    `);
  });

  it('name a chapter that is repeated', () => {
    expect(parseErrorOf(() => parseFixture('repeated-chapter')).format()).toMatchInlineSnapshot(`
      "seed:31:4: [CHAPTER_ORDER] repeated chapter 一、: expected 二、, found 一、
        31 | ## 一、保障措施
           |    ^
      hint: number each chapter in sequence from 一、 within its parent"
    `);
  });

  it('name a numbered item that is repeated', () => {
    expect(parseErrorOf(() => parseFixture('duplicated-item')).format()).toMatchInlineSnapshot(`
      "seed:29:1: [ITEM_ORDER] repeated numbered item 1.: expected 2., found 1.
        29 | 1. 强化事中事后监管。实施信用分级分类监管。
           | ^
      hint: number each numbered item in sequence from 1. within its parent"
    `);
  });

  it('name the level missing above an orphaned section', () => {
    expect(parseErrorOf(() => parseFixture('section-before-chapter')).format('minimal.txt')).toMatchInlineSnapshot(`
      "minimal.txt:21:1: [ORPHAN_SECTION] section （一） appears before any chapter, but the text has chapters
        21 | （一）编制依据。为持续优化营商环境，编制本规划。
           | ^
      hint: every section must sit inside a chapter; check the numbering of the lines above"
    `);
  });

  it('name a section that comes after a later one', () => {
    expect(parseErrorOf(() => parseFixture('sections-out-of-order')).format()).toMatchInlineSnapshot(`
      "seed:37:1: [SECTION_ORDER] section （一） comes after （二） (line 33): expected （三）, found （一）
        37 | （一）加强组织领导。健全工作推进机制。
           | ^
      hint: number each section in sequence from （一） within its parent"
    `);
  });

  it('list every numbering error of the file, not only the first, each with its line', () => {
    const source = fixture('minimal').replace('2. 强化事中事后监管', '3. 强化事中事后监管').replace('## 二、保障措施', '## 三、保障措施');
    const error = parseErrorOf(() => parsePlan(source));
    expect(error.errors.map((e) => [e.code, e.line])).toEqual([
      ['ITEM_ORDER', 29],
      ['CHAPTER_ORDER', 31],
    ]);
    expect(error.format()).toMatch(/^2 errors in seed:\n\nseed:29:1: \[ITEM_ORDER\][^]*\n\nseed:31:4: \[CHAPTER_ORDER\]/);
  });

  it('name the glossary entry without a definition', () => {
    expect(parseErrorOf(() => parseFixture('glossary-entry-without-definition')).format()).toMatchInlineSnapshot(`
      "seed:39:1: [GLOSSARY_NO_DEFINITION] glossary entry “政务服务“五化”改革” has no definition
        39 | **政务服务“五化”改革：**
           | ^
      hint: write the definition after the colon, on the same line"
    `);
  });

  it('quote the text that fits nowhere after the end matter', () => {
    expect(parseErrorOf(() => parseFixture('text-after-end-matter')).format()).toMatchInlineSnapshot(`
      "seed:51:1: [TRAILING_TEXT] text after the printing line fits nowhere: “附件：某市营商环境评价指标”
        51 | 附件：某市营商环境评价指标
           | ^
      hint: nothing may follow the “…印发” line except rules; move or delete this text"
    `);
  });

  it('quote the erratum that does not match its line', () => {
    expect(parseErrorOf(() => parseFixture('erratum-mismatch')).format()).toMatchInlineSnapshot(`
      "seed:27: [ERRATUM_MISMATCH] erratum 1 expects “告之承诺制” exactly once on line 27, found it 0 time(s)
      line 27 of the source:
        27 | 1. 简化审批流程。推行告知承诺制，压减办理时限。
           |                      ^
      hint: check the line number and the original text of this entry against the source line shown"
    `);
  });

  it('give the byte that is not UTF-8, and how to convert the file', () => {
    expect(() => decodeSeed(fixtureBytes('not-utf8'))).toThrowErrorMatchingInlineSnapshot(
      `[ParseError: the seed is not valid UTF-8 (byte 30, 0xd5)]`,
    );
    expect(parseErrorOf(() => decodeSeed(fixtureBytes('not-utf8'))).format()).toMatchInlineSnapshot(`
      "seed:3: [NOT_UTF8] the seed is not valid UTF-8 (byte 30, 0xd5)
      hint: save the file as UTF-8 (e.g. \`iconv -f GB18030 -t UTF-8\`)"
    `);
  });

  it('say that an empty file is empty', () => {
    expect(() => parsePlan('')).toThrowErrorMatchingInlineSnapshot(`[ParseError: the seed is empty]`);
  });
});

describe('edge cases of the same checks', () => {
  it('treats a file of blank lines as empty', () => {
    expect(parseErrorOf(() => parsePlan('\n  \n\u3000\n')).code).toBe('EMPTY');
  });

  it('says that an erratum’s line does not exist, rather than blaming the last line', () => {
    const error = parseErrorOf(() =>
      parsePlan(fixture('minimal'), { errata: [{ line: 900, original: '某', correction: '甲', reason: '测试' }] }),
    );
    expect([error.code, error.erratum]).toEqual(['ERRATUM_MISMATCH', { index: 0, field: 'line' }]);
    const count = fixture('minimal').split('\n').length;
    expect(error.message).toBe(`erratum 1 is for line 900, which does not exist: the source has ${count} lines`);
  });

  it('rejects an erratum whose text occurs twice on its line', () => {
    const error = parseErrorOf(() =>
      parsePlan(fixture('minimal'), { errata: [{ line: 27, original: '。', correction: '；', reason: '测试' }] }),
    );
    expect(error.message).toContain('found it 2 time(s)');
  });

  it('reports a GBK byte that happens to form valid UTF-8 at the first byte that does not', () => {
    // Line 3 starts with 某 (GBK C4 B3, which is also the UTF-8 for ĳ); 政 (GBK D5 FE) is the first invalid byte.
    const bytes = fixtureBytes('not-utf8');
    expect(parseErrorOf(() => decodeSeed(bytes)).message).toContain(`byte ${bytes.indexOf(0xd5)}, 0xd5`);
  });
});
