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

/**
 * A unit cited in the 公文 convention: the title in book-title marks, the 发文字号 in brackets when
 * the document has one, then the unit: `《济南市“十四五”时期优化营商环境规划》（济政发〔2023〕1号）三（一）2`.
 */
export function citation(title: string, unit: Unit, docNumber: string | null = null): string {
  return citationHead(title, docNumber) + unit.label;
}

/** What every citation of the document starts with, before the unit's label: `《…规划》（济政发〔2023〕1号）`. */
export const citationHead = (title: string, docNumber: string | null = null): string =>
  `《${title}》${docNumber ? `（${docNumber}）` : ''}`;

/** What a copy button puts on the clipboard: the citation, then the permanent link. */
export const citationWithLink = (cite: string, link: string): string => `${cite} ${link}`;

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

/**
 * The heading element of a unit in the reading view: its depth in the outline, so the unit a
 * reading page is about is its h1 (a chapter, or a regulation's article when it has no chapters),
 * then one level per tier down to h4. Under a `page` unit (a section's permalink page shows its
 * parts) the levels count from that unit's h1.
 */
export const headingTag = (byId: ReadonlyMap<string, Unit>, unit: Unit, page?: Unit): 'h1' | 'h2' | 'h3' | 'h4' =>
  `h${Math.min(lineage(byId, unit).length - (page ? lineage(byId, page).length - 1 : 0), 4)}` as 'h1' | 'h2' | 'h3' | 'h4';

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
 * printed: every measure, article or item with text, any unit whose title is its lead sentence,
 * and any numbered unit without a title (`（十三）支持…试点。（负责部门：…）`).
 */
export const runsIn = (unit: Unit): boolean =>
  unit.paragraphs.length > 0 && (unit.titleInline || RUNS_IN.has(unit.kind) || (unit.title === null && unit.marker !== null));

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

const OWN: Record<Unit['kind'], string> = {
  part: '本编',
  chapter: '本部分',
  section: '本节',
  measure: '本条',
  point: '本项',
  article: '本条',
  clause: '本款',
  item: '本项',
};
const EACH: Record<Unit['kind'], string> = {
  part: '编',
  chapter: '章',
  section: '节',
  measure: '条',
  point: '项',
  article: '条',
  clause: '款',
  item: '项',
};

/** What a unit's parts are called in a list of them: `本部分各节`, `本节各条`, `本章各条`, `本条各款`, `本项各目`. */
export function partsName(unit: Unit, parts: readonly Unit[]): string {
  // A regulation's chapter is a 章, and the sub-items of its items are 目.
  const own = unit.kind === 'chapter' && unit.marker?.startsWith('第') ? '本章' : OWN[unit.kind];
  const kind = parts[0]?.kind ?? 'measure';
  return `${own}各${kind === 'point' && unit.kind === 'item' ? '目' : EACH[kind]}`;
}
