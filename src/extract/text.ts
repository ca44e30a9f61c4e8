/** Walking the plan's own text: every unit's text blocks, split into sentences and clauses. */
import type { Plan, Unit } from '../model/schema.ts';
import { lineage } from '../view/unit.ts';

/** One block of a unit's own text: a paragraph, or a title that stood on its own heading line. */
export interface Block {
  unit: Unit;
  /** Index into `unit.paragraphs`, or null for a stand-alone title. */
  paragraph: number | null;
  text: string;
}

/** Every block of every unit, in reading order (an inline title is already part of paragraph 0). */
export function blocks(plan: Plan): Block[] {
  const out: Block[] = [];
  for (const unit of plan.units) {
    if (unit.title !== null && !unit.titleInline) out.push({ unit, paragraph: null, text: unit.title });
    unit.paragraphs.forEach((p, paragraph) => out.push({ unit, paragraph, text: p.text }));
  }
  return out;
}

/** A slice of a block with its offset in the block. */
export interface Slice {
  text: string;
  start: number;
}

/** Cut `text` after every character of `stops`, keeping offsets; empty pieces are dropped. */
function cut(text: string, stops: RegExp, base = 0): Slice[] {
  const out: Slice[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (stops.test(text[i]!) || i === text.length - 1) {
      const piece = text.slice(start, i + 1);
      if (piece.trim()) out.push({ text: piece, start: base + start });
      start = i + 1;
    }
  }
  return out;
}

/** Sentences end at `。`, `；`, `！`, `？` (the stop stays with its sentence). */
export function sentences(text: string): Slice[] {
  return cut(text, /[。；！？]/);
}

/** Clauses of a sentence end at `，`, `：` or a sentence stop; offsets stay relative to the block. */
export function clauses(sentence: Slice): Slice[] {
  return cut(sentence.text, /[，：。；！？]/, sentence.start);
}

/** [start, end) ranges of “…” quotations in `text` (end just after the closing mark). */
export function quotations(text: string): Array<[number, number]> {
  return [...text.matchAll(/“[^“”]*”/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whether a unit, or any unit enclosing it, matches `test` by its title. */
export function underHeading(plan: Plan, unit: Unit, test: RegExp): boolean {
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  return lineage(byId, unit).some((u) => u.title !== null && test.test(u.title));
}
