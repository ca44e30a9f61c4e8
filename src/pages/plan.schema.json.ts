/** /plan.schema.json: the JSON Schema of /plan.json, generated from the zod schema the site uses. */
import type { APIRoute } from 'astro';
import { planJsonSchema } from '../data/export.ts';
import { url } from '../site/lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const id = site ? new URL(url('plan.schema.json'), site).href : url('plan.schema.json');
  return new Response(`${JSON.stringify(planJsonSchema(id), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
