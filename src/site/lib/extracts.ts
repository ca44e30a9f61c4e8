/**
 * What the extraction rules read from the plan, computed once per build: targets,
 * achievements, the index of quoted terms, and the open-data export built from them.
 */
import { extractAchievements } from '../../extract/achievements.ts';
import { extractTerms } from '../../extract/quoted-terms.ts';
import { extractTargets } from '../../extract/targets.ts';
import { exportPlan } from '../../data/export.ts';
import { edition, plan } from './plan.ts';
import { unitUrl, url } from './urls.ts';

export const targets = extractTargets(plan);
export const achievements = extractAchievements(plan);
export const terms = extractTerms(plan);

/** The export with absolute URLs for `site` (Astro.site). */
export function planExport(site: URL | undefined) {
  const abs = (path: string) => (site ? new URL(path, site).href : path);
  return exportPlan({
    plan,
    edition,
    terms,
    targets,
    achievements,
    unitUrl: (id) => abs(unitUrl(id)),
    schemaUrl: abs(url('plan.schema.json')),
  });
}
