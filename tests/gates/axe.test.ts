/**
 * Gate 1 (axe): axe-core finds no violation on the home page, a chapter page, a measure page, a
 * glossary term page, the 404 page and the search page with results open — in the light and dark
 * themes (the reader's system setting, and the site's own toggle over it), at 390 px and 1280 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../site/dist.ts';
import { runAxe } from '../support/axe.ts';
import { startSiteBrowser, type OpenOptions, type SiteBrowser } from '../support/browser-site.ts';

const plan = loadPlan();
const measure = plan.units.find((u) => u.kind === 'measure' && u.numbered && u.terms.length > 0)!;
const term = plan.glossary[0]!;
const query = '告知承诺';

const PAGES: [name: string, path: string][] = [
  ['home', ''],
  ['chapter', `plan/${measure.path[0]}/`],
  ['measure', `m/${measure.id}/`],
  ['glossary term', `glossary/${term.slug}/`],
  ['404', 'no-such-page/'],
  ['search with results', `search/?q=${encodeURIComponent(query)}`],
];
const THEMES: [name: string, options: OpenOptions][] = [
  ['light', { colorScheme: 'light' }],
  ['dark (system)', { colorScheme: 'dark' }],
  ['dark (toggle)', { colorScheme: 'light', theme: 'dark' }],
];
const WIDTHS = [390, 1280];

const CASES = PAGES.flatMap(([page, path]) =>
  THEMES.flatMap(([theme, options]) => WIDTHS.map((width) => ({ page, path, theme, options, width }))),
);

let site: SiteBrowser;
const rulesRun = new Set<string>();
beforeAll(async () => {
  site = await startSiteBrowser();
});
afterAll(async () => {
  console.info(`axe gate: ${rulesRun.size} axe-core rules run on ${CASES.length} page × theme × width combinations`);
  await site?.close();
});

describe('axe-core', () => {
  it.each(CASES)('finds no violation on the $page page, $theme, $width px', async ({ path, options, width, page: name }) => {
    const { context, page } = await site.open(path, { ...options, width, height: 900 });
    if (name === 'search with results') await page.locator('#search-results .sr-item').first().waitFor();
    if (options.theme) expect(await page.getAttribute('html', 'data-theme')).toBe(options.theme);
    const report = await runAxe(page);
    for (const r of report.rules) rulesRun.add(r);
    expect(report.rules.length).toBeGreaterThan(50);
    expect(report.violations).toEqual([]);
    await context.close();
  });
});
