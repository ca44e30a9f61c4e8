/**
 * The text of each page of a PDF that Chromium (Skia) wrote with page.pdf(), in drawing order,
 * so a test can read what a printed page says (running title, page number, footer) without a PDF
 * library. Just enough of PDF for Skia's output: indirect objects, Flate streams, Type0 fonts with
 * a ToUnicode CMap, and text shown with Tj/TJ as hex glyph strings. Not a general PDF reader.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** Every indirect object, read in file order; a stream is skipped by its /Length, so its bytes are never taken for syntax. */
function objects(pdf: Buffer): Map<number, PdfObject> {
  const out = new Map<number, PdfObject>();
  const text = pdf.toString('latin1');
  const head = /(\d+) 0 obj\b/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const s = text.indexOf('stream', start);
    if (s < 0 || s > end) {
      out.set(Number(m[1]), { dict: text.slice(start, end), stream: null });
      head.lastIndex = end;
      continue;
    }
    const dict = text.slice(start, s);
    const from = s + 'stream'.length + (text[s + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(dict)![1]);
    const raw = pdf.subarray(from, from + length);
    out.set(Number(m[1]), { dict, stream: /FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    head.lastIndex = from + length;
  }
  return out;
}

/** A ToUnicode CMap as glyph code → text, from its bfchar and bfrange entries. */
function cmap(source: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code!, 16), utf16(uni!));
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      for (let c = parseInt(lo!, 16), u = parseInt(uni!, 16); c <= parseInt(hi!, 16); c++, u++) map.set(c, String.fromCharCode(u));
  return map;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1] ?? NaN);

/** The text of every page, in page order. */
export function pdfPages(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const dictOf = (n: number) => objs.get(n)?.dict ?? '';
  const root = dictOf(ref(dictOf([...objs.keys()].find((n) => /\/Type \/Catalog/.test(dictOf(n)))!), 'Pages'));
  const pages: number[] = [];
  const walk = (dict: string) => {
    for (const [, n] of /\/Kids \[([^\]]*)\]/.exec(dict)![1]!.matchAll(/(\d+) 0 R/g)) {
      const d = dictOf(Number(n));
      if (/\/Type \/Pages/.test(d)) walk(d);
      else pages.push(Number(n));
    }
  };
  walk(root);
  return pages.map((n) => {
    const page = dictOf(n);
    const resources = /\/Resources (\d+) 0 R/.test(page) ? dictOf(ref(page, 'Resources')) : page;
    // Type0 fonts show two-byte codes; Skia's Type3 fonts (CJK outlines) one-byte codes.
    const fonts = new Map<string, { map: Map<number, string>; width: number }>();
    for (const [, name, obj] of (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const dict = dictOf(Number(obj));
      const uni = objs.get(ref(dict, 'ToUnicode'))?.stream;
      fonts.set(name!, { map: uni ? cmap(uni.toString('latin1')) : new Map(), width: /\/Subtype \/Type0/.test(dict) ? 4 : 2 });
    }
    const contents = /\/Contents \[([^\]]*)\]/.exec(page)?.[1] ?? `${ref(page, 'Contents')} 0 R`;
    let font = { map: new Map<number, string>(), width: 4 };
    let out = '';
    for (const [, c] of contents.matchAll(/(\d+) 0 R/g)) {
      const ops = objs.get(Number(c))?.stream?.toString('latin1') ?? '';
      for (const [, f, shown] of ops.matchAll(/\/(\S+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)/g)) {
        if (f) font = fonts.get(f) ?? font;
        else
          for (const [, hex] of shown!.matchAll(/<([0-9A-Fa-f]*)>/g))
            for (const code of hex!.match(new RegExp(`.{${font.width}}`, 'g')) ?? []) out += font.map.get(parseInt(code, 16)) ?? '';
      }
    }
    // Skia names some CJK glyphs by their Kangxi radical (⼈ for 人): fold those back.
    return out.replace(/[\u2f00-\u2fdf]/g, (c) => c.normalize('NFKC'));
  });
}

/**
 * Whether a page's text shows `expected`, whitespace aside. A few simplified characters come out
 * of the PDF as a CJK radical with no compatibility mapping (⺠ for 民), so any such radical stands
 * for the character it replaced.
 */
export function pdfShows(pageText: string, expected: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const pattern = [...squash(expected)]
    .map((c) => (/[\u4e00-\u9fff]/.test(c) ? `(?:${c}|[\u2e80-\u2eff])` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(pattern).test(squash(pageText));
}
