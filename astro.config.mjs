// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

/**
 * SITE and BASE let the same build serve from a domain root or a sub-path
 * (e.g. SITE=https://www.example.gov.cn BASE=/yshj/). OUT_DIR is set by scripts/build.ts so a
 * failed build never touches the published dist/.
 */
const base = process.env.BASE ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'https://yshj.example.gov.cn',
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
