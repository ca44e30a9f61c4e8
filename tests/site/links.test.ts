/** Every internal link and #anchor in the built site resolves (all HTML files, not a sample). */
import { describe, expect, it } from 'vitest';
import { allPages, attrs, BASE, fileFor, ids } from './dist.ts';

const pages = allPages();
const ORIGIN = 'http://site.invalid';

/** Internal targets of a page: href/src resolved against the page, skipping other origins and schemes. */
function targets(from: string, html: string): URL[] {
  return [...attrs(html, 'href'), ...attrs(html, 'src')].map((v) => new URL(v, ORIGIN + from)).filter((u) => u.origin === ORIGIN);
}

describe('internal links', () => {
  it('crawls every page of the site', () => {
    expect(pages.size).toBeGreaterThan(100);
    expect(pages.has(BASE)).toBe(true);
  });

  it('all name a file the build wrote', () => {
    const broken: string[] = [];
    for (const [from, html] of pages) {
      for (const u of targets(from, html)) if (!fileFor(u.pathname)) broken.push(`${from} → ${u.pathname}`);
    }
    expect(broken).toEqual([]);
  });

  it('all #fragments name an id on the target page', () => {
    const idsOf = new Map<string, Set<string>>();
    const broken: string[] = [];
    let checked = 0;
    for (const [from, html] of pages) {
      for (const u of targets(from, html)) {
        // A text fragment (`#:~:text=…`) is a directive for the browser, not an id.
        const id = decodeURIComponent(u.hash.slice(1).split(':~:')[0]!);
        if (!id) continue;
        const path = u.pathname;
        if (!idsOf.has(path)) idsOf.set(path, pages.has(path) ? ids(pages.get(path)!) : new Set());
        checked++;
        if (!idsOf.get(path)!.has(id)) broken.push(`${from} → ${path}${u.hash}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
