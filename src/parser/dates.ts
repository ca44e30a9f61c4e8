/** Dates as printed in official documents: `2023年2月10日`, or in numerals `二〇一八年十二月二十六日`. */
import { parseChineseNumeral } from './numerals.ts';

const ARABIC = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const NUMERALS = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;
const YEAR_DIGITS = '〇一二三四五六七八九';

function iso(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `2023年2月10日` → `2023-02-10`; null for anything else, or a day that does not exist. */
export function isoDate(text: string): string | null {
  const a = ARABIC.exec(text.trim());
  if (a) return iso(Number(a[1]), Number(a[2]), Number(a[3]));
  const n = NUMERALS.exec(text.trim());
  if (!n) return null;
  const year = Number([...n[1]!].map((c) => YEAR_DIGITS.indexOf(c === '零' ? '〇' : c)).join(''));
  const month = parseChineseNumeral(n[2]!);
  const day = parseChineseNumeral(n[3]!);
  return month && day ? iso(year, month, day) : null;
}

/** Whether a paragraph is a date line (valid or not, so an impossible date can be reported). */
export function looksLikeDate(text: string): boolean {
  return ARABIC.test(text.trim()) || NUMERALS.test(text.trim());
}
