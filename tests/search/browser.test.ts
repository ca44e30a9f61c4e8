/**
 * The search in Chromium over the built dist/: the header box, arrival highlighting, the /search/
 * page (glossary term first, chapter filter), and no search request on a reading page before the
 * box is focused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveOnFreePort, type LocalSite } from '../../scripts/serve.ts';

let site: LocalSite | undefined;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  site = await serveOnFreePort('dist', '/');
  origin = site.origin;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page that records the path of every request it makes. */
async function open(path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  return { page, requests };
}
const isSearchFile = (p: string) => /search|pagefind/.test(p);

describe('search in the browser', () => {
  it('a reading page requests no search file until the search box is focused', async () => {
    const { page, requests } = await open('/m/3-1-2/');
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(requests.filter(isSearchFile)).toEqual([]);
    await page.focus('#site-q');
    await page.waitForResponse((r) => r.url().endsWith('/js/search.js'));
    expect(requests.filter(isSearchFile)).toEqual(['/js/search.js']);
    await page.close();
  });

  it('typing in the header box lists matches with breadcrumbs; a click lands on the measure with the words highlighted', async () => {
    const { page } = await open('/m/1-1-1/');
    await page.click('#site-q');
    await page.keyboard.type('告知承诺');
    const first = page.locator('#site-q-results .sr-item').first();
    await first.waitFor();
    expect(await page.locator('#site-q-results .sr-item').count()).toBeGreaterThan(0);
    expect(await first.locator('.sr-crumbs').textContent()).toMatch(/^.+、.+ › （.）/);
    expect(await first.locator('.sr-excerpt mark').first().textContent()).toBe('告知承诺');
    const href = (await first.locator('a.sr-link').getAttribute('href'))!;
    expect(href).toMatch(/^\/m\/[\d-]+\/\?h=/);
    await first.locator('a.sr-link').click();
    await page.waitForURL((u) => u.pathname === href.split('?')[0]);
    const mark = page.locator('mark.search-hit').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('告知承诺');
    expect(await mark.isVisible()).toBe(true);
    await page.close();
  });

  it('?h= highlights a hit that runs across a glossary term link, in the unit text only', async () => {
    const { page } = await open(`/m/1-1-3/?h=${encodeURIComponent('构建“1+4+6”事中')}`);
    const marks = page.locator('mark.search-hit');
    await marks.first().waitFor();
    expect(await marks.allTextContents()).toEqual(['构建“', '1+4+6', '”事中']);
    expect(await page.locator('head mark, .site-header mark').count()).toBe(0);
    await page.close();
  });

  it('/search/?q=五化 shows the glossary term first', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('五化')}`);
    const first = page.locator('#search-results .sr-item a.sr-link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/glossary\/wu-hua\/\?h=/);
    expect(await page.inputValue('#search-q')).toBe('五化');
    await page.close();
  });

  it('the chapter filter narrows the results to that chapter and keeps it in the URL', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('信用')}`);
    const items = page.locator('#search-results .sr-item');
    await items.first().waitFor();
    const all = await items.count();
    await page.selectOption('#search-chapter', '6');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results .sr-item').length !== n, all);
    const hrefs = await page.locator('#search-results a.sr-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.length).toBeLessThan(all);
    for (const h of hrefs) expect(h).toMatch(/^\/m\/6(-\d+)*\/\?h=/);
    expect(new URL(page.url()).searchParams.get('chapter')).toBe('6');
    await page.close();
  });

  it('Pagefind’s related results load only on request when the exact matches are many', async () => {
    const { page, requests } = await open(`/search/?q=${encodeURIComponent('信用')}`);
    await page.locator('#search-related button').waitFor();
    expect(await page.locator('#search-results .sr-item').count()).toBeGreaterThanOrEqual(3);
    expect(requests.filter((p) => p.includes('pagefind'))).toEqual([]);
    await page.click('#search-related button');
    await page.locator('#search-related h2').waitFor();
    expect(await page.locator('#search-related h2').textContent()).toBe('相关结果');
    await page.close();
  });

  it('Pagefind’s related results come at once, under 相关结果, when nothing matches exactly', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent('元宇宙')}`);
    await page.locator('#search-related .sr-item').first().waitFor();
    expect(await page.locator('#search-results .sr-item').count()).toBe(0);
    expect(await page.locator('#search-related h2').textContent()).toBe('相关结果');
    await page.close();
  });
});
