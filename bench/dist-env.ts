/**
 * The built site as a browser would see it, for benchmarks in Node: a `fetch` that reads files
 * from dist/ and meters the bytes a browser would download (gzip as served; Pagefind's index
 * files and wasm are already compressed and count as they are), and fresh, cold copies of the
 * site's own JS modules (js/search.js, pagefind/pagefind.js) for each measured session.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface Meter {
  bytes: number;
  files: string[];
  on: boolean;
}

const sizes = new Map<string, number>();

/** Bytes of a dist file over the wire. */
export async function servedBytes(dist: string, path: string): Promise<number> {
  const key = join(dist, path);
  let n = sizes.get(key);
  if (n === undefined) {
    const body = await readFile(key);
    n = /\.(pf_\w+|pagefind|wasm|png)$/.test(path) ? body.length : gzipSync(body).length;
    sizes.set(key, n);
  }
  return n;
}

/** A session: a metered fetch over dist/ for site-relative URLs (`base` = `/`). */
export function session(dist: string): { meter: Meter; fetch: (url: string | URL) => Promise<Response> } {
  const meter: Meter = { bytes: 0, files: [], on: true };
  const root = resolve(dist);
  return {
    meter,
    async fetch(url) {
      // Site-relative URLs, or file: URLs into dist/ (Pagefind derives its base from its own module URL).
      const u = new URL(String(url), 'http://site.invalid/');
      const path = u.protocol === 'file:' ? relative(root, fileURLToPath(u)) : decodeURIComponent(u.pathname);
      if (path.startsWith('..')) return new Response('outside dist', { status: 404 });
      const body = await readFile(join(dist, path)).catch(() => null);
      if (!body) return new Response('not found', { status: 404 });
      if (meter.on) {
        meter.bytes += await servedBytes(dist, path);
        meter.files.push(path);
      }
      return new Response(body, { headers: path.endsWith('.pagefind') ? { 'content-type': 'application/wasm' } : {} });
    },
  };
}

let fresh = 0;
/** A new instance of a dist module (its own module state), as a first page load would get. */
export async function importFresh<T>(dist: string, path: string): Promise<T> {
  return (await import(`${pathToFileURL(resolve(dist, path)).href}?session=${++fresh}`)) as T;
}

/**
 * Pagefind segments a Chinese query only when the page says it is Chinese: it reads
 * `<html lang>` through `document`. Give it the built site's language as a browser would, or
 * Node and the browser get different results for the same query.
 */
export async function usePageLanguage(dist: string): Promise<string> {
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(await readFile(join(dist, 'index.html'), 'utf8'))?.[1] ?? 'unknown';
  const html = { getAttribute: (name: string) => (name === 'lang' ? lang : null) };
  Object.assign(globalThis, { document: { currentScript: null, querySelector: (sel: string) => (sel === 'html' ? html : null) } });
  return lang;
}

/**
 * Pagefind's JS reads `fetch` from the global scope; route it to the session while the session
 * runs (sessions run one after another).
 */
export function useGlobalFetch(f: (url: string | URL) => Promise<Response>): void {
  globalThis.fetch = ((input: string | URL | Request) => f(input instanceof Request ? input.url : input)) as typeof fetch;
}
