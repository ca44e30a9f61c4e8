/**
 * Authority and status as a reader meets them in Chromium, at 390 px and 1280 px (issue 13): the
 * status line and the footer on every page type, the one page head of the edition's own pages,
 * /errata/ as 文本校订 readable on a phone, /targets/ comparing only what its text compares.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Edition } from '../../src/model/edition.ts';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';
import { loadPlan } from './dist.ts';

const plan = loadPlan();
const edition = Edition.parse(JSON.parse(readFileSync('seeds/edition.json', 'utf8')));
const measure = plan.units.find((u) => u.kind === 'measure' && u.marker !== null)!;
/** One page of every type the site builds. */
const PAGES = [
  '',
  'plan/',
  `plan/${measure.path[0]}/`,
  `m/${measure.id}/`,
  'glossary/',
  `glossary/${plan.glossary[0]!.slug}/`,
  'terms/',
  'targets/',
  'search/',
  'data/',
  'errata/',
  'no-such-page/',
];
/** The pages about the edition itself, which share one head. */
const OWN = ['targets/', 'errata/', 'data/', 'glossary/'];
const WIDTHS = [390, 1280];
/** `2025-12-31` as printed in Chinese, written out here rather than taken from the site's code. */
const zh = (iso: string) => iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');

interface Seen {
  status: { text: string; inHeader: boolean; height: number; lineHeight: number } | null;
  overflow: number;
  footer: { text: string; links: { href: string; text: string; external: boolean }[] };
  crumbs: { text: string; href: string | null }[];
  h1: { text: string; font: string; color: string } | null;
  mainText: string;
}

let site: SiteBrowser;
const seen = new Map<string, Seen>();
const key = (path: string, width: number) => `${width} ${path}`;

beforeAll(async () => {
  site = await startSiteBrowser();
  for (const width of WIDTHS) {
    for (const path of PAGES) {
      const { page, context } = await site.open(path, { width, height: 900 });
      const facts = await page.evaluate((origin): Seen => {
        const status = document.querySelector<HTMLElement>('.status');
        const h1 = document.querySelector('h1');
        const footer = document.querySelector<HTMLElement>('.site-footer')!;
        return {
          status: status && {
            text: status.innerText.trim(),
            inHeader: status.closest('header') !== null,
            height: status.getBoundingClientRect().height,
            lineHeight: parseFloat(getComputedStyle(status).lineHeight),
          },
          overflow: document.documentElement.scrollWidth - innerWidth,
          footer: {
            text: footer.innerText,
            links: [...footer.querySelectorAll('a')].map((a) => ({
              href: a.href,
              text: a.innerText,
              external: new URL(a.href).origin !== origin,
            })),
          },
          crumbs: [...document.querySelectorAll('.crumbs li')].map((li) => ({
            text: li.textContent!.trim(),
            href: li.querySelector('a')?.getAttribute('href') ?? null,
          })),
          h1: h1 && { text: h1.textContent!.trim(), font: getComputedStyle(h1).font, color: getComputedStyle(h1).color },
          mainText: document.querySelector('main')!.innerText,
        };
      }, site.origin);
      seen.set(key(path, width), facts);
      await context.close();
    }
  }
}, 240_000);
afterAll(async () => {
  await site?.close();
});

