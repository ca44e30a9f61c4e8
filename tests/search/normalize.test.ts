import { describe, expect, it } from 'vitest';
import { fold, foldQuery } from '../../src/search/normalize.ts';

describe('fold', () => {
  it('maps full-width digits, letters and signs to their ASCII forms', () => {
    expect(fold('１２３４５')).toBe('12345');
    expect(fold('１＋４＋６')).toBe('1+4+6');
    expect(fold('（一）')).toBe('(一)');
  });

  it('maps the ideographic space to a space and capitals to small letters', () => {
    expect(fold('1+15+N\u3000平台')).toBe('1+15+n 平台');
  });

  it('keeps every offset: the folded text has the length of the original', () => {
    const text = '深化“证照分离”改革，ＡＢＣ１２３。';
    expect(fold(text)).toHaveLength(text.length);
  });

  it('leaves Chinese characters and Chinese quotation marks alone', () => {
    expect(fold('“五化”改革·营商环境')).toBe('“五化”改革·营商环境');
  });
});

describe('foldQuery', () => {
  it('trims the query and collapses runs of white space', () => {
    expect(foldQuery('  1+6+N \u3000 平台 ')).toBe('1+6+n 平台');
  });
});
