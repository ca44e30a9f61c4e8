/**
 * Sentences of the plan as the model holds them (after errata and page-break repair), for checking
 * that a rendered page shows each one. Pure.
 */
import type { Plan, Signed, Unit } from '../../src/model/schema.ts';

/** Split after each 。；！？ (full- or half-width), keeping the mark; blank pieces are dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；！？;!?])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Whitespace is layout (line wraps, spaces between inline elements), not text. */
export const squash = (text: string): string => text.replace(/\s+/gu, '');

/** Every sentence of a unit: its own heading (when it stands apart) and its paragraphs. */
export function unitSentences(u: Unit): string[] {
  const title = u.title !== null && !u.titleInline ? [u.title] : [];
  return [...title, ...u.paragraphs.flatMap((p) => sentences(p.text))];
}

/**
 * What a unit's own permalink page must show: the same, except that a lead sentence is the page's
 * heading there (`2. 实行…制度`, without its 。) and is not drawn again at the start of the text.
 */
export function permalinkSentences(u: Unit): string[] {
  const [first, ...rest] = u.paragraphs;
  if (!u.titleInline || u.title === null || !first?.text.startsWith(u.title)) return unitSentences(u);
  const after = first.text.slice(u.title.length).replace(/^[。；]/u, '');
  return [u.title, ...sentences(after), ...rest.flatMap((p) => sentences(p.text))];
}

const signedSentences = (s: Signed | null): string[] =>
  s ? [s.signature, s.dateText, ...s.remarks.map((r) => r.replace(/^[（(](.*)[)）]$/u, '$1'))] : [];

/** What the home page must show: the notice, the main text's preamble and closing with its signature, and the end matter. */
export function homeSentences(plan: Plan): string[] {
  const n = plan.notice;
  const t = plan.texts[0]!;
  return [
    ...(n
      ? [...(n.title ? [n.title] : []), ...(n.addressee ? [n.addressee] : []), ...n.body.flatMap(sentences), ...signedSentences(n)]
      : []),
    ...(t.addressee ? [t.addressee] : []),
    ...t.preamble.flatMap((p) => sentences(p.text)),
    ...t.closing.flatMap((p) => sentences(p.text)),
    ...signedSentences(t.signed),
    ...(plan.endMatter ? [...sentences(plan.endMatter.ccText), plan.endMatter.printedBy, plan.endMatter.printedText] : []),
  ];
}

/** The sentences of `expected` that `visible` does not contain, whitespace ignored. */
export function missingFrom(visible: string, expected: readonly string[]): string[] {
  const text = squash(visible);
  return expected.filter((s) => !text.includes(squash(s)));
}
