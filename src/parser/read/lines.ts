/**
 * Readers for line-based text: the seed's Markdown-ish text extracted from a PDF (`#` headings,
 * `**bold**`, `---` rules) and plain text copied from a web page (paragraphs separated by blank
 * lines, no markup). Consecutive non-blank lines form one paragraph, except that a heading, a
 * numbered line or a marked-up glossary entry starts a paragraph of its own.
 */
import { startsUnit } from '../markers.ts';
import { textBlock, type Block, type TextBlock } from './block.ts';

const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const ENTRY = /^\*\*(.+?)[：:]\s*\*\*\s*(.*)$/;
const BOLD = /^\*\*(.+)\*\*$/;

interface Line {
  blank: boolean;
  rule: boolean;
  text: string;
  column: number;
  heading: boolean;
  entry: { heading: string; definition: string } | null;
}

/** One line of Markdown-ish text: its content without markup and the hints the markup gives. */
export function markdownLine(raw: string): Line {
  if (raw.trim() === '') return { blank: true, rule: false, text: '', column: 1, heading: false, entry: null };
  if (RULE.test(raw)) return { blank: false, rule: true, text: '', column: 1, heading: false, entry: null };
  let text = raw.trim();
  let heading = false;
  if (HEADING.test(raw)) {
    heading = true;
    text = raw.replace(HEADING, '').trim();
    // Heading marks with nothing after them are as good as a blank line.
    if (text === '') return { blank: true, rule: false, text: '', column: 1, heading: false, entry: null };
  }
  const column = raw.indexOf(text) + 1 || 1;
  const entry = heading ? null : ENTRY.exec(text);
  if (entry) {
    const [term, definition] = [entry[1]!.trim(), entry[2]!.trim()];
    return { blank: false, rule: false, text: `${term}：${definition}`, column, heading: false, entry: { heading: term, definition } };
  }
  const bold = BOLD.exec(text);
  if (bold && !bold[1]!.includes('**')) {
    heading = true;
    text = bold[1]!.trim();
  }
  return { blank: false, rule: false, text, column, heading, entry: null };
}

/** One line of plain text: no markup, so no hints. */
export function plainLine(raw: string): Line {
  const text = raw.trim();
  return { blank: text === '', rule: false, text, column: raw.indexOf(text) + 1 || 1, heading: false, entry: null };
}

function readLines(lines: readonly string[], read: (raw: string) => Line): Block[] {
  const blocks: Block[] = [];
  let open: TextBlock | null = null;
  lines.forEach((raw, i) => {
    const line = read(raw);
    const n = i + 1;
    if (line.blank) {
      open = null;
    } else if (line.rule) {
      open = null;
      blocks.push({ kind: 'rule', text: '', lines: [n], column: 1, heading: false, entry: null });
    } else if (open && !line.heading && !line.entry && !startsUnit(line.text)) {
      open.text += line.text;
      open.lines.push(n);
      if (open.entry) open.entry.definition += line.text;
    } else {
      const block = textBlock(line.text, [n], line.column, { heading: line.heading, entry: line.entry && { ...line.entry } });
      blocks.push(block);
      open = line.heading ? null : block;
    }
  });
  return blocks;
}

export const readMarkdown = (lines: readonly string[]): Block[] => readLines(lines, markdownLine);
export const readPlain = (lines: readonly string[]): Block[] => readLines(lines, plainLine);
