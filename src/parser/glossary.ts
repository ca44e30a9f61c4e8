/**
 * The 名词解释 section: entries `术语：定义` (in the seed `**术语：**定义`), keyed and slugged from
 * the glossary configuration, or by their quoted part and numbered slugs without one.
 */
import type { GlossaryConfigEntry, GlossaryTerm } from '../model/schema.ts';
import { Diagnostics, ParseError } from './errors.ts';
import type { TextBlock } from './read/block.ts';

export const GLOSSARY_HEADING = '名词解释';

/** Whether a block is the glossary's heading line. */
export function isGlossaryHeading(b: TextBlock): boolean {
  return b.text.replace(/[：:]$/, '') === GLOSSARY_HEADING;
}

/** An entry in unmarked text: a short term, a colon, the definition. */
const ENTRY = /^([^：:。，；]{1,60})[：:]\s*(.*)$/s;

/** Without configuration, a term is found by its first quoted part (“五化”) or its whole heading. */
export function defaultKeys(heading: string): string[] {
  const quoted = /“([^”]+)”/.exec(heading);
  return [quoted ? quoted[1]! : heading];
}

function entryOf(b: TextBlock): { heading: string; definition: string } | null {
  if (b.entry) return b.entry;
  const m = ENTRY.exec(b.text);
  return m ? { heading: m[1]!.trim(), definition: m[2]!.trim() } : null;
}

export function parseGlossary(
  heading: TextBlock,
  blocks: readonly TextBlock[],
  config: readonly GlossaryConfigEntry[],
  diagnostics: Diagnostics,
): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  blocks.forEach((b, i) => {
    const entry = entryOf(b);
    if (!entry) {
      diagnostics.report(
        new ParseError(
          'GLOSSARY_ENTRY',
          b.lines[0]!,
          `expected a glossary entry like **术语：**定义, found “${b.text.slice(0, 30)}”`,
          'each paragraph of 名词解释 must start with the term and a colon',
          b.column,
        ),
      );
      return;
    }
    if (entry.definition.trim() === '') {
      diagnostics.report(
        new ParseError(
          'GLOSSARY_NO_DEFINITION',
          b.lines[0]!,
          `glossary entry “${entry.heading}” has no definition`,
          'write the definition after the colon, on the same line',
          b.column,
        ),
      );
      return;
    }
    const conf = config.find((c) => c.heading === entry.heading);
    terms.push({
      slug: conf?.slug ?? `term-${i + 1}`,
      heading: entry.heading,
      definition: entry.definition.trim(),
      keys: conf?.keys ?? defaultKeys(entry.heading),
      source: { start: b.lines[0]!, end: b.lines.at(-1)! },
    });
  });
  for (const c of config) {
    if (!terms.some((t) => t.heading === c.heading)) {
      diagnostics.report(
        new ParseError(
          'CONFIG',
          heading.lines[0]!,
          `the glossary configuration names “${c.heading}”, which is not an entry of 名词解释`,
          'make the heading in the glossary configuration match the entry exactly (without ** and the colon)',
          heading.column,
        ),
      );
    }
  }
  const slugs = new Set<string>();
  for (const t of terms) {
    if (slugs.has(t.slug)) {
      diagnostics.report(
        new ParseError(
          'CONFIG',
          t.source.start,
          `two glossary entries share the slug “${t.slug}”`,
          'give each entry its own slug in the glossary configuration',
        ),
      );
    }
    slugs.add(t.slug);
  }
  return terms;
}
