/**
 * Declared corrections, applied to the source's lines before anything else. Each erratum must
 * match its line exactly once, so an erratum can never silently stop applying (or apply
 * somewhere unintended). Errors name the erratum (its index and field), which the loader turns
 * into a position in the errata file.
 */
import type { Erratum } from '../model/schema.ts';
import { codeFrame, Diagnostics, ParseError } from './errors.ts';

export function applyErrata(lines: readonly string[], errata: readonly Erratum[], diagnostics: Diagnostics): string[] {
  const out = [...lines];
  errata.forEach((e, index) => {
    const text = out[e.line - 1];
    if (text === undefined) {
      diagnostics.report(
        Object.assign(
          // Placed at the source's end, since the line named does not exist; the loader reports it against the errata file.
          new ParseError(
            'ERRATUM_MISMATCH',
            lines.length,
            `erratum ${index + 1} is for line ${e.line}, which does not exist: the source has ${lines.length} lines`,
            'check the line number of this entry',
          ),
          { erratum: { index, field: 'line' as const } },
        ),
      );
      return;
    }
    const count = text.split(e.original).length - 1;
    if (count !== 1) {
      const error = new ParseError(
        'ERRATUM_MISMATCH',
        e.line,
        `erratum ${index + 1} expects “${e.original}” exactly once on line ${e.line}, found it ${count} time(s)`,
        count === 0
          ? 'check the line number and the original text of this entry against the source line shown'
          : 'quote more of the text around the correction so that it occurs once',
      );
      error.context = [`line ${e.line} of the source:`, ...codeFrame(e.line, text, nearest(text, e.original))];
      diagnostics.report(Object.assign(error, { erratum: { index, field: 'original' as const } }));
      return;
    }
    out[e.line - 1] = text.replace(e.original, () => e.correction);
  });
  return out;
}

/** 1-based column where the line best matches the start of `original` (its longest matching prefix), for the report. */
function nearest(text: string, original: string): number {
  for (let n = original.length; n > 0; n--) {
    const at = text.indexOf(original.slice(0, n));
    if (at !== -1) return at + 1;
  }
  return 1;
}
