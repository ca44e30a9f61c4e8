/** Pure text helpers for snippets and excerpts (a unit's own text and citation: src/view/unit.ts). */

/** A short excerpt of `text` around `offset`, marking the matched `length` characters. */
export function excerptAround(text: string, offset: number, length: number, radius = 40): { before: string; match: string; after: string } {
  const start = Math.max(0, offset - radius);
  const end = Math.min(text.length, offset + length + radius);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, offset),
    match: text.slice(offset, offset + length),
    after: text.slice(offset + length, end) + (end < text.length ? '…' : ''),
  };
}

/** First `n` characters of a text, cut at a clause boundary where one is near. */
export function summary(text: string, n = 80): string {
  if (text.length <= n) return text;
  const cut = text.slice(0, n);
  const stop = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'), cut.lastIndexOf('，'));
  return `${stop > n / 2 ? cut.slice(0, stop) : cut}…`;
}

/** `2025-12-31` → `2025年12月31日`. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
