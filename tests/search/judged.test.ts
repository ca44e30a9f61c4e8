/**
 * The site's search against readers' judgements (search/judged.json, written from the seed's
 * text): which results a reader wants, and which one must come first. The floors are the figures
 * measured when the set was written (npm run bench prints them per query): any regression fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgedOverall, readJudged, scoreJudged, type JudgedScore } from '../../bench/judged.ts';
import { runSite } from '../../bench/search.ts';

const DIST = process.env.DIST ?? 'dist';
let scores: JudgedScore[];

beforeAll(async () => {
  scores = [];
  for (const j of await readJudged()) scores.push(scoreJudged(j, (await runSite(DIST, j.query)).matches));
}, 120_000);

describe('search against hand-judged queries', () => {
  it('holds at least 25 queries, each with its reason from the seed', async () => {
    const judged = await readJudged();
    expect(judged.length).toBeGreaterThanOrEqual(25);
    expect(new Set(judged.map((j) => j.query)).size).toBe(judged.length);
  });

  it('returns what readers want: precision ≥ 0.98, recall ≥ 0.98, MRR 1 (measured 0.985, 0.986, 1.00)', () => {
    const o = judgedOverall(scores);
    expect(o.precision).toBeGreaterThanOrEqual(0.98);
    expect(o.recall).toBeGreaterThanOrEqual(0.98);
    expect(o.mrr).toBe(1);
  });

  it('puts the wanted result first for at least 25 of the 30 queries that name one', () => {
    const named = scores.filter((s) => s.firstRight !== null);
    expect(named).toHaveLength(30);
    expect(named.filter((s) => s.firstRight).length).toBeGreaterThanOrEqual(25);
  });

  it('finds nothing for what the plan never mentions', () => {
    expect(scores.find((s) => s.query === '元宇宙')).toMatchObject({ returned: 0, precision: 1 });
  });
});
