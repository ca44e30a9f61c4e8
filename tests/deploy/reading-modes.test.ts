/**
 * Reading modes (适老化与无障碍) in Chromium: the header menu switches text size (标准 / 大 / 特大)
 * and high contrast, the choice holds on the next page, every mode passes axe, and the largest
 * size stays usable on a 390 px phone and at 200% zoom.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serveOnFreePort, type LocalSite } from '../../scripts/serve.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const PAGES = ['', 'plan/3/', 'm/3-1-2/', 'glossary/', `search/?q=${encodeURIComponent('告知承诺')}`];

interface Mode {
  name: string;
  text?: 'l' | 'xl';
  contrast?: 'more';
  scheme?: 'light' | 'dark';
}
const MODES: Mode[] = [
  { name: '标准' },
  { name: '大', text: 'l' },
  { name: '特大', text: 'xl' },
  { name: '高对比度', contrast: 'more' },
  { name: '特大 + 高对比度 (深色)', text: 'xl', contrast: 'more', scheme: 'dark' },
];

/** The site `npm test` built (reading modes do not depend on SITE or BASE, so no build of its own). */
const DIST = process.env.DIST_DIR ?? 'dist';
let site: LocalSite | undefined;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  site = await serveOnFreePort(DIST, '/');
  origin = site.origin;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh context whose storage already holds the mode, as if chosen on an earlier visit. */
async function context(
  mode: Mode,
  options: { width?: number; height?: number; scale?: number; reducedMotion?: 'reduce' } = {},
): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    deviceScaleFactor: options.scale ?? 1,
    colorScheme: mode.scheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  await ctx.addInitScript(
    ([text, contrast]) => {
      if (text) localStorage.setItem('text-size', text);
      if (contrast) localStorage.setItem('contrast', contrast);
    },
    [mode.text ?? '', mode.contrast ?? ''],
  );
  return ctx;
}

/** Open the reading-mode menu and wait for its code (js/modes.js, loaded on first opening). */
const openMenu = async (page: Page) => {
  await page.click('details.modes summary');
  await page.waitForSelector('html[data-modes="ready"]', { state: 'attached' });
};

const open = async (page: Page, path: string) => {
  const response = await page.goto(origin + '/' + path, { waitUntil: 'networkidle' });
  expect([path, response?.status()]).toEqual([path, 200]);
};

describe('switching and remembering', () => {
  test('the menu stays hidden when JavaScript is off, since only scripts can switch modes', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await open(page, 'plan/');
    expect(await page.locator('details.modes').count()).toBe(1);
    expect(await page.locator('details.modes').isVisible()).toBe(false);
    await ctx.close();
  });

  test('choosing 特大 sets the text to 150% at once, and the next page opens at that size', async () => {
    const ctx = await context({ name: '标准' });
    const page = await ctx.newPage();
    await open(page, 'plan/');
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootSize()).toBe('16px');
    await openMenu(page);
    await page.getByLabel('特大').check();
    expect(await rootSize()).toBe('24px');
    await open(page, 'm/3-1-2/');
    expect(await page.evaluate(() => document.documentElement.dataset['text'])).toBe('xl');
    expect(await rootSize()).toBe('24px');
    await openMenu(page);
    expect(await page.getByLabel('特大').isChecked()).toBe(true);
    await page.getByLabel('标准').check();
    expect(await rootSize()).toBe('16px');
    await open(page, 'glossary/');
    expect(await rootSize()).toBe('16px');
    await ctx.close();
  });

  test('high contrast turns the text black on white and links underlined, and is remembered', async () => {
    const ctx = await context({ name: '标准' });
    const page = await ctx.newPage();
    await open(page, 'plan/3/');
    await openMenu(page);
    await page.getByLabel('高对比度').check();
    await open(page, 'm/3-1-2/');
    const look = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const link = getComputedStyle(document.querySelector('main a')!);
      return {
        contrast: document.documentElement.dataset['contrast'],
        fg: body.color,
        bg: getComputedStyle(document.documentElement).backgroundColor,
        underline: link.textDecorationLine,
      };
    });
    expect(look).toEqual({ contrast: 'more', fg: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)', underline: 'underline' });
    await openMenu(page);
    expect(await page.getByLabel('高对比度').isChecked()).toBe(true);
    await ctx.close();
  });

  test("the menu's code is fetched only when the menu is first opened", async () => {
    const ctx = await context({ name: '标准' });
    const page = await ctx.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await open(page, 'plan/3/');
    expect(fetched).not.toContain('/js/modes.js');
    await openMenu(page);
    expect(fetched.filter((p) => p === '/js/modes.js')).toHaveLength(1);
    await ctx.close();
  });

  test('a reader who never chose a mode fetches none of its styles or code', async () => {
    const ctx = await context({ name: '标准' });
    const page = await ctx.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    for (const path of ['', 'plan/3/', 'm/3-1-2/']) {
      await open(page, path);
      await page.mouse.move(5, 5); // an interaction: site.js loads, the menu's code does not
    }
    expect(fetched).toContain('/js/site.js');
    expect(fetched.filter((p) => /\/modes\.(css|js)$/.test(p))).toEqual([]);
    await ctx.close();
  });

  test('a remembered mode brings its stylesheet as part of the first paint (render-blocking)', async () => {
    const ctx = await context(MODES[4]!);
    const page = await ctx.newPage();
    await open(page, 'plan/3/');
    const entry = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming & { renderBlockingStatus?: string })
        .filter((e) => e.name.endsWith('/js/modes.css'))
        .map((e) => e.renderBlockingStatus),
    );
    expect(entry).toEqual(['blocking']);
    await ctx.close();
  });

  test('theme.js applies the stored mode from <head>, before the body is parsed', () => {
    const html = readFileSync(`${DIST}/plan/3/index.html`, 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<script src="\/js\/theme\.js"><\/script>/);
  });
});

