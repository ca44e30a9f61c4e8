/**
 * 术语索引: every shorthand the plan prints in quotation marks (“放管服”, “五不”…), plus the
 * official glossary terms wherever the model found them, each with every occurrence and, where
 * the same sentence spells the term out, that explanation (see explanations.ts).
 */
import type { Plan } from '../model/schema.ts';
import { explanationBefore } from './explanations.ts';
import type { Explanation, IndexedTerm, Occurrence } from '../model/extracts.ts';
import { blocks } from './text.ts';

const QUOTED = /“([^“”]+)”/g;

const byPlace = (a: Occurrence, b: Occurrence, order: Map<string, number>): number =>
  order.get(a.unit)! - order.get(b.unit)! || (a.paragraph ?? -1) - (b.paragraph ?? -1) || a.offset - b.offset;

export function extractTerms(plan: Plan): IndexedTerm[] {
  const order = new Map(plan.units.map((u, i) => [u.id, i]));
  const entries = new Map<string, { glossary: string | null; occurrences: Occurrence[]; explanations: Explanation[] }>();
  const entry = (term: string) => {
    let e = entries.get(term);
    if (!e) entries.set(term, (e = { glossary: null, occurrences: [], explanations: [] }));
    return e;
  };

  for (const { unit, paragraph, text } of blocks(plan)) {
    for (const m of text.matchAll(QUOTED)) {
      const term = m[1]!;
      const place = { unit: unit.id, label: unit.label, paragraph };
      const e = entry(term);
      e.occurrences.push({ ...place, offset: m.index + 1, quoted: true });
      const explained = explanationBefore(text, m.index, term);
      if (explained) e.explanations.push({ ...place, ...explained });
    }
  }

  // The official terms: one entry each, under the key the text quotes (else the first key),
  // with every occurrence the model found, quoted or not.
  for (const g of plan.glossary) {
    const term = g.keys.find((k) => entries.has(k)) ?? g.keys[0]!;
    const e = entry(term);
    e.glossary = g.slug;
    for (const u of plan.units) {
      for (const t of u.terms.filter((x) => x.slug === g.slug)) {
        const paragraph = t.in === 'title' ? null : t.paragraph;
        const text = paragraph === null ? u.title! : u.paragraphs[paragraph]!.text;
        const known = e.occurrences.some((o) => o.unit === u.id && o.paragraph === paragraph && o.offset === t.offset);
        if (!known) e.occurrences.push({ unit: u.id, label: u.label, paragraph, offset: t.offset, quoted: text[t.offset - 1] === '“' });
      }
    }
    e.occurrences.sort((a, b) => byPlace(a, b, order));
  }

  return [...entries]
    .filter(([, e]) => e.occurrences.length > 0)
    .map(([term, e]) => ({ term, ...e }))
    .sort((a, b) => byPlace(a.occurrences[0]!, b.occurrences[0]!, order));
}
