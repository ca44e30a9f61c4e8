/**
 * What every reader produces from its input form: the document as a sequence of blocks
 * (paragraphs, rules, tables) with their positions in the source. Structure is decided later,
 * from the words and numbering; markup only contributes the hints recorded here.
 */
import type { Table } from '../../model/schema.ts';

export interface Block {
  kind: 'text' | 'rule' | 'table';
  /** The text, trimmed; a table's cells one per line. Empty for a rule. */
  text: string;
  /** Every source line (1-based) the block was assembled from, first to last. */
  lines: number[];
  /** 1-based column (UTF-16 units) of the block's first character on its first line. */
  column: number;
  /** Marked up as a heading: a Markdown `#` line or a wholly bold line; an HTML `<h1>`–`<h6>`. */
  heading: boolean;
  /** A glossary entry whose term is marked up (`**术语：**定义`, or a bold run ending in `：`), else null. */
  entry: { heading: string; definition: string } | null;
  /** The table, for `kind: 'table'`. */
  table?: Table;
}

export type TextBlock = Block & { kind: 'text' };

export const isText = (b: Block | undefined): b is TextBlock => b?.kind === 'text';

/** A text block, with defaults for the hints a reader did not set. */
export function textBlock(text: string, lines: number[], column: number, hints: Partial<Pick<Block, 'heading' | 'entry'>> = {}): TextBlock {
  return { kind: 'text', text, lines, column, heading: hints.heading ?? false, entry: hints.entry ?? null };
}

/** The line a block starts on. */
export const lineOf = (b: Block): number => b.lines[0]!;
