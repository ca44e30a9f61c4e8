/**
 * Search benchmark over the built site, in two parts.
 *
 * Index consistency: the site's exact search implements "the pages whose text contains the query
 * (full/half-width folded, spaces aside), or failing any, every word of it", so scored against that same rule over the text Pagefind indexed (its
 * fragments in dist/pagefind/) it agrees by construction, unless the two indexes drift apart.
 * That is all it shows: which pages are missed or extra. How good the results are for a reader is
 * measured against hand-judged queries (bench/judged.ts, search/judged.json).
 *
 * Two searches are run, each in a cold session:
 * - the site's search: js/search.js from dist/ (the module the page runs), exact matches, then
 *   its Pagefind-backed 相关结果 stage (shown on request), metered separately;
 * - Pagefind alone: pagefind/pagefind.js from dist/ (page-level results, the first five loaded).
 *
 * CLI (npm run bench:search -- --queries FILE --out OUT.json [--dist DIR]) writes
 * `[{"query","matches":[…],"partial":[…]}]` with site-relative URLs in the order shown.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { PagefindApi, SiteSearch, createSearch as CreateSearch } from '../src/search/client.ts';
import type { SearchIndex } from '../src/search/index-format.ts';
import { locate, parseQuery, squeeze } from '../src/search/engine.ts';
import { fold } from '../src/search/normalize.ts';
import { addServed, importFresh, servedBytes, session, useGlobalFetch, usePageLanguage, ZERO, type Served } from './dist-env.ts';

export interface Indexed {
  url: string;
  text: string;
}

/** Every page Pagefind indexed, with its text (Pagefind's word-break marks removed). */
export async function indexedPages(dist: string): Promise<Indexed[]> {
  const dir = join(dist, 'pagefind/fragment');
  const out: Indexed[] = [];
  for (const f of (await readdir(dir)).sort()) {
    const raw = gunzipSync(await readFile(join(dir, f))).toString('utf8');
    const frag = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    out.push({ url: frag.url, text: frag.content.replace(/\u200b/g, '') });
  }
  return out;
}

/** The pages that hold the query (folded, spaces aside), or failing any, every word of it: the site's rule. */
export function relevant(pages: Indexed[], query: string): Set<string> {
  const q = parseQuery(query);
  if (!q.phrase) return new Set();
  const texts = pages.map((p) => ({ url: p.url, s: squeeze(fold(p.text)) }));
  let found = texts.filter((p) => locate(p.s, q, false).length > 0);
  if (found.length === 0 && q.words.length > 0) found = texts.filter((p) => locate(p.s, q, true).length > 0);
  return new Set(found.map((p) => p.url));
}

/** One query's results against the pages whose indexed text contains it. */
export interface Consistency {
  /** Pages whose indexed text contains the query. */
  containing: number;
  returned: number;
  /** Pages that contain the query but were not returned. */
  missed: string[];
  /** Pages returned that do not contain it. */
  extra: string[];
}

export function consistency(truth: Set<string>, shown: string[]): Consistency {
  return {
    containing: truth.size,
    returned: shown.length,
    missed: [...truth].filter((u) => !shown.includes(u)),
    extra: shown.filter((u) => !truth.has(u)),
  };
}

export interface SiteRun {
  matches: string[];
  partial: string[];
  /** Bytes fetched to show the exact matches: js/search.js and the index. */
  bytes: Served;
  /** Further bytes fetched to show 相关结果 (Pagefind's JS, wasm, index and fragments). */
  relatedBytes: Served;
}

/** pagefind.js, and the web worker it starts in a browser (Node runs the search in the main thread). */
async function pagefindScriptBytes(dist: string): Promise<Served> {
  return addServed(await servedBytes(dist, 'pagefind/pagefind.js'), await servedBytes(dist, 'pagefind/pagefind-worker.js'));
}

const minus = (a: Served, b: Served): Served => ({ raw: a.raw - b.raw, gzip: a.gzip - b.gzip, br: a.br - b.br });

interface SearchModule {
  createSearch: typeof CreateSearch;
}

