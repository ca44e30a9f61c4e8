/**
 * 目标指标: the plan's quantitative commitments. A target is a figure (see figures.ts) that
 * its clause commits to with a verb (`达到`, `突破`, `打造`, `建成`…) or a time limit
 * (`在 5 小时内`), outside the parts that report past results (see achievements.ts). Its
 * deadline is the nearest deadline phrase before it in the same sentence.
 */
import type { Plan } from '../model/schema.ts';
import { RESULTS_HEADING } from './achievements.ts';
import { lastDeadline } from './deadline.ts';
import { commits, figuresIn, indicatorOf } from './figures.ts';
import type { Target } from '../model/extracts.ts';
import { blocks, clauses, quotations, sentences, underHeading } from './text.ts';

export function extractTargets(plan: Plan): Target[] {
  const out: Target[] = [];
  for (const { unit, paragraph, text } of blocks(plan)) {
    if (underHeading(plan, unit, RESULTS_HEADING)) continue;
    const quotes = quotations(text);
    for (const sentence of sentences(text)) {
      for (const clause of clauses(sentence)) {
        for (const f of figuresIn(clause, quotes)) {
          if (f.rank || !commits(f)) continue;
          const { indicator, bound } = indicatorOf(f);
          if (!indicator) continue;
          out.push({
            unit: unit.id,
            label: unit.label,
            paragraph,
            offset: f.start,
            indicator,
            value: f.value,
            unitOfMeasure: f.unitOfMeasure,
            bound,
            text: f.text,
            sentence: sentence.text,
            deadline: lastDeadline(text.slice(sentence.start, f.start)),
          });
        }
      }
    }
  }
  return out;
}
