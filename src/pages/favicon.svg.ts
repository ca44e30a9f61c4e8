/** /favicon.svg: the site's icon in its brand colour (src/site/share/icons.ts). */
import type { APIRoute } from 'astro';
import { faviconSvg } from '../site/share/icons.ts';

export const GET: APIRoute = () => new Response(faviconSvg(), { headers: { 'content-type': 'image/svg+xml' } });
