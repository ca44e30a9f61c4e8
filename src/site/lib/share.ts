/**
 * Which share card and which sharing title a page gets, from its URL: a unit's permalink and a
 * chapter's reading page show that unit's card; every other page shows the site card.
 */
import type { Plan, Unit } from '../../model/schema.ts';
import { citation } from '../../view/unit.ts';
import { citedTitle } from '../../view/document.ts';

/** The unit a page is about: `m/<id>/` or `plan/<chapter>/` (path relative to the base). */
export function pageUnit(relPath: string, byId: ReadonlyMap<string, Unit>): Unit | null {
  const m = /^(?:m|plan)\/([\d-]+)\/$/.exec(relPath);
  const unit = m ? byId.get(m[1]!) : undefined;
  if (!unit) return null;
  return relPath.startsWith('plan/') && unit.kind !== 'chapter' ? null : unit;
}

/** `《规划》三（一）2 营造…`: the citation label and the title, as a shared link's headline. */
export function unitShareTitle(plan: Plan, unit: Unit): string {
  const cite = citation(citedTitle(plan, unit), unit);
  return unit.title ? `${cite} ${unit.title}` : cite;
}

/** The base-relative path of a page's share image. */
export function shareImagePath(unit: Unit | null): string {
  return `share/${unit ? unit.id : 'site'}.png`;
}
