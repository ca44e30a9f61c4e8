/**
 * What a reader's browser fetches, measured in Chromium rather than read from the markup. Each
 * page is loaded from a local server (scripts/serve.ts), left until the network is quiet, then the
 * pointer moves once over the page's top corner (no link there), and the network is left quiet
 * again: everything fetched so far is "before interaction". A script that loads on that first
 * movement (site.js, which theme.js loads on `pointerover`) counts, as do scripts loaded at idle.
 * Pointing at a term link, a focus, a click or a selection is interaction: what it loads
 * (terms.js, search.js, passage-tools.js) does not count, except in `after`, when an interaction
 * is given. Bytes are as served (bench/dist-env.ts), per codec; KB = 1,000 B.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDist } from '../scripts/serve.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { addServed, servedBytes, ZERO, type Served } from './dist-env.ts';
import { bytes, htmlFiles, loadedAssets } from './weights.ts';

/** A file the browser fetched: its dist path and Chromium's resource type (script, stylesheet, fetch…). */
export interface Fetched {
  path: string;
  type: string;
}

export interface Browsed {
  url: string;
  /** Fetched before interaction, in request order. */
  before: Fetched[];
  /** Fetched during the interaction, when one was given. */
  after: Fetched[];
  /** The page's inline script code (runs before interaction too). */
  inlineJs: string;
}

/** Resolves when no request has been in flight for `quietMs` (or after `maxMs`). */
async function quiet(page: Page, inflight: { n: number; last: number }, quietMs = 300, maxMs = 8000): Promise<void> {
  const start = Date.now();
  for (;;) {
    await page.waitForTimeout(50);
    if (inflight.n === 0 && Date.now() - inflight.last >= quietMs) return;
    if (Date.now() - start > maxMs) return;
  }
}

/** Site paths of every page of `dist` but the 404 page. */
export async function pageUrls(dist: string): Promise<string[]> {
  return (await htmlFiles(dist))
    .map((f) => `/${relative(dist, f).split(/[\\/]/).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .filter((u) => u !== '/404.html');
}

export async function browse(
  dist: string,
  urls: string[],
  options: { then?: (page: Page) => Promise<void>; viewport?: { width: number; height: number } } = {},
): Promise<Browsed[]> {
  const server = serveDist(dist, '/');
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const out: Browsed[] = [];
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    for (const url of urls) {
      const page = await context.newPage();
      let list: Fetched[] = [];
      const inflight = { n: 0, last: Date.now() };
      page.on('request', (r) => {
        inflight.n++;
        inflight.last = Date.now();
        const u = new URL(r.url());
        if (u.origin === origin && r.resourceType() !== 'document')
          list.push({ path: decodeURIComponent(u.pathname), type: r.resourceType() });
      });
      const done = () => {
        inflight.n = Math.max(0, inflight.n - 1);
        inflight.last = Date.now();
      };
      page.on('requestfinished', done);
      page.on('requestfailed', done);
      await page.goto(`${origin}${url}`, { waitUntil: 'load' });
      await quiet(page, inflight);
      await page.mouse.move(2, 2);
      await page.mouse.move(4, 3);
      await quiet(page, inflight);
      const before = list;
      list = [];
      if (options.then) {
        await options.then(page);
        await quiet(page, inflight);
      }
      await page.close();
      const html = (await readFile(`${dist}${url.endsWith('/') ? `${url}index.html` : url}`)).toString('utf8');
      out.push({ url, before, after: list, inlineJs: loadedAssets(html, url).inlineJs.trim() });
    }
    await context.close();
  } finally {
    await browser.close();
    server.close();
    server.closeAllConnections();
  }
  return out;
}

/** Bytes as served of the fetched files (each counted once) that pass `keep`. */
export async function fetchedBytes(dist: string, files: Fetched[], keep: (f: Fetched) => boolean = () => true): Promise<Served> {
  let total = ZERO;
  for (const path of new Set(files.filter(keep).map((f) => f.path))) total = addServed(total, await servedBytes(dist, path));
  return total;
}

export interface PageJs {
  url: string;
  /** Scripts fetched before interaction (dist paths). */
  scripts: string[];
  /** Those scripts plus the page's inline scripts, as served. */
  bytes: Served;
}

/** JavaScript before interaction of each page (all pages of `dist` when no list is given). */
export async function jsBeforeInteraction(dist: string, urls?: string[]): Promise<PageJs[]> {
  const pages = await browse(dist, urls ?? (await pageUrls(dist)));
  const out: PageJs[] = [];
  for (const p of pages) {
    const scripts = p.before.filter((f) => f.type === 'script');
    const inline = p.inlineJs ? bytes(p.inlineJs) : ZERO;
    out.push({
      url: p.url,
      scripts: [...new Set(scripts.map((s) => s.path))],
      bytes: addServed(inline, await fetchedBytes(dist, scripts)),
    });
  }
  return out;
}
