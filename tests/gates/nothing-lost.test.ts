/**
 * Gate 3: nothing lost. Every sentence of the plan body, as the model holds it after errata and
 * page-break repair (content/plan.json), appears in the visible text (Chromium's innerText, which
 * leaves out hidden, collapsed and script content) of its chapter page /plan/<n>/ and of its
 * unit's page /m/<id>/; each glossary definition on its term page; the notice, preamble and end
 * matter on the home page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { loadPlan } from '../site/dist.ts';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';
import { homeSentences, missingFrom, permalinkSentences, sentences, unitSentences } from '../support/sentences.ts';

const plan = loadPlan();
let site: SiteBrowser;
let context: BrowserContext;
let verified = 0;

beforeAll(async () => {
  site = await startSiteBrowser();
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  console.info(`nothing-lost gate: ${verified} sentence occurrences verified on rendered pages`);
  await context?.close();
  await site?.close();
});

/** The visible text of each page, loaded a few at a time. */
async function visibleText(paths: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const queue = [...paths];
  const worker = async () => {
    const page = await context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await page.goto(site.origin + site.base + path, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
      out.set(path, await page.evaluate(() => document.body.innerText));
    }
    await page.close();
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return out;
}

/** Missing sentences as `page: sentence` lines, and the count checked. */
function check(text: Map<string, string>, path: string, expected: readonly string[]): string[] {
  verified += expected.length;
  return missingFrom(text.get(path)!, expected).map((s) => `${path}: ${s}`);
}

describe('nothing lost between the model and the rendered pages', () => {
  it('every unit’s sentences appear on its chapter page and on its own page', async () => {
    const chapters = plan.units.filter((u) => u.kind === 'chapter');
    const text = await visibleText([...chapters.map((c) => `plan/${c.path[0]}/`), ...plan.units.map((u) => `m/${u.id}/`)]);
    const missing: string[] = [];
    let body = 0;
    for (const u of plan.units) {
      const expected = unitSentences(u);
      body += expected.length;
      // On its own page a lead sentence is the page's heading rather than the start of the text.
      missing.push(...check(text, `plan/${u.path[0]}/`, expected), ...check(text, `m/${u.id}/`, permalinkSentences(u)));
    }
    console.info(`nothing-lost gate: ${body} body sentences in ${plan.units.length} units, each checked on 2 pages`);
    expect(body).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('every glossary definition appears on its term page', async () => {
    const text = await visibleText(plan.glossary.map((t) => `glossary/${t.slug}/`));
    const missing = plan.glossary.flatMap((t) => check(text, `glossary/${t.slug}/`, [t.heading, ...sentences(t.definition)]));
    expect(plan.glossary.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('the notice, the preamble and the end matter appear on the home page', async () => {
    const text = await visibleText(['']);
    expect(check(text, '', homeSentences(plan))).toEqual([]);
  });
});
