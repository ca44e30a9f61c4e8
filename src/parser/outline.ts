/**
 * A policy document's text as a tree by its numbering (一、 → （一） → 1. → （1）). Any level may be
 * absent or skipped (一、 straight to 1.); each level counts 1, 2, 3… within its parent, or runs
 * on across parents (（一）…（二十） through the chapters). Gaps and repeats are reported.
 */
import type { Block, TextBlock } from './read/block.ts';
import { Diagnostics, ParseError, type ParseErrorCode } from './errors.ts';
import { printedMarker, readMarker, type Level, type Marker } from './markers.ts';

export interface Node {
  level: Level;
  n: number;
  head: TextBlock;
  marker: Marker;
  /** Plain paragraphs (and tables) that follow the head before the next numbered paragraph. */
  loose: Block[];
  children: Node[];
}

export interface Outline {
  /** Paragraphs before the first numbered one. */
  preamble: Block[];
  /** The top-level units. */
  roots: Node[];
}

export const OUTLINE_LEVELS = ['chapter', 'section', 'measure', 'point'] as const;
const NAMES: Record<string, string> = { chapter: 'chapter', section: 'section', measure: 'numbered item', point: 'point' };
const ORDER_CODE: Record<string, ParseErrorCode> = {
  chapter: 'CHAPTER_ORDER',
  section: 'SECTION_ORDER',
  measure: 'ITEM_ORDER',
  point: 'POINT_ORDER',
};
const ORPHAN_CODE: Record<string, ParseErrorCode> = { section: 'ORPHAN_SECTION', measure: 'ORPHAN_ITEM', point: 'ORPHAN_POINT' };

const depth = (level: Level): number => OUTLINE_LEVELS.indexOf(level as (typeof OUTLINE_LEVELS)[number]);
const marker = (level: Level, n: number): string => printedMarker('outline', level, n);

/** The number a new node may take: one more than its last sibling, else 1 or one more than the last of its level anywhere (run-on). */
function checkOrder(node: Node, siblings: readonly Node[], lastOfLevel: number | undefined, diagnostics: Diagnostics): void {
  const prev = siblings.at(-1);
  const allowed = prev ? [prev.n + 1] : [1, ...(lastOfLevel === undefined ? [] : [lastOfLevel + 1])];
  if (allowed.includes(node.n)) return;
  const expected = allowed.at(-1)!;
  const name = NAMES[node.level]!;
  const seen = siblings.some((s) => s.n === node.n);
  const what = seen
    ? `repeated ${name} ${marker(node.level, node.n)}`
    : node.n > expected
      ? `${name} ${marker(node.level, expected)} is missing`
      : prev
        ? `${name} ${marker(node.level, node.n)} comes after ${marker(prev.level, prev.n)} (line ${prev.head.lines[0]})`
        : `${name} out of order`;
  const also = allowed.length > 1 ? ` (or ${marker(node.level, 1)} to restart the count)` : '';
  diagnostics.report(
    new ParseError(
      ORDER_CODE[node.level]!,
      node.head.lines[0]!,
      `${what}: expected ${marker(node.level, expected)}${also}, found ${marker(node.level, node.n)}`,
      `number each ${name} in sequence from ${marker(node.level, 1)} within its parent`,
      node.head.column,
    ),
  );
}

export function buildOutline(blocks: readonly Block[], diagnostics: Diagnostics): Outline {
  const outline: Outline = { preamble: [], roots: [] };
  /** The open nodes, outermost first, each deeper than the one before. */
  const open: Node[] = [];
  const lastOfLevel = new Map<Level, number>();
  for (const b of blocks) {
    const m = b.kind === 'text' ? readMarker(b.text, 'outline') : null;
    if (!m) {
      if (b.heading) {
        diagnostics.report(
          new ParseError(
            'UNEXPECTED_HEADING',
            b.lines[0]!,
            `unexpected heading “${b.text.slice(0, 30)}”: no 一、 （一） 1. or （1） numbering`,
            'headings in the body must be numbered; 名词解释 starts the glossary',
            b.column,
          ),
        );
      }
      const host = open.at(-1);
      if (host) host.loose.push(b);
      else outline.preamble.push(b);
      continue;
    }
    const node: Node = { level: m.level, n: m.n, head: b as TextBlock, marker: m, loose: [], children: [] };
    while (open.length > 0 && depth(open.at(-1)!.level) >= depth(m.level)) open.pop();
    const parent = open.at(-1);
    if (!parent) checkRoot(node, outline.roots, diagnostics);
    const siblings = (parent ? parent.children : outline.roots).filter((s) => s.level === node.level);
    checkOrder(node, siblings, lastOfLevel.get(node.level), diagnostics);
    (parent ? parent.children : outline.roots).push(node);
    lastOfLevel.set(node.level, node.n);
    open.push(node);
  }
  return outline;
}

/**
 * Top-level units are all of one level: a text that prints sections before its first chapter
 * has lost that chapter's heading (or misnumbered the sections).
 */
function checkRoot(node: Node, roots: readonly Node[], diagnostics: Diagnostics): void {
  const first = roots[0];
  // Reported once, at the first unit of the higher level.
  if (!first || depth(first.level) <= depth(node.level) || roots.some((r) => r.level === node.level)) return;
  const above = NAMES[node.level]!;
  diagnostics.report(
    new ParseError(
      ORPHAN_CODE[first.level]!,
      first.head.lines[0]!,
      `${NAMES[first.level]} ${marker(first.level, first.n)} appears before any ${above}, but the text has ${above}s`,
      `every ${NAMES[first.level]} must sit inside a ${above}; check the numbering of the lines above`,
      first.head.column,
    ),
  );
}
