/** Read what a built page's <head> says: title, meta tags, links and JSON-LD blocks. Pure. */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

export interface Head {
  title: string | null;
  /** `<meta name|property=… content=…>` by name or property; the first wins. */
  meta: Map<string, string>;
  /** `<link rel=… href=…>` by rel; the first wins. */
  links: Map<string, string>;
  /** Parsed `application/ld+json` blocks. */
  jsonLd: unknown[];
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeHTMLAttribute(m[2] ?? m[3] ?? m[4] ?? '') : null;
}

export function readHead(html: string): Head {
  const head = html.slice(0, html.search(/<\/head>/i) + 1 || html.length);
  const title = /<title>([\s\S]*?)<\/title>/i.exec(head);
  const meta = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const key = attr(tag, 'property') ?? attr(tag, 'name');
    const content = attr(tag, 'content');
    if (key && content !== null && !meta.has(key)) meta.set(key, content);
  }
  const links = new Map<string, string>();
  for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (rel && href !== null && !links.has(rel)) links.set(rel, href);
  }
  const jsonLd = [...head.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => JSON.parse(m[1]!) as unknown,
  );
  return { title: title ? decodeHTML(title[1]!) : null, meta, links, jsonLd };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
