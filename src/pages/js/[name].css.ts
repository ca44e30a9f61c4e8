/** /js/<name>.css: the on-demand stylesheets of src/client/ (reading modes, term popover), minified at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { clientFiles } from '../../site/build/bundle.ts';

export const getStaticPaths = (async () =>
  [...(await clientFiles()).keys()]
    .filter((n) => n.endsWith('.css'))
    .map((n) => ({ params: { name: n.slice(0, -4) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await clientFiles()).get(`${params.name}.css`), { headers: { 'content-type': 'text/css; charset=utf-8' } });
