/**
 * The parser: a pure function from the seed's text to the plan model. No I/O here.
 * Stages: errata → lex → blocks (+ page-break repair) → front / body / end matter → outline → units → terms.
 */
import type { Erratum, GlossaryConfigEntry, Plan, TermOccurrence, Unit } from '../model/schema.ts';
import { repairPageBreaks, toBlocks, type TextBlock } from './blocks.ts';
import { parseEndMatter } from './end-matter.ts';
import { applyErrata } from './errata.ts';
import { ParseError, withSource } from './errors.ts';
import { parseFront } from './front.ts';
import { GLOSSARY_HEADING, parseGlossary } from './glossary.ts';
import { lex } from './lexer.ts';
import { buildOutline } from './outline.ts';
import { findTerms, type TermKey } from './terms.ts';
import { toUnits } from './units.ts';
import { normalizeNewlines } from './decode.ts';

export { ParseError } from './errors.ts';
export { decodeSeed } from './decode.ts';

export interface ParseOptions {
  /** Declared corrections, applied to the seed's lines before anything else. */
  errata?: readonly Erratum[];
  /** Slugs and search keys of the glossary entries. */
  glossary?: readonly GlossaryConfigEntry[];
}

export function parsePlan(source: string, options: ParseOptions = {}): Plan {
  const lines = normalizeNewlines(source).split('\n');
  try {
    return parseLines(lines, options);
  } catch (e) {
    throw e instanceof ParseError ? withSource(e, lines) : e;
  }
}

function parseLines(raw: readonly string[], options: ParseOptions): Plan {
  if (raw.every((l) => l.trim() === '')) {
    throw new ParseError('EMPTY', 1, 'the seed is empty', 'pass the plan text (the file in seeds/)');
  }
  const errata = [...(options.errata ?? [])].sort((a, b) => a.line - b.line);
  const lines = applyErrata(raw, errata);
  const blocks = toBlocks(lex(lines));
  const front = parseFront(blocks, lines.length);

  const end = blocks.findIndex((b, i) => i >= front.next && (b.kind === 'rule' || /^抄送[：:]/.test(b.text)));
  if (end === -1) {
    throw new ParseError(
      'END_MATTER',
      lines.length,
      'expected the end matter (a rule, then 抄送：…) after the plan',
      'the document ends with ---, the 抄送 line and the printing line',
    );
  }
  const { blocks: body, repairs } = repairPageBreaks(blocks.slice(front.next, end));
  const endMatter = parseEndMatter(blocks.slice(end), lines.length);

  const text = body as TextBlock[];
  const g = text.findIndex((b) => b.heading && b.text === GLOSSARY_HEADING);
  const planBlocks = g === -1 ? text : text.slice(0, g);
  if (g === -1 && (options.glossary?.length ?? 0) > 0) {
    throw new ParseError(
      'CONFIG',
      text.at(-1)?.line ?? lines.length,
      `seeds/glossary.json configures ${options.glossary!.length} glossary entries, but the plan has no ${GLOSSARY_HEADING} heading`,
      `the glossary starts with a heading line “## ${GLOSSARY_HEADING}”; check that it is present and spelled exactly`,
    );
  }
  const glossary = g === -1 ? [] : parseGlossary(text[g]!, text.slice(g + 1), options.glossary ?? []);

  const outline = buildOutline(planBlocks);
  const units = toUnits(outline);
  const keys = glossary.flatMap((t) => t.keys.map((key): TermKey => ({ slug: t.slug, key })));
  for (const u of units) u.terms = unitTerms(u, keys);

  return {
    issuer: front.issuer,
    docNumber: front.docNumber,
    title: front.title.text.replace(/^《(.*)》$/, '$1'),
    notice: front.notice,
    preamble: outline.preamble.map((b) => ({ text: b.text, lines: [...b.lines] })),
    units,
    glossary,
    endMatter,
    errata,
    repairs,
  };
}

function unitTerms(u: Unit, keys: readonly TermKey[]): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  if (u.title !== null && !u.titleInline) {
    for (const m of findTerms(u.title, keys)) out.push({ slug: m.slug, key: m.key, paragraph: -1, offset: m.offset });
  }
  u.paragraphs.forEach((p, i) => {
    for (const m of findTerms(p.text, keys)) out.push({ slug: m.slug, key: m.key, paragraph: i, offset: m.offset });
  });
  return out;
}
