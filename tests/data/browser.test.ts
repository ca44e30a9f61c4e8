/**
 * In Chromium over the built dist/: "copy link to this passage" on a measure page, and the
 * filter of /terms/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveOnFreePort, type LocalSite } from '../../scripts/serve.ts';

let site: LocalSite | undefined;
let browser: Browser;
let context: BrowserContext;
let origin: string;

beforeAll(async () => {
  site = await serveOnFreePort('dist', '/');
  origin = site.origin;
  browser = await launchChromium();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Select `text` inside the measure's text (it must lie within one text node). */
const selectText = (text: string) => {
  const scope = document.querySelector('.unit-text')!;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(text);
    if (at >= 0) {
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return true;
    }
  }
  return false;
};

/** The selection bar's 复制链接 button: the passage's link alone (复制引文 beside it adds the quotation and citation). */
const linkButton = (page: Page) => page.locator('.passage-bar button', { hasText: '复制链接' });

describe('copy link to this passage', () => {
  it('loads its code only once text is selected in the measure', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${origin}/m/3-1-2/`, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10); // a reader's first touch of the page, as before any selection
    expect(requests).not.toContain('/js/passage-tools.js');
    expect(await page.locator('.passage-bar').count()).toBe(0);
    expect(await page.evaluate(selectText, '以申请人信用承诺为基础')).toBe(true);
    await page.locator('.passage-bar').waitFor({ state: 'visible' });
    expect(requests).toContain('/js/passage-tools.js');
    await page.close();
  });

  it('copies the permalink with a percent-encoded #:~:text= fragment, which opens the measure', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/m/3-1-2/`, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10); // a reader's first touch of the page, as before any selection
    const passage = '以申请人信用承诺为基础';
    await page.evaluate(selectText, passage);
    await linkButton(page).click();
    await expect.poll(() => page.locator('.passage-bar').textContent()).toContain('已复制链接');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const permalink = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(copied).toBe(`${permalink}#:~:text=${encodeURIComponent(passage)}`);
    const local = copied.replace(/^https?:\/\/[^/]+/, origin);
    await page.close();
    const fresh = await context.newPage();
    expect((await fresh.goto(local))!.status()).toBe(200);
    expect(await fresh.locator('.unit-text').textContent()).toContain(passage);
    await fresh.close();
  });

  it('links a long passage by its start and end, each cut at punctuation', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/m/3-1-2/`, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10); // a reader's first touch of the page, as before any selection
    const text = (await page.locator('.unit-text p').first().textContent())!;
    const passage = text.slice(text.indexOf('全面推进'), text.indexOf('推广商事登记'));
    expect(passage.length).toBeGreaterThan(60);
    await page.evaluate(selectText, passage);
    await linkButton(page).click();
    await expect.poll(() => page.locator('.passage-bar').textContent()).toContain('已复制链接');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [start, end] = copied.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(passage.startsWith(start!)).toBe(true);
    expect(passage.endsWith(end!)).toBe(true);
    expect(start!.length).toBeLessThan(passage.length);
    await page.close();
  });

  it('hides the bar when the selection is cleared', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/m/3-1-2/`, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10); // a reader's first touch of the page, as before any selection
    await page.evaluate(selectText, '以申请人信用承诺为基础');
    await page.locator('.passage-bar').waitFor({ state: 'visible' });
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.locator('.passage-bar').waitFor({ state: 'hidden' });
    await page.close();
  });
});

describe('the /terms/ filter', () => {
  it('narrows the index by characters or by pinyin initials and says how many remain', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/terms/`, { waitUntil: 'networkidle' });
    const visible = () => page.locator('.group h3:visible').count();
    const all = await visible();
    // The filter's code and the pinyin load on first use of the box, so the first answer may take a moment.
    await page.fill('#term-q', '放管服');
    await expect.poll(visible).toBe(1);
    await page.fill('#term-q', 'fgf');
    await expect.poll(() => page.locator('[data-terms-filter] output').textContent()).toMatch(/^\d+ 个术语$/);
    expect(await page.locator('.group h3:visible', { hasText: '“放管服”' }).count()).toBe(1);
    await page.fill('#term-q', '');
    await expect.poll(visible).toBe(all);
    await page.close();
  });

  it('opens on one entry from a link with ?q=', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/terms/?q=${encodeURIComponent('放管服')}`);
    await expect.poll(() => page.locator('.group h3:visible').allTextContents()).toEqual([expect.stringContaining('“放管服”')]);
    expect(await page.inputValue('#term-q')).toBe('放管服');
    await page.close();
  });

  it('shows the whole index and no filter without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${origin}/terms/`);
    expect(await page.locator('[data-terms-filter]').isHidden()).toBe(true);
    expect(await page.locator('.group h3:visible').count()).toBeGreaterThan(100);
    await ctx.close();
  });
});
