/**
 * Citing, as staff do it, in Chromium at a phone's and a desktop's width (issue 13): the copy
 * buttons (with and without the clipboard API), the GB/T 7714 reference, “复制引文” for a
 * selected sentence, the permalink of every unit on its chapter page, and what a permalink page
 * shows (a section's whole text, a measure's text without its heading again, a compact card).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';
import { loadPlan } from './dist.ts';

const plan = loadPlan();
const byId = new Map(plan.units.map((u) => [u.id, u]));
/** 发布日期, from the edition the site was built with. */
const PUBLISHED = (JSON.parse(readFileSync('content/plan.json', 'utf8')) as { edition: { published: string } }).edition.published;
const CITE = `《${plan.title}》（${plan.docNumber}）`;
let site: SiteBrowser;

beforeAll(async () => {
  site = await startSiteBrowser();
});
afterAll(async () => {
  await site?.close();
});

declare global {
  interface Window {
    /** The clipboard a test keeps for itself after hiding it from the page. */
    __clip?: Clipboard;
  }
}

interface Opened {
  context: BrowserContext;
  page: Page;
  /** What is on the clipboard now. */
  clipboard(): Promise<string>;
}

/**
 * A page at `width` with clipboard access. `noClipboardApi`: the page sees no navigator.clipboard,
 * as on a plain-HTTP deployment (the test keeps it, to read what was copied).
 */
