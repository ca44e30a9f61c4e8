/**
 * How the document as a whole reads: who signed it and when, what kind of document it is (its
 * genre word), how the header names it, and which of the optional pages it has anything for.
 */
import type { Plan, Scheme, Signed, Text, Unit } from '../model/schema.ts';
import { citation } from './unit.ts';

/** The signature block that signs the document: its covering notice's, or its own text's when it is itself the letter. */
export function signatureOf(plan: Plan): Signed | null {
  return plan.notice ?? plan.texts[0]!.signed;
}

/**
 * Genre words (文种) a title conventionally ends with: the fifteen of the 党政机关公文处理工作条例
 * (art. 8), the forms of regulations and rules (条例, 规定, 办法, 细则, 规则) and of plans
 * (规划, 纲要, 计划, 方案, 措施, 要点). Longer words first, so `命令` wins over `令`.
 */
const GENRES = [
  ...['规划', '纲要', '计划', '方案', '措施', '要点', '意见', '通知', '通报', '通告', '公告', '公报', '决定', '决议', '命令'],
  ...['条例', '规定', '办法', '细则', '规则', '报告', '请示', '批复', '议案', '纪要', '函', '令'],
];

/** A trailing note in brackets (`（试行）`, `（2021—2025年）`), closing quotes and spaces. */
const TRAILER = /(?:\s|[（(][^（）()]*[）)]|[》」』”’〕】])+$/u;

/** A title without the bracketed note, quotes and spaces that may close it. */
export const titleCore = (title: string): string => title.replace(TRAILER, '');

/** The genre word the title ends with (规划, 意见, 条例…), or null when it ends with none. */
export function genreOf(title: string): string | null {
  const core = titleCore(title);
  return GENRES.find((g) => core.endsWith(g)) ?? null;
}

/** How pages name the document in running text (`规划`, `意见`, `条例`); `文件` when it has no genre word, or several texts. */
export function docWord(plan: Plan): string {
  return plan.texts.length === 1 ? (genreOf(plan.texts[0]!.title) ?? '文件') : '文件';
}

/** The text a unit belongs to: the first, or the one its id's prefix names (`t2-a1` is in the second). */
export function textOf(plan: Plan, unit: Unit): Text {
  const k = /^t(\d+)-/.exec(unit.id);
  return plan.texts[k ? Number(k[1]) - 1 : 0]!;
}

/** The title a unit is cited under: its own text's when a notice issues several (《某乙规定》第一条), else the document's. */
export function citedTitle(plan: Plan, unit: Unit): string {
  return plan.texts.length === 1 ? plan.title : textOf(plan, unit).title;
}

/**
 * The header's name for the site, in two parts: a prefix that narrow screens leave out (the
 * place and period, or the issuer and 关于) and the rest: `济南市“十四五”时期` + `优化营商环境规划`.
 */
export function brandParts(title: string): { prefix: string; rest: string } {
  const m = /^(.*?[”」]\S*?时期|.+?关于)(.+)$/.exec(title);
  return m ? { prefix: m[1]!, rest: m[2]! } : { prefix: '', rest: title };
}

/** What each level is counted as: a policy document's 部分/节/条/项, a regulation's 编/章/节/条/款/项. */
const COUNTED: Record<Scheme, [Unit['kind'], string][]> = {
  outline: [
    ['chapter', '个部分'],
    ['section', '节'],
    ['measure', '条'],
    ['point', '项'],
  ],
  regulation: [
    ['part', '编'],
    ['chapter', '章'],
    ['section', '节'],
    ['article', '条'],
  ],
};

/** `共 8 个部分、31 节、102 条。`; `共 5 章、32 条。` Levels the document lacks are left out. */
export function structureSummary(plan: Plan): string {
  const scheme = plan.texts[0]!.scheme;
  const counts = COUNTED[scheme]
    .map(([kind, word]) => [plan.units.filter((u) => u.kind === kind).length, word] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`);
  return counts.length > 0 ? `共 ${counts.join('、')}。` : '';
}

/** How a unit is cited: under its text's title (citedTitle), with the document's 发文字号 (citation in unit.ts). */
export const citeUnit = (plan: Plan, unit: Unit): string => citation(citedTitle(plan, unit), unit, plan.docNumber);
