/**
 * Arrival highlighting: `?h=<query>` on a page marks every occurrence of the query inside the
 * indexed text (`[data-pagefind-body]`), across inline elements such as term links, and scrolls
 * to the first one. Matching uses the same folding as the search, so what was found is what is lit.
 */
import { foldQuery, fold } from './normalize.ts';
import { hitOffsets } from './engine.ts';

/** Wraps every occurrence of `query` in the text under `roots` in `<mark class="search-hit">`. */
export function highlight(roots: Element[], query: string): HTMLElement[] {
  const q = foldQuery(query);
  if (!q || roots.length === 0) return [];
  const doc = roots[0]!.ownerDocument;
  const nodes: { node: Text; start: number }[] = [];
  let all = '';
  for (const root of roots) {
    const walk = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('[data-pagefind-ignore], script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      nodes.push({ node: n as Text, start: all.length });
      all += n.nodeValue ?? '';
    }
    all += '\n';
  }
  const pieces = new Map<Text, [number, number][]>();
  for (const hit of hitOffsets(fold(all), q)) {
    for (const { node, start } of nodes) {
      const from = Math.max(hit, start);
      const to = Math.min(hit + q.length, start + (node.nodeValue ?? '').length);
      if (from < to) pieces.set(node, [...(pieces.get(node) ?? []), [from - start, to - start]]);
    }
  }
  const marks: HTMLElement[] = [];
  for (const [node, ranges] of pieces) {
    // Split from the end so the offsets of earlier pieces stay valid.
    for (const [from, to] of [...ranges].reverse()) {
      node.splitText(to);
      const mid = node.splitText(from);
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      mid.replaceWith(mark);
      mark.append(mid);
      marks.unshift(mark);
    }
  }
  marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return marks;
}

/** Highlights `?h=` on this page, if present, and brings the first hit into view. */
export function highlightFromLocation(doc: Document): number {
  const h = new URLSearchParams(doc.location.search).get('h');
  if (!h) return 0;
  const marks = highlight([...doc.querySelectorAll('[data-pagefind-body]')], h);
  marks[0]?.scrollIntoView({ block: 'center' });
  return marks.length;
}
