/** Pure navigation over the model: chapters, neighbours, term usage (a unit's own reading: src/view/unit.ts). */
import type { GlossaryTerm, Plan, Unit } from '../../model/schema.ts';

/** The top-level units, each with a reading page of its own: the chapters, or the articles of a regulation without chapters. */
export function chaptersOf(plan: Plan): Unit[] {
  return plan.units.filter((u) => u.parent === null);
}

/** Previous and next unit in reading order. */
export function neighbours(plan: Plan, unit: Unit): { prev: Unit | null; next: Unit | null } {
  const i = plan.units.indexOf(unit);
  return { prev: plan.units[i - 1] ?? null, next: plan.units[i + 1] ?? null };
}

/** The slugs of the glossary terms a unit uses, in first-use order, without repeats. */
export function termSlugs(unit: Unit): string[] {
  return [...new Set(unit.terms.map((t) => t.slug))];
}

export function termsUsed(plan: Plan, unit: Unit): GlossaryTerm[] {
  return termSlugs(unit).map((s) => plan.glossary.find((t) => t.slug === s)!);
}

/** Units whose own text uses the term, in reading order. */
export function unitsUsing(plan: Plan, slug: string): Unit[] {
  return plan.units.filter((u) => u.terms.some((t) => t.slug === slug));
}
