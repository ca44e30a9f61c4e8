/**
 * Exact, Ctrl+F-like search over the compact index: a document is a match when its text contains
 * the query after full/half-width folding, spaces aside (see `squeeze`); when nothing contains the
 * query as typed but it has several words (`开办企业 流程`), the documents that contain every word.
 * Nothing else is a match. Pure and synchronous.
 */
import type { SearchIndex } from './index-format.ts';
import { fold, foldQuery } from './normalize.ts';

/** A run of excerpt text, marked when it is (part of) a hit. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A hit as `[start, end)` offsets in the original text. */
export type Range = [number, number];

export interface Match {
  /** Index of the document in `index.docs`. */
  doc: number;
  /** Site-relative URL without a leading slash. */
  url: string;
  label: string;
  title: string;
  /** Headings of the enclosing chapter and section, outermost first. */
  crumbs: string[];
  /** Number of hits in the document's text. */
  hits: number;
  /** What was found: the query, or each of its words when no document holds the query whole. */
  terms: string[];
  excerpt: Segment[];
}

export interface SearchOptions {
  /** Keep only documents of this chapter id (glossary and notice belong to none). */
  chapter?: string | undefined;
  /** Excerpt context in characters before the first hit. */
  before?: number;
  /** Excerpt length in characters after the start of the first hit. */
  after?: number;
}

/** Folded text without the spaces that carry no meaning, and where each of its characters was. */
export interface Squeezed {
  text: string;
  /** Offset in the original text of each character of `text`. */
  at: number[];
}

const isAlnum = (c: string | undefined) => c !== undefined && /[0-9a-z]/.test(c);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * Chinese is written without spaces, yet the text puts some around numbers and Latin words
 * (`达到 12 家`) and readers type some (`1 + 15 + N`): a run of spaces counts, as one space, only
 * between two ASCII letters or digits (`ipv6 地址` keeps none, `iso 9001` keeps its one).
 * Line breaks stay: a query never runs from one paragraph into the next.
 */
export function squeeze(folded: string): Squeezed {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (!isSpace(folded[i])) {
      text += folded[i];
      at.push(i);
      continue;
    }
    let j = i;
    while (isSpace(folded[j + 1])) j++;
    if (isAlnum(text[text.length - 1]) && isAlnum(folded[j + 1])) {
      text += ' ';
      at.push(i);
    }
    i = j;
  }
  return { text, at };
}

/** A query as the engine reads it: the whole query, and its words when it has several. */
export interface Query {
  phrase: string;
  /** Two or more words (each of two characters or more, or Chinese), or none. */
  words: string[];
}

export function parseQuery(query: string): Query {
  const q = foldQuery(query);
  const words = [
    ...new Set(
      q
        .split(' ')
        .map((w) => squeeze(w).text)
        .filter((w) => /\p{Script=Han}/u.test(w) || (w.length >= 2 && /[\p{L}\p{N}]/u.test(w))),
    ),
  ];
  return { phrase: squeeze(q).text, words: words.length > 1 ? words : [] };
}

