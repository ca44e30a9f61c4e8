/**
 * /glossary/terms.json: every term's heading and definition by slug, for the term popover.
 * Fetched once, on the first hover, focus or tap of a term link, so pages carry no definitions.
 */
import type { APIRoute } from 'astro';
import { plan } from '../../site/lib/plan.ts';
import { termDefinitions } from '../../site/lib/term-definitions.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(termDefinitions(plan)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
