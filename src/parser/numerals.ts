/** Chinese numerals as used in official-document numbering (一 … 九十九). */
const DIGITS = '〇一二三四五六七八九';

/** Parse `一`…`九十九`; returns null for anything else. */
export function parseChineseNumeral(s: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? DIGITS.indexOf(a) : null;
  if (a === '一') return null;
  return (a ? DIGITS.indexOf(a) : 1) * 10 + (b ? DIGITS.indexOf(b) : 0);
}

/** 1 → 一, 12 → 十二, 21 → 二十一. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no numeral for ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
