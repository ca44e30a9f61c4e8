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

/** A cell of a table kept from the source (HTML `<td>`/`<th>`). */
export const TableCell = z.object({
  /** The cell's text, whitespace collapsed. */
  text: z.string(),
  /** Columns the cell spans (HTML `colspan`). */
  colspan: z.number().int().positive(),
  /** Rows the cell spans (HTML `rowspan`). */
  rowspan: z.number().int().positive(),
});

/** A table as printed: rows of cells, spans kept. */
export const Table = z.object({
  rows: z.array(z.array(TableCell)).min(1),
});

/** One paragraph of running text, after errata and page-break repair. */
export const Paragraph = z.object({
  /** The paragraph text exactly as it will be shown (no markup); for a table, its cells' texts in reading order, one per line. */
  text: z.string().min(1),
  /** Source lines this paragraph was assembled from; more than one where a page break was repaired. */
  lines: z.array(z.number().int().positive()).min(1),
  /** Present when the block is a table in the source: shown as a table, searched and counted by `text`. */
  table: Table.optional(),
});

const TermMatch = {
  /** Slug of the glossary term (see `GlossaryTerm.slug`). */
  slug: z.string(),
  /** The key that matched, as written in the text (e.g. `1+4+6`). */
  key: z.string(),
  /** UTF-16 offset of the match inside the title or paragraph text. */
  offset: z.number().int().nonnegative(),
};

/** Where a glossary term is used inside a unit's own text: its title line, or one of its paragraphs. */
export const TermOccurrence = z.discriminatedUnion('in', [
  z.object({
    /** In the title, which stood on a heading line of its own. */
    in: z.literal('title'),
    ...TermMatch,
  }),
  z.object({
    /** In a paragraph of the unit. */
    in: z.literal('paragraph'),
    /** Index into the unit's `paragraphs`. */
    paragraph: z.number().int().nonnegative(),
    ...TermMatch,
  }),
]);

/**
 * Levels of the official-document hierarchy. Policy documents (GB/T 9704) number 一、 （一） 1. （1）:
 * `chapter`, `section`, `measure`, `point`. Regulations (条例, 规定) number 第一编 第一章 第一节 第一条,
 * the paragraphs of an article are its 款 and its （一） are 项: `part`, `chapter`, `section`,
 * `article`, `clause`, `item`.
 */
export const UnitKind = z.enum(['part', 'chapter', 'section', 'measure', 'point', 'article', 'clause', 'item']);

/**
 * A unit id: the printed numbers joined by `-`, articles with `a` (their numbers run through the
 * whole text), units of a second or later issued text prefixed `t2-`, `t3-`….
 */
export const UNIT_ID = /^(t\d+-)?(a?\d+)(-\d+)*$/;

