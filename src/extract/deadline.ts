/** Deadline phrases: `2023年年底前` (by the end of that year), `到2025年` / `到2025` (by that year). */
import type { Deadline } from '../model/extracts.ts';

const PHRASE = /(\d{4})\s*年\s*年?底前|(?:到|至)\s*(\d{4})(?:\s*年)?/g;

/** The last deadline phrase in `text` (the one nearest to what follows it), or null. */
export function lastDeadline(text: string): Deadline | null {
  let found: Deadline | null = null;
  for (const m of text.matchAll(PHRASE)) {
    found = m[1] ? { year: Number(m[1]), kind: 'year-end', text: m[0] } : { year: Number(m[2]), kind: 'by-year', text: m[0] };
  }
  return found;
}
