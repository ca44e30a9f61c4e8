/**
 * An Astro integration that minifies the hand-written scripts and stylesheets of public/js/ as
 * they land in the build: the sources stay readable (comments say why), readers get the smallest
 * bytes, since every byte of theme.js counts against each page's budget before interaction
 * (issue 7), and the on-demand files (menu, popover) are fetched on a reader's first use.
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

/** The same stylesheet, minified; modern CSS (`light-dark()`, nesting) is kept as written. */
export async function minifyStyle(code: string): Promise<string> {
  return (await transform(code, { loader: 'css', minify: true, legalComments: 'none' })).code;
}

/** The minifier for a file of public/js/, by its extension. */
export const minifierFor = (name: string): ((code: string) => Promise<string>) | null =>
  name.endsWith('.js') ? minifyScript : name.endsWith('.css') ? minifyStyle : null;

export function minifyPublicScripts(publicJs = 'public/js'): AstroIntegration {
  return {
    name: 'minify-public-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), 'js');
        await Promise.all(
          (await readdir(publicJs)).map(async (n) => {
            const minify = minifierFor(n);
            if (minify) await writeFile(join(out, n), await minify(await readFile(join(out, n), 'utf8')));
          }),
        );
      },
    },
  };
}
