/**
 * Builds `js/search.js` from src/search/browser.ts at site build time (one ES module, minified).
 * Node only: called by the Astro endpoint that emits the file.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

export async function bundleSearch(entry = resolve('src/search/browser.ts')): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
