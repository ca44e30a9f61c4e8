/** /manifest.webmanifest: the web app manifest. */
import type { APIRoute } from 'astro';
import { plan } from '../site/lib/plan.ts';
import { url } from '../site/lib/urls.ts';
import { webManifest } from '../site/lib/manifest.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(webManifest(plan, url), null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
