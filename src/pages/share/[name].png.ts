/** /share/<unit id>.png and /share/site.png: the Open Graph images, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { plan, byId } from '../../site/lib/plan.ts';
import { SITE_CARD, sharePng } from '../../site/share/images.ts';

export const getStaticPaths = (() =>
  [SITE_CARD, ...plan.units.map((u) => u.id)].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(sharePng(plan, byId.get(params.name!) ?? null)), { headers: { 'content-type': 'image/png' } });
