/**
 * Errors a person can act on: a code, the 1-based seed line, what was expected, and a hint.
 * The message shows the offending source line, as `eemeli/yaml` does.
 */
export type ParseErrorCode =
  | 'EMPTY'
  | 'NOT_UTF8'
  | 'BAD_HEADER'
  | 'BAD_NOTICE'
  | 'NO_PLAN_TITLE'
  | 'NO_CHAPTERS'
  | 'CHAPTER_ORDER'
  | 'SECTION_ORDER'
  | 'ITEM_ORDER'
  | 'POINT_ORDER'
  | 'ORPHAN_SECTION'
  | 'ORPHAN_ITEM'
  | 'ORPHAN_POINT'
  | 'UNEXPECTED_HEADING'
  | 'GLOSSARY_ENTRY'
  | 'GLOSSARY_NO_DEFINITION'
  | 'END_MATTER'
  | 'TRAILING_TEXT'
  | 'ERRATUM_MISMATCH'
  | 'CONFIG';

export class ParseError extends Error {
  override name = 'ParseError';
  readonly code: ParseErrorCode;
  /** 1-based line in the seed. */
  readonly line: number;
  /** What to do about it. */
  readonly hint: string;
  /** The seed line's text, when known. */
  sourceLine: string | undefined;
  /** The file the seed was read from, when the caller knows it (the parser itself does no I/O). */
  file: string | undefined;

  constructor(code: ParseErrorCode, line: number, message: string, hint: string) {
    super(message);
    this.code = code;
    this.line = line;
    this.hint = hint;
  }

  /** A multi-line report: `file:line: [CODE] message`, the source line, and the hint. */
  format(file = this.file ?? 'seed'): string {
    const out = [`${file}:${this.line}: [${this.code}] ${this.message}`];
    if (this.sourceLine !== undefined) {
      const shown = this.sourceLine.length > 80 ? `${this.sourceLine.slice(0, 80)}…` : this.sourceLine;
      out.push(`  ${this.line} | ${shown}`);
    }
    out.push(`hint: ${this.hint}`);
    return out.join('\n');
  }
}

/** Attach the offending line's text to a ParseError (the parser knows lines, the error does not). */
export function withSource(error: ParseError, lines: readonly string[]): ParseError {
  error.sourceLine ??= lines[error.line - 1];
  return error;
}
