// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * SITE and BASE let the same build serve from a domain root or a sub-path
 * (e.g. SITE=https://www.example.gov.cn BASE=/yshj/). Without SITE, the origin edition.json
 * declares (its `site`), else the local server's, so nothing points at an address nobody
 * stated. OUT_DIR is set by scripts/build.ts so a failed build never touches the published dist/.
 */
const base = process.env.BASE ?? '/';

/** edition.json's `site`, from the model the build wrote (empty when it states none). */
function editionSite() {
  try {
    const model = JSON.parse(readFileSync(join(process.env.CONTENT_DIR ?? './content', 'plan.json'), 'utf8'));
    return typeof model.edition?.site === 'string' ? model.edition.site : '';
  } catch {
    return '';
  }
}

export default defineConfig({
  site: process.env.SITE || editionSite() || 'http://127.0.0.1:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    // sitemap-index.xml → sitemap-0.xml: every page but the 404, under SITE and BASE (robots.txt names the index).
    sitemap({ namespaces: { news: false, xhtml: false, image: false, video: false } }),
  ],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  prefetch: false,
});
