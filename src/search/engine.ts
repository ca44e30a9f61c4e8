/**
 * Exact, Ctrl+F-like search over the compact index: a document is a match when its text contains
 * the query as a substring after full/half-width folding; nothing else is. Pure and synchronous.
 */
import type { SearchIndex } from './index-format.ts';
import { fold, foldQuery } from './normalize.ts';

/** A run of excerpt text, marked when it is (part of) a hit. */
export interface Segment {
  text: string;
  mark: boolean;
}

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

/** The searchable form of an index: folded texts computed once. */
export interface Prepared {
  index: SearchIndex;
  folded: string[];
  /** Folded glossary key → doc index. */
  termDoc: Map<string, number>;
}

export function prepare(index: SearchIndex): Prepared {
  const termDoc = new Map<string, number>();
  for (const [doc, ...keys] of index.terms) for (const k of keys) termDoc.set(fold(k), doc);
  return { index, folded: index.docs.map((d) => fold(d[6])), termDoc };
}

/** Every start offset of `needle` in `hay` (non-overlapping, as Ctrl+F steps through them). */
export function hitOffsets(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/**
 * The matches for `query`, best first: the glossary entry whose key equals the query, then
 * documents whose title contains it, then the rest; reading order within each group.
 */
export function search(p: Prepared, query: string, options: SearchOptions = {}): Match[] {
  const q = foldQuery(query);
  if (!q) return [];
  const exactTerm = p.termDoc.get(q);
  const found: { doc: number; tier: number; offsets: number[] }[] = [];
  p.index.docs.forEach((d, doc) => {
    if (options.chapter && d[3] !== options.chapter) return;
    const offsets = hitOffsets(p.folded[doc]!, q);
    if (offsets.length === 0) return;
    const tier = doc === exactTerm ? 0 : fold(d[2]).includes(q) ? 1 : 2;
    found.push({ doc, tier, offsets });
  });
  found.sort((a, b) => a.tier - b.tier || a.doc - b.doc);
  return found.map(({ doc, offsets }) => {
    const d = p.index.docs[doc]!;
    return {
      doc,
      url: d[0],
      label: d[1],
      title: d[2],
      crumbs: crumbs(p.index, doc),
      hits: offsets.length,
      excerpt: excerpt(d[6], offsets, q.length, options.before ?? 24, options.after ?? 72),
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
 * A window of `text` from `before` characters ahead of the first hit, `after` characters long,
 * with every hit inside it marked; `…` where the text was cut. Line breaks become spaces.
 */
export function excerpt(text: string, offsets: number[], length: number, before: number, after: number): Segment[] {
  const first = offsets[0] ?? 0;
  const start = Math.max(0, first - before);
  const end = Math.min(text.length, Math.max(first + after, first + length));
  const out: Segment[] = [];
  const push = (t: string, mark: boolean) => {
    if (t) out.push({ text: t.replace(/\n/g, ' '), mark });
  };
  let at = start;
  for (const o of offsets) {
    if (o >= end) break;
    push(text.slice(at, o), false);
    push(text.slice(o, Math.min(o + length, end)), true);
    at = Math.min(o + length, end);
  }
  push(text.slice(at, end), false);
  if (start > 0) out.unshift({ text: '…', mark: false });
  if (end < text.length) out.push({ text: '…', mark: false });
  return out;
}
