/**
 * The browser entry, built to `js/search.js` and loaded only when needed: by site.js when the
 * header box or the /search/ box is first focused, or a page arrives with `?h=` or `?q=`.
 * It also exports `createSearch` so the bench runs this very file from dist/ in Node.
 */
import { createSearch, type PagefindApi, type SiteSearch } from './client.ts';
import { attachHeader } from './header.ts';
import { highlightFromLocation } from './highlight.ts';
import { attachPage } from './page.ts';
import { SEARCH_CSS } from './render.ts';

export { createSearch };

function boot(doc: Document): void {
  if (doc.documentElement.dataset.search) return;
  doc.documentElement.dataset.search = 'ready';
  // This file lives at <base>js/search.js.
  const base = new URL('..', import.meta.url).pathname;
  const style = doc.createElement('style');
  style.textContent = SEARCH_CSS;
  doc.head.append(style);
  let search: Promise<SiteSearch> | null = null;
  const load = () =>
    (search ??= createSearch({
      base,
      fetch: (u) => fetch(u),
      importPagefind: () => import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>,
    }));
  const hits = highlightFromLocation(doc, base);
  doc.documentElement.dataset.searchHits = String(hits);
  const input = doc.getElementById('site-q');
  if (input instanceof HTMLInputElement) attachHeader(doc, base, input, load);
  const form = doc.getElementById('search-page');
  if (form instanceof HTMLFormElement) {
    const get = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
    void load().then((s) =>
      attachPage(
        doc,
        base,
        {
          form,
          input: get<HTMLInputElement>('search-q'),
          chapter: get<HTMLSelectElement>('search-chapter'),
          status: get('search-status'),
          results: get('search-results'),
          related: get('search-related'),
        },
        s,
      ),
    );
  }
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') boot(document);
