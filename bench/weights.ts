/**
 * What each built page costs a reader before any interaction, in bytes raw, gzip and Brotli as
 * served (the build's precompressed copies, src/site/build/precompress.ts, at each codec's best level):
 * the HTML (inline CSS and inline scripts count as HTML), plus every stylesheet and script the
 * page references for loading (`<link rel=stylesheet>`, `<link rel=modulepreload>`,
 * `<script src>`). Code a page only imports on use (the search engine, Pagefind) is not
 * referenced this way and so counts 0 until used. The page's own visible text is measured the
 * same way, in the same codec, so each page can be set against its text: the physical floor of its
 * weight.
 * Shared by `npm run bench` and the byte-budget tests (tests/budget/).
 */
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Plan } from '../src/model/schema.ts';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzip } from '../src/site/build/gzip.ts';
import { decodeHTML } from 'entities';

/** Kilobytes as the budgets and the Starlight anchor count them: 1 KB = 1000 bytes. */
export const KB = 1000;

export interface Bytes {
  raw: number;
  /** gzip at level 9, as the build precompresses (`gzip_static`, src/site/build/gzip.ts). */
  gzip: number;
  /** Brotli at quality 11, as the build precompresses (`brotli_static`). */
  br: number;
}

export interface PageWeight {
  /** The page's URL path, e.g. `/plan/3/`. */
  url: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** HTML + external CSS + external JS. */
  total: Bytes;
  /** Inline `<script>` code (already inside `html`); with `js`, the page's JS before interaction. */
  inlineJs: Bytes;
  /** The page's visible text. */
  text: Bytes;
  /** total.gzip / text.gzip. */
  ratio: number;
  /** total.br / text.br. */
  ratioBr: number;
  /** Files fetched before interaction, as dist paths. */
  assets: string[];
  /** `<img>` elements before `<main>` closes its first screen (the header and the main's start). */
  imagesAboveFold: string[];
}

/** Bytes of a text in each codec, compressed the way the build precompresses files. */
export const bytes = (s: string | Uint8Array): Bytes => {
  const b = typeof s === 'string' ? Buffer.from(s) : Buffer.from(s);
  return {
    raw: b.length,
    gzip: Math.min(b.length, gzip(b).length),
    br: Math.min(
      b.length,
      brotliCompressSync(b, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
        },
      }).length,
    ),
  };
};

/** A dist file's bytes: its precompressed copies when the build wrote them (as nginx sends them), else compressed now. */
export function fileBytes(file: string, body: Buffer): Bytes {
  const size = (ext: string) => {
    try {
      return statSync(`${file}.${ext}`).size;
    } catch {
      return null;
    }
  };
  const gz = size('gz');
  const br = size('br');
  if (gz !== null && br !== null) return { raw: body.length, gzip: gz, br };
  return bytes(body);
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br });
const ZERO: Bytes = { raw: 0, gzip: 0, br: 0 };

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
};

/** Script types a browser runs as JavaScript (JSON-LD and other data blocks are not code). */
const isJsType = (type: string | null) => type === null || type === '' || /^(module|text\/javascript|application\/javascript)$/i.test(type);

/** The text a reader sees: the body without scripts, styles, templates, SVG and comments. */
export function visibleText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const stripped = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|svg|noscript)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?[a-z](?:[^>"']|"[^"]*"|'[^']*')*>/gi, ' ');
  return decodeHTML(stripped)
    .replace(/\s+/g, ' ')
    .replace(/ (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) /g, '')
    .trim();
}

/** The dist paths of the stylesheets and scripts the page loads before interaction. */
export function loadedAssets(html: string, pagePath: string): { css: string[]; js: string[]; inlineJs: string } {
  const css: string[] = [];
  const js: string[] = [];
  let inlineJs = '';
  const resolve = (href: string) => new URL(href, `http://site.invalid${pagePath}`).pathname;
  const local = (href: string | null) => href !== null && !/^(https?:)?\/\//i.test(href) && !href.startsWith('data:');
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!local(href)) continue;
    if (rel.includes('stylesheet')) css.push(resolve(href!));
    else if (rel.includes('modulepreload')) js.push(resolve(href!));
  }
  for (const [, open, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    if (!isJsType(attr(open!, 'type'))) continue;
    const src = attr(open!, 'src');
    if (src !== null && local(src)) js.push(resolve(src));
    else if (src === null) inlineJs += body;
  }
  return { css: [...new Set(css)], js: [...new Set(js)], inlineJs };
}

/** `<img>` tags in the first screen: anything before `<main>`, and the main's first 2,000 bytes. */
export function imagesAboveFold(html: string): string[] {
  const main = html.search(/<main\b/i);
  const head = main === -1 ? html.slice(0, 4000) : html.slice(0, main + 2000);
  return [...head.matchAll(/<img\b[^>]*>/gi)].map((m) => m[0]);
}

/** Weight of one page, reading its assets from `dist`. */
export async function pageWeight(
  dist: string,
  file: string,
  read: (p: string) => Promise<Buffer> = (p) => readFile(p),
): Promise<PageWeight> {
  const rel = relative(dist, file).split(/[\\/]/).join('/');
  const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
  const body = await read(file);
  const html = body.toString('utf8');
  const loaded = loadedAssets(html, url);
  const sum = async (paths: string[]) => {
    let out = ZERO;
    for (const p of paths) out = add(out, fileBytes(join(dist, p), await read(join(dist, p))));
    return out;
  };
  const h = fileBytes(file, body);
  const css = await sum(loaded.css);
  const js = await sum(loaded.js);
  const total = add(add(h, css), js);
  const text = bytes(visibleText(html));
  return {
    url,
    html: h,
    css,
    js,
    total,
    inlineJs: loaded.inlineJs.trim() ? bytes(loaded.inlineJs) : ZERO,
    text,
    ratio: total.gzip / Math.max(1, text.gzip),
    ratioBr: total.br / Math.max(1, text.br),
    assets: [...loaded.css, ...loaded.js],
    imagesAboveFold: imagesAboveFold(html),
  };
}

/** Every HTML file under `dist`. */
export async function htmlFiles(dist: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.html')) out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}

/** Weights of every page of the site, with a cache so shared assets are read once. */
export async function siteWeights(dist: string): Promise<PageWeight[]> {
  const cache = new Map<string, Promise<Buffer>>();
  const read = (p: string) => {
    let b = cache.get(p);
    if (!b) cache.set(p, (b = readFile(p)));
    return b;
  };
  return Promise.all((await htmlFiles(dist)).map((f) => pageWeight(dist, f, read)));
}

/** Files in `dist` that are fonts (the site uses the reader's own fonts only). */
export async function fontFiles(dist: string): Promise<string[]> {
  const all = await readdir(dist, { recursive: true, withFileTypes: true });
  return all.filter((e) => e.isFile() && /\.(woff2?|ttf|otf|eot)$/i.test(e.name)).map((e) => relative(dist, join(e.parentPath, e.name)));
}

/**
 * The text of one chapter as the plan prints it (headings that stand on their own line, and every
 * paragraph): the floor the chapter page's weight is set against.
 */
export function chapterText(plan: Plan, chapter: number): string {
  return plan.units
    .filter((u) => u.path[0] === chapter)
    .flatMap((u) => [u.titleInline || u.title === null ? null : `${u.label}${u.title}`, ...u.paragraphs.map((p) => p.text)])
    .filter((s): s is string => s !== null)
    .join('\n');
}
