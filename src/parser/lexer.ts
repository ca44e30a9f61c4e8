/**
 * Stage 1: lines to tokens. Markdown markup left over from the PDF extraction (`#` headings,
 * `**bold**`) is recorded but never decides structure: the numbering does.
 */
import { parseChineseNumeral } from './numerals.ts';

export type Marker =
  | { level: 'chapter'; n: number; text: string }
  | { level: 'section'; n: number; text: string }
  | { level: 'item'; n: number; text: string }
  | { level: 'point'; n: number; text: string };

export type Token =
  | { kind: 'blank'; line: number }
  | { kind: 'rule'; line: number }
  | {
      kind: 'text';
      line: number;
      /** Content with heading and bold markup removed, trimmed. */
      text: string;
      /** True when the line was a markdown heading or wholly bold: it cannot continue a paragraph. */
      heading: boolean;
      /** True when the line ends with a markdown hard break (two spaces). */
      hardBreak: boolean;
      /** The numbering marker the line starts with, if any. */
      marker: Marker | null;
      /** A `**term：**definition` glossary entry, if the line is one. */
      entry: { heading: string; definition: string } | null;
    };

const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const ENTRY = /^\*\*(.+?)[：:]\s*\*\*\s*(.*)$/;

export function lex(lines: readonly string[]): Token[] {
  return lines.map((raw, i) => lexLine(raw, i + 1));
}

export function lexLine(raw: string, line: number): Token {
  if (raw.trim() === '') return { kind: 'blank', line };
  if (RULE.test(raw)) return { kind: 'rule', line };
  let text = raw.trim();
  let heading = false;
  if (HEADING.test(raw)) {
    heading = true;
    text = raw.replace(HEADING, '').trim();
  }
  const entryMatch = heading ? null : ENTRY.exec(text);
  if (entryMatch) {
    return {
      kind: 'text',
      line,
      text: `${entryMatch[1]!.trim()}：${entryMatch[2]!.trim()}`,
      heading: false,
      hardBreak: false,
      marker: null,
      entry: { heading: entryMatch[1]!.trim(), definition: entryMatch[2]!.trim() },
    };
  }
  const bold = /^\*\*(.+)\*\*$/.exec(text);
  if (bold && !bold[1]!.includes('**')) {
    heading = true;
    text = bold[1]!.trim();
  }
  return {
    kind: 'text',
    line,
    text,
    heading,
    hardBreak: / {2,}$/.test(raw),
    marker: readMarker(text),
    entry: null,
  };
}

/** Recognise 一、 （一）/(一) 1. （1）/(1) at the start of a line (GB/T 9704 levels). */
export function readMarker(text: string): Marker | null {
  let m = /^([〇一二三四五六七八九十]+)、\s*(.*)$/s.exec(text);
  if (m) {
    const n = parseChineseNumeral(m[1]!);
    if (n) return { level: 'chapter', n, text: m[2]! };
  }
  m = /^[（(]\s*([〇一二三四五六七八九十]+)\s*[）)]\s*(.*)$/s.exec(text);
  if (m) {
    const n = parseChineseNumeral(m[1]!);
    if (n) return { level: 'section', n, text: m[2]! };
  }
  m = /^(\d{1,3})[.．](?!\d)\s*(.*)$/s.exec(text);
  if (m) return { level: 'item', n: Number(m[1]), text: m[2]! };
  m = /^[（(](\d{1,3})[）)]\s*(.*)$/s.exec(text);
  if (m) return { level: 'point', n: Number(m[1]), text: m[2]! };
  return null;
}
