/**
 * Where glossary terms occur. Longest key wins at a position, and a key that starts or ends
 * with a digit, Latin letter or `+` only matches where it is not part of a longer number or
 * formula (so `1+5` never matches inside `1+15+N`, nor `1+2` inside `11+2` or `1+20`).
 */
export interface TermKey {
  slug: string;
  key: string;
}

export interface TermMatch extends TermKey {
  offset: number;
}

const FORMULA_CHAR = /[0-9A-Za-z+＋]/;

export function findTerms(text: string, keys: readonly TermKey[]): TermMatch[] {
  const sorted = [...keys].sort((a, b) => b.key.length - a.key.length);
  const matches: TermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = sorted.find((k) => text.startsWith(k.key, i) && isBounded(text, i, k.key));
    if (hit) {
      matches.push({ ...hit, offset: i });
      i += hit.key.length;
    } else {
      i++;
    }
  }
  return matches;
}

function isBounded(text: string, at: number, key: string): boolean {
  const before = text[at - 1];
  const after = text[at + key.length];
  if (FORMULA_CHAR.test(key[0]!) && before !== undefined && FORMULA_CHAR.test(before)) return false;
  if (FORMULA_CHAR.test(key.at(-1)!) && after !== undefined && FORMULA_CHAR.test(after)) return false;
  return true;
}
