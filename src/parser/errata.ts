import type { Erratum } from '../model/schema.ts';
import { ParseError } from './errors.ts';

/**
 * Apply declared errata to the seed's lines. Each erratum must match its line exactly once,
 * so an erratum can never silently stop applying (or apply somewhere unintended).
 */
export function applyErrata(lines: readonly string[], errata: readonly Erratum[]): string[] {
  const out = [...lines];
  for (const e of errata) {
    const text = out[e.line - 1];
    const count = text === undefined ? 0 : text.split(e.original).length - 1;
    if (count !== 1) {
      throw new ParseError(
        'ERRATUM_MISMATCH',
        Math.min(e.line, Math.max(lines.length, 1)),
        `erratum for line ${e.line} expects “${e.original}” exactly once on that line, found it ${count} time(s)`,
        'check the line number and original text of this entry in seeds/errata.json',
      );
    }
    out[e.line - 1] = text!.replace(e.original, () => e.correction);
  }
  return out;
}
