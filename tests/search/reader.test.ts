/**
 * Search as a new reader tries it (issue 13), in Chromium at a phone's width and a desktop's: the
 * header's results box on screen, no dead end for a query with no exact match, spaced queries,
 * the first result high on the page, the way back, the highlight carried into the chapter, and the
 * page's heading and breadcrumb as on the other pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';

let site: SiteBrowser;
beforeAll(async () => {
  site = await startSiteBrowser();
}, 60_000);
afterAll(async () => {
  await site?.close();
});

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
const q = (s: string) => encodeURIComponent(s);

/** The element's box, scrolled or not: is it wholly inside the viewport? */
async function onScreen(page: Page, el: Locator): Promise<boolean> {
  const box = (await el.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

describe.each(WIDTHS)('at $width px', (size) => {
  const open = async (path: string) => (await site.open(path, size)).page;

  it('the header box’s results panel lies wholly on screen: the count, every label and excerpt, and 查看全部', async () => {
    const page = await open('plan/3/');
    await page.click('#site-q');
    await page.keyboard.type('信用');
    const panel = page.locator('#site-q-results');
    await panel.locator('.sr-item').first().waitFor();
    expect(await onScreen(page, panel)).toBe(true);
    expect(await onScreen(page, panel.locator('.sr-status'))).toBe(true);
    expect(await onScreen(page, panel.locator('.sr-label').first())).toBe(true);
    const more = panel.locator('a.sr-more');
    expect(await more.textContent()).toMatch(/^查看全部 \d+ 条/);
    expect(await onScreen(page, more)).toBe(true);
    await page.context().close();
  });

  it('a query with no exact match shows the related results at once, labelled, on the first screen', async () => {
    const page = await open(`search/?q=${q('怎么办营业执照')}`);
    const first = page.locator('#search-related .sr-item').first();
    await first.waitFor();
    expect(await page.locator('#search-status').textContent()).toBe('没有包含“怎么办营业执照”的条目');
    expect(await page.locator('#search-related h2').textContent()).toBe('相关结果');
    expect(await page.locator('#search-related button').count()).toBe(0);
    expect(await onScreen(page, first.locator('a.sr-link'))).toBe(true);
    await page.context().close();
  });

  it('in the header box too, a query with no exact match lists related results, labelled, inside the panel', async () => {
    const page = await open('m/3-1-2/');
    await page.click('#site-q');
    await page.keyboard.type('怎么办营业执照');
    const panel = page.locator('#site-q-results');
    const first = panel.locator('.sr-related .sr-item').first();
    await first.waitFor();
    expect(await panel.locator('.sr-status').first().textContent()).toBe('没有完全匹配的条目');
    expect(await panel.locator('.sr-related h2').textContent()).toBe('相关结果');
    expect(await onScreen(page, first.locator('a.sr-link'))).toBe(true);
    await page.context().close();
  });

  it('a query of several words none holds whole lists the units holding every word, saying so', async () => {
    const page = await open(`search/?q=${q('开办企业 流程')}`);
    const first = page.locator('#search-results .sr-item').first();
    await first.waitFor();
    expect(await page.locator('#search-status').textContent()).toBe('没有包含“开办企业 流程”的条目；1 条同时包含“开办企业”“流程”');
    expect(await first.locator('a.sr-link').getAttribute('href')).toMatch(/^\/m\/3-1-2\/\?h=/);
    expect(await first.locator('.sr-excerpt mark').allTextContents()).toEqual(expect.arrayContaining(['开办企业', '流程']));
    await page.context().close();
  });

  it('1 + 15 + N, typed with spaces, finds “1+15+N” wherever printed and lights it on arrival', async () => {
    const page = await open(`search/?q=${q('1 + 15 + N')}`);
    const links = page.locator('#search-results a.sr-link');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('?')[0]));
    expect(hrefs).toEqual(['/glossary/1-15-n/', '/m/3-2-5/']);
    expect(await page.locator('#search-results .sr-excerpt mark').first().textContent()).toBe('1+15+N');
    await links.nth(1).click();
    await page.waitForURL((u) => u.pathname === '/m/3-2-5/');
    const mark = page.locator('mark.search-hit');
    await mark.first().waitFor();
    expect(await mark.allTextContents()).toEqual(['1+15+N']);
    await page.context().close();
  });

  it('the search page has one search box, and the first result starts in the upper 40% of the screen', async () => {
    const page = await open(`search/?q=${q('信用')}`);
    const first = page.locator('#search-results .sr-item').first();
    await first.waitFor();
    const boxes = await page.locator('input[type=search]').evaluateAll((is) => is.filter((i) => (i as HTMLElement).offsetParent).length);
    expect(boxes).toBe(size.width < 768 ? 1 : 2);
    expect((await first.boundingBox())!.y).toBeLessThan(size.height * 0.4);
    await page.context().close();
  });

  it('keeps the reading-mode menu on the search page, beside the breadcrumb on a phone, covering nothing', async () => {
    const page = await open(`search/?q=${q('信用')}`);
    const pill = (await page.locator('.modes summary').boundingBox())!;
    const covered = await page.evaluate(
      ([x, y, w, h]) =>
        [...document.querySelectorAll('.status, .crumbs a, .crumbs li, h1, #search-q')]
          .filter((e) => {
            const r = e.getBoundingClientRect();
            const text = e.matches('li, a') ? [...e.getClientRects()] : [r];
            return text.some((t) => t.right > x! && t.left < x! + w! && t.bottom > y! && t.top < y! + h!);
          })
          .map((e) => e.outerHTML.slice(0, 40)),
      [pill.x, pill.y, pill.width, pill.height],
    );
    expect(covered).toEqual([]);
    expect(pill.x + pill.width).toBeLessThanOrEqual(size.width);
    await page.context().close();
  });

  it('after following a result and going back, the reader is where they were, and the tab title names the query', async () => {
    const page = await open(`search/?q=${q('信用')}`);
    const item = page.locator('#search-results .sr-item').nth(12);
    await item.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 120);
    await page.waitForFunction(() => window.scrollY > 0);
    const y = await page.evaluate(() => window.scrollY);
    expect(await page.title()).toMatch(/^“信用” - 搜索 - /);
    await item.locator('a.sr-link').click();
    await page.waitForURL((u) => u.pathname.startsWith('/m/'));
    await page.goBack();
    await page.locator('#search-results .sr-item').nth(12).waitFor();
    await page.waitForFunction((at) => Math.abs(window.scrollY - at) < 2, y);
    expect(await page.title()).toMatch(/^“信用” - 搜索 - /);
    await page.context().close();
  });

  it('在全文中阅读 carries the highlight into the chapter, where the measure’s hit is in view', async () => {
    const page = await open(`m/3-1-2/?h=${q('商事登记')}`);
    await page.locator('mark.search-hit').first().waitFor();
    const read = page.getByRole('link', { name: '在全文中阅读' });
    await page.waitForFunction(() => /[?&]h=/.test(document.querySelector<HTMLAnchorElement>('.actions a.btn-primary')!.href));
    await read.click();
    await page.waitForURL((u) => u.pathname === '/plan/3/' && u.hash === '#m-3-1-2' && u.searchParams.get('h') === '商事登记');
    const mark = page.locator('#m-3-1-2 mark.search-hit').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('商事登记');
    expect(await onScreen(page, mark)).toBe(true);
    await page.context().close();
  });

  it('/search/ has the heading style and the breadcrumb root of the other pages (/glossary/)', async () => {
    const look = async (path: string) => {
      const page = await open(path);
      const h1 = await page.locator('main h1').evaluate((h) => {
        const s = getComputedStyle(h);
        return { pageHeading: h.classList.contains('page-h'), font: s.font, color: s.color };
      });
      const root = await page.locator('main nav.crumbs li').first().textContent();
      await page.context().close();
      return { h1, root };
    };
    const search = await look('search/');
    expect(search).toEqual(await look('glossary/'));
    expect(search).toMatchObject({ h1: { pageHeading: true }, root: '首页' });
  });
});
