/**
 * The reader for a published web page: the HTML is parsed by a real HTML parser (parse5), and
 * every block-level element with text becomes a paragraph, every `<table>` a table. Line breaks
 * inside a paragraph (`<br>`, used to wrap a long title) join without a space, as printed text does.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Table, TableCell } from '../../model/schema.ts';
import { textBlock, type Block } from './block.ts';

type Node = T.ChildNode | T.Document | T.Element;

/** Elements whose content is a paragraph of its own. */
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'section',
  'article',
  'center',
  'dd',
  'dt',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'svg']);
/** Where a page keeps the document's text; the whole body when none of these is present. */
const CONTENT_IDS = ['UCAP-CONTENT', 'zoom', 'Zoom', 'content', 'article'];

const isElement = (n: Node): n is T.Element => 'tagName' in n;
const attr = (e: T.Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;

/** Collapse whitespace runs (including no-break and ideographic spaces at the ends) as a browser shows them. */
export function squash(s: string): string {
  return s.replace(/[ \t\n\r\f\u00a0]+/g, ' ').replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

function find(node: Node, test: (e: T.Element) => boolean): T.Element | null {
  if (isElement(node) && test(node)) return node;
  for (const c of 'childNodes' in node ? node.childNodes : []) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return null;
}

/** The text of a node's inline content; `<br>` joins lines without a space. */
function inlineText(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (!isElement(node) && node.nodeName !== '#document') return '';
  if (isElement(node) && (SKIP.has(node.tagName) || node.tagName === 'br')) return '';
  return ('childNodes' in node ? node.childNodes : []).map(inlineText).join('');
}

function position(e: T.Element): { line: number; column: number } {
  const loc = e.sourceCodeLocation;
  return { line: loc?.startLine ?? 1, column: loc?.startCol ?? 1 };
}

function readTable(table: T.Element): Table {
  const rows: TableCell[][] = [];
  const visit = (n: Node): void => {
    if (!isElement(n)) return;
    if (n.tagName === 'tr') {
      const cells = n.childNodes.filter((c): c is T.Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
      rows.push(
        cells.map((c) => ({
          text: cellText(c),
          colspan: Math.max(1, Number(attr(c, 'colspan') ?? 1) || 1),
          rowspan: Math.max(1, Number(attr(c, 'rowspan') ?? 1) || 1),
        })),
      );
      return;
    }
    if (n.tagName === 'table' && n !== table) return;
    n.childNodes.forEach(visit);
  };
  visit(table);
  return { rows: rows.filter((r) => r.length > 0) };
}

/** A cell's paragraphs, one per line. */
function cellText(cell: T.Element): string {
  const parts: string[] = [];
  let run = '';
  const flush = () => {
    const t = squash(run);
    if (t) parts.push(t);
    run = '';
  };
  const visit = (n: Node): void => {
    if (n.nodeName === '#text') run += (n as T.TextNode).value;
    // In a cell a line break separates lines of text (计算方法：…<br>指标来源：…), not a wrapped title.
    else if (isElement(n) && n.tagName === 'br') flush();
    else if (isElement(n) && !SKIP.has(n.tagName)) {
      const block = BLOCKS.has(n.tagName);
      if (block) flush();
      n.childNodes.forEach(visit);
      if (block) flush();
    }
  };
  cell.childNodes.forEach(visit);
  flush();
  return parts.join('\n');
}

/** Every paragraph and table of the page's content, in document order. */
export function readHtml(html: string): Block[] {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const root =
    find(doc, (e) => CONTENT_IDS.includes(attr(e, 'id') ?? '')) ??
    find(doc, (e) => e.tagName === 'main' || e.tagName === 'article') ??
    find(doc, (e) => e.tagName === 'body') ??
    doc;
  const blocks: Block[] = [];
  /** Inline content met outside any block element (text straight inside <body> or a <td>). */
  let loose: { text: string; at: T.Element } | null = null;
  const flushLoose = () => {
    const text = loose && squash(loose.text);
    if (loose && text) {
      const { line, column } = position(loose.at);
      blocks.push(textBlock(text, [line], column));
    }
    loose = null;
  };
  const visit = (n: Node, parent: T.Element): void => {
    if (n.nodeName === '#text') {
      loose ??= { text: '', at: parent };
      loose.text += (n as T.TextNode).value;
      return;
    }
    if (!isElement(n) || SKIP.has(n.tagName)) return;
    if (n.tagName === 'table') {
      flushLoose();
      const table = readTable(n);
      if (table.rows.length === 0) return;
      const { line, column } = position(n);
      const text = table.rows
        .flatMap((r) => r.map((c) => c.text))
        .filter(Boolean)
        .join('\n');
      if (text) blocks.push({ kind: 'table', text, lines: [line], column, heading: false, entry: null, table });
      return;
    }
    if (n.tagName === 'hr') {
      flushLoose();
      const { line, column } = position(n);
      blocks.push({ kind: 'rule', text: '', lines: [line], column, heading: false, entry: null });
      return;
    }
    if (BLOCKS.has(n.tagName) && !n.childNodes.some((c) => isElement(c) && (BLOCKS.has(c.tagName) || c.tagName === 'table'))) {
      flushLoose();
      const text = squash(inlineText(n));
      if (text) {
        const { line, column } = position(n);
        blocks.push(textBlock(text, [line], column, { heading: HEADINGS.has(n.tagName) }));
      }
      return;
    }
    if (n.tagName === 'br') return;
    if (BLOCKS.has(n.tagName)) flushLoose();
    n.childNodes.forEach((c) => visit(c, n));
    if (BLOCKS.has(n.tagName)) flushLoose();
  };
  const start = isElement(root as Node) ? (root as T.Element) : null;
  for (const c of 'childNodes' in root ? root.childNodes : []) visit(c, start ?? (c as T.Element));
  flushLoose();
  return blocks;
}
