/**
 * How a unit of the model reads: its printed heading, its own text, its citation, its place in
 * the outline. Pure functions over the model, shared by the writer, the search index, the open
 * data and the site, so each rule is written once and the pages read a unit's fields only
 * through them.
 */
import type { Unit } from '../model/schema.ts';

/** What separates a unit's printed number from its title: a space after `2.` or `第一章`, nothing after `（一）` or `三、`. */
export function markerGap(unit: Unit): string {
  return unit.marker !== null && /[.章节编条]$/.test(unit.marker) ? ' ' : '';
}

/**
 * The short heading of a unit as printed: `三、营造…`, `（一）营造…`, `2. 实行…`, `第一章 总则`,
 * `第八条`; an unnumbered one by its title or label.
 */
export function heading(unit: Unit): string {
  const title = unit.title ?? '';
  if (unit.marker === null) return title || unit.label;
  return title ? `${unit.marker}${markerGap(unit)}${title}` : unit.marker;
}

/** How a breadcrumb names a unit: chapters and sections by heading, smaller units by number (`2.`, `第1段`, `第二款`). */
export function crumb(unit: Unit): string {
  if (unit.kind === 'part' || unit.kind === 'chapter' || unit.kind === 'section') return heading(unit);
  return unit.kind === 'measure' || unit.kind === 'point' ? (unit.marker ?? unit.number) : unit.number;
}

/** The unit's own text as one string: the heading line when it stood apart, then the paragraphs. */
export function ownText(unit: Unit): string {
  const parts = unit.paragraphs.map((p) => p.text);
  if (unit.title !== null && !unit.titleInline) parts.unshift(unit.title);
  return parts.join('\n');
}

/** `《济南市“十四五”时期优化营商环境规划》三（一）2`. */
export function citation(planTitle: string, unit: Unit): string {
  return `《${planTitle}》${unit.label}`;
}

/** The unit and its ancestors, outermost first. */
export function lineage(byId: ReadonlyMap<string, Unit>, unit: Unit): Unit[] {
  const out = [unit];
  for (let p = unit.parent; p !== null;) {
    const parent = byId.get(p)!;
    out.unshift(parent);
    p = parent.parent;
  }
  return out;
}

/** The top-level unit a unit sits in (itself at the top): the chapter of a measure or of an article. */
export function topOf(byId: ReadonlyMap<string, Unit>, unit: Unit): Unit {
  return lineage(byId, unit)[0]!;
}

/** The HTML heading level of a unit's heading in the reading view: the chapter is the page's h1, then one level per tier. */
export const HEADING_LEVEL = {
  part: 1,
  chapter: 1,
  section: 2,
  measure: 3,
  article: 3,
  point: 4,
  clause: 4,
  item: 4,
} as const satisfies Record<Unit['kind'], number>;

/** The heading element of a unit in the reading view: `h1` for a chapter … `h4` for a point. */
export const headingTag = (unit: Unit): `h${(typeof HEADING_LEVEL)[Unit['kind']]}` => `h${HEADING_LEVEL[unit.kind]}`;

/** The printed marker (`三、`, `（一）`, `2.`, `（1）`, `第八条`), or null where the document prints none. */
export const markerOf = (unit: Unit): string | null => unit.marker;

/** The title when it is the lead sentence of the first paragraph (run in, as printed), else null. */
export const leadSentence = (unit: Unit): string | null => (unit.titleInline ? unit.title : null);

/** Whether the title stood on a heading line of its own. */
export const titleStandsApart = (unit: Unit): boolean => unit.title !== null && !unit.titleInline;

/** Units whose number runs into their first paragraph, as printed: `2. 实行…`, `第八条　…`, `（一）…；`. */
const RUNS_IN = new Set<Unit['kind']>(['measure', 'point', 'article', 'item']);

/**
 * Whether the unit's number (and its lead sentence, if any) runs into its first paragraph, as
 * printed: every measure, article or item with text, and any unit whose title is its lead sentence.
 */
export const runsIn = (unit: Unit): boolean => unit.paragraphs.length > 0 && (unit.titleInline || RUNS_IN.has(unit.kind));

/**
 * Whether the unit's heading stands on a line of its own in the reading view: a title that stood
 * apart (but a measure's number runs into its text), or the bare number of a unit whose text is
 * all in its parts (an article of several 款).
 */
export const headingStandsApart = (unit: Unit): boolean =>
  (titleStandsApart(unit) && !(unit.kind === 'measure' && unit.paragraphs.length > 0)) ||
  (unit.title === null && unit.marker !== null && unit.paragraphs.length === 0);

/**
 * What follows the number in a run-in lead as printed: ` 实行…制度。` after `2.`, `营造…环境。`
 * after `（一）`; after `2.` or `第八条` with no lead sentence, the space alone.
 */
export function leadAfterMarker(unit: Unit): string {
  const lead = leadSentence(unit);
  return lead === null ? markerGap(unit) : `${markerGap(unit)}${lead}。`;
}

/** The glossary terms found in paragraph `i` of the unit's own text. */
export const termsInParagraph = (unit: Unit, i: number): Unit['terms'] =>
  unit.terms.filter((t) => t.in === 'paragraph' && t.paragraph === i);
