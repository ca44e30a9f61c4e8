/** /icons/<name>.png: the app icons of the web app manifest and the apple-touch-icon. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { edition, plan } from '../../site/lib/plan.ts';
import { ICONS, appGlyph, iconPng, type IconName } from '../../site/share/images.ts';

export const getStaticPaths = (() => Object.keys(ICONS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(iconPng(params.name as IconName, appGlyph(plan, edition))), { headers: { 'content-type': 'image/png' } });
