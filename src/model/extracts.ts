/**
 * Records extracted from the plan's text at build time: quantitative targets, the figures the
 * plan reports as already achieved, and the index of quoted shorthand terms. Like the plan
 * model, these zod schemas are the single source of truth for their shape (plan.json and its
 * JSON Schema are generated from them).
 */
import { z } from 'zod';

/** Where a record was read: a position inside one unit's own text. */
export const Place = z.object({
  /** Id of the unit (see `Unit.id`). */
  unit: z.string(),
  /** The unit's citation label, e.g. `三（二）2`. */
  label: z.string(),
  /** Index into the unit's `paragraphs`, or null for its title, which stood on a heading line of its own. */
  paragraph: z.number().int().nonnegative().nullable(),
  /** UTF-16 offset inside that paragraph's (or title's) text. */
  offset: z.number().int().nonnegative(),
});

/** How the value bounds the indicator. */
export const Bound = z.enum([
  /** `以上`, `突破`, `超过`: the value is a floor. */
  'at-least',
  /** `内`, `以内`, `不超过`: the value is a ceiling (e.g. a time limit). */
  'at-most',
  /** The value as such: `达到8%`, `位列第九`. */
  'exactly',
]);

/** A deadline phrase found in the same sentence, before the figure. */
export const Deadline = z.object({
  /** The year named, e.g. 2025. */
  year: z.number().int(),
  /** `year-end` for `2023年年底前`, `by-year` for `到2025年`. */
  kind: z.enum(['year-end', 'by-year']),
  /** The phrase as printed, e.g. `2023年年底前`, `到 2025 年`, `到2025`. */
  text: z.string().min(1),
});

/** A number with its measure word, read from one sentence. */
export const Figure = Place.extend({
  /** What is measured, in the plan's words, e.g. `一般事项“双随机、一公开”抽查比例`. */
  indicator: z.string().min(1),
  /** The numeric value: 8 for `8%`, 22.6 for `22.6 万家`, 9 for `第九`. */
  value: z.number(),
  /** The measure word as printed after the number: `%`, `项`, `万`, `万家`, `亿元`, `小时`; `名` for a rank. */
  unitOfMeasure: z.string().min(1),
  /** Floor, ceiling or plain value (see `Bound`). */
  bound: Bound,
  /** The figure as printed, bound words included: `1000项以上`, `5 小时内`, `第九`. */
  text: z.string().min(1),
  /** The whole sentence (up to `。` or `；`) the figure was read from. */
  sentence: z.string().min(1),
});

/** A quantitative commitment: a figure the plan sets out to reach. */
export const Target = Figure.extend({
  /** The deadline named in the sentence, or null when the plan gives none. */
  deadline: Deadline.nullable(),
});

/** A figure the plan reports as already achieved (under a heading that reports results). */
export const Achievement = Figure.extend({
  /** `count` for quantities (`12 家`, `37.1%`), `rank` for placings (`位列第九`). */
  kind: z.enum(['count', 'rank']),
});

/** Where the plan spells a shorthand out in the same sentence. */
export const Explanation = Place.extend({
  /** The enumeration as printed, e.g. `数据不共享、系统不衔接、部门不协同、制度不完善、交互不畅通`. */
  text: z.string().min(1),
  /** The enumeration's items, in order. */
  items: z.array(z.string().min(1)).min(2),
});

/** One place where a term is used. */
export const Occurrence = Place.extend({
  /** True where the text prints the term in quotation marks “…”. */
  quoted: z.boolean(),
});

/** An entry of the index of shorthand terms. */
export const IndexedTerm = z.object({
  /** The term as printed between the quotation marks (or a glossary key), e.g. `放管服`. */
  term: z.string().min(1),
  /** Slug of the official glossary entry this term is, or null. */
  glossary: z.string().nullable(),
  /** Every occurrence in the body, in reading order. */
  occurrences: z.array(Occurrence).min(1),
  /** Places where the plan spells the term out, in reading order (often none). */
  explanations: z.array(Explanation),
});

export type Place = z.infer<typeof Place>;
export type Bound = z.infer<typeof Bound>;
export type Deadline = z.infer<typeof Deadline>;
export type Figure = z.infer<typeof Figure>;
export type Target = z.infer<typeof Target>;
export type Achievement = z.infer<typeof Achievement>;
export type Explanation = z.infer<typeof Explanation>;
export type Occurrence = z.infer<typeof Occurrence>;
export type IndexedTerm = z.infer<typeof IndexedTerm>;
