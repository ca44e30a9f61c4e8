/**
 * The search targets, asserted on a representative subset of search/queries.txt over the
 * built dist/ (`npm test` builds first): the same module the page runs. Its results are checked
 * for index consistency against the text Pagefind indexed (the pages that contain the query);
 * how good they are for a reader is tests/search/judged.test.ts. Sizes are byte budgets (KB =
 * 1,000 B, as served); no times are asserted.
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

/** js/search.js and the index, as served: measured 39,881 B Brotli and 47,810 B gzip, capped at about 1.2×. */
const FIRST_QUERY_CAP = { br: 48_000, gzip: 57_000 };
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

  it('index consistency: each query returns exactly the pages whose indexed text contains it', () => {
    // The search implements this rule, so it holds by construction unless its index and
    // Pagefind's drift apart; a page missed or extra is named.
    for (const r of rows) expect({ q: r.query, missed: r.site.missed, extra: r.site.extra }).toEqual({ q: r.query, missed: [], extra: [] });
    expect(overall(rows, 'site').consistent).toBe(SUBSET.length);
  });

  it('a glossary term comes first for its key', () => {
    const keyed = rows.filter((r) => r.site.termFirst !== null);
    expect(keyed.map((r) => r.query)).toEqual(expect.arrayContaining(['五化', '1+4+6', '1+15+N', '1＋4＋6']));
    for (const r of keyed) expect([r.query, r.site.termFirst]).toEqual([r.query, true]);
  });

  it(`a first query fetches at most ${FIRST_QUERY_CAP.br / 1000} KB Brotli, ${FIRST_QUERY_CAP.gzip / 1000} KB gzip to show its matches (about 1.2× measured)`, () => {
    for (const r of rows) {
      expect(r.site.bytes.br, r.query).toBeLessThanOrEqual(FIRST_QUERY_CAP.br);
      expect(r.site.bytes.gzip, r.query).toBeLessThanOrEqual(FIRST_QUERY_CAP.gzip);
    }
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
