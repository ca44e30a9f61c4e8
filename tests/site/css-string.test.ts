/** cssString (src/site/lib/css.ts): text from the model as a CSS string literal. */
import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/site/lib/css.ts';

describe('cssString', () => {
  it('quotes a title as it is, full-width spaces and brackets included', () => {
    expect(cssString('《规划》　济政发〔2023〕1号')).toBe("'《规划》　济政发〔2023〕1号'");
  });

  it('escapes quotes and backslashes, so the literal ends where it should', () => {
    expect(cssString(`a'b\\c`)).toBe(`'a\\'b\\\\c'`);
  });

  it('escapes "<", so a title cannot close the <style> element it is written into', () => {
    expect(cssString('a</style>b')).toBe("'a\\3c /style>b'");
  });

  it('turns line breaks into a space (a CSS string cannot hold a raw one)', () => {
    expect(cssString('上\r\n下')).toBe("'上 下'");
  });
});