async function open(path: string, width: number, noClipboardApi = false): Promise<Opened> {
  const context = await site.browser.newContext({
    viewport: { width, height: width < 500 ? 844 : 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  if (noClipboardApi)
    await context.addInitScript(() => {
      window.__clip = navigator.clipboard;
      delete (Navigator.prototype as { clipboard?: Clipboard }).clipboard;
    });
  const page = await context.newPage();
  await page.goto(site.origin + site.base + path.replace(/^\//, ''), { waitUntil: 'networkidle' });
  const clipboard = () => page.evaluate(() => (window.__clip ?? navigator.clipboard).readText());
  return { context, page, clipboard };
}

/** Selects the first sentence of the first paragraph in `selector`, as a reader drags over it; returns it. */
async function selectFirstSentence(page: Page, selector: string): Promise<string> {
  // A reader moves the pointer before selecting: that first interaction loads site.js, which
  // watches the selection (and takes up one made before it ran).
  await page.mouse.move(10, 10);
  return page.evaluate((sel) => {
    const p = document.querySelector(sel)!;
    const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let first: Text | null = null;
    for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
      first ??= n;
      const end = n.data.indexOf('。');
      if (end >= 0) {
        range.setStart(first, 0);
        range.setEnd(n, end + 1);
        break;
      }
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString();
  }, selector);
}

/** What “复制引文” must copy for `sentence` of unit `id`: the quotation (inner quotes made single), the citation, the passage link. */
function expectQuotation(copied: string, sentence: string, id: string): void {
  const quote = `“${sentence.replace(/“/g, '‘').replace(/”/g, '’')}”`;
  const m = /^(“.*”)——(.*) (https?:\/\/\S+\/m\/([^/]+)\/)#:~:text=(\S+)$/.exec(copied);
  expect(m, copied).not.toBeNull();
  const [, q, cite, , unit, directive] = m!;
  expect(q).toBe(quote);
  expect(cite).toBe(`${CITE}${byId.get(id)!.label}`);
  expect(unit).toBe(id);
  expect(decodeURIComponent(directive!)).toBe(sentence);
}

describe.each([390, 1280])('at %i px', (width) => {
  describe('the copy buttons of a measure page', () => {
    it('“复制引用” copies the title, the 发文字号, the unit and the permanent link', async () => {
      const { context, page, clipboard } = await open('m/3-1-2/', width);
      await page.getByRole('button', { name: '复制引用' }).click();
      expect(await clipboard()).toMatch(new RegExp(`^${CITE}三（一）2 https?://\\S+/m/3-1-2/$`));
      await context.close();
    });

    it('copy without the clipboard API, as on a plain-HTTP deployment', async () => {
      const { context, page, clipboard } = await open('m/3-1-2/', width, true);
      expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
      await page.getByRole('button', { name: '复制引用' }).click();
      await expect.poll(clipboard).toMatch(new RegExp(`^${CITE}三（一）2 https?://\\S+/m/3-1-2/$`));
      await page.getByRole('button', { name: '复制链接' }).click();
      await expect.poll(clipboard).toMatch(/^https?:\/\/\S+\/m\/3-1-2\/$/);
      await context.close();
    });

    it('show and copy a GB/T 7714 reference dated today: issuer, title: 发文字号[EB/OL], (published)[cited], URL', async () => {
      const { context, page, clipboard } = await open('m/3-1-2/', width);
      const today = await page.evaluate(() => new Date(Date.now() - new Date().getTimezoneOffset() * 6e4).toISOString().slice(0, 10));
      const want = new RegExp(
        `^${plan.issuer}\\. ${plan.title}: ${plan.docNumber}\\[EB/OL\\]\\. \\(${PUBLISHED}\\)\\[${today}\\]\\. https?://\\S+/m/3-1-2/$`,
      );
      expect((await page.locator('.gbt').innerText()).replace(/\s*\n\s*/g, '')).toMatch(want);
      await page.getByRole('button', { name: '复制参考文献（GB/T 7714）' }).click();
      expect(await clipboard()).toMatch(want);
      await context.close();
    });
  });

  describe('“复制引文” for a selected sentence', () => {
    const u = byId.get('3-1-2')!;

    it('on a chapter page copies the quoted sentence, the measure’s citation and a link to the passage', async () => {
      const { context, page, clipboard } = await open('plan/3/', width);
      const sentence = await selectFirstSentence(page, `#m-${u.id} p`);
      expect(sentence.length).toBeGreaterThan(10);
      await page.getByRole('button', { name: '复制引文' }).click();
      await expect.poll(clipboard).not.toBe('');
      expectQuotation(await clipboard(), sentence, u.id);
      await context.close();
    });

    it('on a permalink page copies the quoted sentence, its citation and a link to the passage', async () => {
      const { context, page, clipboard } = await open(`m/${u.id}/`, width);
      const sentence = await selectFirstSentence(page, '.unit-text p');
      await page.getByRole('button', { name: '复制引文' }).click();
      await expect.poll(clipboard).not.toBe('');
      expectQuotation(await clipboard(), sentence, u.id);
      await context.close();
    });

    it('on a section page cites the measure the sentence is in, not the section', async () => {
      const { context, page, clipboard } = await open('m/3-1/', width);
      const sentence = await selectFirstSentence(page, '#m-3-1-2 p');
      await page.getByRole('button', { name: '复制引文' }).click();
      await expect.poll(clipboard).not.toBe('');
      expectQuotation(await clipboard(), sentence, '3-1-2');
      await context.close();
    });
  });

  describe('a chapter page', () => {
    it.each([2, 3])('/plan/%i/ gives every unit a visible link to its permalink named as one, not only by its number', async (n) => {
      const { context, page } = await open(`plan/${n}/`, width);
      const units = plan.units.filter((x) => x.path[0] === n && x.kind !== 'chapter');
      for (const x of units) {
        // A numbered unit: its number, followed on screen by the word 永久链接; an unnumbered paragraph: its pilcrow.
        const name = x.marker === null ? `${x.label} 永久链接` : `${x.marker} 永久链接`;
        const link = page.locator(`#m-${x.id}`).getByRole('link', { name, exact: true });
        expect(await link.count(), x.id).toBe(1);
        expect(await link.getAttribute('href'), x.id).toBe(`${site.base}m/${x.id}/`);
        expect(await link.isVisible(), x.id).toBe(true);
        if (x.marker === null) continue;
        const after = await link.evaluate((a) => {
          const s = getComputedStyle(a, '::after');
          return { content: s.content, display: s.display, visibility: s.visibility, size: parseFloat(s.fontSize) };
        });
        expect(after, x.id).toMatchObject({ content: '"永久链接"', visibility: 'visible' });
        expect(after.display).not.toBe('none');
        expect(after.size).toBeGreaterThanOrEqual(10);
      }
      await context.close();
    });
  });

  describe('a chapter page’s 永久链接 word', () => {
    it.each([2, 3])('/plan/%i/ sets it on one line at the right of each unit’s first line, which runs up to it', async (n) => {
      const { context, page } = await open(`plan/${n}/`, width);
      const off = await page.$$eval('.runin', (units) =>
        units.flatMap((u) => {
          const a = u.querySelector(':scope > * > a:first-child')!;
          const line = parseFloat(getComputedStyle(a).lineHeight);
          const head = a.parentElement!.getBoundingClientRect();
          // The first line's boxes: the heading's, and the text's that share its line (a heading that
          // stands alone, as a section's without a lead paragraph, ends where it ends).
          const text = [...u.querySelectorAll(':scope > p')].flatMap((p) => [...p.getClientRects()]).filter((r) => r.top < head.bottom - 2);
          const gap = u.getBoundingClientRect().right - Math.max(head.right, ...text.map((r) => r.right));
          // The word is four characters of 8pt with a 1em margin: 5 × 8pt ≈ 53.3 px, and nothing more.
          const problems = [
            ...(a.getClientRects().length !== 1 || a.getBoundingClientRect().height > line + 1 ? ['the link breaks or stacks'] : []),
            ...(text.length > 0 && u.querySelector(':scope > p')!.getClientRects().length > 1 && gap > 56
              ? [`the first line stops ${Math.round(gap)} px short of the edge`]
              : []),
          ];
          return problems.map((p) => `${u.id}: ${p}`);
        }),
      );
      expect(off).toEqual([]);
      await context.close();
    });
  });

  describe('a section’s permalink page', () => {
    it.each(['2-2', '8-1'])('/m/%s/ shows the whole section: the text of every part, each headed one level under its h1', async (id) => {
      const { context, page } = await open(`m/${id}/`, width);
      const shown = (await page.locator('main').innerText()).replace(/\s+/g, '');
      const parts = plan.units.filter((x) => x.parent === id);
      expect(parts.length).toBeGreaterThan(1);
      for (const x of parts) for (const p of x.paragraphs) expect(shown, x.id).toContain(p.text.replace(/\s+/g, ''));
      // Parts with a heading (a title or a number) head it one level under the page's h1.
      expect(await page.locator('.unit-parts h2').count()).toBe(parts.filter((x) => x.title !== null || x.marker !== null).length);
      expect(await page.locator('.unit-parts :is(h3, h4)').count()).toBe(0);
      await context.close();
    });
  });

  describe('a measure’s permalink page', () => {
    it('starts its text after the heading instead of repeating it in bold', async () => {
      const { context, page } = await open('m/3-1-2/', width);
      const u = byId.get('3-1-2')!;
      expect(await page.locator('h1').innerText()).toBe(`2. ${u.title}`);
      expect(await page.locator('.unit-text strong').count()).toBe(0);
      expect(await page.locator('.unit-text p').first().innerText()).toBe(u.paragraphs[0]!.text.slice(`${u.title}。`.length));
      await context.close();
    });

    it('ends its breadcrumb in the label and title', async () => {
      const { context, page } = await open('m/3-1-2/', width);
      expect(await page.locator('.crumbs [aria-current=page]').innerText()).toBe('三（一）2 实行极简高效的商事登记制度');
      await context.close();
    });

    it('keeps the HTML and Markdown snippets behind a closed disclosure', async () => {
      const { context, page } = await open('m/3-1-2/', width);
      const snippet = page.locator('.snippet pre').first();
      expect(await snippet.isVisible()).toBe(false);
      await page.getByText('HTML 和 Markdown 链接').click();
      expect(await snippet.isVisible()).toBe(true);
      await context.close();
    });

    it(`shows the QR code ${width < 500 ? 'only in print, since a phone cannot scan itself' : 'on screen and in print'}`, async () => {
      const { context, page } = await open('m/3-1-2/', width);
      const qr = page.locator('.qr-box svg');
      expect(await qr.isVisible()).toBe(width >= 768);
      await page.emulateMedia({ media: 'print' });
      expect(await qr.isVisible()).toBe(true);
      await context.close();
    });

    it('keeps the citation card within the screen’s width', async () => {
      const { context, page } = await open('m/3-1-2/', width);
      const box = (await page.locator('section.cite').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    });
  });
});
