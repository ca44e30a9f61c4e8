/**
 * The plan as data. These zod schemas are the single source of truth for the shape of the
 * model: the parser produces it, the writer serialises it, the site and the tests read it.
 * Types are inferred from the schemas, never written twice.
 */
import { z } from 'zod';

/** A 1-based line range in the seed the value was read from. */
export const SourceSpan = z.object({
  /** First seed line (1-based) that contributed to the value. */
  start: z.number().int().positive(),
  /** Last seed line (1-based, inclusive) that contributed to the value. */
  end: z.number().int().positive(),
});

/** One paragraph of running text, after errata and page-break repair. */
export const Paragraph = z.object({
  /** The paragraph text exactly as it will be shown (no markup). */
  text: z.string().min(1),
  /** Seed lines this paragraph was assembled from; more than one where a page break was repaired. */
  lines: z.array(z.number().int().positive()).min(1),
});

/** Where a glossary term is used inside a unit's own text. */
export const TermOccurrence = z.object({
  /** Slug of the glossary term (see `GlossaryTerm.slug`). */
  slug: z.string(),
  /** The key that matched, as written in the text (e.g. `1+4+6`). */
  key: z.string(),
  /** Index into the unit's `paragraphs`, or -1 for a title that stood on its own heading line. */
  paragraph: z.number().int().min(-1),
  /** UTF-16 offset of the match inside that paragraph's (or title's) text. */
  offset: z.number().int().nonnegative(),
});

export const UnitKind = z.enum(['chapter', 'section', 'measure', 'point']);

/**
 * A citable unit of the plan: a chapter (一、), a section (（一）), a measure (1. or an
 * unnumbered paragraph of a section) or a point (（1）).
 */
export const Unit = z.object({
  /** Stable ASCII id from the printed numbering: `3`, `3-1`, `3-1-2`, `3-1-2-1`. */
  id: z.string().regex(/^\d+(-\d+){0,3}$/),
  /** Level in the official hierarchy. */
  kind: UnitKind,
  /** The numbers of the id, e.g. `[3, 1, 2]`. */
  path: z.array(z.number().int().positive()).min(1).max(4),
  /** False where the document prints no number and the number was assigned in reading order. */
  numbered: z.boolean(),
  /** The printed marker, normalised to full-width forms: `三、`, `（一）`, `2.`, `（1）`; empty when unnumbered. */
  marker: z.string(),
  /** The Chinese citation label, e.g. `三（一）2`, or `八（二）第1段` for an unnumbered paragraph. */
  label: z.string().min(1),
  /** Heading or lead sentence without its final `。`, or null when the unit has none. */
  title: z.string().nullable(),
  /**
   * True when the title is the first sentence of the first paragraph (as in
   * `（一）营造畅通的准入退出环境。健全…`); false when it stood on a heading line of its own.
   */
  titleInline: z.boolean(),
  /** The unit's own text, excluding its children. */
  paragraphs: z.array(Paragraph),
  /** Id of the enclosing unit, null for chapters. */
  parent: z.string().nullable(),
  /** Ids of the units directly inside this one, in reading order. */
  children: z.array(z.string()),
  /** Glossary terms used in the unit's own text (heading included), in reading order. */
  terms: z.array(TermOccurrence),
  /** Seed lines the unit spans, heading to last paragraph. */
  source: SourceSpan,
});

/** An entry of 名词解释. */
export const GlossaryTerm = z.object({
  /** Stable ASCII slug used in URLs: `/glossary/<slug>/`. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The heading as printed, without the bold markup and the final colon. */
  heading: z.string().min(1),
  /** The definition text. */
  definition: z.string().min(1),
  /** Strings by which the term is found in the body; the longest match wins. */
  keys: z.array(z.string().min(1)).min(1),
  /** Seed lines of the entry. */
  source: SourceSpan,
});

