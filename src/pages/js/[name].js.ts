/** /js/<name>.js: the browser scripts of src/client/ and the search module, bundled at build time (src/site/build/bundle.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { clientFiles } from '../../site/build/bundle.ts';

export const getStaticPaths = (async () =>
  [...(await clientFiles()).keys()]
    .filter((n) => n.endsWith('.js'))
    .map((n) => ({ params: { name: n.slice(0, -3) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await clientFiles()).get(`${params.name}.js`), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
