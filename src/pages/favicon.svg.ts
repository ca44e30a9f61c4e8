/** /favicon.svg: the app icon's character as an outline, drawn at build time from the model. */
import type { APIRoute } from 'astro';
import { edition, plan } from '../site/lib/plan.ts';
import { appGlyph, faviconSvg } from '../site/share/images.ts';

export const GET: APIRoute = () => new Response(faviconSvg(appGlyph(plan, edition)), { headers: { 'content-type': 'image/svg+xml' } });
