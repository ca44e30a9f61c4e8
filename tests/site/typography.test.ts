/**
 * Issue 13, typography and terms, in Chromium at a phone's and a desktop's width: display titles
 * break only between phrases, headings are set in a real Song face with no fake bold, a first tap
 * on a term opens its definition however early, primary buttons stay the official red in
 * dark mode, and /terms/ has an anchor per entry, its terms marked, and the head of the other pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';
import { phrases } from '../../src/site/lib/phrases.ts';
import { extractTerms } from '../../src/extract/quoted-terms.ts';
import { loadPlan } from './dist.ts';

const plan = loadPlan();
let site: SiteBrowser | undefined;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  site = await startSiteBrowser();
  origin = site.origin + site.base;
  browser = site.browser;
});
afterAll(async () => {
  await site?.close();
});

type Options = Parameters<Browser['newContext']>[0];
async function open(path: string, width: number, options: Options = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 }, ...options });
  const page = await context.newPage();
  await page.goto(origin + path);
  return { context, page };
}

/** The text of each line an element is set in, read from where the browser put each character. */
const renderedLines = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els.map((el) => {
      const lines: string[] = [];
      let top = -Infinity;
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        for (let i = 0; i < n.textContent!.length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const y = r.getClientRects()[0]?.top ?? top;
          if (y > top + 4) lines.push('');
          top = Math.max(top, y);
          lines.push((lines.pop() ?? '') + n.textContent!.charAt(i));
        }
      }
      return lines;
    }),
  );

