/**
 * The sub-path build served as a plain static server would serve it at /sub/, in Chromium: pages
 * load every asset from under /sub/, and search (its index, its Pagefind bundle, its result
 * links) works there too.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSeedSite, type SeedSite } from '../support/seed-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveOnFreePort, type LocalSite } from '../../scripts/serve.ts';

const BASE = '/sub/';
let built: SeedSite;
let site: LocalSite | undefined;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  built = await buildSeedSite({ site: 'https://www.example.gov.cn', base: BASE });
  site = await serveOnFreePort(built.outDir, BASE);
  origin = site.origin;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Open a page and record every request that failed or left the base path. */
async function visit(path: string): Promise<{ page: Page; bad: string[]; requested: string[] }> {
  const page = await browser.newPage();
  const bad: string[] = [];
  const requested: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === origin) {
      requested.push(u.pathname);
      if (!u.pathname.startsWith(BASE)) bad.push(`outside ${BASE}: ${u.pathname}`);
    }
  });
  // A request the page itself abandoned by navigating away (net::ERR_ABORTED) is not a broken URL.
  page.on('requestfailed', (r) => {
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) bad.push(`failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) bad.push(`${r.status()}: ${r.url()}`);
  });
  await page.goto(origin + BASE + path, { waitUntil: 'networkidle' });
  return { page, bad, requested };
}

describe('served at /sub/', () => {
  test.each(['', 'plan/', 'plan/3/', 'm/3-1-2/', 'glossary/', 'errata/'])(
    '/sub/%s loads with every request under /sub/ and none failing',
    async (path) => {
      const { page, bad, requested } = await visit(path);
      expect(bad).toEqual([]);
      expect(requested).toContain(`${BASE}js/theme.js`);
      expect(await page.title()).toContain(built.plan.title);
      await page.close();
    },
  );

  test('search finds an exact phrase, fetching its index under /sub/, and its results open pages under /sub/', async () => {
    const { page, bad } = await visit(`search/?q=${encodeURIComponent('告知承诺')}`);
    const links = page.locator('#search-results a.sr-link');
    await links.first().waitFor({ timeout: 15_000 });
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith(`${BASE}m/`)), links.first().click()]);
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname.startsWith(`${BASE}m/`)).toBe(true);
    expect(await page.title()).not.toContain('404');
    expect(bad).toEqual([]);
    await page.close();
  });

  test('the header search box answers under /sub/ without leaving the base', async () => {
    const { page, bad } = await visit('plan/');
    await page.fill('#site-q', '营商环境');
    await Promise.all([page.waitForURL((u) => u.pathname === `${BASE}search/`), page.press('#site-q', 'Enter')]);
    await page.locator('#search-results a.sr-link').first().waitFor({ timeout: 15_000 });
    expect(bad).toEqual([]);
    await page.close();
  });
});
