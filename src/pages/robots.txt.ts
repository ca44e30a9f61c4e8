/**
 * /robots.txt. Crawlers read it only at a host's root, so under a sub-path (BASE) it is a template
 * for the host's own robots.txt (see README, Deploy).
 */
import type { APIRoute } from 'astro';
import { absolute, url } from '../site/lib/urls.ts';
import { robotsTxt, SITEMAP_INDEX } from '../site/lib/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absolute(site, url(SITEMAP_INDEX))), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
