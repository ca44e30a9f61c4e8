/**
 * The built site in Chromium for the quality gates: dist/ served on a free port (scripts/serve.ts),
 * and pages opened in a fresh context that records every request and every Content-Security-Policy
 * violation (both the `securitypolicyviolation` event and Chromium's console report).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveOnFreePort } from '../../scripts/serve.ts';

export interface SiteBrowser {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  /** The base path the site is served under, with a trailing slash. */
  base: string;
  browser: Browser;
  open(path: string, options?: OpenOptions): Promise<OpenPage>;
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** Set `data-theme` (what the reading-mode menu stores) before any script runs. */
  theme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  /** Grant clipboard access (for the copy buttons). */
  clipboard?: boolean;
  /** Ignore the pages' CSP, to prove something safe without its help. */
  bypassCSP?: boolean;
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Readable reports of CSP violations seen so far (event and console). */
  violations(): Promise<string[]>;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function startSiteBrowser(dist = process.env.DIST_DIR ?? 'dist', base = process.env.BASE ?? '/'): Promise<SiteBrowser> {
  const prefix = base.replace(/\/?$/, '/');
  const { origin, close } = await serveOnFreePort(dist, prefix);
  const browser = await launchChromium();

  async function open(path: string, o: OpenOptions = {}): Promise<OpenPage> {
    const context = await browser.newContext({
      viewport: { width: o.width ?? 1280, height: o.height ?? 800 },
      colorScheme: o.colorScheme ?? 'light',
      javaScriptEnabled: o.javaScriptEnabled ?? true,
      permissions: o.clipboard ? ['clipboard-read', 'clipboard-write'] : [],
      bypassCSP: o.bypassCSP ?? false,
    });
    if (o.theme) await context.addInitScript(`try { localStorage.setItem('theme', ${JSON.stringify(o.theme)}) } catch {}`);
    // Init scripts are injected by the browser itself, outside the page's CSP.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const consoleCsp: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleCsp.push(`console: ${m.text()}`);
      else if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
    await page.goto(origin + prefix + path.replace(/^\//, ''), { waitUntil: 'networkidle' });
    const violations = async () => [...consoleCsp, ...(await page.evaluate(() => window.__cspViolations ?? []))];
    return { context, page, requests, violations, errors };
  }

  return {
    origin,
    base: prefix,
    browser,
    open,
    async close() {
      await browser.close();
      await close();
    },
  };
}
