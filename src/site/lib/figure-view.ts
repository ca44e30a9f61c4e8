/** Showing extracted figures: the value with its bound, the deadline, the sentence with the figure marked. */
import type { Plan } from '../../model/schema.ts';
import type { Deadline, Figure } from '../../model/extracts.ts';
import { lineage } from '../../view/unit.ts';

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

/**
 * What the achievements are called: `“十三五”时期已取得的成绩` when the headings they were read
 * under name a five-year period (`“十三五”期间…取得的主要成就`), else `已取得的成绩`.
 */
export function achievementsName(plan: Plan, achievements: readonly Figure[]): string {
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  const headings = [...new Set(achievements.flatMap((a) => lineage(byId, byId.get(a.unit)!).map((u) => u.title ?? '')))];
  const periods = [...new Set(headings.flatMap((h) => [...h.matchAll(/“(十[一二三四五六七八九]五)”/g)].map((m) => m[1]!)))];
  return periods.length === 1 ? `“${periods[0]}”时期已取得的成绩` : '已取得的成绩';
}

/** Figures one chart may draw on one scale, and what the chart is called. */
export interface FigureGroup {
  /** `百分比`, `名次`, `单位：家`. */
  measure: string;
  /** The citation label of the unit the sentence is in, e.g. `二（三）第4段`. */
  label: string;
  figures: Figure[];
}

const measureName = (u: string) => (u === '%' || u === '％' ? '百分比' : u === '名' ? '名次' : `单位：${u}`);

/**
 * Figures comparable enough to share a chart's scale: at least two with one measure word, read from
 * one sentence, which sets them side by side itself (可网办率 100%, 实际网办率 90%). A share of
 * inspections and a share of the economy are both percentages and still not comparable: figures of
 * different sentences never share a chart; they stay in the table.
 */
export function comparableGroups(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const key = JSON.stringify([f.unit, f.paragraph, f.sentence, f.unitOfMeasure === '％' ? '%' : f.unitOfMeasure]);
    const g = groups.get(key) ?? { measure: measureName(f.unitOfMeasure), label: f.label, figures: [] };
    g.figures.push(f);
    groups.set(key, g);
  }
  return [...groups.values()].filter((g) => g.figures.length >= 2);
}
