/**
 * Page weights of a built site, summarised for `npm run bench`: every page's bytes before
 * interaction against its own text, the max and median over the site and per page type, the
 * chapter 三 page against the text of chapter 三, and the pages over the byte budgets of issue 7.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Plan } from '../src/model/schema.ts';
import { median } from './build.ts';
import { bytes, chapterText, KB, siteWeights, type Bytes, type PageWeight } from './weights.ts';

/** The budgets of issue 7, in bytes gzip. */
export const BUDGET = {
  /** A page may weigh this multiple of its own text… */
  textRatio: 1.5,
  /** …or this much, whichever is larger. */
  floor: 12 * KB,
  /** JS fetched or inlined before interaction, per page. */
  js: 2 * KB,
};

/**
 * Pages that do not yet meet the budget, each capped at its measured weight plus about 1% (a
 * ratchet: lower a cap when a page gets lighter, delete it when the page meets the budget; never
 * raise one). Empty since every page met its budget: the reading-mode styles and the theme came
 * out of the pages into the menu's on-demand files, the chapter pages lost the styles of what
 * they do not show, and the term index its 237 per-entry anchors.
 */
export const OVER_BUDGET_CAPS: Readonly<Record<string, number>> = {};

/** The budget of one page: 1.5× its text, or 12 KB if that is larger. */
export const pageBudget = (p: { text: Bytes }): number => Math.max(BUDGET.floor, BUDGET.textRatio * p.text.gzip);

/** Page types by URL, for the per-type figures. */
export function pageType(url: string): string {
  if (url === '/') return 'home';
  if (/^\/plan\/\d+\/$/.test(url)) return 'chapter';
  if (url.startsWith('/m/')) return 'unit';
  if (/^\/glossary\/[^/]+\/$/.test(url)) return 'term';
  return url.replace(/^\/([^/]*).*$/, '$1') || 'other';
}

interface Stat {
  count: number;
  max: number;
  median: number;
}
const stat = (xs: number[]): Stat => ({ count: xs.length, max: Math.max(...xs), median: median(xs) });

export interface SizeFigures {
  pages: (Omit<PageWeight, 'assets' | 'imagesAboveFold'> & { type: string; budget: number })[];
  /** gzip bytes before interaction (total), text gzip and ratio: over every page. */
  all: { total: Stat; html: Stat; css: Stat; js: Stat; text: Stat; ratio: Stat };
  byType: Record<string, { total: Stat; ratio: Stat }>;
  chapter3: { url: string; html: number; css: number; js: number; total: number; chapterText: Bytes; ratio: number; budget: number } | null;
  overBudget: { url: string; total: number; budget: number; text: number }[];
  overJs: { url: string; js: number }[];
}

export async function sizeFigures(dist: string, contentDir: string): Promise<SizeFigures> {
  const weights = await siteWeights(dist);
  const plan = Plan.parse(JSON.parse(await readFile(join(contentDir, 'plan.json'), 'utf8')));
  const pages = weights.map(({ assets: _a, imagesAboveFold: _i, ...w }) => ({ ...w, type: pageType(w.url), budget: pageBudget(w) }));
  const g = (f: (p: PageWeight) => Bytes) => stat(weights.map((p) => f(p).gzip));
  const types = [...new Set(pages.map((p) => p.type))];
  const c3 = weights.find((p) => p.url === '/plan/3/');
  const text3 = bytes(chapterText(plan, 3));
  return {
    pages,
    all: {
      total: g((p) => p.total),
      html: g((p) => p.html),
      css: g((p) => p.css),
      js: g((p) => p.js),
      text: g((p) => p.text),
      ratio: stat(weights.map((p) => Math.round(p.ratio * 100) / 100)),
    },
    byType: Object.fromEntries(
      types.map((t) => {
        const ps = pages.filter((p) => p.type === t);
        return [t, { total: stat(ps.map((p) => p.total.gzip)), ratio: stat(ps.map((p) => Math.round(p.ratio * 100) / 100)) }];
      }),
    ),
    chapter3: c3
      ? {
          url: c3.url,
          html: c3.html.gzip,
          css: c3.css.gzip,
          js: c3.js.gzip,
          total: c3.total.gzip,
          chapterText: text3,
          ratio: Math.round((c3.total.gzip / text3.gzip) * 1000) / 1000,
          budget: Math.round(BUDGET.textRatio * text3.gzip),
        }
      : null,
    overBudget: pages
      .filter((p) => p.total.gzip > p.budget)
      .map((p) => ({ url: p.url, total: p.total.gzip, budget: Math.round(p.budget), text: p.text.gzip })),
    overJs: weights.filter((p) => p.js.gzip + p.inlineJs.gzip > BUDGET.js).map((p) => ({ url: p.url, js: p.js.gzip + p.inlineJs.gzip })),
  };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

export function printSizes(s: SizeFigures): void {
  console.log(`\n## Page weight before interaction (gzip, 1 KB = 1000 B), ${s.all.total.count} pages`);
  const row = (name: string, x: Stat) => `${name.padEnd(10)} max ${kb(x.max).padStart(9)}  median ${kb(x.median).padStart(9)}`;
  for (const k of ['total', 'html', 'css', 'js', 'text'] as const) console.log(row(k, s.all[k]));
  console.log(
    `ratio      max ${s.all.ratio.max.toFixed(2).padStart(9)}  median ${s.all.ratio.median.toFixed(2).padStart(9)}  (page / its visible text)`,
  );
  console.log('by type:');
  for (const [t, v] of Object.entries(s.byType)) {
    console.log(
      `  ${t.padEnd(10)} ${String(v.total.count).padStart(4)} pages  total max ${kb(v.total.max)}, median ${kb(v.total.median)}; ratio max ${v.ratio.max.toFixed(2)}`,
    );
  }
  const c = s.chapter3;
  if (c) {
    console.log(
      `chapter 三 (${c.url}): HTML ${c.html} + CSS ${c.css} + JS ${c.js} = ${c.total} B; its text ${kb(c.chapterText.raw)} raw, ${c.chapterText.gzip} B gzip; ratio ${c.ratio} (budget 1.5× = ${c.budget} B)`,
    );
    console.log('  Starlight anchor: 17.1 + 12.4 + 4.1 = 33.6 KB before interaction, + 26.5 KB search UI at idle; text floor 9.5 KB gzip');
  }
  console.log(
    s.overBudget.length
      ? `over budget max(12 KB, 1.5× text): ${s.overBudget.map((o) => `${o.url} ${kb(o.total)} > ${kb(o.budget)}`).join('; ')}`
      : 'every page within max(12 KB, 1.5× its text)',
  );
  console.log(
    s.overJs.length
      ? `JS over 2 KB: ${s.overJs.map((o) => `${o.url} ${kb(o.js)}`).join('; ')}`
      : 'JS before interaction ≤ 2 KB on every page',
  );
}
