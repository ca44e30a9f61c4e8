/** A sitemap read as a crawler reads it: the index robots.txt names, then the sitemaps it lists. Pure. */
import { decodeXML } from 'entities';

const XML = String.raw`^<\?xml version="1\.0" encoding="UTF-8"\?>\s*`;
const NS = String.raw`xmlns="http://www\.sitemaps\.org/schemas/sitemap/0\.9"`;
const INDEX = new RegExp(`${XML}<sitemapindex ${NS}>`);
const URLSET = new RegExp(`${XML}<urlset ${NS}>`);

/** Every `<loc>` of a sitemap file, unescaped. */
export const locs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeXML(m[1]!));

/**
 * The sitemaps a sitemap index lists and the page URLs they list, in order. `read` returns the
 * text at an absolute URL; a file that is not a sitemaps.org index or urlset throws.
 */
export function readSitemaps(indexUrl: string, read: (url: string) => string): { sitemaps: string[]; pages: string[] } {
  const index = read(indexUrl);
  if (!INDEX.test(index)) throw new Error(`${indexUrl} is not a sitemap index: ${index.slice(0, 120)}`);
  const sitemaps = locs(index);
  const pages = sitemaps.flatMap((s) => {
    const xml = read(s);
    if (!URLSET.test(xml)) throw new Error(`${s} is not a sitemap urlset: ${xml.slice(0, 120)}`);
    return locs(xml);
  });
  return { sitemaps, pages };
}
