/**
 * Search quality against readers' judgements (search/judged.json): for each query, the units a
 * reader would want, written from the seed's text, and where it matters the one that must come
 * first. Unlike the index consistency check (bench/search.ts), which scores the search against
 * the same containment rule it implements, these figures can come out below 1.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export const Judged = z.object({
  about: z.string(),
  queries: z
    .array(
      z.object({
        query: z.string().min(1),
        /** Wanted results, most useful first: unit ids (`3-1-2`) or `glossary/<slug>`. */
        expect: z.array(z.string().regex(/^(\d+(-\d+)*|glossary\/[a-z0-9-]+)$/)),
        /** The result that must be ranked first, where rank matters. */
        first: z.string().optional(),
        /** What in the seed decides the judgement. */
        why: z.string().min(1),
      }),
    )
    .min(25),
});
export type Judgement = z.infer<typeof Judged>['queries'][number];

export async function readJudged(file = 'search/judged.json'): Promise<Judgement[]> {
  return Judged.parse(JSON.parse(await readFile(file, 'utf8'))).queries;
}

/** A result URL as the judgements name it: `/m/3-1-2/` → `3-1-2`, `/glossary/wu-hua/` → `glossary/wu-hua`. */
export function resultKey(url: string): string {
  const m = /^\/m\/([^/]+)\/$/.exec(url);
  if (m) return m[1]!;
  const g = /^\/(glossary\/[^/]+)\/$/.exec(url);
  return g ? g[1]! : url;
}

export interface JudgedScore {
  query: string;
  returned: number;
  /** Wanted results returned ÷ results returned (1 when both are none; 0 when nothing came back but something was wanted). */
  precision: number;
  /** Wanted results returned ÷ wanted results (1 when nothing is wanted). */
  recall: number;
  /** 1 ÷ rank of the first wanted result (0 if none came back); for a query that wants nothing, 1 if nothing came back. */
  rr: number;
  /** Whether the result that must come first did; null when rank does not matter. */
  firstRight: boolean | null;
  missing: string[];
  unwanted: string[];
}

export function scoreJudged(j: Judgement, urls: string[]): JudgedScore {
  const shown = urls.map(resultKey);
  const wanted = new Set(j.expect);
  const hits = shown.filter((k) => wanted.has(k));
  const firstHit = shown.findIndex((k) => wanted.has(k));
  return {
    query: j.query,
    returned: shown.length,
    precision: shown.length === 0 ? (wanted.size === 0 ? 1 : 0) : hits.length / shown.length,
    recall: wanted.size === 0 ? 1 : new Set(hits).size / wanted.size,
    rr: wanted.size === 0 ? (shown.length === 0 ? 1 : 0) : firstHit === -1 ? 0 : 1 / (firstHit + 1),
    firstRight: j.first === undefined ? null : shown[0] === j.first,
    missing: j.expect.filter((k) => !shown.includes(k)),
    unwanted: shown.filter((k) => !wanted.has(k)),
  };
}

export interface JudgedOverall {
  queries: number;
  precision: number;
  recall: number;
  mrr: number;
  /** Queries whose must-be-first result came first, of those that name one. */
  firstRight: string;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export function judgedOverall(scores: JudgedScore[]): JudgedOverall {
  const ranked = scores.filter((s) => s.firstRight !== null);
  return {
    queries: scores.length,
    precision: mean(scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
    mrr: mean(scores.map((s) => s.rr)),
    firstRight: `${ranked.filter((s) => s.firstRight).length}/${ranked.length}`,
  };
}
