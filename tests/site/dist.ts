/**
 * Reading the built site for tests: pages by URL path, their links and ids, and the model the
 * site was built from (content/plan.json). Tests over dist/ never build it themselves: `npm test`
 * builds first, and a missing dist/ fails with one line saying so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Plan } from '../../src/model/schema.ts';

export const DIST = process.env.DIST_DIR ?? 'dist';
/** The base path the site was built with (BASE), always with a trailing slash. */
export const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync('content/plan.json')) {
    throw new Error(`${DIST}/ or content/plan.json is missing: run npm run build first`);
  }
}

export function loadPlan(): Plan {
  requireDist();
  return Plan.parse(JSON.parse(readFileSync('content/plan.json', 'utf8')));
}

/** The file a site path is served from: `/m/3-1-2/` → dist/m/3-1-2/index.html. */
export function fileFor(path: string): string | null {
  if (!path.startsWith(BASE)) return null;
  const rel = decodeURIComponent(path.slice(BASE.length));
  const file = join(DIST, rel.endsWith('/') || rel === '' ? join(rel, 'index.html') : rel);
  return existsSync(file) ? file : null;
}

/** The HTML of the page at a site path (base included), or an error naming the path. */
export function page(path: string): string {
  const file = fileFor(path);
  if (!file) throw new Error(`no page at ${path}`);
  return readFileSync(file, 'utf8');
}

/** Every HTML file of the site, by the site path it is served at. */
export function allPages(): Map<string, string> {
  requireDist();
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const rel = relative(DIST, p).split(sep).join('/');
        out.set(BASE + rel.replace(/(^|\/)index\.html$/, '$1'), readFileSync(p, 'utf8'));
      }
    }
  };
  walk(DIST);
  return out;
}

/** Values of an attribute on every tag of the markup (script and style bodies excluded). */
export function attrs(html: string, name: string): string[] {
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, (m) => m.slice(0, m.indexOf('>') + 1));
  return [...markup.matchAll(new RegExp(`<[^>]*\\s${name}="([^"]*)"`, 'g'))].map((m) => decodeHTMLAttribute(m[1]!));
}

/** Every id in the page. */
export function ids(html: string): Set<string> {
  return new Set(attrs(html, 'id'));
}

/** The part of the page between the first match of `open` and the end of that element. */
export function section(html: string, open: RegExp): string {
  const m = open.exec(html);
  if (!m) throw new Error(`no ${open} in page`);
  const tag = /^<(\w+)/.exec(m[0])![1]!;
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = m.index;
  for (let t = re.exec(html); t; t = re.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return html.slice(m.index, re.lastIndex);
  }
  throw new Error(`unclosed ${tag}`);
}

/** Visible-ish text of some markup: tags dropped, entities decoded. */
export function text(html: string): string {
  return decodeHTML(html.replace(/<[^>]+>/g, ''));
}
