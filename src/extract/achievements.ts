/**
 * Figures the plan reports as already achieved: every figure (quantities and placings) in the
 * text of a unit whose heading, or an enclosing unit's heading, reports results (`…取得的主要成就`).
 * They are kept apart from targets: no figure is ever both.
 */
import type { Plan } from '../model/schema.ts';
import { figuresIn, indicatorOf, respectively } from './figures.ts';
import type { Achievement } from '../model/extracts.ts';
import { blocks, clauses, quotations, sentences, underHeading } from './text.ts';

/** Headings that report results rather than set goals. */
export const RESULTS_HEADING = /成就|成效|成绩/;

export function extractAchievements(plan: Plan): Achievement[] {
  const out: Achievement[] = [];
  for (const { unit, paragraph, text } of blocks(plan)) {
    if (!underHeading(plan, unit, RESULTS_HEADING)) continue;
    const quotes = quotations(text);
    for (const sentence of sentences(text)) {
      // The items of the last `A、B分别…` list in the sentence, for a later `分别` that names none.
      let items: string[] | null = null;
      let previous = '';
      for (const clause of clauses(sentence)) {
        const figures = figuresIn(clause, quotes);
        const named = figures.length > 0 ? respectively(figures[0]!.lead, figures.length) : null;
        if (named) items = named;
        figures.forEach((f, i) => {
          const { indicator, bound } = indicatorOf(f);
          const shared = figures[0]!.lead.includes('分别') ? indicatorOf(figures[0]!).indicator.replace('分别', '') : '';
          let words = named ? named[i]! : shared && items?.length === figures.length ? items[i]! + shared : indicator || shared;
          // A comparison (`较“十二五”期间增加了 38%`) is about the subject of the figure before it.
          if (/^[较比]/.test(words) && previous && !shared) words = previous + words;
          if (!words) return;
          previous = words;
          out.push({
            unit: unit.id,
            label: unit.label,
            paragraph,
            offset: f.start,
            indicator: words,
            value: f.value,
            unitOfMeasure: f.unitOfMeasure,
            bound,
            text: f.text,
            sentence: sentence.text,
            kind: f.rank ? 'rank' : 'count',
          });
        });
      }
    }
  }
  return out;
}
