/** DOM for one search result; built with text nodes only, so nothing from the index is parsed as HTML. */
import type { Segment } from './engine.ts';

export interface ResultView {
  url: string;
  label: string;
  title: string;
  crumbs: string[];
  excerpt: Segment[];
  hits?: number;
}

type Child = Node | string | null | undefined | false;

export function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(c);
  return e;
}

/** Where a result links: the page, with `?h=` so the hit is highlighted on arrival. */
export function resultHref(base: string, url: string, query: string): string {
  return `${base}${url}?h=${encodeURIComponent(query.trim())}`;
}

export function excerptNode(doc: Document, segments: Segment[]): HTMLElement {
  return el(doc, 'p', { class: 'sr-excerpt' }, ...segments.map((s) => (s.mark ? el(doc, 'mark', {}, s.text) : s.text)));
}

export function resultItem(doc: Document, base: string, query: string, r: ResultView): HTMLElement {
  return el(
    doc,
    'li',
    { class: 'sr-item' },
    el(
      doc,
      'a',
      { class: 'sr-link', href: resultHref(base, r.url, query) },
      el(doc, 'span', { class: 'sr-label' }, r.label),
      r.title ? ` ${r.title}` : '',
      r.hits && r.hits > 1 ? el(doc, 'span', { class: 'sr-hits' }, ` ${r.hits} 处`) : null,
    ),
    r.crumbs.length > 0 && el(doc, 'p', { class: 'sr-crumbs' }, r.crumbs.join(' › ')),
    excerptNode(doc, r.excerpt),
  );
}

/** Styles of the search UI, injected with the lazily loaded module so reading pages carry none. */
export const SEARCH_CSS = `
.search-form{position:relative}
.sr-panel{position:absolute;z-index:30;right:0;top:calc(100% + .25rem);width:min(36rem,calc(100vw - 1rem));text-align:left;max-height:70vh;overflow:auto;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:.4rem;box-shadow:0 6px 24px rgb(0 0 0/.18);padding:.5rem .75rem}
.sr-list{list-style:none;margin:0;padding:0}
.sr-item{padding:.5rem 0;border-bottom:1px solid var(--line)}
.sr-item:last-child{border-bottom:0}
.sr-link{font-weight:600}
.sr-label{color:var(--accent);margin-right:.15rem}
.sr-hits,.sr-crumbs,.sr-status{color:var(--muted);font-weight:400;font-size:.875rem}
.sr-crumbs{margin:.15rem 0 0}
.sr-excerpt{margin:.2rem 0 0;font-size:.9375rem}
.sr-excerpt mark,mark.search-hit{background:var(--mark);color:inherit;padding:0 .05em}
mark.search-hit{outline:2px solid var(--accent);outline-offset:1px}
.sr-more{display:block;position:sticky;bottom:-.5rem;background:var(--bg);padding:.4rem 0}
@media (max-width:47.99rem){.bar{position:relative}.search-form{position:static}.sr-panel{left:.5rem;right:.5rem;width:auto;top:calc(100% - .25rem)}}
.sr-related h2{font-size:1rem;margin:1.5rem 0 .25rem}
.sr-panel .sr-related h2{margin-top:.75rem}
`;