/** sRGB colour of a computed `rgb(…)`, its hue in degrees and its HSL lightness (0–1). */
function colour(css: string): { rgb: number[]; hue: number; lightness: number } {
  const rgb = css
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
  const [r, g, b] = rgb.map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const h = d === 0 ? 0 : max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { rgb, hue: (h * 60 + 360) % 360, lightness: (max + min) / 2 };
}
const luminance = (rgb: number[]) =>
  rgb
    .map((c) => c / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.each([390, 1280])('at %i px', (width) => {
  it('breaks the home page title and the letter titles only between phrases, never leaving one character alone', async () => {
    const { context, page } = await open('', width);
    const titles = await page.$$eval('.hero h1, .sheet h2', (els) => els.map((e) => e.textContent!.trim()));
    const lines = await renderedLines(page, '.hero h1, .sheet h2');
    expect(titles.length).toBeGreaterThan(1);
    titles.forEach((title, k) => {
      const set = lines[k]!.map((l) => l.trim()).filter(Boolean);
      expect(set.join('')).toBe(title);
      const ends = phrases(title).map((_, i, all) => all.slice(0, i + 1).join('').length);
      let at = 0;
      for (const line of set) {
        at += line.length;
        expect(ends, `${title}: a line ends after ${line}`).toContain(at);
        expect([...line].length).toBeGreaterThan(1);
      }
    });
    if (width === 390) expect(lines[0]!.length, 'the title takes more than one line on a phone').toBeGreaterThan(1);
    await context.close();
  });

  it('sets headings in a real Song face, bold from the font and never synthesised', async () => {
    const { context, page } = await open('plan/3/', width);
    const style = await page.$eval('.prose h1', (h) => {
      const s = getComputedStyle(h);
      return { family: s.fontFamily, weight: s.fontWeight, synthesis: s.fontSynthesisWeight };
    });
    for (const face of ['Songti SC', 'Noto Serif CJK SC', 'SimSun']) expect(style.family).toContain(face);
    expect(style.synthesis).toBe('none');
    expect(style.weight).toBe('700');
    // The face Chromium drew the heading with (fonts-noto-cjk is installed here): the named Song face, bold.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.prose h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const used = fonts.sort((a, b) => b.glyphCount - a.glyphCount)[0]!;
    expect(used.familyName).toBe('Noto Serif CJK SC');
    expect(used.postScriptName).toMatch(/Bold/);
    await context.close();
  });

  it('keeps primary buttons the official red in dark mode, with white text that reads', async () => {
    const seen: Record<string, { bg: string; fg: string }> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const { context, page } = await open('', width, { colorScheme: scheme });
      seen[scheme] = await page.$eval('.btn-primary', (b) => ({ bg: getComputedStyle(b).backgroundColor, fg: getComputedStyle(b).color }));
      await context.close();
    }
    const light = colour(seen.light!.bg);
    const dark = colour(seen.dark!.bg);
    expect(Math.abs(dark.hue - light.hue)).toBeLessThan(10);
    expect(dark.lightness, 'a red, not the pink of dark-mode text').toBeLessThan(0.5);
    expect(contrast(dark.rgb, colour(seen.dark!.fg).rgb)).toBeGreaterThanOrEqual(4.5);
  });

  describe('a glossary term tapped on a touch screen', () => {
    const unit = plan.units.find((u) => u.terms.length > 0)!;
    const term = plan.glossary.find((t) => t.slug === unit.terms[0]!.slug)!;
    const chapter = `plan/${unit.path[0]}/`;

    it('opens its definition on the very first tap, while the page script is still on its way, and follows its link on the next', async () => {
      const { context, page } = await open(chapter, width, { hasTouch: true, isMobile: width === 390 });
      let release = () => {};
      const held = new Promise<void>((ok) => (release = ok));
      await page.route('**/js/site.js', async (route) => {
        await held; // the script arrives only after the tap
        await route.continue();
      });
      const link = page.locator(`#m-${unit.id} a.term`).first();
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      release();
      const tip = page.locator('#term-tip');
      await tip.waitFor({ state: 'visible' });
      expect(page.url()).toBe(origin + chapter);
      expect(await tip.textContent()).toContain(term.definition);
      await Promise.all([page.waitForURL(`**/glossary/${term.slug}/`), link.tap()]);
      await context.close();
    });
  });

  describe('/terms/', () => {
    const terms = extractTerms(plan);
    const n = terms.findIndex((t) => t.term === '放管服');

    it('opens an entry from its own anchor, clear of the sticky letter bar', async () => {
      const { context, page } = await open(`terms/#t${n + 1}`, width);
      const seen = await page.evaluate(() => ({
        heading: document.querySelector(':target')!.textContent!,
        top: document.querySelector(':target')!.getBoundingClientRect().top,
        bar: document.querySelector('.letters')!.getBoundingClientRect().bottom,
        height: innerHeight,
      }));
      expect(seen.heading).toContain('“放管服”');
      expect(seen.top).toBeGreaterThanOrEqual(seen.bar);
      expect(seen.top).toBeLessThan(seen.height / 2);
      await context.close();
    });

    it('marks the term in each of its excerpts once the reader touches the page', async () => {
      const { context, page } = await open('terms/', width, { hasTouch: width === 390 });
      if (width === 390) await page.locator('.lede').tap();
      else await page.mouse.move(10, 10);
      const quoted = terms.flatMap((t) => t.occurrences.map(() => `“${t.term}”`));
      // The marks come with a script loaded by the touch: wait for it as long as the page may take.
      await expect.poll(() => page.locator('.group li b').count(), { timeout: 30_000 }).toBeGreaterThan(quoted.length * 0.9);
      const marks = await page.locator('.group li b').allTextContents();
      for (const m of marks) expect(quoted).toContain(m);
      const entry = await page
        .locator(`#t${n + 1} ~ ol`)
        .first()
        .locator('b')
        .allTextContents();
      expect(entry.length).toBeGreaterThan(0);
      expect(new Set(entry)).toEqual(new Set(['“放管服”']));
      await context.close();
    });

    it('keeps each marked excerpt whole, beside its place (the mark is no cell of its own)', async () => {
      const { context, page } = await open('terms/', width);
      await page.mouse.move(10, 10);
      await expect.poll(() => page.locator('.group li b').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const broken = await page.$$eval('.group li', (lis) =>
        lis
          .filter((li) => li.querySelector('b'))
          .filter((li) => {
            const [place, excerpt] = [li.firstElementChild!, li.querySelector('b')!.parentElement!];
            // One row: the excerpt starts level with its place (wide screens) or right under it (phones).
            const a = place.getBoundingClientRect(),
              e = excerpt.getBoundingClientRect();
            return li.children.length !== 2 || excerpt === li || !(Math.abs(e.top - a.top) < 2 || e.top >= a.bottom - 2);
          })
          .map((li) => li.textContent!.slice(0, 20)),
      );
      expect(broken).toEqual([]);
      await context.close();
    });

    it('has the breadcrumb from 首页 and the heading of the other pages', async () => {
      const head = async (path: string) => {
        const { context, page } = await open(path, width);
        const seen = await page.evaluate(() => {
          const h = getComputedStyle(document.querySelector('main h1')!);
          const root = document.querySelector<HTMLAnchorElement>('.crumbs a');
          return { font: h.font, color: h.color, root: root && [root.textContent, new URL(root.href).pathname] };
        });
        await context.close();
        return seen;
      };
      const [terms, glossary] = [await head('terms/'), await head('glossary/')];
      expect(terms).toEqual(glossary);
      expect(terms.root).toEqual(['首页', site!.base]);
    });
  });
});