/** One cold session of the site's own search module, as a first query on the page. */
export async function runSite(dist: string, query: string): Promise<SiteRun> {
  await usePageLanguage(dist);
  const s = session(dist);
  useGlobalFetch(s.fetch);
  s.meter.bytes = addServed(s.meter.bytes, await servedBytes(dist, 'js/search.js'));
  const { createSearch } = await importFresh<SearchModule>(dist, 'js/search.js');
  const search: SiteSearch = await createSearch({
    base: '/',
    fetch: s.fetch,
    importPagefind: async () => {
      s.meter.bytes = addServed(s.meter.bytes, await pagefindScriptBytes(dist));
      const pf = await importFresh<PagefindApi>(dist, 'pagefind/pagefind.js');
      return pf;
    },
  });
  const matches = search.matches(query).map((m) => `/${m.url}`);
  const bytes = s.meter.bytes;
  const partial = (await search.related(query, { limit: 8 })).map((r) => `/${r.url}`);
  return { matches, partial, bytes, relatedBytes: minus(s.meter.bytes, bytes) };
}

/** One cold session of Pagefind alone: every result URL, bytes of a first page of five results. */
export async function runPagefind(dist: string, query: string, baseUrl = '/'): Promise<{ urls: string[]; bytes: Served }> {
  await usePageLanguage(dist);
  const s = session(dist);
  useGlobalFetch(s.fetch);
  s.meter.bytes = addServed(s.meter.bytes, await pagefindScriptBytes(dist));
  const pf = await importFresh<PagefindApi>(dist, 'pagefind/pagefind.js');
  await pf.options({ baseUrl });
  const found = await pf.search(query);
  const urls: string[] = [];
  for (const [i, r] of found.results.entries()) {
    s.meter.on = i < 5;
    urls.push((await r.data()).url);
  }
  return { urls, bytes: s.meter.bytes };
}

export interface Row {
  query: string;
  site: Consistency & { bytes: Served; relatedBytes: Served; termFirst: boolean | null };
  pagefind: Consistency & { bytes: Served };
  run: SiteRun;
}

export async function readQueries(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export async function benchSearch(dist: string, queries: string[], options: { pagefind?: boolean } = {}): Promise<Row[]> {
  const pages = await indexedPages(dist);
  const index = JSON.parse(await readFile(join(dist, 'search-index.json'), 'utf8')) as SearchIndex;
  const termUrl = new Map(
    index.terms.flatMap(([doc, ...keys]) => keys.map((k) => [squeeze(fold(k)).text, `/${index.docs[doc]![0]}`] as const)),
  );
  const rows: Row[] = [];
  for (const query of queries) {
    const truth = relevant(pages, query);
    const run = await runSite(dist, query);
    const term = termUrl.get(parseQuery(query).phrase);
    const pf = options.pagefind === false ? { urls: [], bytes: ZERO } : await runPagefind(dist, query);
    rows.push({
      query,
      site: {
        ...consistency(truth, run.matches),
        bytes: run.bytes,
        relatedBytes: run.relatedBytes,
        termFirst: term ? run.matches[0] === term : null,
      },
      pagefind: { ...consistency(truth, pf.urls), bytes: pf.bytes },
      run,
    });
  }
  return rows;
}

/** Which URLs the two indexes disagree on (they should index the same documents). */
export async function indexAgreement(dist: string): Promise<{ onlyPagefind: string[]; onlySite: string[] }> {
  const pf = new Set((await indexedPages(dist)).map((p) => p.url));
  const index = JSON.parse(await readFile(join(dist, 'search-index.json'), 'utf8')) as SearchIndex;
  const site = new Set(index.docs.map((d) => `/${d[0]}`));
  return { onlyPagefind: [...pf].filter((u) => !site.has(u)), onlySite: [...site].filter((u) => !pf.has(u)) };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      queries: { type: 'string', default: 'search/queries.txt' },
      out: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
    },
  });
  const queries = await readQueries(values.queries);
  const out = [];
  for (const query of queries) {
    const run = await runSite(values.dist, query);
    out.push({ query, matches: run.matches, partial: run.partial });
  }
  const json = `${JSON.stringify(out, null, 1)}\n`;
  if (values.out) await writeFile(values.out, json);
  else process.stdout.write(json);
}
