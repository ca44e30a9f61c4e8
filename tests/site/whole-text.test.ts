/**
 * /plan/all/, the whole document on one page: every sentence in reading order, each unit at the
 * anchor its chapter page gives it, reachable from the home page and the full contents, readable at
 * 390 px and 1280 px in Chromium (its visible text is what Ctrl+F searches).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attrs, BASE, DIST, loadPlan, page } from './dist.ts';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';
import { homeSentences, missingFrom, squash, unitSentences } from '../support/sentences.ts';
import { locs } from '../support/sitemap.ts';

const plan = loadPlan();
const url = (p: string) => BASE + p;
const WHOLE = 'plan/all/';
let site: SiteBrowser;

beforeAll(async () => {
  site = await startSiteBrowser();
});
afterAll(async () => {
  await site?.close();
});

describe('the whole text on one page', () => {
  it('anchors every unit of the model as #m-<id>, in reading order, once each', () => {
    const anchors = [...page(url(WHOLE)).matchAll(/<section id="m-([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual(plan.units.map((u) => u.id));
  });

  it('is linked from the full contents, which every page header links as 目录', () => {
    expect(attrs(page(url('plan/')), 'href')).toContain(url(WHOLE));
    expect(attrs(page(url('plan/3/')), 'href')).toContain(url('plan/'));
  });

  it('is linked from the home page, beside the full contents', () => {
    expect(attrs(page(url('')), 'href')).toContain(url(WHOLE));
  });

  it('is in the sitemap', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(locs(xml).some((l) => new URL(l).pathname === url(WHOLE))).toBe(true);
  });

  for (const width of [390, 1280]) {
    it(`shows every sentence of the document in reading order at ${width} px, the page no wider than the screen`, async () => {
      const { page: tab, context } = await site.open(WHOLE, { width });
      const seen = await tab.evaluate(() => ({
        text: document.body.innerText,
        overflow: document.documentElement.scrollWidth - innerWidth,
      }));
      await context.close();
      const units = plan.units.flatMap(unitSentences);
      const glossary = plan.glossary.flatMap((g) => [g.heading, g.definition]);
      const attachments = plan.attachments.flatMap((a) => a.blocks.filter((b) => !b.table).map((b) => b.text));
      expect(missingFrom(seen.text, [...homeSentences(plan), ...units, ...glossary, ...attachments])).toEqual([]);
      // Reading order: each unit's first sentence comes after the previous unit's.
      const text = squash(seen.text);
      const at = plan.units.map((u) => unitSentences(u)[0]).flatMap((s) => (s ? [text.indexOf(squash(s))] : []));
      expect(at.filter((p, i) => i > 0 && p < at[i - 1]!)).toEqual([]);
      expect(seen.overflow).toBeLessThanOrEqual(0);
    });
  }
});
