/**
 * One text's body to units: its scheme (a regulation if it has articles), the tree by its
 * numbering, the paragraphs before the first unit (preamble) and after the last one that belong
 * to the text as a whole (closing).
 */
import type { Paragraph, Scheme, Unit } from '../model/schema.ts';
import type { Diagnostics } from './errors.ts';
import { paragraph, readHead } from './heads.ts';
import { isArticle } from './markers.ts';
import { buildOutline, type Node, type Outline } from './outline.ts';
import { isText, type Block } from './read/block.ts';
import { buildRegulation } from './regulation.ts';
import { outlineUnits } from './units-outline.ts';
import { regulationUnits } from './units-regulation.ts';

export interface TextBody {
  scheme: Scheme;
  preamble: Paragraph[];
  closing: Paragraph[];
  units: Unit[];
}

/** `附件：…` (the list of attachments) ends a text's body: it and what follows belong to the text. */
const ATTACHMENT_LIST = /^附件\s*[0-9０-９]*[：:]/;

export function readText(blocks: readonly Block[], textIndex: number, diagnostics: Diagnostics): TextBody {
  // Rules mean nothing inside a text; tables are paragraphs that are never numbered.
  const content = blocks.filter((b) => b.kind !== 'rule');
  const scheme: Scheme = content.some((b) => isText(b) && isArticle(b.text)) ? 'regulation' : 'outline';
  if (scheme === 'regulation') {
    const tree = buildRegulation(content, diagnostics);
    return { scheme, preamble: tree.preamble.map((b) => paragraph(b)), closing: [], units: regulationUnits(tree, textIndex) };
  }
  const outline = buildOutline(content, diagnostics);
  const closing = takeClosing(outline);
  return {
    scheme,
    preamble: outline.preamble.map((b) => paragraph(b)),
    closing: closing.map((b) => paragraph(b)),
    units: outlineUnits(outline, textIndex),
  };
}

/** The last unit in reading order (the deepest last child). */
function lastNode(outline: Outline): Node | undefined {
  let node = outline.roots.at(-1);
  while (node?.children.length) node = node.children.at(-1);
  return node;
}

/**
 * Paragraphs after the last unit's text that belong to the whole text, taken out of that unit:
 * all of them when the unit printed its text on its own numbered line (`（十五）…。要引导…`), so
 * what follows is the document speaking again; from a `附件：` line on in any case.
 */
function takeClosing(outline: Outline): Block[] {
  const last = lastNode(outline);
  if (!last || last.loose.length === 0) return [];
  const runIn = readHead(last.head, last.marker.rest).paragraphs.length > 0;
  const from = runIn ? 0 : last.loose.findIndex((b) => ATTACHMENT_LIST.test(b.text));
  return from === -1 ? [] : last.loose.splice(from);
}
