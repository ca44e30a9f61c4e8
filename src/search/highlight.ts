/**
 * Arrival highlighting: `?h=<query>` on a page marks every hit of the query inside the indexed
 * text (`[data-pagefind-body]`) or a chapter's text, across inline elements such as term links, and scrolls to the
 * first one — within the unit the URL's #fragment names, when it holds one. Matching is the
 * search's own (`hitsIn`), so what was found is what is lit.
 */
import { hitsIn } from './engine.ts';

/** Wraps every hit of `query` in the text under `roots` in `<mark class="search-hit">`. */
export function highlight(roots: Element[], query: string): HTMLElement[] {
  if (!query.trim() || roots.length === 0) return [];
  const doc = roots[0]!.ownerDocument;
  const nodes: { node: Text; start: number }[] = [];
  let all = '';
  for (const root of roots) {
    const walk = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('[data-pagefind-ignore], script, style, nav') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      nodes.push({ node: n as Text, start: all.length });
      all += n.nodeValue ?? '';
    }
    all += '\n';
  }
  const pieces = new Map<Text, [number, number][]>();
  for (const [hit, end] of hitsIn(all, query)) {
    for (const { node, start } of nodes) {
      const from = Math.max(hit, start);
      const to = Math.min(end, start + (node.nodeValue ?? '').length);
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

/**
 * Links from this page into a chapter (在全文中阅读) carry the highlight along, so the reader who
 * goes on to read the measure in its chapter still sees what was searched for.
 */
export function carryHighlight(doc: Document, base: string, query: string): void {
  const chapter = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}plan/[^/]+/$`);
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    if (a.closest('.crumbs') || a.origin !== doc.location.origin || !chapter.test(a.pathname)) continue;
    const u = new URL(a.href);
    u.searchParams.set('h', query);
    a.href = u.href;
  }
}

/** Highlights `?h=` on this page, if present, brings the first hit into view, and carries it on. */
export function highlightFromLocation(doc: Document, base: string): number {
  const h = new URLSearchParams(doc.location.search).get('h');
  if (!h) return 0;
  // The indexed text of a unit's page, or a chapter's text (its units are indexed on their own pages).
  const marks = highlight([...doc.querySelectorAll('[data-pagefind-body], .chapter .prose')], h);
  const id = decodeURIComponent(doc.location.hash.slice(1));
  const target = id ? doc.getElementById(id) : null;
  // A unit named by the fragment keeps the reader there, even if the hits are elsewhere.
  (target ? marks.find((m) => target.contains(m)) : marks[0])?.scrollIntoView({ block: 'center' });
  carryHighlight(doc, base, h);
  return marks.length;
}
