/**
 * The search the site runs, in the browser and in the bench alike: exact matches from the compact
 * index (`search-index.json`), and on request “related” results from Pagefind — pages that share
 * words with the query without containing it, shown apart and never counted as matches.
 */
import { decodeXML } from 'entities';
import { crumbs, prepare, search, type Match, type Prepared, type SearchOptions, type Segment } from './engine.ts';
import type { SearchIndex } from './index-format.ts';

/** The part of Pagefind's JS API this module uses (pagefind.js from the built site). */
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }>;
}

export interface SearchEnv {
  /** The site's base path, ending in `/`. */
  base: string;
  /** Fetches a site-relative URL (already prefixed with `base`). */
  fetch(url: string): Promise<Response>;
  /** Loads `pagefind/pagefind.js` of the same site. */
  importPagefind(): Promise<PagefindApi>;
}

export interface Related {
  url: string;
  label: string;
  title: string;
  crumbs: string[];
  excerpt: Segment[];
}

export interface SiteSearch {
  index: SearchIndex;
  /** Exact matches, best first. */
  matches(query: string, options?: SearchOptions): Match[];
  /** Up to `limit` Pagefind results that are not among the exact matches. */
  related(query: string, options?: SearchOptions & { limit?: number }): Promise<Related[]>;
}

export const INDEX_FILE = 'search-index.json';

/** Fewer exact matches than this, and the related results are shown without asking: no dead end. */
export const FEW = 3;

export async function createSearch(env: SearchEnv): Promise<SiteSearch> {
  const res = await env.fetch(env.base + INDEX_FILE);
  if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
  const prepared: Prepared = prepare((await res.json()) as SearchIndex);
  const byUrl = new Map(prepared.index.docs.map((d, i) => [d[0], i]));
  let pagefind: Promise<PagefindApi> | null = null;
  const loadPagefind = (): Promise<PagefindApi> =>
    (pagefind ??= env.importPagefind().then(async (pf) => {
      await pf.options({ baseUrl: env.base, excerptLength: 40 });
      return pf;
    }));
  return {
    index: prepared.index,
    matches: (query, options) => search(prepared, query, options),
    async related(query, options = {}) {
      const exact = new Set(search(prepared, query, options).map((m) => m.url));
      const pf = await loadPagefind();
      const found = await pf.search(query.trim(), options.chapter ? { filters: { chapter: options.chapter } } : {});
      const out: Related[] = [];
      const limit = options.limit ?? 5;
      // Each result costs a fragment download; exact matches rank high in Pagefind too, so only
      // the head of its list is worth reading.
      for (const r of found.results.slice(0, limit * 2 + 4)) {
        if (out.length >= limit) break;
        const data = await r.data();
        const url = data.url.startsWith(env.base) ? data.url.slice(env.base.length) : data.url.replace(/^\//, '');
        const doc = byUrl.get(url);
        if (doc === undefined || exact.has(url)) continue;
        const d = prepared.index.docs[doc]!;
        out.push({ url, label: d[1], title: d[2], crumbs: crumbs(prepared.index, doc), excerpt: markedSegments(data.excerpt) });
      }
      return out;
    },
  };
}

/**
 * Pagefind's excerpt (escaped text with `<mark>` tags) as plain segments, so nothing is parsed as
 * HTML. The text is escaped as XML is (`&amp;`, `&lt;`, numeric references…), so it is unescaped
 * with the XML decoder, a fraction of the size of the HTML one. Pagefind joins a heading to the
 * text after it with ". ", a Latin full stop in Chinese text: after a Chinese character it becomes
 * "。", after Chinese punctuation it goes.
 */
export function markedSegments(html: string): Segment[] {
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const mark = part.startsWith('<mark>');
      const text = decodeXML((mark ? part.slice(6, -7) : part).replace(/<[^>]*>/g, ''))
        .replace(/(?<=[\u3400-\u9fff])\. /g, '。')
        .replace(/(?<=[\u3000-\u303f\uff00-\uffef])\. |^\. /g, '');
      return { text, mark };
    });
}