/** A citable unit: a chapter, section, measure or point; a regulation's chapter, section, article, clause or item. */
export const Unit = z.object({
  /** Stable ASCII id from the printed numbering: `3`, `3-1`, `3-1-2`; `a12`, `a12-2`, `a12-2-3` (第十二条第二款第（三）项). */
  id: z.string().regex(UNIT_ID),
  /** Level in the official hierarchy. */
  kind: UnitKind,
  /** The numbers of the id, e.g. `[3, 1, 2]`; `[12, 2, 3]` for `a12-2-3`. */
  path: z.array(z.number().int().positive()).min(1),
  /** The printed marker, normalised to full-width forms: `三、`, `（一）`, `2.`, `（1）`, `第十二条`; null when the document prints no number (a clause, or a paragraph numbered in reading order). */
  marker: z.string().min(1).nullable(),
  /** The unit's own part of its label, as a breadcrumb names it: `三`, `（一）`, `2`, `第1段`, `第十二条`, `第二款`, `第（三）项`. */
  number: z.string().min(1),
  /** The Chinese citation label, e.g. `三（一）2`, `八（二）第1段`, `第十二条第二款第（三）项`. */
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
  /** Id of the enclosing unit, null at the top of its text. */
  parent: z.string().nullable(),
  /** Ids of the units directly inside this one, in reading order. */
  children: z.array(z.string()),
  /** Glossary terms used in the unit's own text (heading included), in reading order. */
  terms: z.array(TermOccurrence),
  /** Source lines the unit spans, heading to last paragraph of its last descendant. */
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

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What a signed letter ends with: the signing body (or official), the date and the remarks under it. */
const SignedFields = {
  /** The signature as printed: the signing body (`济南市人民政府`, `国务院办公厅`) or an official (`总理  李克强`). */
  signature: z.string().min(1),
  /** Date of signature, ISO `YYYY-MM-DD`. */
  date: IsoDate,
  /** The date as printed, e.g. `2023年2月10日`. */
  dateText: z.string().min(1),
  /** Parenthesised lines after the date (contact line, 此件公开发布), as printed. */
  remarks: z.array(z.string()),
  /** The contact line's content without its parentheses, if present. */
  contact: z.string().nullable(),
  /** Whether the remarks say 此件公开发布. */
  publicRelease: z.boolean(),
};

/** The signature block of a text that is itself a letter (an 意见 signed by 国务院 at its end). */
export const Signed = z.object(SignedFields);

/**
 * The covering notice (印发通知) or order (国务院令) with which the document's text(s) were
 * issued. Absent when the document is itself the text (an 意见 with no attached plan).
 */
export const Notice = z.object({
  /** The notice title, e.g. `济南市人民政府关于印发…的通知`; null for an order, whose masthead names it. */
  title: z.string().min(1).nullable(),
  /** The addressee line without its colon, e.g. `各区县人民政府，市政府各部门（单位）`; null when there is none. */
  addressee: z.string().min(1).nullable(),
  /** The notice body paragraphs. */
  body: z.array(z.string().min(1)).min(1),
  ...SignedFields,
});

/** How a text numbers its units: a policy document's 一、（一）1.（1）, or a regulation's 第一章 第一条. */
export const Scheme = z.enum(['outline', 'regulation']);

/**
 * One text of the document: the plan a notice issues, the regulation an order promulgates, or the
 * 意见 that is itself the document. A notice may issue several (two 规定); their units are in
 * `Plan.units`, those of the second and later texts with ids prefixed `t2-`, `t3-`….
 */
export const Text = z.object({
  /** `t1`, `t2`, … in printed order. */
  id: z.string().regex(/^t\d+$/),
  /** The text's title as printed, without book-title marks. */
  title: z.string().min(1),
  /** A parenthesised note under the title, e.g. `（1991年3月4日…发布　2018年9月6日…修订通过）`. */
  subtitle: z.string().min(1).nullable(),
  /** The addressee line without its colon, when the text is itself a letter; else null. */
  addressee: z.string().min(1).nullable(),
  /** The numbering scheme of its units. */
  scheme: Scheme,
  /** Paragraphs before the first unit. */
  preamble: z.array(Paragraph),
  /** Paragraphs after the last unit that belong to the text as a whole (`各地区、各部门要…`, `附件：…`). */
  closing: z.array(Paragraph),
  /** The text's own signature block, when it is itself a signed letter; else null. */
  signed: Signed.nullable(),
  /** Whether the document's 名词解释 is printed at the end of this text. */
  hasGlossary: z.boolean(),
});

/** An attachment (附件) after the text: kept as printed, paragraphs and tables, without units. */
export const Attachment = z.object({
  /** The label as printed: `附件`, `附件1`. */
  label: z.string().min(1),
  /** The attachment's title, when one follows the label. */
  title: z.string().min(1).nullable(),
  /** Its paragraphs and tables in printed order. */
  blocks: z.array(Paragraph),
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
  printedDate: IsoDate,
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

/**
 * The whole document: its header facts, the covering notice if any, its text(s) and units,
 * attachments, glossary and end matter.
 */
export const Plan = z.object({
  /** The 版头 as printed (`济南市人民政府文件`, `中华人民共和国国务院令`), or null when the source has none (a web page). */
  masthead: z.string().min(1).nullable(),
  /** The issuing body, e.g. `济南市人民政府`, `国务院办公厅`. */
  issuer: z.string().min(1),
  /** The document number (发文字号), e.g. `济政发〔2023〕1号`, `国令第707号`; null when none is printed. */
  docNumber: z.string().min(1).nullable(),
  /** The title the document is cited by, without book-title marks: its (first) text's title, or the notice's when it issues several texts. */
  title: z.string().min(1),
  /** The covering notice or order, or null when the document is itself the text. */
  notice: Notice.nullable(),
  /** The text(s), in printed order; at least one. */
  texts: z.array(Text).min(1),
  /** Every unit of every text in reading order (chapters, sections, measures, points; articles, clauses, items). */
  units: z.array(Unit),
  /** The attachments (附件), in printed order. */
  attachments: z.array(Attachment),
  /** The glossary (名词解释), in printed order. */
  glossary: z.array(GlossaryTerm),
  /** The 版记 (抄送, printing office and date), or null when the source has none (a web page). */
  endMatter: EndMatter.nullable(),
  /** The errata applied, in source order. */
  errata: z.array(Erratum),
  /** The page-break repairs made, in source order. */
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
export type Signed = z.infer<typeof Signed>;
export type Scheme = z.infer<typeof Scheme>;
export type Text = z.infer<typeof Text>;
export type Attachment = z.infer<typeof Attachment>;
export type Table = z.infer<typeof Table>;
export type TableCell = z.infer<typeof TableCell>;
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
