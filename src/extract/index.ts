/** Every extraction over a parsed document, run once by the build: the model the site reads. */
import type { Edition } from '../model/edition.ts';
import type { Plan } from '../model/schema.ts';
import type { SiteModel } from '../model/site-model.ts';
import { extractAchievements } from './achievements.ts';
import { extractTerms } from './quoted-terms.ts';
import { extractTargets } from './targets.ts';

export function siteModel(plan: Plan, edition: Edition): SiteModel {
  return {
    ...plan,
    // The number as the document is cited, where edition.json declares it (an order prints 第706号 under its masthead).
    docNumber: edition.docNumber ?? plan.docNumber,
    edition,
    targets: extractTargets(plan),
    achievements: extractAchievements(plan),
    terms: extractTerms(plan),
  };
}
