/**
 * Gate 1 (axe): axe-core finds no violation on the home page, a chapter page, a measure page, a
 * glossary term page, the 404 page and the search page with results open — in the light and dark
 * themes (the reader's system setting, and the theme chosen in the site's reading-mode menu over it), at 390 px and 1280 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../site/dist.ts';
import { runAxe } from '../support/axe.ts';
import { startSiteBrowser, type OpenPage, type SiteBrowser } from '../support/browser-site.ts';

const plan = loadPlan();
const measure = plan.units.find((u) => u.kind === 'measure' && u.marker !== null && u.terms.length > 0)!;
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
const THEMES: [name: string, scheme: 'light' | 'dark', toggled: 'dark' | null][] = [
  ['light', 'light', null],
  ['dark (system)', 'dark', null],
  ['dark (chosen)', 'light', 'dark'],
];
const WIDTHS = [390, 1280];
const COMBOS = THEMES.flatMap(([theme, scheme, toggled]) => WIDTHS.map((width) => ({ theme, scheme, toggled, width })));

let site: SiteBrowser;
const rulesRun = new Set<string>();
beforeAll(async () => {
  site = await startSiteBrowser();
});
afterAll(async () => {
  console.info(`axe gate: ${rulesRun.size} axe-core rules run on ${PAGES.length * COMBOS.length} page × theme × width combinations`);
  await site?.close();
});

/**
 * Each page is loaded once and then shown in each combination: the system setting is emulated, the
 * menu's theme choice set as it sets it (data-theme on <html>), the window resized.
 */
describe.each(PAGES)('axe-core on the %s page', (name, path) => {
  let opened: OpenPage;
  beforeAll(async () => {
    opened = await site.open(path, { height: 900 });
    if (name === 'search with results') await opened.page.locator('#search-results .sr-item').first().waitFor();
  });
  afterAll(async () => {
    await opened?.context.close();
  });

  it.each(COMBOS)('finds no violation: $theme, $width px', async ({ scheme, toggled, width }) => {
    const { page } = opened;
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate((t) => {
      if (t) document.documentElement.dataset.theme = t;
      else delete document.documentElement.dataset.theme;
    }, toggled);
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // The theme really applies: the page background is dark exactly when it should be.
    const rgb = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    expect((r! + g! + b!) / 3 < 128, rgb).toBe(scheme === 'dark' || toggled === 'dark');
    const report = await runAxe(page);
    for (const r of report.rules) rulesRun.add(r);
    expect(report.rules.length).toBeGreaterThan(50);
    expect(report.violations).toEqual([]);
  });
});
