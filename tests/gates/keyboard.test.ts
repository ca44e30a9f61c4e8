/**
 * Gate 1 (keyboard): with the keyboard alone every control can be reached and is visibly focused,
 * a skip link leads to the main text, "/" goes to the search box, and a glossary term's popover
 * opens on focus and closes on Escape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadPlan } from '../site/dist.ts';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';

const plan = loadPlan();
const measure = plan.units.find((u) => u.kind === 'measure' && u.marker !== null && u.terms.length > 0)!;

let site: SiteBrowser;
beforeAll(async () => {
  site = await startSiteBrowser();
});
afterAll(async () => {
  await site?.close();
});

/** Number every control a reader could operate (visible, enabled, not taken out of the tab order). */
async function markControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // checkVisibility: also false inside a closed <details>, whose content keeps its boxes but cannot take focus.
      const visible = el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
      if (!visible || (el as HTMLButtonElement).disabled || el.closest('[inert]')) continue;
      el.dataset.kbd = String(n++);
    }
    return n;
  });
}

/** Whether the focused element shows a focus indicator: an outline or a box-shadow ring. */
const focusShown = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { id: null, shown: false, what: 'body' };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(.*,\s*0\)$/.test(s.outlineColor);
    const ring = s.boxShadow !== 'none';
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 20)}”`;
    return { id: el.dataset.kbd ?? null, shown: outline || ring, what };
  });

const PAGES = [
  ['home', ''],
  ['chapter', `plan/${measure.path[0]}/`],
  ['measure', `m/${measure.id}/`],
  ['glossary term', `glossary/${plan.glossary[0]!.slug}/`],
  ['search with results', `search/?q=${encodeURIComponent('告知承诺')}`],
] as const;

describe('keyboard', () => {
  it.each(PAGES)('reaches every control of the %s page with Tab, each visibly focused', async (name, path) => {
    const { context, page } = await site.open(path, { clipboard: true });
    if (name === 'search with results') await page.locator('#search-results .sr-item').first().waitFor();
    // The first touch of a page loads its scripts; a chapter's TOC then lists its measures, which Tab must reach too.
    await page.mouse.move(1, 1);
    if (name === 'chapter') await page.locator('.toc ol ol').first().waitFor({ state: 'attached' });
    const total = await markControls(page);
    const reached = new Set<string>();
    const unmarked: string[] = [];
    for (let i = 0; i < total + 5; i++) {
      await page.keyboard.press('Tab');
      const f = await focusShown(page);
      if (f.id !== null) reached.add(f.id);
      if (f.what !== 'body' && !f.shown) unmarked.push(f.what);
    }
    const missed = await page.evaluate(
      (ids) =>
        [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
          .filter((e) => !ids.includes(e.dataset.kbd!))
          .map((e) => e.outerHTML.slice(0, 80)),
      [...reached],
    );
    console.info(`keyboard gate: ${name}: ${reached.size} of ${total} controls reached by Tab`);
    expect(total).toBeGreaterThan(5);
    expect(missed).toEqual([]);
    expect([...new Set(unmarked)]).toEqual([]);
    await context.close();
  });

  it.each([390, 1280])('offers a skip link as the first Tab stop that moves focus to the main text (%i px)', async (width) => {
    const { context, page } = await site.open(`plan/${measure.path[0]}/`, { width });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement;
      const r = a.getBoundingClientRect();
      return {
        href: a.getAttribute('href'),
        text: a.textContent?.trim(),
        onScreen: r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0,
      };
    });
    expect(skip.href).toBe('#main');
    expect(skip.text).toBeTruthy();
    expect(skip.onScreen).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues inside the main text, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await context.close();
  });

  it('moves to the search box when "/" is the first key pressed on a page, and types "/" inside it', async () => {
    const { context, page } = await site.open('plan/3/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    expect(await page.inputValue('#site-q')).toBe('');
    await page.keyboard.type('/1');
    expect(await page.inputValue('#site-q')).toBe('/1');
    await context.close();
  });

  it('opens a term’s popover when the term is focused with Tab, and closes it with Escape', async () => {
    const { context, page } = await site.open(`plan/${measure.path[0]}/`);
    await page.evaluate((id) => {
      const link = document.querySelector<HTMLElement>(`#m-${id} a.term`)!;
      const all = [...document.querySelectorAll<HTMLElement>('[data-kbd], a[href], button:not([hidden]), input')];
      all[all.indexOf(link) - 1]!.focus();
    }, measure.id);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term'))).toBe(true);
    const tip = page.locator('#term-tip');
    await tip.waitFor({ state: 'visible' });
    const term = plan.glossary.find((t) => t.slug === measure.terms[0]!.slug)!;
    expect(await tip.textContent()).toContain(term.definition);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term'))).toBe(true);
    await context.close();
  });
});
