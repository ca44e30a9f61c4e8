/**
 * A regulation's text as a tree: divisions (第一编 → 第一章 → 第一节), articles (第一条) numbered
 * through the whole text, each article's paragraphs (款) and the items (项, （一）) and sub-items
 * (目, 1.) inside a paragraph. A plain paragraph after an article's head or items is its next 款.
 */
import type { Block, TextBlock } from './read/block.ts';
import { Diagnostics, ParseError, type ParseErrorCode } from './errors.ts';
import { printedMarker, readMarker, type Level, type Marker } from './markers.ts';

export interface Clause {
  /** The paragraph of the 款 (for the first, the article's head); a table when a 款 is one. */
  head: Block;
  /** Its text: the head's text after the article's number, or the whole paragraph. */
  text: string;
  items: Item[];
}

export interface Item {
  n: number;
  head: TextBlock;
  marker: Marker;
  /** Sub-items (目). */
  points: { n: number; head: TextBlock; marker: Marker }[];
}

export interface Article {
  kind: 'article';
  n: number;
  head: TextBlock;
  clauses: Clause[];
}

export interface Division {
  kind: 'division';
  level: Level;
  n: number;
  head: TextBlock;
  marker: Marker;
  /** Paragraphs after the heading before the first article or sub-division (rare). */
  loose: Block[];
  children: (Division | Article)[];
}

export interface RegulationTree {
  preamble: Block[];
  roots: (Division | Article)[];
}

const DIVISIONS = ['part', 'chapter', 'section'] as const;
const ORDER: Record<string, ParseErrorCode> = {
  part: 'CHAPTER_ORDER',
  chapter: 'CHAPTER_ORDER',
  section: 'SECTION_ORDER',
  article: 'ARTICLE_ORDER',
  item: 'ITEM_ORDER',
  point: 'POINT_ORDER',
};
const NAMES: Record<string, string> = { part: '编', chapter: '章', section: '节', article: '条', item: '项', point: '目' };

function checkOrder(level: Level, n: number, expected: number[], b: Block, diagnostics: Diagnostics): void {
  if (expected.includes(n)) return;
  const want = printedMarker('regulation', level, expected.at(-1)!);
  diagnostics.report(
    new ParseError(
      ORDER[level]!,
      b.lines[0]!,
      `${NAMES[level]} out of sequence: expected ${want}, found ${printedMarker('regulation', level, n)}`,
      level === 'article'
        ? 'articles are numbered 第一条, 第二条… through the whole text'
        : `number each ${NAMES[level]} in sequence within its parent`,
      b.column,
    ),
  );
}

export function buildRegulation(blocks: readonly Block[], diagnostics: Diagnostics): RegulationTree {
  const tree: RegulationTree = { preamble: [], roots: [] };
  const open: Division[] = [];
  const last = new Map<Level, number>();
  let article: Article | null = null;
  const container = () => (open.at(-1)?.children ?? tree.roots) as (Division | Article)[];
  for (const b of blocks) {
    const m = b.kind === 'text' ? readMarker(b.text, 'regulation') : null;
    if (m && (DIVISIONS as readonly string[]).includes(m.level)) {
      const d = DIVISIONS.indexOf(m.level as (typeof DIVISIONS)[number]);
      while (open.length > 0 && DIVISIONS.indexOf(open.at(-1)!.level as (typeof DIVISIONS)[number]) >= d) open.pop();
      const siblings = container().filter((c): c is Division => c.kind === 'division' && c.level === m.level);
      // Parts and chapters run through the text; sections restart in each chapter.
      const prev = m.level === 'section' ? siblings.at(-1)?.n : last.get(m.level);
      checkOrder(m.level, m.n, [(prev ?? 0) + 1], b, diagnostics);
      last.set(m.level, m.n);
      const division: Division = { kind: 'division', level: m.level, n: m.n, head: b as TextBlock, marker: m, loose: [], children: [] };
      container().push(division);
      open.push(division);
      article = null;
    } else if (m?.level === 'article') {
      checkOrder('article', m.n, [(last.get('article') ?? 0) + 1], b, diagnostics);
      last.set('article', m.n);
      article = { kind: 'article', n: m.n, head: b as TextBlock, clauses: [{ head: b, text: m.rest, items: [] }] };
      container().push(article);
    } else if (m?.level === 'item' && article) {
      const clause = article.clauses.at(-1)!;
      checkOrder('item', m.n, [(clause.items.at(-1)?.n ?? 0) + 1], b, diagnostics);
      clause.items.push({ n: m.n, head: b as TextBlock, marker: m, points: [] });
    } else if (m?.level === 'point' && article?.clauses.at(-1)!.items.at(-1)) {
      const item = article.clauses.at(-1)!.items.at(-1)!;
      checkOrder('point', m.n, [(item.points.at(-1)?.n ?? 0) + 1], b, diagnostics);
      item.points.push({ n: m.n, head: b as TextBlock, marker: m });
    } else if (article) {
      const only = article.clauses.length === 1 ? article.clauses[0]! : null;
      // 第一条 on a line of its own: the paragraph after it is the article's first 款, not its second.
      if (only && only.text === '' && only.items.length === 0) article.clauses[0] = { head: b, text: b.text, items: [] };
      else article.clauses.push({ head: b, text: b.text, items: [] });
    } else if (open.length > 0) {
      open.at(-1)!.loose.push(b);
    } else {
      tree.preamble.push(b);
    }
  }
  return tree;
}
