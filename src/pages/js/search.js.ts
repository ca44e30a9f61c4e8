/** /js/search.js: the search module (src/search/browser.ts), bundled at build time. */
import type { APIRoute } from 'astro';
import { bundleSearch } from '../../search/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleSearch(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
