/** The 名词解释 section: `**术语：**定义` entries, keyed and slugged from `seeds/glossary.json`. */
import type { GlossaryConfigEntry, GlossaryTerm } from '../model/schema.ts';
import type { TextBlock } from './blocks.ts';
import { ParseError } from './errors.ts';

export const GLOSSARY_HEADING = '名词解释';

/** Without configuration, a term is found by its first quoted part (“五化”) or its whole heading. */
export function defaultKeys(heading: string): string[] {
  const quoted = /“([^”]+)”/.exec(heading);
  return [quoted ? quoted[1]! : heading];
}

export function parseGlossary(heading: TextBlock, blocks: readonly TextBlock[], config: readonly GlossaryConfigEntry[]): GlossaryTerm[] {
  const terms = blocks.map((b, i): GlossaryTerm => {
    if (!b.entry) {
      throw new ParseError(
        'GLOSSARY_ENTRY',
        b.line,
        `expected a glossary entry like **术语：**定义, found “${b.text.slice(0, 30)}”`,
        'each paragraph of 名词解释 must start with the bold term and a colon',
      );
    }
    if (b.entry.definition.trim() === '') {
      throw new ParseError(
        'GLOSSARY_NO_DEFINITION',
        b.line,
        `glossary entry “${b.entry.heading}” has no definition`,
        'write the definition after the colon, on the same line',
      );
    }
    const conf = config.find((c) => c.heading === b.entry!.heading);
    return {
      slug: conf?.slug ?? `term-${i + 1}`,
      heading: b.entry.heading,
      definition: b.entry.definition.trim(),
      keys: conf?.keys ?? defaultKeys(b.entry.heading),
      source: { start: b.line, end: b.lines.at(-1)! },
    };
  });
  for (const c of config) {
    if (!terms.some((t) => t.heading === c.heading)) {
      throw new ParseError(
        'CONFIG',
        heading.line,
        `seeds/glossary.json names “${c.heading}”, which is not an entry of 名词解释`,
        'make the heading in seeds/glossary.json match the entry exactly (without ** and the colon)',
      );
    }
  }
  const slugs = new Set<string>();
  for (const t of terms) {
    if (slugs.has(t.slug))
      throw new ParseError(
        'CONFIG',
        t.source.start,
        `two glossary entries share the slug “${t.slug}”`,
        'give each entry its own slug in seeds/glossary.json',
      );
    slugs.add(t.slug);
  }
  return terms;
}
