/**
 * robots.txt, pure. The sitemap itself is @astrojs/sitemap's (astro.config.mjs): it writes
 * `sitemap-index.xml`, which names `sitemap-0.xml` (and more files past 45,000 URLs).
 */

/** The base-relative path of the sitemap index @astrojs/sitemap writes, as robots.txt names it. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** robots.txt allowing everything and naming the sitemap (absolute, as the protocol requires). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
