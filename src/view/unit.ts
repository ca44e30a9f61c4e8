/**
 * How a unit of the model reads: its printed heading, its own text, its citation, its place in
 * the outline. Pure functions over the model, shared by the writer, the search index, the open
 * data and the site, so each rule is written once and the pages read a unit's fields only
 * through them.
 */
import type { Unit } from '../model/schema.ts';

/** The short heading of a unit as printed: `三、营造…`, `（一）营造…`, `2. 实行…`; an unnumbered one by its title or label. */
export function heading(unit: Unit): string {
  const title = unit.title ?? '';
  if (!unit.numbered) return title || unit.label;
  if (unit.kind === 'measure') return title ? `${unit.marker} ${title}` : unit.marker;
  return `${unit.marker}${title}`;
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

/** The HTML heading level of a unit's heading in the reading view: the depth of its kind in the outline. */
export const HEADING_LEVEL = { chapter: 1, section: 2, measure: 3, point: 4 } as const satisfies Record<Unit['kind'], number>;

/** The heading element of a unit in the reading view: `h1` for a chapter … `h4` for a point. */
export const headingTag = (unit: Unit): `h${(typeof HEADING_LEVEL)[Unit['kind']]}` => `h${HEADING_LEVEL[unit.kind]}`;

/** The printed marker (`三、`, `（一）`, `2.`, `（1）`), or null where the document prints none. */
export const markerOf = (unit: Unit): string | null => unit.marker || null;

/** The title when it is the lead sentence of the first paragraph (run in, as printed), else null. */
export const leadSentence = (unit: Unit): string | null => (unit.titleInline ? unit.title : null);

/** Whether the title stood on a heading line of its own. */
export const titleStandsApart = (unit: Unit): boolean => unit.title !== null && !unit.titleInline;

/**
 * Whether the unit's number (and its lead sentence, if any) runs into its first paragraph, as
 * printed: every measure with text, and any unit whose title is its lead sentence.
 */
export const runsIn = (unit: Unit): boolean => unit.paragraphs.length > 0 && (unit.titleInline || unit.kind === 'measure');

/**
 * What follows the number in a run-in lead as printed: ` 实行…制度。` after `2.`, `营造…环境。`
 * after `（一）`; after `2.` with no lead sentence, the space alone.
 */
export function leadAfterMarker(unit: Unit): string {
  const space = unit.marker.endsWith('.') ? ' ' : '';
  const lead = leadSentence(unit);
  return lead === null ? space : `${space}${lead}。`;
}

/** The glossary terms found in paragraph `i` of the unit's own text. */
export const termsInParagraph = (unit: Unit, i: number): Unit['terms'] => unit.terms.filter((t) => t.paragraph === i);
