/**
 * The open-data form of the plan (`/plan.json`, `/measures.csv`): the whole model, with each
 * unit's eId, permalink and text, plus the index of terms, the targets and the achievements.
 * The zod schema here is the one `/plan.schema.json` is generated from.
 */
import { z } from 'zod';
import { Plan, Unit } from '../model/schema.ts';
import { Edition } from '../model/edition.ts';
import { Achievement, IndexedTerm, Target } from '../model/extracts.ts';
import { citation } from '../view/unit.ts';
import { citedTitle } from '../view/document.ts';
import { eId } from './eid.ts';
import { toCsv } from './csv.ts';

export const ExportUnit = Unit.extend({
  /** Akoma Ntoso-style element id, e.g. `chp_3__sec_1__point_2` (see eid.ts). */
  eId: z.string().regex(/^[a-z]+_\d+(__[a-z]+_\d+)*$/),
  /** The full citation, e.g. `《济南市“十四五”时期优化营商环境规划》三（一）2`. */
  citation: z.string().min(1),
  /** The unit's own paragraphs joined by line breaks (children excluded). */
  text: z.string(),
  /** The unit's permalink. */
  url: z.string().min(1),
});

export const PlanExport = Plan.omit({ units: true }).extend({
  /** Where the JSON Schema of this file is published. */
  $schema: z.string(),
  /** The seed this edition was built from, its sha256, and the facts the text does not state. */
  edition: Edition,
  units: z.array(ExportUnit),
  /** Every quoted shorthand and every glossary term, with occurrences and explanations. */
  terms: z.array(IndexedTerm),
  /** Quantitative targets (目标指标). */
  targets: z.array(Target),
  /** Figures reported as achieved. */
  achievements: z.array(Achievement),
});
export type ExportUnit = z.infer<typeof ExportUnit>;
export type PlanExport = z.infer<typeof PlanExport>;

export interface ExportInput {
  plan: Plan;
  edition: Edition;
  terms: IndexedTerm[];
  targets: Target[];
  achievements: Achievement[];
  /** Absolute permalink of a unit. */
  unitUrl: (id: string) => string;
  /** Absolute URL of plan.schema.json. */
  schemaUrl: string;
}

export function exportPlan({ plan, edition, terms, targets, achievements, unitUrl, schemaUrl }: ExportInput): PlanExport {
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  const { units, ...rest } = plan;
  return {
    $schema: schemaUrl,
    ...rest,
    edition,
    units: units.map((u) => ({
      ...u,
      eId: eId(u, byId),
      citation: citation(citedTitle(plan, u), u),
      text: u.paragraphs.map((p) => p.text).join('\n'),
      url: unitUrl(u.id),
    })),
    terms,
    targets,
    achievements,
  };
}

/** The JSON Schema of plan.json, generated from the zod schema above. */
export function planJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(PlanExport, { target: 'draft-2020-12', io: 'output' }), $id: id, title: '规划全文开放数据 plan.json' };
}

export const MEASURES_HEADER = ['id', 'eId', 'kind', 'label', 'citation', 'title', 'text', 'url'] as const;

/** `/measures.csv`: one row per unit, in reading order. */
export function measuresCsv(units: readonly ExportUnit[]): string {
  return toCsv(
    MEASURES_HEADER,
    units.map((u) => [u.id, u.eId, u.kind, u.label, u.citation, u.title ?? '', u.text, u.url]),
  );
}
