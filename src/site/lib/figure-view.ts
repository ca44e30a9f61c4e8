/** Showing extracted figures: the value with its bound, the deadline, the sentence with the figure marked. */
import type { Plan } from '../../model/schema.ts';
import type { Deadline, Figure } from '../../model/extracts.ts';

const BOUND = { 'at-least': '≥ ', 'at-most': '≤ ', exactly: '' } as const;

/** `≥ 1000 项`, `8%`, `≤ 5 小时`, `第 9 名`. */
export function valueText(f: Figure): string {
  if (f.unitOfMeasure === '名') return `第 ${f.value} 名`;
  const unit = /^[%％]$/.test(f.unitOfMeasure) ? '%' : ` ${f.unitOfMeasure}`;
  return `${BOUND[f.bound]}${f.value}${unit}`;
}

/** `2023年年底前`, `到2025年`, or `未定期限`. */
export function deadlineText(d: Deadline | null): string {
  if (!d) return '未定期限';
  return d.kind === 'year-end' ? `${d.year}年年底前` : `到${d.year}年`;
}

/** The figure's sentence split around the figure. */
export function marked(plan: Plan, f: Figure): { before: string; match: string; after: string } {
  const unit = plan.units.find((u) => u.id === f.unit)!;
  const text = f.paragraph === null ? unit.title! : unit.paragraphs[f.paragraph]!.text;
  const start = text.lastIndexOf(f.sentence, f.offset);
  const at = f.offset - start;
  return { before: f.sentence.slice(0, at), match: f.sentence.slice(at, at + f.text.length), after: f.sentence.slice(at + f.text.length) };
}
