/**
 * JavaScript before interaction, measured in Chromium over the built site (bench/js.ts): what a
 * page fetches on load, at idle and on the first pointer movement, gzip as served. One page of
 * each type; the 2 KB budget of issue 7 holds for each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, OVER_JS_CAPS } from '../../bench/sizes.ts';
import { jsBeforeInteraction, type PageJs } from '../../bench/js.ts';

const DIST = process.env.DIST ?? 'dist';
const PAGES = {
  home: '/',
  chapter: '/plan/3/',
  unit: '/m/3-1-2/',
  term: '/glossary/wu-hua/',
  terms: '/terms/',
  targets: '/targets/',
  search: '/search/',
  data: '/data/',
  errata: '/errata/',
};
let byType: Record<string, PageJs>;

beforeAll(async () => {
  const pages = await jsBeforeInteraction(DIST, Object.values(PAGES));
  byType = Object.fromEntries(Object.keys(PAGES).map((t, i) => [t, pages[i]!]));
}, 120_000);

describe('JavaScript before interaction (Chromium, the first pointer movement included)', () => {
  it('counts site.js, which theme.js loads on the first pointer movement, on every page', () => {
    for (const [type, p] of Object.entries(byType)) {
      expect([type, p.scripts[0]]).toEqual([type, '/js/theme.js']);
      expect([type, p.scripts]).toEqual([type, expect.arrayContaining(['/js/site.js'])]);
    }
  });

  it('adds the copy script on a unit page only, the TOC marker on a chapter page only, and the 复制引文 bar nowhere until text is selected', () => {
    expect(byType.unit!.scripts).toEqual(expect.arrayContaining(['/js/copy.js']));
    expect(Object.values(byType).filter((p) => p.scripts.some((s) => s.includes('passage')))).toEqual([]);
    expect(byType.chapter!.scripts).not.toContain('/js/copy.js');
    expect(byType.chapter!.scripts).toContain('/js/toc.js');
    const others = Object.entries(byType).filter(([t]) => t !== 'chapter');
    expect(others.filter(([, p]) => p.scripts.includes('/js/toc.js')).map(([t]) => t)).toEqual([]);
  });

  it('loads no search code and no term popover code before interaction', () => {
    const early = Object.entries(byType).flatMap(([t, p]) =>
      p.scripts.filter((s) => /search|pagefind|terms\.js/.test(s)).map((s) => `${t}: ${s}`),
    );
    expect(early).toEqual([]);
  });

  it(`stays within ${BUDGET.js / 1000} KB gzip on every page type, except the recorded caps`, () => {
    const over = Object.entries(byType)
      .filter(([t, p]) => p.bytes.gzip > (OVER_JS_CAPS[t] ?? BUDGET.js))
      .map(([t, p]) => `${t} ${p.url}: ${p.bytes.gzip} B (${p.scripts.join(' ')})`);
    expect(over).toEqual([]);
  });

  it('records a JavaScript cap only for page types really over the budget, so a cap goes when its type meets it', () => {
    const capped = Object.keys(OVER_JS_CAPS);
    expect(capped.filter((t) => byType[t]!.bytes.gzip > BUDGET.js).sort()).toEqual(capped.sort());
  });
});
