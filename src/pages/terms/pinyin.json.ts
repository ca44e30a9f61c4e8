/**
 * /terms/pinyin.json: each entry's term and pinyin (`fangguanfu fgf`), in the order of the
 * entries on /terms/, for the filter there. Fetched on first use of the filter, so the page
 * itself carries no pinyin.
 */
import type { APIRoute } from 'astro';
import { terms } from '../../site/lib/extracts.ts';
import { groupTerms, type TermPinyin } from '../../site/lib/term-groups.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(groupTerms(terms).flatMap((g) => g.terms.map((t): TermPinyin => [t.term, t.pinyin]))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
