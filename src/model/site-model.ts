/**
 * The one model the site reads (`content/plan.json`): the document, the edition's facts, and what
 * the build extracted from the text (targets, achievements, the term index). Written by the
 * build, validated with this schema when the site reads it; nothing is computed from text in a page.
 */
import { z } from 'zod';
import { Edition } from './edition.ts';
import { Achievement, IndexedTerm, Target } from './extracts.ts';
import { Plan } from './schema.ts';

export const SiteModel = Plan.extend({
  /** The facts about this edition that the document does not state. */
  edition: Edition,
  /** Quantitative targets (目标指标), in reading order. */
  targets: z.array(Target),
  /** Figures the document reports as already achieved, in reading order. */
  achievements: z.array(Achievement),
  /** Every quoted shorthand and every glossary term, with occurrences and explanations. */
  terms: z.array(IndexedTerm),
});
export type SiteModel = z.infer<typeof SiteModel>;
