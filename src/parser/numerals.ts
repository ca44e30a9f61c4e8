/** Chinese numerals as used in official-document numbering: 一 … 九百九十九 (第一百零五条). */
const DIGITS = '〇一二三四五六七八九';

function digit(ch: string | undefined): number | null {
  if (ch === undefined) return null;
  const d = ch === '零' ? 0 : DIGITS.indexOf(ch);
  return d === -1 ? null : d;
}

/** Parse `一`…`九十九`, `一百`…`九百九十九` (with 零 or 〇 for a missing ten); null for anything else. */
export function parseChineseNumeral(s: string): number | null {
  const h = /^([一二三四五六七八九])百(.*)$/.exec(s);
  if (h) {
    const hundreds = digit(h[1]) as number;
    const rest = h[2]!;
    if (rest === '') return hundreds * 100;
    // 一百零五: a zero stands for the missing ten; 一百一十 spells its ten with 一.
    const zero = /^[零〇]([一二三四五六七八九])$/.exec(rest);
    if (zero) return hundreds * 100 + (digit(zero[1]) as number);
    const tens = /^([一二三四五六七八九])十([一二三四五六七八九]?)$/.exec(rest);
    if (!tens) return null;
    return hundreds * 100 + (digit(tens[1]) as number) * 10 + (tens[2] ? (digit(tens[2]) as number) : 0);
  }
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? digit(a) : null;
  if (a === '一') return null;
  return (a ? (digit(a) as number) : 1) * 10 + (b ? (digit(b) as number) : 0);
}

/** 1 → 一, 12 → 十二, 21 → 二十一, 105 → 一百零五, 110 → 一百一十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no numeral for ${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return `${DIGITS[hundreds]}百`;
  if (rest < 10) return `${DIGITS[hundreds]}百零${DIGITS[rest]}`;
  const tens = Math.floor(rest / 10);
  return `${DIGITS[hundreds]}百${DIGITS[tens]}十${rest % 10 ? DIGITS[rest % 10] : ''}`;
}

/** Full-width digits ０–９ as ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
