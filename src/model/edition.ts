/**
 * `edition.json`: which source to build and the facts about this edition that the document's text
 * does not state. Every field the site shows is optional or may be empty: a fact nobody has
 * checked is left out, never guessed, and the site then shows nothing for it.
 */
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date like 2023-02-10');

/** A period a document covers, e.g. a 规划's 2021–2025. */
export const Period = z.object({
  /** First day of the period, ISO. */
  start: IsoDate,
  /** Last day of the period, ISO. */
  end: IsoDate,
});

export const Edition = z.object({
  /** The source file name, relative to the directory holding `edition.json`. */
  seed: z.string().min(1),
  /** The source's sha256; the build refuses a source edited by hand. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits (sha256sum of the source)'),
  /**
   * How the source is written: `markdown` (text extracted from a PDF with `#` headings and
   * `**bold**`, like this project's seed), `plain` (text copied from a web page, paragraphs
   * separated by blank lines) or `html` (the published page). Detected from the content when omitted.
   */
  format: z.enum(['markdown', 'plain', 'html']).optional(),
  /** The errata file name (declared corrections of the source), if any. */
  errata: z.string().min(1).optional(),
  /** The glossary configuration file name (slugs and search keys of 名词解释 entries), if any. */
  glossary: z.string().min(1).optional(),
  /**
   * The document number as it is cited, where the text prints it otherwise: an order prints
   * `第706号` under its masthead and is cited as `国令第706号`. The site shows this one; the
   * parsed model keeps what is printed.
   */
  docNumber: z.string().min(1).optional(),
  /** 发布日期 (publication date, ISO), which the document itself does not print. */
  published: IsoDate.optional(),
  /** 主题分类, shown in the metadata box. */
  subject: z.string().min(1).optional(),
  /** The origin this edition is published at (canonical URLs, sitemap, sharing); the `SITE` variable overrides it. */
  site: z.union([z.url(), z.literal('')]).default(''),
  /** The official publication this edition reproduces: its web page, and who publishes it there. Empty when not known. */
  official: z
    .object({
      /** Address of the official page of the document. */
      url: z.union([z.url(), z.literal('')]).default(''),
      /** Name of the site or body that publishes the official text, e.g. `济南市人民政府门户网站`. */
      name: z.string().default(''),
    })
    .default({ url: '', name: '' }),
  /** Who runs this edition (the site owner) and how to reach them. Empty when not known. */
  publisher: z
    .object({
      /** The owner's name. */
      name: z.string().default(''),
      /** A contact: an e-mail address, a telephone number or a web address. */
      contact: z.string().default(''),
    })
    .default({ name: '', contact: '' }),
  /** The period the document covers, if it has one (a 规划 does). */
  period: Period.optional(),
  /** The day the edition's status (e.g. whether the period has ended) was last checked, ISO. */
  checked: IsoDate.optional(),
  /** A short name for the site header, when the title is too long for it. */
  shortTitle: z.string().min(1).optional(),
  /**
   * The one character on the app icons and favicon. When omitted, the first character of the
   * genre word the title ends with (规划 → 规, 意见 → 意, 通知 → 通, 条例 → 条, 方案 → 方; see
   * `iconGlyph` in src/site/share/icons.ts); set it when that character says little.
   */
  iconGlyph: z.string().regex(/^\S$/u, 'expected one character, e.g. 规').optional(),
  /** Example queries offered on the search and term-index pages; none are offered when empty. */
  examples: z.array(z.string().min(1)).default([]),
  /** Where the source text came from, in a sentence shown on the errata and data pages. */
  provenance: z.string().default(''),
});

export type Period = z.infer<typeof Period>;
export type Edition = z.infer<typeof Edition>;