/** A declared textual correction of the seed. */
export const Erratum = z.object({
  /** 1-based seed line of the original text. */
  line: z.number().int().positive(),
  /** The text as it appears in the seed (must occur exactly once on that line). */
  original: z.string().min(1),
  /** The corrected text. */
  correction: z.string(),
  /** Why the correction is made, for the errata page. */
  reason: z.string().min(1),
});

/** The covering notice (通知) with which the plan was issued. */
export const Notice = z.object({
  /** The notice title, e.g. `济南市人民政府关于印发…的通知`. */
  title: z.string().min(1),
  /** The addressee line without its colon, e.g. `各区县人民政府，市政府各部门（单位）`. */
  addressee: z.string().min(1),
  /** The notice body paragraphs. */
  body: z.array(z.string().min(1)).min(1),
  /** The signing body. */
  signature: z.string().min(1),
  /** Date of signature, ISO `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The date as printed, e.g. `2023年2月10日`. */
  dateText: z.string().min(1),
  /** Parenthesised lines after the date (contact line, 此件公开发布), as printed. */
  remarks: z.array(z.string()),
  /** The contact line's content without its parentheses, if present. */
  contact: z.string().nullable(),
  /** Whether the notice says 此件公开发布. */
  publicRelease: z.boolean(),
});

/** End matter: CC list and the printing line. */
export const EndMatter = z.object({
  /** The 抄送 line as printed, without the `抄送：` prefix. */
  ccText: z.string(),
  /** The recipients of copies, one per entry. */
  cc: z.array(z.string().min(1)),
  /** The office that printed the document. */
  printedBy: z.string().min(1),
  /** The printing date, ISO. */
  printedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The printing line as printed, e.g. `2023年2月10日印发`. */
  printedText: z.string().min(1),
});

/** Record of a paragraph rejoined across a PDF page break. */
export const PageBreakRepair = z.object({
  /** Seed line of the fragment that ended mid-sentence. */
  before: z.number().int().positive(),
  /** Seed line of the fragment that continued it. */
  after: z.number().int().positive(),
});

export const Plan = z.object({
  /** The issuing body, e.g. `济南市人民政府`. */
  issuer: z.string().min(1),
  /** The document number, e.g. `济政发〔2023〕1号`. */
  docNumber: z.string().min(1),
  /** The plan title without book-title marks. */
  title: z.string().min(1),
  notice: Notice,
  /** Paragraphs before the first chapter. */
  preamble: z.array(Paragraph),
  /** Every unit in reading order (chapters, sections, measures, points). */
  units: z.array(Unit),
  /** The glossary (名词解释), in printed order. */
  glossary: z.array(GlossaryTerm),
  endMatter: EndMatter,
  /** The errata applied, in seed order. */
  errata: z.array(Erratum),
  /** The page-break repairs made, in seed order. */
  repairs: z.array(PageBreakRepair),
});

export type SourceSpan = z.infer<typeof SourceSpan>;
export type Paragraph = z.infer<typeof Paragraph>;
export type TermOccurrence = z.infer<typeof TermOccurrence>;
export type UnitKind = z.infer<typeof UnitKind>;
export type Unit = z.infer<typeof Unit>;
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type Erratum = z.infer<typeof Erratum>;
export type Notice = z.infer<typeof Notice>;
export type EndMatter = z.infer<typeof EndMatter>;
export type PageBreakRepair = z.infer<typeof PageBreakRepair>;
export type Plan = z.infer<typeof Plan>;

/** How a glossary entry is keyed and addressed; lives in `seeds/glossary.json`. */
export const GlossaryConfigEntry = z.object({
  /** The entry heading as printed (without bold markup and final colon). */
  heading: z.string().min(1),
  /** The slug for `/glossary/<slug>/`. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Strings by which the term is found in the body. */
  keys: z.array(z.string().min(1)).min(1),
});
export const GlossaryConfig = z.array(GlossaryConfigEntry);
export type GlossaryConfigEntry = z.infer<typeof GlossaryConfigEntry>;

export const ErrataFile = z.array(Erratum);
