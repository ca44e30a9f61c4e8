/** Pure navigation over the model: lookups, breadcrumbs, neighbours, term usage. */
import type { GlossaryTerm, Plan, Unit } from '../../model/schema.ts';

export function unitMap(plan: Plan): Map<string, Unit> {
  return new Map(plan.units.map((u) => [u.id, u]));
}

export function chaptersOf(plan: Plan): Unit[] {
  return plan.units.filter((u) => u.kind === 'chapter');
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

export function chapterOf(byId: ReadonlyMap<string, Unit>, unit: Unit): Unit {
  return lineage(byId, unit)[0]!;
}

/** Previous and next unit in reading order. */
export function neighbours(plan: Plan, unit: Unit): { prev: Unit | null; next: Unit | null } {
  const i = plan.units.indexOf(unit);
  return { prev: plan.units[i - 1] ?? null, next: plan.units[i + 1] ?? null };
}

/** Every unit of the chapter, in reading order (the chapter itself first). */
export function unitsOfChapter(plan: Plan, chapter: Unit): Unit[] {
  return plan.units.filter((u) => u.path[0] === chapter.path[0]);
}

/** The short heading of a unit as printed: `三、营造…`, `（一）营造…`, `2. 实行…`. */
export function heading(unit: Unit): string {
  const title = unit.title ?? '';
  if (!unit.numbered) return title || unit.label;
  if (unit.kind === 'measure') return title ? `${unit.marker} ${title}` : unit.marker;
  return `${unit.marker}${title}`;
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
