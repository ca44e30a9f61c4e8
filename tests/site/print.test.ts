/**
 * Printing and saving as PDF, in Chromium at 390 px and 1280 px: page.pdf() of a chapter and of
 * the whole text, read back with a small PDF text reader (tests/support/pdf-text.ts), and the
 * print styles checked on the page itself (page.emulateMedia print). The running title is the
 * document's title and 文号 from the model; every page is numbered; no address splits a
 * measure's first line (a unit's own page prints its permalink); nothing to click reaches paper;
 * the last page says the printed original prevails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from './dist.ts';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';
import { pdfPages, pdfShows } from '../support/pdf-text.ts';
import { sentences } from '../support/sentences.ts';

const plan = loadPlan();
const measure = plan.units.find((u) => u.id === '3-1-2')!;
const statement = `本站为《${plan.title}》（${plan.docNumber}）的网络版，正文以${plan.issuer}印发文本为准。`;
let site: SiteBrowser;

beforeAll(async () => {
  site = await startSiteBrowser();
});
afterAll(async () => {
  await site?.close();
});

async function printed(path: string, width: number): Promise<string[]> {
  const { page, context } = await site.open(path, { width });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await context.close();
  return pdfPages(pdf);
}

describe('a page printed or saved as PDF', () => {
  for (const width of [390, 1280]) {
    for (const path of ['plan/3/', 'plan/all/']) {
      it(`heads every page of ${path} with the title and 文号 and numbers it n / total, from ${width} px`, async () => {
        const pages = await printed(path, width);
        expect(pages.length).toBeGreaterThan(1);
        const missing = pages.flatMap((text, i) =>
          pdfShows(text, `《${plan.title}》${plan.docNumber}`) && pdfShows(text, `${i + 1} / ${pages.length}`)
            ? []
            : [`page ${i + 1}: ${text.slice(0, 80)}`],
        );
        expect(missing).toEqual([]);
        expect(pdfShows(pages.at(-1)!, statement)).toBe(true);
      });
    }

    it(`prints a measure's heading running straight into its text, with no address in its lines, from ${width} px`, async () => {
      const text = (await printed('plan/3/', width)).join('');
      const first = sentences(measure.paragraphs[0]!.text.slice(measure.title!.length + 1))[0];
      expect(pdfShows(text, `${measure.marker} ${measure.title}。${first}`)).toBe(true);
      expect(text).not.toMatch(/https?:\/\/|\/m\/\d/);
    });

    it(`asks for A4, the paper of 公文, from ${width} px`, async () => {
      const { page, context } = await site.open('plan/3/', { width });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      await context.close();
      const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
        (m) => `${Math.round((+m[1]! / 72) * 25.4)}×${Math.round((+m[2]! / 72) * 25.4)} mm`,
      );
      expect(sizes.length).toBeGreaterThan(1);
      expect(new Set(sizes)).toEqual(new Set(['210×297 mm']));
    });

    it(`prints an unnumbered paragraph as the original does, without the screen's pilcrow, from ${width} px`, async () => {
      const paragraph = plan.units.find((u) => u.path[0] === 2 && u.kind !== 'chapter' && u.marker === null && u.title !== null)!;
      const text = (await printed('plan/2/', width)).join('');
      expect(text).not.toContain('¶');
      expect(pdfShows(text, `${paragraph.title}。`)).toBe(true);
    });

    it(`puts no button, navigation, form or code snippet on paper, and keeps the footer's statement, from ${width} px`, async () => {
      const { page, context } = await site.open(`m/${measure.id}/`, { width });
      await page.mouse.move(5, 300); // the page's scripts reveal their copy buttons
      await page.waitForSelector('button[data-copy]:not([hidden])');
      await page.emulateMedia({ media: 'print' });
      const seen = await page.evaluate(() => {
        const shown = (e: Element) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetParent !== null;
        return {
          controls: [...document.querySelectorAll('button, nav, form, input, pre, .snippet, .site-header')]
            .filter(shown)
            .map((e) => e.outerHTML.slice(0, 80)),
          footer: [...document.querySelectorAll('.site-footer > *')].filter(shown).map((e) => (e as HTMLElement).innerText),
        };
      });
      await context.close();
      expect(seen.controls).toEqual([]);
      expect(seen.footer.map((t) => t.replace(/\s+/g, ''))).toEqual([statement]);
    });
  }
});
