/**
 * Gate 2: zero broken internal links or #anchors anywhere in dist/. Every built file is read (not a
 * sample): each HTML page's href/src/srcset/action and same-origin absolute URLs must name a file
 * the build wrote and an id on that page; the sitemap, robots.txt and the web app manifest must
 * point at files too; and every page must be reachable from the home page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, fileFor, readSite } from '../support/crawl.ts';
import { readHead } from '../support/head.ts';
import { readSitemaps } from '../support/sitemap.ts';
import { BASE, DIST, requireDist } from '../site/dist.ts';

requireDist();
const site = await readSite(DIST);
/** The site's own origin, as the build wrote it into the home page's canonical URL. */
const origin = new URL(readHead(site.pages.get('index.html')!).links.get('canonical')!).origin;
const result = checkSite(site, origin, BASE);
const format = (ps: { from: string; href: string; reason: string }[]) => ps.map((p) => `${p.from}: ${p.href} (${p.reason})`);

/** A same-origin absolute or root-relative URL → the file that serves it, or a reason it does not. */
function resolve(url: string): string | null {
  const u = new URL(url, origin + BASE);
  if (u.origin !== origin || !u.pathname.startsWith(BASE)) return null;
  return fileFor(u.pathname.slice(BASE.length), site.files);
}

describe('links across the whole of dist/', () => {
  it('reads every page the build wrote', () => {
    console.info(`links gate: ${site.pages.size} pages, ${site.files.size} files, ${result.checked} internal links and anchors checked`);
    expect(site.pages.size).toBeGreaterThan(100);
    expect(result.checked).toBeGreaterThan(site.pages.size * 10);
  });

  it('every internal link names a file the build wrote', () => {
    expect(format(result.problems.filter((p) => !p.reason.startsWith('no id')))).toEqual([]);
  });

  it('every #anchor names an id on its target page', () => {
    expect(format(result.problems.filter((p) => p.reason.startsWith('no id')))).toEqual([]);
  });

  it('every page can be reached from the home page by following links', () => {
    const orphans = [...site.pages.keys()].filter((p) => p !== '404.html' && !result.reached.has(p));
    expect(orphans).toEqual([]);
  });

  it('every URL in the sitemap robots.txt names is a page, and every page but the 404 is in it', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const index = /^Sitemap:\s*(\S+)/im.exec(robots)![1]!;
    const { pages: locs } = readSitemaps(index, (u) => readFileSync(join(DIST, resolve(u)!), 'utf8'));
    expect(locs.filter((l) => !resolve(l)?.endsWith('.html'))).toEqual([]);
    const listed = new Set(locs.map((l) => resolve(l)));
    const pages = [...site.pages.keys()].filter((p) => p !== '404.html' && !/^(search|share)\//.test(p));
    expect(pages.filter((p) => !listed.has(p))).toEqual([]);
  });

  it('every URL of the site in its data files (JSON, CSV, XML, text) names a file the build wrote', () => {
    const data = [...site.files].filter((f) => /\.(json|csv|xml|txt|webmanifest)$/.test(f) && !f.startsWith('pagefind/'));
    const broken: string[] = [];
    let checked = 0;
    for (const f of data) {
      const text = readFileSync(join(DIST, f), 'utf8');
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>,)\\]+/g)) {
        if (new URL(url).origin !== origin) continue;
        checked++;
        if (!resolve(url)) broken.push(`${f}: ${url}`);
      }
    }
    console.info(`links gate: ${checked} URLs of the site checked in ${data.length} data files`);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('robots.txt and the web app manifest point at files the build wrote', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemaps = [...robots.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    expect(sitemaps.filter((s) => !resolve(s))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string;
      icons: { src: string }[];
    };
    const targets = [manifest.start_url, ...manifest.icons.map((i) => i.src)];
    expect(targets.filter((t) => !resolve(t))).toEqual([]);
  });
});
