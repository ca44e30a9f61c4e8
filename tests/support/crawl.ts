/**
 * A link checker for a built site, read straight from its output directory (no server): every
 * page's href/src/srcset/action and every absolute URL on the site's own origin must name a file
 * the build wrote, under the base path, and every #fragment must name an id on its page.
 *
 * `checkSite` is pure (pages and file names in, problems out); `readSite` does the I/O.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { decodeHTMLAttribute } from 'entities';

export interface Site {
  /** Base-relative file paths the build wrote, `/`-separated: `index.html`, `m/3/index.html`, `js/site.js`. */
  files: Set<string>;
  /** HTML of every page by base-relative file path. */
  pages: Map<string, string>;
}

export interface Link {
  /** Page (base-relative file path) the link is on. */
  from: string;
  /** The attribute value as written. */
  href: string;
}

export interface Problem extends Link {
  reason: string;
}

export interface CrawlResult {
  /** Links checked (internal ones). */
  checked: number;
  problems: Problem[];
  /** Pages reached from the home page by following links. */
  reached: Set<string>;
}

const ATTR = /\s(href|src|action|srcset|content)\s*=\s*("([^"]*)"|'([^']*)')/gi;

/** Drop what is not markup a browser follows: scripts' and styles' bodies, comments, code samples are kept (they are text). */
function markupOnly(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
}

/**
 * The URLs a page refers to: link targets and resources, and `content` of meta tags whose value
 * is a URL (og:image, og:url…). Values inside text (e.g. an embed code sample) are not attributes.
 */
export function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const tag of markupOnly(html).matchAll(/<[a-z][^>]*>/gi)) {
    for (const m of tag[0].matchAll(ATTR)) {
      const name = m[1]!.toLowerCase();
      const value = decodeHTMLAttribute((m[3] ?? m[4] ?? '').trim());
      if (name === 'srcset')
        out.push(
          ...value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        );
      else if (name === 'content') {
        if (/^https?:\/\//.test(value)) out.push(value);
      } else out.push(value);
    }
  }
  return out;
}

/** Element ids (and legacy `name` anchors) of a page. */
export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markupOnly(html).matchAll(/<[a-z][^>]*\s(?:id|name)\s*=\s*("([^"]*)"|'([^']*)')/gi))
    ids.add(decodeHTMLAttribute(m[2] ?? m[3] ?? ''));
  return ids;
}

/** The file a base-relative URL path is served from, or null: `m/3/` → `m/3/index.html`. */
export function fileFor(path: string, files: ReadonlySet<string>): string | null {
  const decoded = decodeURIComponent(path);
  if (decoded === '' || decoded.endsWith('/')) return files.has(`${decoded}index.html`) ? `${decoded}index.html` : null;
  return files.has(decoded) ? decoded : null;
}

/**
 * Check every link on every page. `origin` is the site's own origin (SITE), whose absolute URLs
 * are checked like relative ones; other origins are left alone. `base` is the path prefix (BASE).
 */
export function checkSite(site: Site, origin: string, base: string): CrawlResult {
  const prefix = base.replace(/\/?$/, '/');
  const problems: Problem[] = [];
  let checked = 0;
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (!s) idCache.set(file, (s = idsIn(site.pages.get(file) ?? '')));
    return s;
  };
  const edges = new Map<string, string[]>();
  for (const [from, html] of site.pages) {
    // Pages are served from their directory: `m/3/index.html` is at `<base>m/3/`.
    const pageUrl = new URL(prefix + from.replace(/index\.html$/, ''), origin);
    const targets: string[] = [];
    for (const href of linksIn(html)) {
      if (/^(mailto|tel|javascript|data):/i.test(href) || href === '') continue;
      let target: URL;
      try {
        target = new URL(href, pageUrl);
      } catch {
        problems.push({ from, href, reason: 'not a URL' });
        continue;
      }
      if (target.origin !== new URL(origin).origin) continue;
      checked++;
      if (!target.pathname.startsWith(prefix)) {
        problems.push({ from, href, reason: `outside the base path ${prefix}` });
        continue;
      }
      const file = fileFor(target.pathname.slice(prefix.length), site.files);
      if (!file) {
        problems.push({ from, href, reason: 'no such file in the build' });
        continue;
      }
      if (file.endsWith('.html')) targets.push(file);
      // A text fragment (`#:~:text=…`, maybe after an id) is the browser's, not an id.
      const fragment = decodeURIComponent(target.hash.slice(1)).replace(/:~:.*$/, '');
      if (fragment && file.endsWith('.html') && !ids(file).has(fragment))
        problems.push({ from, href, reason: `no id "${fragment}" on ${file}` });
    }
    edges.set(from, targets);
  }
  const reached = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length > 0) {
    for (const next of edges.get(queue.shift()!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return { checked, problems, reached };
}

async function walk(dir: string, root: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, root, out);
    else out.push(relative(root, path).split(sep).join('/'));
  }
}

/** Read a build output directory into a `Site`. */
export async function readSite(outDir: string): Promise<Site> {
  const files: string[] = [];
  await walk(outDir, outDir, files);
  const pages = new Map<string, string>();
  for (const f of files.filter((f) => f.endsWith('.html')).sort()) pages.set(f, await readFile(join(outDir, f), 'utf8'));
  return { files: new Set(files), pages };
}
