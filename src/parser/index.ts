/**
 * The parser: a pure function from a document's source to the model. No I/O here.
 * Stages: errata → read (Markdown, plain text or HTML, to blocks) → head and letter parts →
 * each text's body (page-break repair, glossary, tree by numbering, units) → term occurrences.
 */
import type { Erratum, GlossaryConfigEntry, Plan, TermOccurrence, Unit } from '../model/schema.ts';
import { normalizeNewlines } from './decode.ts';
import { composeDocument } from './document.ts';
import { applyErrata } from './errata.ts';
import { Diagnostics, ParseError, withSource } from './errors.ts';
import { assertDocument, detectFormat, type Format } from './read/detect.ts';
import { readHtml } from './read/html.ts';
import { readMarkdown, readPlain } from './read/lines.ts';
import { findTerms, type TermKey } from './terms.ts';
import type { Block } from './read/block.ts';

export { ParseError } from './errors.ts';
export { decodeSeed } from './decode.ts';
export { detectFormat, type Format } from './read/detect.ts';

export interface ParseOptions {
  /** Declared corrections, applied to the source's lines before anything else. */
  errata?: readonly Erratum[];
  /** Slugs and search keys of the glossary entries. */
  glossary?: readonly GlossaryConfigEntry[];
  /** How the source is written; detected from its content when not given. */
  format?: Format;
}

const READERS: Record<Format, (lines: readonly string[]) => Block[]> = {
  markdown: readMarkdown,
  plain: readPlain,
  html: (lines) => readHtml(lines.join('\n')),
};

export function parsePlan(source: string, options: ParseOptions = {}): Plan {
  const text = normalizeNewlines(source);
  const lines = text.split('\n');
  const diagnostics = new Diagnostics();
  try {
    if (lines.every((l) => l.trim() === '')) {
      throw new ParseError('EMPTY', 1, 'the seed is empty', 'pass the document’s text (the file edition.json names)');
    }
    assertDocument(text);
    // Applied in the file's order, so an error names the entry as the errata file numbers it.
    const fixed = applyErrata(lines, options.errata ?? [], diagnostics);
    const errata = [...(options.errata ?? [])].sort((a, b) => a.line - b.line);
    const format = options.format ?? detectFormat(text);
    const plan = composeDocument(
      READERS[format](fixed),
      // A web page's paragraphs are whole; only text that may have come from paginated print is repaired.
      { glossary: options.glossary ?? [], repair: format !== 'html', lastLine: lines.length },
      diagnostics,
    );
    const keys = plan.glossary.flatMap((t) => t.keys.map((key): TermKey => ({ slug: t.slug, key })));
    for (const u of plan.units) u.terms = unitTerms(u, keys);
    diagnostics.throwIfAny();
    return { ...plan, errata };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    // A fatal error ends the run: report it with those found before it.
    if (!diagnostics.errors.includes(e)) diagnostics.report(e);
    try {
      diagnostics.throwIfAny();
    } catch (all) {
      throw withSource(all as ParseError, lines);
    }
    throw e;
  }
}

function unitTerms(u: Unit, keys: readonly TermKey[]): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  if (u.title !== null && !u.titleInline) {
    for (const m of findTerms(u.title, keys)) out.push({ in: 'title', slug: m.slug, key: m.key, offset: m.offset });
  }
  u.paragraphs.forEach((p, i) => {
    for (const m of findTerms(p.text, keys)) out.push({ in: 'paragraph', paragraph: i, slug: m.slug, key: m.key, offset: m.offset });
  });
  return out;
}
