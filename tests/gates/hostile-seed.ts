/**
 * The property behind the hostile-input gate, shared by its test files: whatever is done to the
 * seed, parsePlan either returns a schema-valid model that keeps the text (tests/support/
 * conservation.ts) or throws a ParseError whose line is inside the file; nothing else.
 */
import { Plan, type Erratum, type GlossaryConfigEntry } from '../../src/model/schema.ts';
import { ParseError, parsePlan } from '../../src/parser/index.ts';
import { expectedText, firstDifference, modelText } from '../support/conservation.ts';

export type Outcome = { kind: 'model'; plan: Plan } | { kind: 'error'; code: string; line: number };

export interface Options {
  errata: readonly Erratum[];
  glossary: readonly GlossaryConfigEntry[];
}

/**
 * The conservation oracle's two conventions that an edit can break without the parser losing
 * anything: it drops every `**` from the seed (the glossary's bold headings), while a stray `**`
 * the parser keeps as text; and it puts back the `。` of a section heading, which a truncated
 * heading no longer has. So `**` and `。` are left out of the comparison.
 */
const lenient = (text: string): string => text.replaceAll('**', '').replaceAll('。', '');

/** Parse `source`; a problem with the outcome is returned as text, never thrown. */
export function check(source: string, options: Options): { outcome: Outcome | null; problem: string | null } {
  const lineCount = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
  let plan: Plan;
  try {
    plan = parsePlan(source, options);
  } catch (e) {
    if (!(e instanceof ParseError))
      return { outcome: null, problem: `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
    if (!Number.isInteger(e.line) || e.line < 1 || e.line > lineCount) {
      return { outcome: null, problem: `ParseError ${e.code} at line ${e.line}, outside 1..${lineCount}` };
    }
    return { outcome: { kind: 'error', code: e.code, line: e.line }, problem: null };
  }
  const valid = Plan.safeParse(plan);
  if (!valid.success)
    return {
      outcome: null,
      problem: `model fails the schema: ${valid.error.issues[0]?.message} at ${valid.error.issues[0]?.path.join('.')}`,
    };
  const diff = firstDifference(lenient(expectedText(source, options.errata)), lenient(modelText(plan)));
  if (diff)
    return {
      outcome: null,
      problem: `text not kept at ${diff.offset}: expected ${JSON.stringify(diff.expected)}, got ${JSON.stringify(diff.actual)}`,
    };
  return { outcome: { kind: 'model', plan }, problem: null };
}

/** Two outcomes are the same: equal models, or ParseErrors with the same code and line. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (a.kind === 'error' || b.kind === 'error') return JSON.stringify(a) === JSON.stringify(b);
  return JSON.stringify(a.plan) === JSON.stringify(b.plan);
}