describe('axe in every mode', () => {
  test.each(MODES)(
    '$name: no WCAG 2.1 A/AA violations on the home, chapter, measure, glossary and search pages, menu open',
    async (mode) => {
      const ctx = await context(mode);
      const page = await ctx.newPage();
      const found: string[] = [];
      for (const path of PAGES) {
        await open(page, path);
        await openMenu(page);
        await page.evaluate(AXE);
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
        // High contrast promises 7:1 (WCAG AAA contrast), so that rule joins the run there.
        const rules = mode.contrast ? { 'color-contrast-enhanced': { enabled: true } } : {};
        const result = await page.evaluate(
          ([t, r]) =>
            (
              globalThis as unknown as {
                axe: {
                  run: (
                    c: Document,
                    o: object,
                  ) => Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: string[] }[] }[] }>;
                };
              }
            ).axe.run(document, { runOnly: { type: 'tag', values: t }, rules: r }),
          [tags, rules] as const,
        );
        if (result.passes.length === 0) found.push(`/${path}: axe checked nothing`);
        for (const v of result.violations)
          found.push(
            `/${path} ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
      }
      expect(found).toEqual([]);
      await ctx.close();
    },
  );
});

describe('large text on small screens', () => {
  /** Widest element overflow: content wider than the viewport forces sideways scrolling. */
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test.each([
    { name: '特大 on a 390 px phone', width: 390, height: 844, scale: 3, mode: MODES[2]! },
    { name: '特大 + 高对比度 on a 390 px phone', width: 390, height: 844, scale: 3, mode: MODES[4]! },
    { name: 'a 1280 px window at 200% zoom', width: 640, height: 450, scale: 2, mode: MODES[0]! },
    { name: '大 in a 1280 px window at 200% zoom', width: 640, height: 450, scale: 2, mode: MODES[1]! },
  ])('$name: no sideways scrolling, and the reading-mode menu opens inside the screen', async ({ width, height, scale, mode }) => {
    const ctx = await context(mode, { width, height, scale });
    const page = await ctx.newPage();
    const problems: string[] = [];
    for (const path of [...PAGES, 'errata/']) {
      await open(page, path);
      const x = await overflow(page);
      if (x > 0) problems.push(`/${path}: ${x}px wider than the screen`);
      await openMenu(page);
      const box = await page.locator('.modes-panel').boundingBox();
      if (!box || box.x < 0 || box.x + box.width > width) problems.push(`/${path}: menu at x=${box?.x} width ${box?.width}`);
      // On /search/ a phone shows the page's own box only (one search box, issue 13); elsewhere the header's.
      const search = await page.locator(path.startsWith('search/') ? '#search-q' : '#site-q').boundingBox();
      if (!search || search.width < 80) problems.push(`/${path}: search box ${search?.width}px wide`);
    }
    expect(problems).toEqual([]);
    await ctx.close();
  });

  // The site moves nothing (no transition, animation or smooth scrolling), so a reader who asks
  // for reduced motion needs no override; this holds that true on every page type, menu open.
  test('nothing moves: no element has a transition, an animation or smooth scrolling', async () => {
    const ctx = await context(MODES[0]!, { reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    const moving: string[] = [];
    for (const path of [...PAGES, 'terms/', 'targets/']) {
      await open(page, path);
      await openMenu(page);
      if (await page.locator('a.term').count()) await page.locator('a.term').first().hover();
      const found = await page.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll('body, body *')]
          .map((el) => [el, getComputedStyle(el)] as const)
          .filter(
            ([, s]) =>
              s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none' || s.scrollBehavior === 'smooth',
          )
          .map(([el]) => el.tagName + (el.className ? `.${String(el.className).split(' ')[0]}` : '')),
      );
      if (found.length) moving.push(`/${path}: ${found.slice(0, 5).join(', ')}`);
    }
    expect(moving).toEqual([]);
    await ctx.close();
  });
});
