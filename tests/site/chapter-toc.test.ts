/**
 * Where am I in a chapter: the chapter TOC in Chromium at 390 px and 1280 px. Without JavaScript a
 * plain list of the sections; once the page script runs, each section's measures listed under it
 * and the unit being read marked with aria-current; on a phone a bar that stays on screen,
 * naming the section being read, and closing when one of its links is chosen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadPlan } from './dist.ts';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';
import { heading } from '../../src/view/unit.ts';

const plan = loadPlan();
const kids = (id: string) => plan.units.filter((u) => u.parent === id);
const chapter = plan.units.find((u) => u.id === '3')!;
/** A measure well down the chapter, in its second section. */
const section = kids(chapter.id)[1]!;
const measure = kids(section.id)[1]!;
let site: SiteBrowser;

beforeAll(async () => {
  site = await startSiteBrowser();
});
afterAll(async () => {
  await site?.close();
});

/** Opens the chapter and moves the pointer, the first interaction that loads site.js and toc.js. */
async function reading(width: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await site.open(`plan/${chapter.id}/`, { width });
  await page.mouse.move(5, 300);
  await page.waitForFunction(() => document.querySelector('.toc ol ol'));
  return { page, close: () => context.close() };
}

/** Scrolls so the unit's start sits a little above the middle of the screen, as when reading it. */
async function readUnit(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => scrollTo(0, document.getElementById(`m-${id}`)!.getBoundingClientRect().top + scrollY - innerHeight / 4), id);
  await page.waitForFunction((id) => document.querySelector(`.toc a[href="#m-${id}"]`)?.getAttribute('aria-current') === 'location', id);
}

describe('the chapter TOC', () => {
  for (const width of [390, 1280]) {
    it(`lists the sections as plain links without JavaScript at ${width} px`, async () => {
      const { page, context } = await site.open(`plan/${chapter.id}/`, { width, javaScriptEnabled: false });
      const links = await page.$$eval('.toc a[href^="#"]', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      expect(links).toEqual(kids(chapter.id).map((s) => [`#m-${s.id}`, heading(s)]));
      await context.close();
    });

    it(`lists each section's numbered measures under it at ${width} px`, async () => {
      const { page, close } = await reading(width);
      const listed = await page.$$eval('.toc ol ol a', (as) => as.map((a) => a.getAttribute('href')));
      const measures = kids(chapter.id).flatMap((s) => kids(s.id).filter((m) => m.kind === 'measure' && m.marker !== null));
      expect(listed).toEqual(measures.map((m) => `#m-${m.id}`));
      expect(await page.textContent(`.toc a[href="#m-${measure.id}"]`)).toBe(heading(measure));
      await close();
    });

    it(`marks the measure being read, and only it, with aria-current at ${width} px`, async () => {
      const { page, close } = await reading(width);
      await readUnit(page, measure.id);
      expect(await page.$$eval('.toc [aria-current]', (as) => as.map((a) => a.getAttribute('href')))).toEqual([`#m-${measure.id}`]);
      await readUnit(page, section.id);
      expect(await page.$$eval('.toc [aria-current]', (as) => as.map((a) => a.getAttribute('href')))).toEqual([`#m-${section.id}`]);
      await close();
    });
  }

  for (const width of [390, 1280]) {
    it(`never makes a chapter wider than the screen at ${width} px, whichever section it names (the longest included)`, async () => {
      const wider: string[] = [];
      for (const ch of plan.units.filter((u) => u.kind === 'chapter' && kids(u.id).length > 0)) {
        const { page, context } = await site.open(`plan/${ch.id}/`, { width });
        await page.mouse.move(5, 300);
        await page.waitForFunction(() => document.querySelector('.toc ol ol') || document.querySelector('link[href$="/toc.css"]'));
        for (const s of kids(ch.id)) {
          // Scrolled to as when reading it (the last sections of a chapter may not reach the top on a wide screen).
          await page.evaluate(
            (id) => scrollTo(0, document.getElementById(`m-${id}`)!.getBoundingClientRect().top + scrollY - innerHeight / 4),
            s.id,
          );
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const w = await page.evaluate(() => document.documentElement.scrollWidth);
          if (w > width) wider.push(`${s.id}: ${w} px`);
        }
        await context.close();
      }
      expect(wider).toEqual([]);
    });
  }

  for (const width of [390, 1280]) {
    it(`shows the section of the measure being read in the accent colour, the other sections plain, at ${width} px`, async () => {
      const { page, close } = await reading(width);
      await readUnit(page, measure.id);
      if (width < 1024) await page.click('.toc summary');
      const colours = await page.$$eval('.toc details > ol > li > a', (as) =>
        as.map((a) => [a.getAttribute('href'), getComputedStyle(a).color]),
      );
      const accent = await page.evaluate(() => getComputedStyle(document.querySelector('.toc [aria-current]')!).color);
      expect(colours.filter(([, c]) => c === accent).map(([h]) => h)).toEqual([`#m-${section.id}`]);
      await close();
    });
  }

  it('stays on screen at 390 px as a bar naming the section being read', async () => {
    const { page, close } = await reading(390);
    await readUnit(page, measure.id);
    const bar = await page.evaluate(() => {
      const nav = document.querySelector('.toc')!.getBoundingClientRect();
      const summary = document.querySelector('.toc summary')!;
      return { top: nav.top, height: nav.height, label: getComputedStyle(summary, '::after').content };
    });
    expect(bar.top).toBe(0);
    expect(bar.height).toBeLessThan(60);
    expect(bar.label).toContain(heading(section));
    await close();
  });

  it('at 390 px, closes the bar when one of its links is chosen and shows that unit below the bar', async () => {
    const { page, close } = await reading(390);
    await page.click('.toc summary');
    await page.click(`.toc a[href="#m-${measure.id}"]`);
    await page.waitForFunction(() => !document.querySelector<HTMLDetailsElement>('.toc details')!.open);
    await page.waitForURL(`**#m-${measure.id}`);
    const seen = await page.evaluate((id) => {
      const bar = document.querySelector('.toc')!.getBoundingClientRect();
      return { bar: bar.bottom, unit: document.getElementById(`m-${id}`)!.getBoundingClientRect().top, screen: innerHeight };
    }, measure.id);
    expect(seen.unit).toBeGreaterThanOrEqual(seen.bar);
    expect(seen.unit).toBeLessThan(seen.screen / 3);
    await close();
  });

  it('keeps the sidebar beside the text at 1280 px, the current measure in its view', async () => {
    const { page, close } = await reading(1280);
    const last = kids(chapter.id).at(-1)!;
    const deep = kids(last.id).at(-1) ?? last;
    await readUnit(page, deep.id);
    const seen = await page.evaluate((id) => {
      const nav = document.querySelector('.toc')!.getBoundingClientRect();
      const a = document.querySelector(`.toc a[href="#m-${id}"]`)!.getBoundingClientRect();
      return { nav: [nav.top, nav.bottom], a: [a.top, a.bottom], width: innerWidth };
    }, deep.id);
    expect(seen.a[0]).toBeGreaterThanOrEqual(seen.nav[0]!);
    expect(seen.a[1]).toBeLessThanOrEqual(seen.nav[1]!);
    await close();
  });
});
