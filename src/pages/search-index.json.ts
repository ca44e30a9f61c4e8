/** /search-index.json: the compact exact-match index of every searchable text (see src/search/index-format.ts). */
import type { APIRoute } from 'astro';
import { plan } from '../site/lib/plan.ts';
import { buildIndex } from '../search/index-format.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(buildIndex(plan)), { headers: { 'content-type': 'application/json' } });
