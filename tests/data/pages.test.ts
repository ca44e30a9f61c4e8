/**
 * /targets/, /terms/, /data/ and the citation tools of /m/<id>/ in the built dist/ (run
 * `npm run build` first): what the pages show comes from the extraction rules, and every link
 * they make names a page of the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeHTMLAttribute } from 'entities';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractAchievements } from '../../src/extract/achievements.ts';
import { extractTerms } from '../../src/extract/quoted-terms.ts';
import { extractTargets } from '../../src/extract/targets.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';
import type { Plan } from '../../src/model/schema.ts';

const DIST = 'dist';
const page = (path: string) => readFile(join(DIST, path, 'index.html'), 'utf8');
/** The part of a page between <main> and </main>. */
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => decodeHTMLAttribute(m[1]!));
/** Whether a site-relative link names a file of the build (fragment and query ignored). */
const exists = (href: string) => {
  const path = decodeURIComponent(href.replace(/[#?].*$/, ''));
  return existsSync(join(DIST, path, path.endsWith('/') ? 'index.html' : ''));
};

let plan: Plan;
beforeAll(async () => {
  plan = (await loadSeed()).plan;
});

describe('/targets/', () => {
  it('has one row per extracted target and per achievement, apart', async () => {
    const html = main(await page('targets'));
    const [targetsPart, achievedPart] = html.split('id="achieved"');
    expect(targetsPart!.match(/<tr[^>]*>\s*<th scope="row"/g)).toHaveLength(extractTargets(plan).length);
    expect(achievedPart!.match(/<tr[^>]*>\s*<th scope="row"/g)).toHaveLength(extractAchievements(plan).length);
  });

  it('links every row to its measure with a text fragment on the figure', async () => {
    const html = main(await page('targets'));
    for (const t of extractTargets(plan)) {
      expect(html).toContain(`href="/m/${t.unit}/#:~:text=${encodeURIComponent(t.text).replace(/-/g, '%2D')}"`);
    }
  });

  it('draws its charts as inline SVG without a script', async () => {
    const html = main(await page('targets'));
    expect(html).toContain('<svg viewBox="0 0 100 8"');
    expect(html).not.toContain('<script');
  });

  it('makes only links that name pages of the build', async () => {
    for (const h of hrefs(main(await page('targets'))).filter((x) => x.startsWith('/'))) expect(exists(h), h).toBe(true);
  });
});

describe('/terms/', () => {
  it('has an entry for every indexed term, with as many occurrences as the index', async () => {
    const html = main(await page('terms'));
    const terms = extractTerms(plan);
    expect(html.match(/<h3 id="t\d+"/g)).toHaveLength(terms.length);
    const wuBu = html.slice(html.indexOf('“五不”'));
    const entry = wuBu.slice(0, wuBu.indexOf('</ol>'));
    expect(entry.match(/<li/g)).toHaveLength(terms.find((t) => t.term === '五不')!.occurrences.length);
    expect(entry).toContain('数据不共享、系统不衔接、部门不协同、制度不完善、交互不畅通');
  });

  it('gives each entry its own anchor, #t<n> for the nth quoted term in reading order', async () => {
    const html = main(await page('terms'));
    extractTerms(plan).forEach((t, i) => expect(html, t.term).toContain(`<h3 id="t${i + 1}">“${t.term}”`));
  });

  it('marks the official ten and links each to its glossary page', async () => {
    const html = main(await page('terms'));
    const badges = [...html.matchAll(/<a class="badge" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(badges.sort()).toEqual(plan.glossary.map((g) => `/glossary/${g.slug}/`).sort());
    for (const b of badges) expect(exists(b), b).toBe(true);
  });

  it('has a filter form and no inline script (the form stays hidden without scripts: see browser.test.ts)', async () => {
    const html = main(await page('terms'));
    expect(html).toMatch(/<form class="filter[^"]*"[^>]*data-terms-filter/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
  });

  it('makes only links that name pages of the build', async () => {
    for (const h of hrefs(main(await page('terms'))).filter((x) => x.startsWith('/'))) expect(exists(h), h).toBe(true);
  });
});

describe('/data/', () => {
  it('states the download sizes of plan.json and measures.csv in KB of 1,000 bytes, as the files are', async () => {
    const kb = async (f: string) => Math.round((await stat(join(DIST, f))).size / 1000);
    const html = await page('data');
    expect(html).toContain(`（${await kb('plan.json')} KB，UTF-8）`);
    expect(html).toContain(`（${await kb('measures.csv')} KB，`);
  });

  it('links the open data files and states the source sha256', async () => {
    const html = main(await page('data'));
    const edition = JSON.parse(await readFile('seeds/edition.json', 'utf8')) as { sha256: string };
    for (const f of ['/plan.json', '/plan.schema.json', '/measures.csv']) expect(html).toContain(`href="${f}"`);
    expect(html).toContain(edition.sha256);
  });

  it('lists every declared erratum with a link to its place', async () => {
    const html = main(await page('data'));
    for (const e of plan.errata) expect(html).toMatch(new RegExp(`<del[^>]*>${e.original.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</del>`));
    expect(html.match(/<ol class="errata-list[^>]*>[\s\S]*?<\/ol>/)![0].match(/href="\/m\//g)).toHaveLength(plan.errata.length);
  });
});

describe('citation tools on /m/<id>/', () => {
  const ids = () => readdirSync(join(DIST, 'm'));

  it('every unit page carries a QR code of its permalink as inline SVG', async () => {
    for (const id of ids()) {
      const html = await page(`m/${id}`);
      expect(html, id).toMatch(/<svg role="img" aria-label="[^"]+永久链接二维码" class="qr"/);
    }
  });

  it('loads at most 2 KB (gzip) of script before interaction', async () => {
    const html = await page('m/3-1-2');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toContain('/js/copy.js');
    let total = 0;
    for (const s of scripts) total += gzipSync(await readFile(join(DIST, s))).length;
    expect(total).toBeLessThanOrEqual(2048);
  });
});
