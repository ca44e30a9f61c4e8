/**
 * The search targets, asserted on a representative subset of search/queries.txt over the
 * built dist/ (`npm test` builds first): the same module the page runs, scored against the text
 * Pagefind indexed. Sizes are byte budgets; no times are asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchSearch, indexAgreement, readQueries, type Row } from '../../bench/search.ts';
import { overall } from '../../bench/search-report.ts';

const DIST = 'dist';
/** Two-character words, long terms, shorthand, glossary keys, mid-word cuts, digits, width variants, no hit. */
const SUBSET = [
  '信用',
  '数据',
  '告知承诺',
  '信用修复',
  '综合保税区',
  '市场准入负面清单',
  '五化',
  '1+4+6',
  '双随机',
  '1+15+N',
  '营商环',
  '务服务',
  '12345',
  '１２３４５',
  '1＋4＋6',
  '在泉城·全办成',
  '互联网+政务服务',
  '深化“证照分离”改革',
  '此件公开发布',
  '元宇宙',
];

let rows: Row[];
beforeAll(async () => {
  if (!existsSync(`${DIST}/search-index.json`)) throw new Error('dist/ is not built: run `node scripts/build.ts` first');
  rows = await benchSearch(DIST, SUBSET, { pagefind: false });
});

describe('search targets over dist/', () => {
  it('the checked-in query list has at least 40 queries, the subset included', async () => {
    const list = await readQueries('search/queries.txt');
    expect(list.length).toBeGreaterThanOrEqual(40);
    for (const q of SUBSET) expect(list).toContain(q);
  });

  it('Pagefind and the exact index hold the same documents', async () => {
    expect(await indexAgreement(DIST)).toEqual({ onlyPagefind: [], onlySite: [] });
  });

  it('precision >= 0.98 and recall >= 0.99 overall, and no query below 0.9 on either', () => {
    const o = overall(rows, 'site');
    expect(o.precision).toBeGreaterThanOrEqual(0.98);
    expect(o.recall).toBeGreaterThanOrEqual(0.99);
    for (const r of rows)
      expect({ q: r.query, p: r.site.precision >= 0.9, r: r.site.recall >= 0.9 }).toEqual({ q: r.query, p: true, r: true });
  });

  it('the first correct result is ranked first on average (MRR >= 0.98), a glossary term first for its key', () => {
    expect(overall(rows, 'site').mrr).toBeGreaterThanOrEqual(0.98);
    const keyed = rows.filter((r) => r.site.termFirst !== null);
    expect(keyed.map((r) => r.query)).toEqual(expect.arrayContaining(['五化', '1+4+6', '1+15+N', '1＋4＋6']));
    for (const r of keyed) expect([r.query, r.site.termFirst]).toEqual([r.query, true]);
  });

  it('a first query fetches at most 120 KB gzip to show its matches', () => {
    for (const r of rows) expect([r.query, r.site.bytes <= 120 * 1024]).toEqual([r.query, true]);
  });

  it('related results are kept apart from matches and never repeat one', () => {
    for (const r of rows) expect(r.run.partial.filter((u) => r.run.matches.includes(u))).toEqual([]);
    expect(rows.find((r) => r.query === '元宇宙')!.run.matches).toEqual([]);
  });

  it('reading pages reference no search code: only the theme and page scripts', () => {
    for (const page of ['m/3-1-2', 'glossary/wu-hua', 'plan/3', '']) {
      const html = readFileSync(`${DIST}/${page}${page ? '/' : ''}index.html`, 'utf8');
      expect(html).not.toMatch(/js\/search\.js|search-index|pagefind[\w-]*\.(js|css)/);
    }
  });
});
