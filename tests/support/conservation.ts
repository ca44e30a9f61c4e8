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
import { decodeHTML } from 'entities';
import type { Erratum, Plan, Signed } from '../../src/model/schema.ts';

/** Drop whitespace (PDF line wraps, spaces around numbers) and unify `(` `)` with `（` `）`. */
export function normalise(text: string): string {
  return text.replace(/\s+/gu, '').replaceAll('(', '（').replaceAll(')', '）');
}

const RULE = /^\s*-{3,}\s*$/;
const HEADING_MARK = /^\s{0,3}#{1,6}\s+/;

/**
 * The source's text as the model must reproduce it: for the seed's Markdown its lines without
 * markup, for plain text all of it, for HTML its text nodes (tags dropped, entities decoded) —
 * read here with a regular expression, independently of the parser's HTML reader.
 */
export function expectedText(source: string, errata: readonly Erratum[] = [], format: 'markdown' | 'plain' | 'html' = 'markdown'): string {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  for (const e of errata) lines[e.line - 1] = lines[e.line - 1]!.replace(e.original, () => e.correction);
  if (format === 'plain') return normalise(lines.join(''));
  if (format === 'html')
    return normalise(
      decodeHTML(
        lines
          .join('\n')
          .replace(/<(script|style)[^>]*>[^]*?<\/\1>/gi, '')
          .replace(/<[^>]*>/g, ''),
      ),
    );
  return normalise(
    lines
      .filter((line) => !RULE.test(line))
      .map((line) => line.replace(HEADING_MARK, '').replaceAll('**', ''))
      .join(''),
  );
}

/** A title that stood on a heading line is stored without its final `。`; sections print one, other levels do not. */
function standaloneTitle(u: Plan['units'][number]): string {
  return u.kind === 'section' && !/^第/.test(u.marker ?? '') ? `${u.title}。` : u.title!;
}

/** A signature block: signature, date, remarks. */
const signedText = (s: Signed | null): string[] => (s ? [s.signature, s.dateText, ...s.remarks] : []);

/**
 * The model's text in reading order, with the markers and punctuation the model keeps apart put
 * back (`一、`, `（一）`, `1.`, `第三条`, the colons after the addressee and glossary headings).
 * The head is printed 版头, number, title on paper and title, number on a web page.
 */
export function modelText(plan: Plan): string {
  const { notice, masthead } = plan;
  const headTitle = notice?.title ?? (notice ? null : plan.texts[0]!.title);
  const number = plan.docNumber && masthead && plan.docNumber.startsWith(masthead) ? plan.docNumber.slice(masthead.length) : plan.docNumber;
  const parts: (string | null)[] = masthead ? [masthead, number, headTitle] : [headTitle, number];
  if (notice) parts.push(notice.addressee && `${notice.addressee}：`, ...notice.body, ...signedText(notice));
  plan.texts.forEach((t, k) => {
    if (notice) parts.push(t.title, t.subtitle);
    parts.push(t.addressee && `${t.addressee}：`, ...t.preamble.map((p) => p.text));
    const prefix = k === 0 ? /^(?!t\d+-)/ : new RegExp(`^t${k + 1}-`);
    for (const u of plan.units.filter((x) => prefix.test(x.id))) {
      parts.push(u.marker);
      if (u.title !== null && !u.titleInline) parts.push(standaloneTitle(u));
      parts.push(...u.paragraphs.map((p) => p.text));
    }
    parts.push(...t.closing.map((p) => p.text));
    if (t.hasGlossary) parts.push('名词解释', ...plan.glossary.map((g) => `${g.heading}：${g.definition}`));
    parts.push(...signedText(t.signed));
  });
  for (const a of plan.attachments) parts.push(a.label, a.title, ...a.blocks.map((b) => b.text));
  if (plan.endMatter) parts.push(`抄送：${plan.endMatter.ccText}`, plan.endMatter.printedBy, plan.endMatter.printedText);
  return normalise(parts.filter((p) => p !== null).join(''));
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
