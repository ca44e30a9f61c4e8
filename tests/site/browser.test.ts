/** The reading site in Chromium: cited measures, term popovers, theme memory, copy buttons. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveOnFreePort, type LocalSite } from '../../scripts/serve.ts';
import { BASE, DIST, loadPlan } from './dist.ts';

const plan = loadPlan();
let site: LocalSite | undefined;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  site = await serveOnFreePort(DIST, BASE);
  origin = site.origin + BASE;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(origin + path);
  return { context, page };
}

describe('a link to a measure', () => {
  it('scrolls to the measure and marks it', async () => {
    const { context, page } = await open('plan/3/#m-3-1-2');
    const seen = await page.evaluate(() => {
      const m = document.getElementById('m-3-1-2')!;
      const r = m.getBoundingClientRect();
      return {
        marked: getComputedStyle(m).backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
        page: getComputedStyle(document.documentElement).backgroundColor,
        top: r.top,
        height: innerHeight,
      };
    });
    expect(seen.marked).not.toBe(seen.body);
    expect(seen.marked).not.toBe(seen.page);
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.top).toBeLessThan(seen.height / 2);
    await context.close();
  });
});

describe('a glossary term in the text', () => {
  const unit = plan.units.find((u) => u.terms.length > 0)!;
  const term = plan.glossary.find((t) => t.slug === unit.terms[0]!.slug)!;
  const chapterPath = `plan/${unit.path[0]}/`;

  /** Focuses the element before the unit's first term link, so one Tab reaches the link. */
  async function tabToTerm(page: Page): Promise<void> {
    await page.evaluate((id) => {
      const link = document.querySelector<HTMLElement>(`#m-${id} a.term`)!;
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button:not([hidden]), input')];
      all[all.indexOf(link) - 1]!.focus();
    }, unit.id);
    await page.keyboard.press('Tab');
  }

  it('shows its definition when focused with the keyboard, and Escape closes it', async () => {
    const { context, page } = await open(chapterPath);
    await tabToTerm(page);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('term');
    const tip = page.locator('#term-tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain(term.definition);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('term-tip');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('shows its definition on hover', async () => {
    const { context, page } = await open(chapterPath);
    await page.locator(`#m-${unit.id} a.term`).first().hover();
    const tip = page.locator('#term-tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain(term.heading);
    await context.close();
  });

  it('on a touch screen, once the page has been touched, shows its definition on the first tap and follows the link on the second', async () => {
    const { context, page } = await open(chapterPath, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    await page.locator('h1').tap(); // a reader's first touch (to scroll, say) loads the page's script
    await page.waitForLoadState('networkidle');
    const link = page.locator(`#m-${unit.id} a.term`).first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await page.locator('#term-tip').waitFor({ state: 'visible' });
    expect(page.url()).toContain(chapterPath);
    await Promise.all([page.waitForURL(`**/glossary/${term.slug}/`), link.tap()]);
    await context.close();
  });

  // The very first tap, before the page script has come: tests/site/typography.test.ts.
});

describe('a chapter printed', () => {
  it('leaves out the navigation, keeps the footer, and floats no address into a measure’s first line', async () => {
    const { context, page } = await open('plan/3/');
    await page.emulateMedia({ media: 'print' });
    const seen = await page.evaluate(() => {
      const shown = (s: string) => getComputedStyle(document.querySelector(s)!).display !== 'none';
      return {
        header: shown('.site-header'),
        toc: shown('.toc'),
        pager: shown('.pager'),
        footer: shown('.site-footer'),
        after: getComputedStyle(document.querySelector('#m-3-1-2 h3 > a')!, '::after').content,
      };
    });
    // The footer stays for its statement that the printed original prevails (tests/site/print.test.ts).
    expect(seen).toEqual({ header: false, toc: false, pager: false, footer: true, after: 'none' });
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('a term in the text is a plain link to its term page', async () => {
    const unit = plan.units.find((u) => u.terms.length > 0)!;
    const { context, page } = await open(`plan/${unit.path[0]}/`, { javaScriptEnabled: false });
    await Promise.all([page.waitForURL(`**/glossary/${unit.terms[0]!.slug}/`), page.locator(`#m-${unit.id} a.term`).first().click()]);
    await context.close();
  });
});

describe('the theme, in the reading-mode menu', () => {
  const openMenu = async (page: Page) => {
    await page.click('details.modes summary');
    await page.waitForSelector('html[data-modes="ready"]', { state: 'attached' });
  };

  it('switches to the dark theme and remembers it across a reload', async () => {
    const { context, page } = await open('', { colorScheme: 'light' });
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await bg();
    await openMenu(page);
    expect(await page.getByLabel('跟随系统').isChecked()).toBe(true);
    await page.getByLabel('深色', { exact: true }).check();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await bg()).not.toBe(light);
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await bg()).not.toBe(light);
    await openMenu(page);
    expect(await page.getByLabel('深色', { exact: true }).isChecked()).toBe(true);
    await context.close();
  });

  it('goes back to following the system, and stays there after a reload', async () => {
    const { context, page } = await open('plan/3/', { colorScheme: 'dark' });
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await bg();
    await openMenu(page);
    await page.getByLabel('浅色', { exact: true }).check();
    expect(await bg()).not.toBe(dark);
    await page.getByLabel('跟随系统').check();
    expect(await bg()).toBe(dark);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('');
    expect(await bg()).toBe(dark);
    await context.close();
  });
});

describe('the copy buttons of a measure', () => {
  it('put the citation on the clipboard', async () => {
    const { context, page } = await open('m/3-1-2/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(origin).origin });
    await page.getByRole('button', { name: '复制引用' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`^《${plan.title}》（${plan.docNumber}）三（一）2 https?://\\S+/m/3-1-2/$`),
    );
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/m\/3-1-2\/$/);
    await context.close();
  });
});