describe.each(WIDTHS)('at %i px', (width) => {
  const at = (path: string) => seen.get(key(path, width))!;

  it('shows the status line on every page type: 规划期已届满, the period’s dates and the day it was checked, from edition.json', () => {
    const want = `规划期已届满：${zh(edition.period!.start)}至${zh(edition.period!.end)}（截至${zh(edition.checked!)}）`;
    expect(PAGES.map((p) => [p, at(p).status?.text])).toEqual(PAGES.map((p) => [p, want]));
  });

  it('keeps the status line quiet: in the header, at most three lines, and no page wider than the window', () => {
    for (const p of PAGES) {
      const s = at(p).status!;
      expect(s.inHeader, p).toBe(true);
      expect(s.height, p).toBeLessThanOrEqual(3 * s.lineHeight + 12);
      expect(at(p).overflow, p).toBeLessThanOrEqual(0);
    }
  });

  it('says in every footer that the issuer’s printed text prevails, and shows nothing for the official page, owner and contact edition.json leaves empty', () => {
    expect(edition.official.url + edition.publisher.name + edition.publisher.contact).toBe('');
    for (const p of PAGES) {
      const f = at(p).footer;
      expect(f.text, p).toContain(`正文以${plan.issuer}印发文本为准`);
      expect(
        f.links.filter((l) => l.external),
        p,
      ).toEqual([]);
      expect(f.text, p).not.toMatch(/原文：|维护|联系/);
    }
  });

  it('links every footer to pages that exist, 文本校订 among them', async () => {
    const links = at('').footer.links;
    expect(links.map((l) => l.text)).toContain('文本校订');
    for (const l of links) expect((await fetch(l.href)).status, l.href).toBe(200);
  });

  it('gives the edition’s own pages one breadcrumb root, 首页, and one h1 style', () => {
    const heads = OWN.map((p) => ({ p, crumbs: at(p).crumbs, h1: at(p).h1! }));
    for (const { p, crumbs, h1 } of heads) {
      expect(crumbs[0], p).toEqual({ text: '首页', href: '/' });
      expect(crumbs.at(-1)!.text, p).toBe(h1.text);
    }
    expect(new Set(heads.map((h) => `${h.h1.font} ${h.h1.color}`)).size).toBe(1);
  });

  it('shows no developer text (source paths) on any page', () => {
    for (const p of PAGES) expect(at(p).mainText, p).not.toMatch(/src\/|\.ts\b|seeds\//);
  });

  it('calls /errata/ 文本校订 and says it is not an erratum published by the issuer', () => {
    const e = at('errata/');
    expect(e.h1!.text).toBe('文本校订');
    expect(e.mainText.replaceAll('不是发文机关发布的勘误', '')).not.toContain('勘误');
    expect(e.mainText).toContain('不是发文机关发布的勘误');
  });

  it('moves the source’s file name and hash from /errata/ to /data/', () => {
    expect(at('errata/').mainText).not.toContain(edition.sha256);
    expect(at('errata/').mainText).not.toContain(edition.seed);
    expect(at('data/').mainText).toContain(edition.sha256);
    expect(at('data/').mainText).toContain(edition.seed);
  });
});

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const x = Number(v) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(WIDTHS)('the status line’s colours at %i px', (width) => {
  it.each([
    ['light', 'light', '', 4.5],
    ['dark', 'dark', '', 4.5],
    ['high contrast', 'light', 'more', 7],
    ['high contrast, dark', 'dark', 'more', 7],
  ] as const)('stays legible in %s', async (_, colorScheme, more, least) => {
    const { page, context } = await site.open('plan/1/', { width, colorScheme });
    if (more) {
      await page.evaluate(() => localStorage.setItem('contrast', 'more'));
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('more');
    }
    const c = await page.evaluate(() => {
      const s = document.querySelector('.status')!;
      return {
        fg: getComputedStyle(s).color,
        strong: getComputedStyle(s.querySelector('strong')!).color,
        bg: getComputedStyle(s).backgroundColor,
      };
    });
    expect(contrast(c.fg, c.bg)).toBeGreaterThanOrEqual(least);
    expect(contrast(c.strong, c.bg)).toBeGreaterThanOrEqual(least);
    await context.close();
  });
});

describe.each(WIDTHS)('/errata/ and /targets/ at %i px', (width) => {
  it('reads every correction on /errata/ in lines of at least twelve characters, with no table', async () => {
    const { page, context } = await site.open('errata/', { width });
    const narrow = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main dd, main td, main li p')]
        .map((el) => ({
          text: el.innerText.slice(0, 12),
          chars: el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize),
        }))
        .filter((x) => x.chars < 12),
    );
    expect(narrow).toEqual([]);
    expect(await page.locator('main table').count()).toBe(0);
    expect(await page.locator('.fixes > li').count()).toBe(plan.errata.length);
    await context.close();
  });

  it('draws on one chart of /targets/ only figures of one measure, each chart linking to one place in the text', async () => {
    const { page, context } = await site.open('targets/', { width });
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart')].map((f) => ({
        caption: f.querySelector('figcaption')!.textContent!,
        places: [...new Set([...f.querySelectorAll('a')].map((a) => new URL(a.href).pathname))],
        values: [...f.querySelectorAll('.val')].map((v) => v.textContent!.replace(/[\d.\s≥≤]/g, '')),
      })),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.places, c.caption).toHaveLength(1);
      expect(new Set(c.values).size, c.caption).toBe(1);
    }
    expect((await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)) <= 0).toBe(true);
    await context.close();
  });
});
