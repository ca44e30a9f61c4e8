/** /measures.csv: one row per unit (UTF-8 with BOM, CRLF), for spreadsheets. */
import type { APIRoute } from 'astro';
import { measuresCsv } from '../data/export.ts';
import { planExport } from '../site/lib/extracts.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(measuresCsv(planExport(site).units), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
