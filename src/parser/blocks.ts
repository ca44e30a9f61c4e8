/**
 * Stage 2: tokens to blocks (paragraphs, headings, rules), and the one mechanical repair the
 * PDF extraction needs: paragraphs split mid-sentence at a page break are rejoined.
 */
import type { Marker, Token } from './lexer.ts';
import type { PageBreakRepair } from '../model/schema.ts';

export type Block =
  | { kind: 'rule'; line: number }
  | {
      kind: 'text';
      /** First seed line of the block. */
      line: number;
      /** Every seed line the block was assembled from. */
      lines: number[];
      text: string;
      heading: boolean;
      marker: Marker | null;
      entry: { heading: string; definition: string } | null;
    };

export type TextBlock = Extract<Block, { kind: 'text' }>;

/** Consecutive non-blank lines form one paragraph, except that headings, numbered lines and glossary entries start their own. */
export function toBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  let open: TextBlock | null = null;
  for (const t of tokens) {
    if (t.kind === 'blank') {
      open = null;
    } else if (t.kind === 'rule') {
      open = null;
      blocks.push({ kind: 'rule', line: t.line });
    } else if (open && !t.heading && !t.marker && !t.entry) {
      open.text += t.text;
      open.lines.push(t.line);
      if (open.marker) open.marker.text += t.text;
      if (open.entry) open.entry.definition += t.text;
    } else {
      const block: TextBlock = {
        kind: 'text',
        line: t.line,
        lines: [t.line],
        text: t.text,
        heading: t.heading,
        marker: t.marker && { ...t.marker },
        entry: t.entry && { ...t.entry },
      };
      blocks.push(block);
      open = t.heading ? null : block;
    }
  }
  return blocks;
}

/**
 * Sentence-final punctuation, possibly followed by closing quotes or brackets (`…力度。”`).
 * A paragraph of the body always ends so; one that does not was cut by a page break.
 * Closing quotes and brackets alone are not enough.
 */
const TERMINAL = /[。！？；：…][”’」』）)]*$/;

/** A numbered line with no punctuation at all is a heading line (`二、保障措施`), never a fragment. */
function isTitleLine(b: TextBlock): boolean {
  return b.marker !== null && !/[。，、；：！？,;:!?]/.test(b.marker.text);
}

export function endsMidSentence(text: string): boolean {
  return !TERMINAL.test(text);
}

/**
 * Rejoin a paragraph that ends mid-sentence with the plain paragraph that follows it. A heading,
 * a numbered line, a glossary entry or a rule is never a continuation, so two real paragraphs
 * are never joined.
 */
export function repairPageBreaks(blocks: readonly Block[]): { blocks: Block[]; repairs: PageBreakRepair[] } {
  const out: Block[] = [];
  const repairs: PageBreakRepair[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    if (
      prev?.kind === 'text' &&
      b.kind === 'text' &&
      !prev.heading &&
      !isTitleLine(prev) &&
      endsMidSentence(prev.text) &&
      !b.heading &&
      !b.marker &&
      !b.entry
    ) {
      repairs.push({ before: prev.lines.at(-1)!, after: b.line });
      out[out.length - 1] = {
        ...prev,
        text: prev.text + b.text,
        lines: [...prev.lines, ...b.lines],
        marker: prev.marker && { ...prev.marker, text: prev.marker.text + b.text },
        entry: prev.entry && { ...prev.entry, definition: prev.entry.definition + b.text },
      };
    } else {
      out.push(b.kind === 'text' ? { ...b, lines: [...b.lines] } : b);
    }
  }
  return { blocks: out, repairs };
}
