/** /plan.json: the whole plan as open data (see src/data/export.ts). Deterministic: no dates, no hashes of the build. */
import type { APIRoute } from 'astro';
import { planExport } from '../site/lib/extracts.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(planExport(site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
