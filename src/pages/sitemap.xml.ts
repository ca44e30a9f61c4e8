/** /sitemap.xml: every page the build makes, as absolute URLs under SITE and BASE. */
import type { APIRoute } from 'astro';
import { absolute, url } from '../site/lib/urls.ts';
import { pagePaths, sitemapXml, type PageModule } from '../site/lib/sitemap.ts';

const pages = import.meta.glob<PageModule>('./**/*.astro', { eager: true });

export const GET: APIRoute = async ({ site }) => {
  const paths = await pagePaths(pages);
  return new Response(sitemapXml(paths.map((p) => absolute(site, url(p)))), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
