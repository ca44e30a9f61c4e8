/**
 * Errors a person can act on: a code, the 1-based line and column in the source, what was
 * expected, and a hint. A report shows the source line with a caret under the column, as
 * `eemeli/yaml` does, and a run reports every error it found, not only the first.
 */
export type ParseErrorCode =
  | 'EMPTY'
  | 'NOT_UTF8'
  | 'NOT_A_DOCUMENT'
  | 'BAD_HEADER'
  | 'BAD_NOTICE'
  | 'NO_PLAN_TITLE'
  | 'NO_SIGNATURE'
  | 'NO_CHAPTERS'
  | 'CHAPTER_ORDER'
  | 'SECTION_ORDER'
  | 'ITEM_ORDER'
  | 'POINT_ORDER'
  | 'ARTICLE_ORDER'
  | 'ORPHAN_SECTION'
  | 'ORPHAN_ITEM'
  | 'ORPHAN_POINT'
  | 'LEVEL_CLASH'
  | 'UNEXPECTED_HEADING'
  | 'GLOSSARY_ENTRY'
  | 'GLOSSARY_NO_DEFINITION'
  | 'END_MATTER'
  | 'TRAILING_TEXT'
  | 'ERRATUM_MISMATCH'
  | 'CONFIG';

/** Widest piece of a long line shown in a report (HTML sources keep a whole page on a line). */
const FRAME = 80;

export class ParseError extends Error {
  override name = 'ParseError';
  readonly code: ParseErrorCode;
  /** 1-based line in the source. */
  readonly line: number;
  /** 1-based column (in UTF-16 code units) in that line, when known. */
  column: number | undefined;
  /** What to do about it. */
  readonly hint: string;
  /** The source line's text, when known. */
  sourceLine: string | undefined;
  /** The file the source was read from, when the caller knows it (the parser itself does no I/O). */
  file: string | undefined;
  /** Every error found in the same run, this one first; more than one when the parser could go on. */
  errors: readonly ParseError[] = [this];
  /** For an erratum that does not apply: which entry of the errata file, and which of its fields is wrong. */
  erratum: { index: number; field: 'line' | 'original' } | undefined;
  /** Further lines shown in the report, e.g. the source line an erratum was expected on. */
  context: string[] | undefined;

  constructor(code: ParseErrorCode, line: number, message: string, hint: string, column?: number) {
    super(message);
    this.code = code;
    this.line = line;
    this.hint = hint;
    this.column = column;
  }

  /** This error as `file:line[:column]: [CODE] message`, the source line with a caret, and the hint. */
  formatOne(file = this.file ?? 'seed'): string {
    const where = this.column === undefined ? `${this.line}` : `${this.line}:${this.column}`;
    const out = [`${file}:${where}: [${this.code}] ${this.message}`];
    if (this.sourceLine !== undefined) out.push(...codeFrame(this.line, this.sourceLine, this.column));
    if (this.context) out.push(...this.context);
    out.push(`hint: ${this.hint}`);
    return out.join('\n');
  }

  /** Every error of the run, each with its code frame; a count first when there is more than one. */
  format(file = this.file ?? 'seed'): string {
    if (this.errors.length === 1) return this.formatOne(file);
    const head = `${this.errors.length} errors in ${file}:`;
    return [head, ...this.errors.map((e) => e.formatOne(e.file ?? file))].join('\n\n');
  }
}

/** `  31 | text` and, when the column is known, a caret under it; a long line is cut around the column. */
export function codeFrame(line: number, text: string, column?: number): string[] {
  const gutter = `  ${line} | `;
  let from = 0;
  if (text.length > FRAME) from = Math.max(0, Math.min((column ?? 1) - 1 - FRAME / 4, text.length - FRAME));
  const shown = `${from > 0 ? '…' : ''}${text.slice(from, from + FRAME)}${from + FRAME < text.length ? '…' : ''}`;
  const out = [`${gutter}${shown}`];
  if (column !== undefined) {
    const before = text.slice(from, column - 1);
    out.push(`${' '.repeat(gutter.length - 2)}| ${from > 0 ? ' ' : ''}${displayPad(before)}^`);
  }
  return out;
}

/** Spaces as wide as `s` on a terminal: CJK and full-width characters take two columns. */
function displayPad(s: string): string {
  let width = 0;
  for (const ch of s)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return ' '.repeat(width);
}

/** Attach the offending lines' text to errors (the parser knows positions, the error does not). */
export function withSource(error: ParseError, lines: readonly string[]): ParseError {
  // An erratum's error is about the errata file, whose lines the caller attaches.
  for (const e of error.errors) if (!e.erratum) e.sourceLine ??= lines[e.line - 1];
  return error;
}

/** Errors found while the parser goes on; `throwIfAny` raises them together, in source order. */
export class Diagnostics {
  readonly errors: ParseError[] = [];

  report(error: ParseError): void {
    this.errors.push(error);
  }

  throwIfAny(): void {
    if (this.errors.length === 0) return;
    const sorted = [...this.errors].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    const first = sorted[0]!;
    first.errors = sorted;
    throw first;
  }
}
