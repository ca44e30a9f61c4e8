/** The built pages against the model they were built from: every unit, chapter and term. */
import { describe, expect, it } from 'vitest';
import { allPages, attrs, BASE, fileFor, ids, loadPlan, page, section, text } from './dist.ts';

/** The canonical URL a page names for itself. */
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;

const plan = loadPlan();
const url = (p: string) => BASE + p;
const chapters = plan.units.filter((u) => u.kind === 'chapter');
const termPath = (slug: string) => url(`glossary/${slug}/`);

describe('permalink pages', () => {
  it('exist for every unit in the model', () => {
    const missing = plan.units.filter((u) => !fileFor(url(`m/${u.id}/`))).map((u) => u.id);
    expect(missing).toEqual([]);
  });

  it('show the citation — title, 发文字号, unit — and copy it with the permalink, beside a link to the unit in its chapter', () => {
    for (const u of plan.units) {
      const html = page(url(`m/${u.id}/`));
      const cite = `《${plan.title}》（${plan.docNumber}）${u.label}`;
      const link = attrs(html, 'href').find((h) => h.endsWith(url(`m/${u.id}/`)) && /^https?:/.test(h)) ?? canonical(html);
      expect(text(html), u.id).toContain(cite);
      expect(attrs(html, 'data-copy'), u.id).toContain(`${cite} ${link}`);
      const chapter = u.id.split('-')[0]!;
      const inChapter = url(`plan/${chapter}/`) + (u.kind === 'chapter' ? '' : `#m-${u.id}`);
      expect(attrs(html, 'href'), u.id).toContain(inChapter);
    }
  });

  it('name the unit and its ancestors in the breadcrumb, outermost first', () => {
    const html = page(url('m/3-1-2/'));
    const crumbs = text(section(html, /<nav class="crumbs[^>]*>/));
    const [three, one] = [plan.units.find((u) => u.id === '3')!, plan.units.find((u) => u.id === '3-1')!];
    const order = ['首页', '全文目录', `${three.marker}${three.title}`, `${one.marker}${one.title}`].map((s) => crumbs.indexOf(s));
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('root every breadcrumb of the site at 首页, the home page', () => {
    const roots = new Map<string, string>();
    for (const [path, html] of allPages()) {
      const m = /<nav class="crumbs[^>]*>\s*<ol>\s*<li>(.*?)<\/li>/s.exec(html);
      if (m) roots.set(path, m[1]!);
    }
    expect(roots.size).toBeGreaterThan(plan.units.length);
    const other = [...roots].filter(([, li]) => li !== `<a href="${BASE}">首页</a>`);
    expect(other).toEqual([]);
  });

  it('end the breadcrumb in the unit’s label and title, not its bare number', () => {
    const last = [...page(url('m/3-1-2/')).matchAll(/<li aria-current="page">([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(last).toEqual(['三（一）2 实行极简高效的商事登记制度']);
  });

  it('link to the previous and next unit in reading order', () => {
    plan.units.forEach((u, i) => {
      const rels = [...page(url(`m/${u.id}/`)).matchAll(/<a rel="(prev|next)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      const want = [
        ...(i > 0 ? [['prev', url(`m/${plan.units[i - 1]!.id}/`)]] : []),
        ...(i < plan.units.length - 1 ? [['next', url(`m/${plan.units[i + 1]!.id}/`)]] : []),
      ];
      expect(rels, u.id).toEqual(want);
    });
  });

  it('list the glossary terms the unit uses', () => {
    for (const u of plan.units.filter((x) => x.terms.length > 0)) {
      const list = section(page(url(`m/${u.id}/`)), /<section class="terms-used"[^>]*>/);
      const linked = attrs(list, 'href');
      expect(linked, u.id).toEqual([...new Set(u.terms.map((t) => termPath(t.slug)))]);
    }
  });

  it('offer HTML and Markdown link snippets highlighted at build time, behind a disclosure', () => {
    const html = page(url('m/3-1-2/'));
    const snippets = section(html, /<details class="snippets[^>]*>/);
    expect(snippets.match(/<pre class="astro-code[^"]*"/g)).toHaveLength(2);
    expect(text(snippets)).toContain(`[《${plan.title}》（${plan.docNumber}）三（一）2](`);
  });
});

describe('chapter pages', () => {
  it('anchor every unit of the chapter as m-<id>', () => {
    for (const c of chapters) {
      const found = ids(page(url(`plan/${c.id}/`)));
      const missing = plan.units.filter((u) => u.path[0] === c.path[0] && !found.has(`m-${u.id}`)).map((u) => u.id);
      expect(missing, c.id).toEqual([]);
    }
  });

  it('carry the pilcrow styles exactly when the chapter has a pilcrow (an unnumbered paragraph)', () => {
    const withStyles = chapters.filter((c) => /\.pilcrow\{/.test(page(url(`plan/${c.id}/`)))).map((c) => c.id);
    const withPilcrows = chapters.filter((c) => page(url(`plan/${c.id}/`)).includes('class="pilcrow"')).map((c) => c.id);
    expect(withPilcrows.length).toBeGreaterThan(0);
    expect(withStyles).toEqual(withPilcrows);
  });

  it('link each numbered unit to its permalink page', () => {
    const hrefs = new Set(attrs(page(url('plan/3/')), 'href'));
    for (const u of plan.units.filter((x) => x.path[0] === 3)) expect(hrefs.has(url(`m/${u.id}/`)), u.id).toBe(true);
  });

  it('have a table of contents linking every section of the chapter', () => {
    for (const c of chapters) {
      const toc = section(page(url(`plan/${c.id}/`)), /<nav class="toc[^>]*>/);
      const targets = attrs(toc, 'href').filter((h) => h.startsWith('#'));
      expect(targets, c.id).toEqual(plan.units.filter((u) => u.parent === c.id).map((u) => `#m-${u.id}`));
    }
  });
});

describe("a unit's text on its chapter page and on its permalink page", () => {
  /** The paragraphs of some markup, each without the unit's number and lead drawn before it (a link in the chapter, bold on its own page). */
  const paragraphs = (html: string, id: string) =>
    [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) =>
      m[1]!
        .replace(new RegExp(`^<a (?:class="pilcrow" )?href="${url(`m/${id}/`)}"[^>]*>[^<]*</a>`), '')
        .replace(/^<strong>[^<]*<\/strong>/, ''),
    );

  it('is the same, paragraph for paragraph and term link for term link, for every unit', () => {
    const chapterPages = new Map(chapters.map((c) => [c.path[0], page(url(`plan/${c.id}/`))]));
    let compared = 0;
    for (const u of plan.units.filter((x) => x.paragraphs.length > 0)) {
      const inChapter = section(chapterPages.get(u.path[0])!, new RegExp(`<section id="m-${u.id}"[^>]*>`));
      const onItsPage = section(page(url(`m/${u.id}/`)), /<div class="prose unit-text"[^>]*>/);
      expect(paragraphs(onItsPage, u.id), u.id).toEqual(paragraphs(inChapter, u.id));
      expect(paragraphs(onItsPage, u.id), u.id).toHaveLength(u.paragraphs.length);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('glossary', () => {
  it('has a page for every term, showing its definition', () => {
    for (const t of plan.glossary) expect(text(page(termPath(t.slug))), t.slug).toContain(t.definition);
  });

  it('lists on each term page exactly the units the model says use the term', () => {
    for (const t of plan.glossary) {
      const uses = section(page(termPath(t.slug)), /<section class="uses"[^>]*>/);
      const listed = attrs(uses, 'data-unit');
      const expected = plan.units.filter((u) => u.terms.some((o) => o.slug === t.slug)).map((u) => u.id);
      expect(listed, t.slug).toEqual(expected);
      for (const id of expected) expect(attrs(uses, 'href'), `${t.slug} ${id}`).toContain(url(`m/${id}/`));
    }
  });

  it('marks every use in the body as a link to an existing term page', () => {
    const slugs = new Set(plan.glossary.map((t) => termPath(t.slug)));
    for (const c of chapters) {
      const html = page(url(`plan/${c.id}/`));
      const terms = [...html.matchAll(/<a class="term" href="([^"]+)"/g)].map((m) => m[1]!);
      const want = plan.units.filter((u) => u.path[0] === c.path[0]).reduce((n, u) => n + u.terms.length, 0);
      expect(terms, c.id).toHaveLength(want);
      for (const href of terms) {
        expect(slugs.has(href), href).toBe(true);
        expect(fileFor(href), href).not.toBeNull();
      }
    }
  });

  it('serves every definition to the popover as JSON', () => {
    const json = JSON.parse(page(url('glossary/terms.json'))) as Record<string, { heading: string; definition: string }>;
    expect(Object.keys(json)).toEqual(plan.glossary.map((t) => t.slug));
    for (const t of plan.glossary) expect(json[t.slug]).toEqual({ heading: t.heading, definition: t.definition });
  });
});
