/**
 * sitemap.xml and robots.txt as pure functions, split like @astrojs/sitemap: `pagePaths` works
 * out which pages a set of page routes builds, `sitemapXml` and `robotsTxt` write the files.
 * Output depends only on the input order, so builds are byte-for-byte repeatable.
 */

/** A page module as import.meta.glob gives it: dynamic routes export getStaticPaths. */
export interface PageModule {
  getStaticPaths?: (options: never) => unknown;
}

/** Pages that are not documents to index. */
const NOT_IN_SITEMAP = new Set(['404/', '500/']);

/**
 * The base-relative URL pattern of a page file in src/pages: `./m/[id].astro` → `m/[id]/`,
 * `./plan/index.astro` → `plan/`, `./index.astro` → ``.
 */
export function routePattern(file: string): string {
  const path = file
    .replace(/^\.\//, '')
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '');
  return path ? `${path}/` : '';
}

/** Fill `[param]` and `[...rest]` segments; an empty rest parameter drops its segment. */
export function fillRoute(pattern: string, params: Record<string, string | number | undefined>): string {
  return pattern
    .replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => String(params[name] ?? ''))
    .replace(/\/{2,}/g, '/')
    .replace(/^\//, '');
}

/**
 * Every base-relative page path the given page modules build, without 404 pages; ordered by route
 * (the home page first, a section's index before its pages), each dynamic route in its own order.
 */
export async function pagePaths(modules: Record<string, PageModule>): Promise<string[]> {
  const out: string[] = [];
  const routes = Object.keys(modules).map((file) => ({ file, pattern: routePattern(file) }));
  routes.sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
  for (const { file, pattern } of routes) {
    if (!pattern.includes('[')) {
      out.push(pattern);
      continue;
    }
    const getStaticPaths = modules[file]!.getStaticPaths;
    if (!getStaticPaths) continue;
    const entries = (await getStaticPaths({} as never)) as { params: Record<string, string | number | undefined> }[];
    for (const e of entries) out.push(fillRoute(pattern, e.params));
  }
  return [...new Set(out)].filter((p) => !NOT_IN_SITEMAP.has(p));
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A sitemaps.org urlset of absolute URLs. */
export function sitemapXml(urls: readonly string[]): string {
  const body = urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** robots.txt allowing everything and naming the sitemap (absolute, as the protocol requires). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
