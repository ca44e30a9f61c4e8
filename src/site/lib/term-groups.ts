/**
 * The term index grouped for reading: by the pinyin initial of the first Chinese character
 * (A–Z), terms that open with a digit or Latin letter under `0–9`/their letter; within a group
 * by pinyin. Pinyin comes from pinyin-pro at build time only; nothing of it reaches the browser.
 */
import { pinyin } from 'pinyin-pro';
import type { IndexedTerm } from '../../model/extracts.ts';

export interface TermView extends IndexedTerm {
  /** Toneless pinyin syllables and their initials, for the filter (`fangguanfu fgf`). */
  pinyin: string;
}

/** One entry of /terms/pinyin.json (the filter of /terms/ reads them in the order of the entries). */
export type TermPinyin = [term: string, pinyin: string];

export interface TermGroup {
  /** `A`…`Z`, or `0–9`. */
  key: string;
  terms: TermView[];
}

const DIGITS = '0–9';

function syllables(term: string): string[] {
  return pinyin(term, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean);
}

function groupKey(term: string): string {
  const first = [...term].find((c) => /[\p{L}\p{N}]/u.test(c)) ?? term[0]!;
  if (/\d/.test(first)) return DIGITS;
  const initial = (/[A-Za-z]/.test(first) ? first : pinyin(first, { pattern: 'first', toneType: 'none' })).toUpperCase();
  return /^[A-Z]$/.test(initial) ? initial : DIGITS;
}

export function groupTerms(terms: readonly IndexedTerm[]): TermGroup[] {
  const views = terms.map((t): TermView & { key: string; sortKey: string } => {
    const syl = syllables(t.term);
    return { ...t, pinyin: `${syl.join('')} ${syl.map((s) => s[0]).join('')}`, key: groupKey(t.term), sortKey: syl.join(' ') };
  });
  const keys = [...new Set(views.map((v) => v.key))].sort((a, b) => (a === DIGITS ? 1 : b === DIGITS ? -1 : a.localeCompare(b)));
  return keys.map((key) => ({
    key,
    terms: views
      .filter((v) => v.key === key)
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.term.localeCompare(b.term, 'zh'))
      .map(({ key: _k, sortKey: _s, ...v }) => v),
  }));
}

/** The example the filter's placeholder offers: an example query of edition.json that is an entry, with its initials (`放管服、fgf`). */
export function filterExample(terms: readonly IndexedTerm[], examples: readonly string[]): string | null {
  const term = examples.find((e) => terms.some((t) => t.term === e));
  if (!term) return null;
  return `${term}、${syllables(term)
    .map((s) => s[0])
    .join('')}`;
}
