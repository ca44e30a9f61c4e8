/**
 * The browser's code and its on-demand styles, built by esbuild while Astro builds the site and
 * served under /js/ by the endpoints src/pages/js/[name].js.ts and [name].css.ts:
 *
 * - every `src/client/<name>.ts` (not `.d.ts`) → `js/<name>.js`, a classic script (IIFE): pages
 *   and other scripts load it by URL, and it finds its siblings by its own (`currentScript`);
 * - every `src/client/<name>.css` → `js/<name>.css`;
 * - the search module src/search/browser.ts → `js/search.js`, an ES module (site.js imports it on
 *   first use, and the bench imports it from dist/ in Node).
 *
 * Each file is bundled with what it imports (e.g. src/site/lib/fragment.ts, shared with the pages)
 * and minified: the sources keep their comments, readers get the fewest bytes, since every byte
 * of theme.js counts against each page's budget before interaction (issue 7). Node only.
 */
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { build, transform } from 'esbuild';

/** Browsers the site supports: ES2022 (`?.`, `||=`, optional catch binding). */
const TARGET = 'es2022';

export const CLIENT_DIR = 'src/client';
export const SEARCH_ENTRY = 'src/search/browser.ts';

/** Whether a file of src/client/ is served: scripts and styles, not type declarations. */
export const isClientEntry = (name: string): boolean => (name.endsWith('.ts') && !name.endsWith('.d.ts')) || name.endsWith('.css');

/** Built file names (`theme.js`, `modes.css`) → their code. */
export type ClientFiles = ReadonlyMap<string, string>;

/** `entries`: output name without extension (`theme`) and source file. */
async function bundle(entries: [string, string][], format: 'iife' | 'esm'): Promise<Map<string, string>> {
  const out = await build({
    entryPoints: entries.map(([name, file]) => ({ out: name, in: resolve(file) })),
    outdir: resolve('js'), // never written: it names the outputs
    // Every script is strict by its own rules (IIFEs of TypeScript): no "use strict" prologue bytes.
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
    bundle: true,
    format,
    minify: true,
    target: TARGET,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return new Map(out.outputFiles.map((f) => [basename(f.path), f.text]));
}

/** Every file of js/, built from `clientDir` and the search entry. */
export async function buildClient(clientDir = CLIENT_DIR, searchEntry = SEARCH_ENTRY): Promise<ClientFiles> {
  const entries = (await readdir(clientDir))
    .filter(isClientEntry)
    .map((n): [string, string] => [n.replace(/\.\w+$/, ''), join(clientDir, n)]);
  const [classic, modules] = await Promise.all([bundle(entries, 'iife'), bundle([['search', searchEntry]], 'esm')]);
  const clash = [...modules.keys()].filter((n) => classic.has(n));
  if (clash.length) throw new Error(`${clientDir}/ has ${clash.join(', ')} too: rename it, the search module is served under that name`);
  return new Map([...classic, ...modules].sort(([a], [b]) => a.localeCompare(b)));
}

let built: Promise<ClientFiles> | undefined;
/** The files of js/, built once per process (each endpoint of src/pages/js/ asks for them). */
export const clientFiles = (): Promise<ClientFiles> => (built ??= buildClient());

/** The endpoint (getStaticPaths and GET) that serves the built files named `<name>.<ext>` as `type`. */
export function clientEndpoint(ext: 'js' | 'css', type: string): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const suffix = `.${ext}`;
  return {
    getStaticPaths: async () =>
      [...(await clientFiles()).keys()].filter((n) => n.endsWith(suffix)).map((n) => ({ params: { name: n.slice(0, -suffix.length) } })),
    GET: async ({ params }) => new Response((await clientFiles()).get(`${params['name']}${suffix}`), { headers: { 'content-type': type } }),
  };
}

/** A stylesheet minified the same way (modern CSS such as `light-dark()` is kept as written). */
export async function minifyStyle(code: string): Promise<string> {
  return (await transform(code, { loader: 'css', minify: true, target: TARGET, legalComments: 'none' })).code;
}
