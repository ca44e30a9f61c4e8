/**
 * This site beside the Starlight anchor, from the builds of the same bench run, measured the same
 * way in Chromium (bench/js.ts): the chapter 三 page before interaction (HTML, CSS, JS and
 * anything else fetched by then, as served, Brotli and gzip) against the page's own visible text
 * in the same codec, its JavaScript before interaction, and what a first search costs the anchor
 * (its search dialog opened and a query typed: every byte fetched for it).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addServed, servedBytes, type Served } from './dist-env.ts';
import { browse, fetchedBytes } from './js.ts';
import { bytes, visibleText } from './weights.ts';

export interface PageFigures {
  url: string;
  /** Everything fetched before interaction, the HTML included. */
  total: Served;
  js: Served;
  /** The page's own visible text, compressed the same way: the floor. */
  text: Served;
  files: string[];
}

export async function pageFigures(dist: string, url: string): Promise<PageFigures> {
  const [p] = await browse(dist, [url]);
  const html = await servedBytes(dist, join(url, 'index.html'));
  const inline = p!.inlineJs ? bytes(p!.inlineJs) : { raw: 0, gzip: 0, br: 0 };
  const text = bytes(visibleText(await readFile(join(dist, url, 'index.html'), 'utf8')));
  return {
    url,
    total: addServed(html, await fetchedBytes(dist, p!.before)),
    js: addServed(inline, await fetchedBytes(dist, p!.before, (f) => f.type === 'script')),
    text,
    files: [...new Set(p!.before.map((f) => f.path))],
  };
}

/** The anchor's first search: open Starlight's search dialog, type the query, wait for results. */
export async function anchorFirstSearch(dist: string, url: string, query: string): Promise<{ bytes: Served; files: string[] }> {
  const [p] = await browse(dist, [url], {
    then: async (page) => {
      await page.click('button[data-open-modal]');
      const input = page.locator('dialog input[type="search"], dialog input').first();
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(query);
      await page.waitForSelector('.pagefind-ui__result', { timeout: 15_000 }).catch(() => undefined);
    },
  });
  return { bytes: await fetchedBytes(dist, p!.after), files: [...new Set(p!.after.map((f) => f.path))] };
}
