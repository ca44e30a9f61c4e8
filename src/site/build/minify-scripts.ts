/**
 * An Astro integration that minifies the hand-written scripts of public/js/ as they land in the
 * build: the sources stay readable (comments say why), readers get the smallest bytes, since
 * every byte of theme.js counts against each page's budget before interaction (issue 7).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';

/** The same code, minified for browsers the site supports (ES2022: `?.`, `||=`, optional catch binding). */
export async function minifyScript(code: string): Promise<string> {
  return (await transform(code, { minify: true, target: 'es2022', legalComments: 'none' })).code;
}

export function minifyPublicScripts(publicJs = 'public/js'): AstroIntegration {
  return {
    name: 'minify-public-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), 'js');
        const names = (await readdir(publicJs)).filter((n) => n.endsWith('.js'));
        await Promise.all(names.map(async (n) => writeFile(join(out, n), await minifyScript(await readFile(join(out, n), 'utf8')))));
      },
    },
  };
}
