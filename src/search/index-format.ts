/**
 * The compact search index shipped as one static JSON file: every searchable document (a unit's
 * own text, a glossary entry, the notice with the preamble) in reading order. Built at build time
 * from the model; the client only reads it.
 */
import type { Plan, Signed } from '../model/schema.ts';
import { heading, ownText, topOf } from '../view/unit.ts';

/** One searchable document: `[url, label, title, chapter, parent, heading, text]`. */
export type Doc = [
  /** Site-relative URL without a leading slash: `m/3-1-2/`, `glossary/wu-hua/`, `` for the home page. */
  url: string,
  /** Citation label (`三（一）2`) or the kind of page (`名词解释`). */
  label: string,
  /** Title shown with the label. */
  title: string,
  /** Chapter id the document belongs to, or `` outside the chapters. */
  chapter: string,
  /** Index of the parent document (for the breadcrumb), or -1. */
  parent: number,
  /** How the document is named in a breadcrumb (`三、营造…`); `` for documents that are no one's parent. */
  heading: string,
  /** The text the reader sees, exactly as matched. */
  text: string,
];

export interface SearchIndex {
  /** Format version; bump when the shape changes. */
  v: 1;
  /** `[id, heading]` of every chapter, in order: the chapter filter. */
  chapters: [string, string][];
  docs: Doc[];
  /** `[doc index, ...keys]` of glossary entries: a query equal to a key ranks that entry first. */
  terms: [number, ...string[]][];
}

/** The text of the home page that is no unit's: the notice, each text's title, addressee, preamble, closing and signature. */
function frontText(plan: Plan): string {
  const { notice } = plan;
  const signed = (s: Signed | null) => (s ? [s.signature, s.dateText, ...s.remarks] : []);
  return [
    ...(notice ? [notice.title ?? '', notice.addressee ? `${notice.addressee}：` : '', ...notice.body, ...signed(notice)] : []),
    ...plan.texts.flatMap((t) => [
      t.title,
      t.subtitle ?? '',
      t.addressee ? `${t.addressee}：` : '',
      ...t.preamble.map((p) => p.text),
      ...t.closing.map((p) => p.text),
      ...signed(t.signed),
    ]),
  ]
    .filter(Boolean)
    .join('\n');
}

export function buildIndex(plan: Plan): SearchIndex {
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  const docs: Doc[] = [['', plan.notice ? '印发通知' : '正文', plan.notice?.title ?? plan.title, '', -1, '', frontText(plan)]];
  const at = new Map<string, number>();
  for (const u of plan.units) {
    at.set(u.id, docs.length);
    docs.push([
      `m/${u.id}/`,
      u.label,
      u.title ?? '',
      topOf(byId, u).id,
      u.parent === null ? -1 : at.get(u.parent)!,
      u.children.length > 0 ? heading(u) : '',
      ownText(u),
    ]);
  }
  const terms: SearchIndex['terms'] = [];
  for (const t of plan.glossary) {
    terms.push([docs.length, ...t.keys]);
    docs.push([`glossary/${t.slug}/`, '名词解释', t.heading, '', -1, '', `${t.heading}\n${t.definition}`]);
  }
  const chapters = plan.units.filter((u) => u.parent === null).map((u): [string, string] => [u.id, heading(u)]);
  return { v: 1, chapters, docs, terms };
}
