/**
 * Stage 3: body blocks to an outline tree by the official-document numbering
 * (一、 → （一） → 1. → （1）), checking that every level counts 1, 2, 3… without gaps or repeats.
 */
import type { Marker } from './lexer.ts';
import type { TextBlock } from './blocks.ts';
import { ParseError } from './errors.ts';
import { toChineseNumeral } from './numerals.ts';

export interface Node {
  level: Marker['level'];
  n: number;
  head: TextBlock;
  /** Plain paragraphs that follow the head before the first child. */
  loose: TextBlock[];
  children: Node[];
}

export interface Outline {
  preamble: TextBlock[];
  chapters: Node[];
}

const LEVELS = ['chapter', 'section', 'item', 'point'] as const;
const NAMES = { chapter: 'chapter', section: 'section', item: 'numbered item', point: 'point' } as const;
const ORDER_CODE = { chapter: 'CHAPTER_ORDER', section: 'SECTION_ORDER', item: 'ITEM_ORDER', point: 'POINT_ORDER' } as const;
const ORPHAN_CODE = { section: 'ORPHAN_SECTION', item: 'ORPHAN_ITEM', point: 'ORPHAN_POINT' } as const;

export function printedMarker(level: Marker['level'], n: number): string {
  switch (level) {
    case 'chapter':
      return `${toChineseNumeral(n)}、`;
    case 'section':
      return `（${toChineseNumeral(n)}）`;
    case 'item':
      return `${n}.`;
    case 'point':
      return `（${n}）`;
  }
}

export function buildOutline(blocks: readonly TextBlock[]): Outline {
  const outline: Outline = { preamble: [], chapters: [] };
  /** The open node at each level: [chapter, section, item, point]. */
  const open: (Node | undefined)[] = [];
  for (const b of blocks) {
    const m = b.marker;
    if (!m) {
      if (b.heading) {
        throw new ParseError(
          'UNEXPECTED_HEADING',
          b.line,
          `unexpected heading “${b.text.slice(0, 30)}”: no 一、 （一） 1. or （1） numbering`,
          'headings in the plan body must be numbered; 名词解释 starts the glossary',
        );
      }
      const host = open.findLast((n) => n !== undefined);
      if (host) host.loose.push(b);
      else outline.preamble.push(b);
      continue;
    }
    const depth = LEVELS.indexOf(m.level);
    const parent = depth === 0 ? undefined : open[depth - 1];
    if (depth > 0 && !parent) {
      const above = NAMES[LEVELS[depth - 1]!];
      throw new ParseError(
        ORPHAN_CODE[m.level as keyof typeof ORPHAN_CODE],
        b.line,
        `${NAMES[m.level]} ${printedMarker(m.level, m.n)} appears before any ${above}`,
        `every ${NAMES[m.level]} must sit inside a ${above}; check the numbering of the lines above`,
      );
    }
    const siblings = depth === 0 ? outline.chapters : parent!.children;
    const expected = (siblings.at(-1)?.n ?? 0) + 1;
    if (m.n !== expected) {
      const seen = siblings.some((s) => s.n === m.n);
      const what = seen
        ? `repeated ${NAMES[m.level]} ${printedMarker(m.level, m.n)}`
        : m.n > expected
          ? `${NAMES[m.level]} ${printedMarker(m.level, expected)} is missing`
          : `${NAMES[m.level]} out of order`;
      throw new ParseError(
        ORDER_CODE[m.level],
        b.line,
        `${what}: expected ${printedMarker(m.level, expected)}, found ${printedMarker(m.level, m.n)}`,
        `number each ${NAMES[m.level]} in sequence from ${printedMarker(m.level, 1)} within its parent`,
      );
    }
    const node: Node = { level: m.level, n: m.n, head: b, loose: [], children: [] };
    siblings.push(node);
    open[depth] = node;
    open.length = depth + 1;
  }
  if (outline.chapters.length === 0) {
    const at = blocks[0]?.line ?? 1;
    throw new ParseError(
      'NO_CHAPTERS',
      at,
      'expected chapter 一、 but the plan body has none',
      'the plan body must contain numbered chapters (一、 二、 …)',
    );
  }
  return outline;
}