/** Every start offset of `needle` in `hay` (non-overlapping, as Ctrl+F steps through them). */
export function hitOffsets(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** The hits of `needle` in squeezed text, as ranges of the original text. */
export function rangesOf(s: Squeezed, needle: string): Range[] {
  return hitOffsets(s.text, needle).map((o): Range => [s.at[o]!, s.at[o + needle.length - 1]! + 1]);
}

/**
 * The hits of a query in a text: of the whole query, or with `eachWord`, of every word when each
 * of them is there (else none), in text order and merged where they overlap.
 */
export function locate(s: Squeezed, q: Query, eachWord: boolean): Range[] {
  if (!eachWord) return rangesOf(s, q.phrase);
  const per = q.words.map((w) => rangesOf(s, w));
  if (per.some((r) => r.length === 0)) return [];
  const merged: Range[] = [];
  for (const r of per.flat().sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The hits in `text` as the search finds them: the whole query if it is there, else every word. */
export function hitsIn(text: string, query: string): Range[] {
  const q = parseQuery(query);
  if (!q.phrase) return [];
  const s = squeeze(fold(text));
  const whole = locate(s, q, false);
  return whole.length > 0 || q.words.length === 0 ? whole : locate(s, q, true);
}

/** The searchable form of an index: squeezed texts and titles computed once. */
export interface Prepared {
  index: SearchIndex;
  texts: Squeezed[];
  titles: Squeezed[];
  /** Squeezed glossary key → doc index. */
  termDoc: Map<string, number>;
}

export function prepare(index: SearchIndex): Prepared {
  const termDoc = new Map<string, number>();
  for (const [doc, ...keys] of index.terms) for (const k of keys) termDoc.set(squeeze(fold(k)).text, doc);
  const sq = (t: string) => squeeze(fold(t));
  return { index, texts: index.docs.map((d) => sq(d[6])), titles: index.docs.map((d) => sq(d[2])), termDoc };
}

/**
 * The matches for `query`, best first: the glossary entry whose key equals the query, then
 * documents whose title contains it, then the rest; reading order within each group.
 */
export function search(p: Prepared, query: string, options: SearchOptions = {}): Match[] {
  const q = parseQuery(query);
  if (!q.phrase) return [];
  const exactTerm = p.termDoc.get(q.phrase);
  const collect = (eachWord: boolean) => {
    const found: { doc: number; tier: number; ranges: Range[] }[] = [];
    p.index.docs.forEach((d, doc) => {
      if (options.chapter && d[3] !== options.chapter) return;
      const ranges = locate(p.texts[doc]!, q, eachWord);
      if (ranges.length === 0) return;
      const tier = doc === exactTerm ? 0 : locate(p.titles[doc]!, q, eachWord).length > 0 ? 1 : 2;
      found.push({ doc, tier, ranges });
    });
    return found;
  };
  let eachWord = false;
  let found = collect(false);
  if (found.length === 0 && q.words.length > 0) {
    eachWord = true;
    found = collect(true);
  }
  found.sort((a, b) => a.tier - b.tier || a.doc - b.doc);
  return found.map(({ doc, ranges }) => {
    const d = p.index.docs[doc]!;
    return {
      doc,
      url: d[0],
      label: d[1],
      title: d[2],
      crumbs: crumbs(p.index, doc),
      hits: ranges.length,
      terms: eachWord ? q.words : [q.phrase],
      excerpt: excerpt(
        d[6],
        ranges,
        options.before ?? 24,
        options.after ?? 72,
        eachWord ? q.words.map((w) => rangesOf(p.texts[doc]!, w)[0]!) : undefined,
      ),
    };
  });
}

/** Headings of the ancestors of a document, outermost first. */
export function crumbs(index: SearchIndex, doc: number): string[] {
  const out: string[] = [];
  for (let p = index.docs[doc]![4]; p !== -1; p = index.docs[p]![4]) out.unshift(index.docs[p]![5]);
  return out;
}

/**
 * Windows of `text` around the `anchors` (the first hit, or the first hit of each word), each from
 * `before` characters ahead of it and `after` characters long (or to the anchor's end), shared out
 * between the anchors and merged where they meet, with every hit inside marked; `…` where the text
 * was cut. Line breaks become spaces.
 */
export function excerpt(text: string, ranges: Range[], before: number, after: number, anchors: Range[] = ranges.slice(0, 1)): Segment[] {
  const n = Math.max(1, anchors.length);
  const windows: Range[] = [];
  for (const [from, to] of [...(anchors.length ? anchors : [[0, 0] as Range])].sort((a, b) => a[0] - b[0])) {
    const w: Range = [Math.max(0, from - Math.ceil(before / n)), Math.min(text.length, Math.max(from + Math.ceil(after / n), to))];
    const last = windows[windows.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else windows.push(w);
  }
  const out: Segment[] = [];
  const push = (t: string, mark: boolean) => {
    if (t) out.push({ text: t.replace(/\n/g, ' '), mark });
  };
  for (const [start, end] of windows) {
    if (start > 0) push('…', false);
    let at = start;
    for (const [from, to] of ranges) {
      if (to <= start || from >= end) continue;
      push(text.slice(at, Math.max(at, from)), false);
      push(text.slice(Math.max(at, from), Math.min(to, end)), true);
      at = Math.min(to, end);
    }
    push(text.slice(at, end), false);
  }
  if ((windows[windows.length - 1]?.[1] ?? 0) < text.length) push('…', false);
  return out;
}
