/**
 * The built site as a browser would see it, for benchmarks in Node: a `fetch` that reads files
 * from dist/ and meters the bytes a browser would download, and fresh, cold copies of the site's
 * own JS modules (js/search.js, pagefind/pagefind.js) for each measured session.
 *
 * Bytes are counted as the README's nginx sample serves them (`brotli_static` / `gzip_static`):
 * a text file as its precompressed `.br` or `.gz` copy, which the build writes beside it
 * (src/site/build/precompress.ts); a build without them (the Starlight anchor) is measured as if
 * it had them, compressed the same way. Pagefind's index files and wasm are gzip already and
 * count as they are, as do images.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CODECS, COMPRESSIBLE } from '../src/site/build/precompress.ts';

/** A file's bytes: as stored, and as served to a browser that accepts gzip, or Brotli. */
export interface Served {
  raw: number;
  gzip: number;
  br: number;
}

export interface Meter {
  bytes: Served;
  files: string[];
  on: boolean;
}

const sizes = new Map<string, Promise<Served>>();
const sizeOf = (file: string) =>
  stat(file).then(
    (s) => s.size,
    () => null,
  );

async function measure(file: string): Promise<Served> {
  // A file the page asks for that the build does not have (the anchor's /favicon.svg) is a 404: no body counted.
  const body = await readFile(file).catch(() => null);
  if (!body) return { raw: 0, gzip: 0, br: 0 };
  if (!COMPRESSIBLE.test(file)) return { raw: body.length, gzip: body.length, br: body.length };
  // The build's copy when there is one (nginx sends it as it is), else the same compression now.
  const copy = async (ext: 'gz' | 'br') => (await sizeOf(`${file}.${ext}`)) ?? Math.min(body.length, (await CODECS[ext](body)).length);
  return { raw: body.length, gzip: await copy('gz'), br: await copy('br') };
}

/** Bytes of a dist file over the wire, per codec. */
export function servedBytes(dist: string, path: string): Promise<Served> {
  const key = join(dist, path);
  let n = sizes.get(key);
  if (!n) sizes.set(key, (n = measure(key)));
  return n;
}

export const ZERO: Served = { raw: 0, gzip: 0, br: 0 };
export const addServed = (a: Served, b: Served): Served => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br });

/** A session: a metered fetch over dist/ for site-relative URLs (`base` = `/`). */
export function session(dist: string): { meter: Meter; fetch: (url: string | URL) => Promise<Response> } {
  const meter: Meter = { bytes: ZERO, files: [], on: true };
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
        meter.bytes = addServed(meter.bytes, await servedBytes(dist, path));
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
