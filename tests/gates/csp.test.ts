/**
 * Gate 6: no outside requests and a strict Content-Security-Policy. Every page carries the policy
 * before any script; the policy admits no inline or eval'd script (Pagefind's WebAssembly aside)
 * and no other origin; in Chromium every page type, search, the copy buttons and the reading-mode menu
 * work under it, with no violation reported and no request leaving the site.
 */
import { readFileSync } from 'node:fs';
import { decodeHTMLAttribute } from 'entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, CSP_HEADER } from '../../src/site/lib/csp.ts';
import { allPages } from '../site/dist.ts';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';

const pages = allPages();

/** `script-src 'self' x` → Map { 'script-src' => ["'self'", 'x'] }. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

const metaPolicy = (html: string): string | null => {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1];
  return content === undefined ? null : decodeHTMLAttribute(content);
};

/** Inline scripts the browser would execute (data blocks such as JSON-LD are not scripts). */
function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    const type = /\stype="([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
    const executable = type === '' || type === 'module' || /javascript|ecmascript/.test(type);
    if (executable && !/\ssrc=/i.test(attrs)) out.push(m[2]!);
  }
  return out;
}

describe('the Content-Security-Policy', () => {
  it('is the first thing after the charset on every page, before any script', () => {
    const missing: string[] = [];
    for (const [path, html] of pages) {
      const meta = html.search(/<meta http-equiv="Content-Security-Policy"/i);
      const script = html.search(/<script\b/i);
      if (meta === -1 || (script !== -1 && script < meta) || metaPolicy(html) !== CSP) missing.push(path);
    }
    expect(pages.size).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('allows scripts only from the site itself, plus the WebAssembly compilation Pagefind needs', () => {
    const script = directives(CSP).get('script-src') ?? directives(CSP).get('default-src')!;
    expect(script).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", 'data:', 'blob:', '*']) {
      expect(script).not.toContain(forbidden);
    }
  });

  it('names no other origin, scheme or wildcard in any directive', () => {
    const keywords = new Set(["'self'", "'none'", "'unsafe-inline'", "'wasm-unsafe-eval'"]);
    for (const [name, sources] of directives(CSP_HEADER)) {
      for (const s of sources) expect(keywords.has(s) || /^'sha(256|384|512)-/.test(s), `${name} ${s}`).toBe(true);
    }
    // unsafe-inline is there for styles (Astro's inlined stylesheets, Shiki's colours), never scripts.
    for (const [name, sources] of directives(CSP_HEADER)) {
      if (sources.includes("'unsafe-inline'")) expect(name).toBe('style-src');
    }
  });

  it('falls back to the site alone and forbids plugins and <base> rewrites', () => {
    const d = directives(CSP);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
  });

  it('is given in README as the equivalent nginx header, word for word', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`add_header Content-Security-Policy "${CSP_HEADER}" always;`);
  });

  it('has nothing to hash: no page has an inline script or an inline event handler', () => {
    const found: string[] = [];
    for (const [path, html] of pages) {
      if (inlineScripts(html).some((s) => s.trim() !== '')) found.push(`${path}: inline <script>`);
      if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html.replace(/<script\b[\s\S]*?<\/script>/gi, ''))) found.push(`${path}: on…= handler`);
      if (/\s(href|src|action)="javascript:/i.test(html)) found.push(`${path}: javascript: URL`);
    }
    expect(found).toEqual([]);
  });
});

describe('in Chromium, under the policy', () => {
  let site: SiteBrowser;
  beforeAll(async () => {
    site = await startSiteBrowser();
  });
  afterAll(async () => {
    await site?.close();
  });

  /** One page of each type, and the search page with results open. */
  const PAGE_TYPES = [
    '',
    'plan/',
    'plan/3/',
    'm/3-1-2/',
    'glossary/',
    'glossary/wu-hua/',
    'errata/',
    'terms/',
    'targets/',
    'data/',
    'no-such-page/',
    `search/?q=${encodeURIComponent('告知承诺')}`,
  ];

  it.each(PAGE_TYPES)('/%s requests nothing from another origin and reports no violation', async (path) => {
    const { context, page, requests, violations } = await site.open(path);
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(site.origin + '/'))).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('search works: the header box lists matches and Pagefind’s related results load (at once: nothing matches exactly)', async () => {
    const { context, page, requests, violations, errors } = await site.open('m/1-1-1/');
    await page.click('#site-q');
    await page.keyboard.type('告知承诺');
    await page.locator('#site-q-results .sr-item').first().waitFor();
    await page.goto(`${site.origin}${site.base}search/?q=${encodeURIComponent('元宇宙')}`, { waitUntil: 'networkidle' });
    await page.locator('#search-related .sr-item').first().waitFor();
    expect(requests.some((u) => /\.pagefind$/.test(u) && u.includes('wasm'))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(site.origin + '/'))).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  /** Related results (Pagefind) for a query, with `policy` sent as a header on every response, worker included. */
  async function relatedUnderHeader(policy: string): Promise<{ items: number; console: string[] }> {
    const context = await site.browser.newContext();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.goto(`${site.origin}${site.base}search/?q=${encodeURIComponent('元宇宙')}`, { waitUntil: 'networkidle' });
    await expect
      .poll(async () => (await page.locator('#search-related .sr-item').count()) > 0 || messages.some((m) => /WASM/i.test(m)), {
        timeout: 15_000,
      })
      .toBe(true);
    const items = await page.locator('#search-related .sr-item').count();
    await context.close();
    return { items, console: messages };
  }

  it('as the README’s HTTP header on every response, lets Pagefind’s worker run its WebAssembly', async () => {
    const { items, console } = await relatedUnderHeader(CSP_HEADER);
    expect(console.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    expect(items).toBeGreaterThan(0);
  });

  it('needs its one exception: without wasm-unsafe-eval, Pagefind’s WebAssembly is refused', async () => {
    const { items, console } = await relatedUnderHeader(CSP_HEADER.replace(" 'wasm-unsafe-eval'", ''));
    expect(items).toBe(0);
    expect(console.some((m) => /WebAssembly[\s\S]*Content Security Policy/i.test(m))).toBe(true);
  });

  it('the copy buttons put text on the clipboard', async () => {
    const { context, page, violations, errors } = await site.open('m/3-1-2/', { clipboard: true });
    const button = page.locator('button[data-copy]').first();
    const expected = await button.getAttribute('data-copy');
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the reading-mode menu switches the theme and remembers it', async () => {
    const { context, page, violations, errors } = await site.open('plan/3/');
    await page.click('details.modes summary');
    await page.getByLabel('深色', { exact: true }).check();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the term popover opens from its lazily loaded script', async () => {
    const { context, page, violations, errors } = await site.open('plan/1/');
    await page.locator('main a.term').first().focus();
    await page.locator('#term-tip').waitFor({ state: 'visible' });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
