/**
 * Figures in running text: an Arabic number with its measure word (`8%`, `1000项以上`,
 * `22.6 万家`, `5 小时内`), or a placing (`第九`). Numbers inside quotation marks (`“双30条”`),
 * years (`2025年`), formulas (`7×24`, `1+15+N`) and qualifiers that a noun follows
 * (`10亿元以上平台企业`) are not figures of their own.
 */
import { parseChineseNumeral } from '../parser/numerals.ts';
import type { Bound } from '../model/extracts.ts';
import type { Slice } from './text.ts';

/** Measure words after a number, longest first so `万家` wins over `万`. */
const MEASURES = [
  '个工作日',
  '万家',
  '万人',
  '万元',
  '亿元',
  '公里',
  '小时',
  '分钟',
  '万',
  '亿',
  '%',
  '％',
  '项',
  '个',
  '家',
  '件',
  '处',
  '人',
  '名',
  '天',
  '倍',
  '条',
  '所',
  '座',
  '户',
  '套',
];

const QUANTITY = new RegExp(`(?<![\\d.×xX+＋A-Za-z])(\\d+(?:\\.\\d+)?)\\s*(${MEASURES.join('|')})(以上|以内|内|左右)?`, 'g');
/** A placing such as `第九`, unless a classifier follows (`第一批`, `第十二次`). */
const RANK = /第([一二三四五六七八九十]+|\d+)(?![个次批届条项号章节部年期])/g;
/** Words before a placing that make it a ranking. */
const RANKED_BY = /位列|排名|全国|全省|评价|位居/;
/** What may follow a figure that stands on its own: a clause or list stop, `和`, `及`, or the end. */
const STANDS_ALONE = /^\s*(?:[，。；、：！？和及]|$)/;

export interface RawFigure {
  /** Offsets in the block. */
  start: number;
  end: number;
  value: number;
  unitOfMeasure: string;
  bound: Bound;
  text: string;
  /** Clause text between the previous figure (or the clause start) and this one. */
  lead: string;
  /** Clause text after the figure, without the final stop. */
  after: string;
  rank: boolean;
}

function inside(ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  return ranges.some(([s, e]) => at >= s && at < e);
}

/** The figures of one clause, in order; `quotes` are quotation ranges in block offsets. */
export function figuresIn(clause: Slice, quotes: ReadonlyArray<[number, number]>): RawFigure[] {
  const found: Array<Omit<RawFigure, 'lead' | 'after'>> = [];
  for (const m of clause.text.matchAll(QUANTITY)) {
    const [text, num, measure, qualifier] = m;
    const end = m.index + text.length;
    const timeLimit = qualifier === '内' || qualifier === '以内';
    if (!timeLimit && !STANDS_ALONE.test(clause.text.slice(end))) continue;
    if (inside(quotes, clause.start + m.index)) continue;
    const bound: Bound = qualifier === '以上' ? 'at-least' : timeLimit ? 'at-most' : 'exactly';
    found.push({
      start: clause.start + m.index,
      end: clause.start + end,
      value: Number(num),
      unitOfMeasure: measure!,
      bound,
      text,
      rank: false,
    });
  }
  for (const m of clause.text.matchAll(RANK)) {
    const value = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    const end = m.index + m[0].length;
    if (value === null || !RANKED_BY.test(clause.text.slice(0, m.index)) || !STANDS_ALONE.test(clause.text.slice(end))) continue;
    if (inside(quotes, clause.start + m.index)) continue;
    found.push({
      start: clause.start + m.index,
      end: clause.start + end,
      value,
      unitOfMeasure: '名',
      bound: 'exactly',
      text: m[0],
      rank: true,
    });
  }
  found.sort((a, b) => a.start - b.start);
  const stop = clause.text.replace(/[，：。；！？]$/, '').length + clause.start;
  return found.map((f, i) => {
    const from = i === 0 ? clause.start : found[i - 1]!.end;
    const lead = clause.text.slice(from - clause.start, f.start - clause.start).replace(/^[\s、和及]+/, '');
    return { ...f, lead, after: clause.text.slice(f.end - clause.start, stop - clause.start) };
  });
}

/** Verbs that join an indicator to its value: `…达到8%`, `…突破300万`, `…位列第九`. */
const LINKING_VERB = /\s*(?:预期值)?(?:达到|达|突破|超过|提高到|增加到|不少于|位列|位居|为)\s*$/;
/** Verbs that make the value a floor. */
const FLOOR_VERB = /(?:突破|超过|不少于)\s*$/;
/** Time words and hedges that open a clause: `力争到2025年`, `2023年年底前`, `最迟在`. */
const OPENER = /^(?:其中|力争|确保|预计|最迟)?\s*(?:到\s*\d{4}\s*年?|\d{4}\s*年\s*年?底前)?\s*(?:最迟)?\s*(?:在\s*$)?/;
/** Verbs of building or creating that precede their object: `打造数字化应用项目200个以上`. */
const CREATING_VERB = /^(?:打造|建成|新建|培育|建设|实现)/;

/** The indicator's words from a figure's lead, and the bound its verb implies. */
export function indicatorOf(f: RawFigure): { indicator: string; bound: Bound } {
  const bound: Bound = f.bound === 'exactly' && FLOOR_VERB.test(f.lead) ? 'at-least' : f.bound;
  let words = f.lead.replace(OPENER, '').replace(LINKING_VERB, '').replace(CREATING_VERB, '').trim();
  // A time limit names what must happen within it after the figure: `5 小时内发布权威信息`.
  if (!words && f.bound === 'at-most') words = f.after.trim();
  return { indicator: words, bound };
}

/** Whether a lead commits to a value: a linking or creating verb, or a time limit `在 N 小时内`. */
export function commits(f: RawFigure): boolean {
  if (f.bound === 'at-most') return /在\s*$/.test(f.lead);
  return /达到|达|突破|超过|提高到|增加到|不少于|打造|建成|新建|培育/.test(f.lead);
}

/**
 * The words a list continuation stands for: `百亿级、十亿级企业分别达到 12 家、85 家` gives
 * `百亿级企业` and `十亿级企业`. Returns null unless the list before `分别` has exactly `n` items.
 */
export function respectively(lead: string, n: number): string[] | null {
  const at = lead.indexOf('分别');
  if (at < 0) return null;
  const items = lead.slice(0, at).replace(OPENER, '').split('、');
  if (items.length !== n) return null;
  const last = items.at(-1)!;
  // Parallel items share the head noun of the last one: 百亿级 + 十亿级企业 → 百亿级企业.
  return items.map((item) => (item.length < last.length ? item + last.slice(item.length) : item));
}
