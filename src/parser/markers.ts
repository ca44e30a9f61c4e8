/**
 * The numbering a paragraph starts with. Policy documents (GB/T 9704) number 一、 （一） 1. （1）;
 * regulations number 第一编 第一章 第一节 第一条, and inside an article （一） are its 项 and 1.
 * their 目. Which reading applies is the text's scheme: the same `（一）` is a section in an 意见
 * and an item in a 条例.
 */
import type { Scheme } from '../model/schema.ts';
import { asciiDigits, parseChineseNumeral, toChineseNumeral } from './numerals.ts';

export type Level = 'part' | 'chapter' | 'section' | 'measure' | 'point' | 'article' | 'item';

export interface Marker {
  level: Level;
  /** The printed number. */
  n: number;
  /** The text after the marker, trimmed. */
  rest: string;
}

const CN = '[〇零一二三四五六七八九十百]+';
const SPACE = '[\\s\\u3000]';
const OUTLINE: [Level, RegExp, (s: string) => number | null][] = [
  ['chapter', new RegExp(`^(${CN})、${SPACE}*(.*)$`, 's'), parseChineseNumeral],
  ['section', new RegExp(`^[（(]${SPACE}*(${CN})${SPACE}*[）)]${SPACE}*(.*)$`, 's'), parseChineseNumeral],
  ['measure', new RegExp(`^([0-9０-９]{1,3})${SPACE}*[.．、](?![0-9０-９])${SPACE}*(.*)$`, 's'), (s) => Number(asciiDigits(s))],
  ['point', new RegExp(`^[（(]([0-9０-９]{1,3})[）)]${SPACE}*(.*)$`, 's'), (s) => Number(asciiDigits(s))],
];
/** A regulation's division headings are short titles on a line of their own: no sentence punctuation. */
const DIVISION_TITLE = /^[^。；，]{0,40}$/;
const REGULATION: [Level, RegExp, (s: string) => number | null][] = [
  ['part', new RegExp(`^第(${CN})编(?:${SPACE}+(.*))?$`, 's'), parseChineseNumeral],
  ['chapter', new RegExp(`^第(${CN})章(?:${SPACE}*(.*))?$`, 's'), parseChineseNumeral],
  ['section', new RegExp(`^第(${CN})节(?:${SPACE}*(.*))?$`, 's'), parseChineseNumeral],
  // An article's number is followed by a space (第三条　任何单位…), so prose like 第三条规定 is not one.
  ['article', new RegExp(`^第(${CN})条(?:${SPACE}+(.*))?$`, 's'), parseChineseNumeral],
  ['item', new RegExp(`^[（(]${SPACE}*(${CN})${SPACE}*[）)]${SPACE}*(.*)$`, 's'), parseChineseNumeral],
  ['point', new RegExp(`^([0-9０-９]{1,3})${SPACE}*[.．、](?![0-9０-９])${SPACE}*(.*)$`, 's'), (s) => Number(asciiDigits(s))],
];

function match(text: string, table: typeof OUTLINE): Marker | null {
  for (const [level, re, parse] of table) {
    const m = re.exec(text);
    if (!m) continue;
    const n = parse(m[1]!);
    const rest = (m[2] ?? '').trim();
    if (n === null || n < 1) continue;
    if ((level === 'part' || level === 'chapter' || level === 'section') && table === REGULATION && !DIVISION_TITLE.test(rest)) continue;
    return { level, n, rest };
  }
  return null;
}

/** The marker a paragraph starts with under the text's scheme, or null. */
export function readMarker(text: string, scheme: Scheme): Marker | null {
  return match(text, scheme === 'regulation' ? REGULATION : OUTLINE);
}

/** A regulation's article line (第一条　…): what makes a text a regulation. */
export function isArticle(text: string): boolean {
  return readMarker(text, 'regulation')?.level === 'article';
}

/** Whether a line starts a numbered unit under either scheme (so it never continues a paragraph). */
export function startsUnit(text: string): boolean {
  return readMarker(text, 'outline') !== null || readMarker(text, 'regulation') !== null;
}

/** The marker as printed, normalised to full-width forms: `三、`, `（一）`, `2.`, `（1）`, `第十二条`. */
export function printedMarker(scheme: Scheme, level: Level, n: number): string {
  if (scheme === 'regulation') {
    switch (level) {
      case 'part':
        return `第${toChineseNumeral(n)}编`;
      case 'chapter':
        return `第${toChineseNumeral(n)}章`;
      case 'section':
        return `第${toChineseNumeral(n)}节`;
      case 'article':
        return `第${toChineseNumeral(n)}条`;
      case 'item':
        return `（${toChineseNumeral(n)}）`;
      default:
        return `${n}.`;
    }
  }
  switch (level) {
    case 'chapter':
      return `${toChineseNumeral(n)}、`;
    case 'section':
      return `（${toChineseNumeral(n)}）`;
    case 'measure':
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}
