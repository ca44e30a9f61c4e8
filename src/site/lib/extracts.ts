/**
 * What the build extracted from the text (targets, achievements, the index of quoted terms), as
 * the model holds it, and the open-data export built from the model.
 */
import { exportPlan } from '../../data/export.ts';
import { edition, model, plan } from './plan.ts';
import { unitUrl, url } from './urls.ts';

export const { targets, achievements, terms } = model;

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
