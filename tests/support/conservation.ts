/**
 * Text conservation: the parser may restructure the seed but must not lose, add or reorder a
 * character of its text. Both sides are reduced to the same plain form, and compared:
 *
 * - `expectedText` reads the raw seed: errata applied to their lines, markdown markup (`#`
 *   heading marks, `**`, `---` rules) dropped;
 * - `modelText` reads the model in reading order, putting back the markers and punctuation the
 *   model keeps apart (`一、`, `（一）`, `1.`, the colons after the addressee and glossary headings).
 *
 * `normalise` then drops all whitespace and maps half-width parentheses to full-width ones; nothing
 * else is forgiven. Pure: no I/O.
 */
import type { Erratum, Plan } from '../../src/model/schema.ts';

/** Drop whitespace (PDF line wraps, spaces around numbers) and unify `(` `)` with `（` `）`. */
export function normalise(text: string): string {
  return text.replace(/\s+/gu, '').replaceAll('(', '（').replaceAll(')', '）');
}

const RULE = /^\s*-{3,}\s*$/;
const HEADING_MARK = /^\s{0,3}#{1,6}\s+/;

/** The seed's text as the model must reproduce it. */
export function expectedText(source: string, errata: readonly Erratum[] = []): string {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  for (const e of errata) lines[e.line - 1] = lines[e.line - 1]!.replace(e.original, () => e.correction);
  return normalise(
    lines
      .filter((line) => !RULE.test(line))
      .map((line) => line.replace(HEADING_MARK, '').replaceAll('**', ''))
      .join(''),
  );
}

/**
 * The model's text in reading order. A title that stood on a heading line of its own is stored
 * without its final `。`; in this document section headings end with `。` and chapter headings do
 * not (`## （二）基本原则。`, `## 一、发展现状和形势`), so that convention puts it back.
 */
export function modelText(plan: Plan): string {
  const parts = [
    `${plan.issuer}文件`,
    plan.docNumber,
    plan.notice.title,
    `${plan.notice.addressee}：`,
    ...plan.notice.body,
    plan.notice.signature,
    plan.notice.dateText,
    ...plan.notice.remarks,
    plan.title,
    ...plan.preamble.map((p) => p.text),
  ];
  for (const u of plan.units) {
    parts.push(u.marker);
    if (u.title !== null && !u.titleInline) parts.push(u.kind === 'section' ? `${u.title}。` : u.title);
    parts.push(...u.paragraphs.map((p) => p.text));
  }
  if (plan.glossary.length > 0) {
    parts.push('名词解释', ...plan.glossary.map((t) => `${t.heading}：${t.definition}`));
  }
  parts.push(`抄送：${plan.endMatter.ccText}`, plan.endMatter.printedBy, plan.endMatter.printedText);
  return normalise(parts.join(''));
}

export interface Difference {
  /** Offset of the first differing character in the normalised texts. */
  offset: number;
  /** Up to 12 characters before the difference (common to both) and 12 from it, on each side. */
  expected: string;
  actual: string;
}

/** Where two normalised texts first differ, with a little context; null when they are equal. */
export function firstDifference(expected: string, actual: string): Difference | null {
  if (expected === actual) return null;
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - 12);
  return { offset: i, expected: expected.slice(from, i + 12), actual: actual.slice(from, i + 12) };
}
