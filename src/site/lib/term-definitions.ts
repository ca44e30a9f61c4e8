/**
 * /glossary/terms.json: every glossary term's heading and definition by slug. The term popover
 * (src/client/terms.ts) fetches it on first use, so pages carry no definitions.
 */
import type { Plan } from '../../model/schema.ts';

export type TermDefinitions = Record<string, { heading: string; definition: string }>;

export const termDefinitions = (plan: Pick<Plan, 'glossary'>): TermDefinitions =>
  Object.fromEntries(plan.glossary.map((t) => [t.slug, { heading: t.heading, definition: t.definition }]));
