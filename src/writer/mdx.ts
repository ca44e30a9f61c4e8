/**
 * The model as MDX. Pure: returns file contents by relative path; `write-content.ts` does the I/O.
 *
 * Every run of text is emitted as a JS string expression (`{"…"}`), never as Markdown, so the
 * plan's text renders literally whatever it contains (`{ } < > * _ #`, backticks, `&`, a line
 * starting with `1.`). Term occurrences become `<Term slug="…">` elements.
 */
import type { GlossaryTerm, Plan, TermOccurrence, Unit } from '../model/schema.ts';
import { findTerms } from '../parser/terms.ts';

/** A literal text run as an MDX expression. */
export function text(s: string): string {
  return s === '' ? '' : `{${JSON.stringify(s)}}`;
}

/** A JSX attribute value that is always a plain string. */
function attr(s: string): string {
  return JSON.stringify(s);
}

interface Span {
  offset: number;
  key: string;
  slug: string;
}

/** A run of text, linked to a glossary term when `slug` is set. */
export interface Segment {
  text: string;
  slug?: string;
}

/** Text from `from` on, cut at the given term spans (overlapping or out-of-range spans are skipped). */
export function segments(s: string, spans: readonly Span[], from = 0): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const sp of [...spans].sort((a, b) => a.offset - b.offset)) {
    if (sp.offset < at || sp.offset + sp.key.length > s.length) continue;
    if (sp.offset > at) out.push({ text: s.slice(at, sp.offset) });
    out.push({ text: sp.key, slug: sp.slug });
    at = sp.offset + sp.key.length;
  }
  if (at < s.length) out.push({ text: s.slice(at) });
  return out;
}

/** Segments as MDX: string expressions, terms wrapped in `<Term>`. */
function segmentsMdx(segs: readonly Segment[]): string {
  return segs.map((g) => (g.slug === undefined ? text(g.text) : `<Term slug=${attr(g.slug)}>${text(g.text)}</Term>`)).join('');
}

/** Text with the given term spans wrapped in `<Term>`. */
export function withTerms(s: string, spans: readonly Span[], from = 0): string {
  return segmentsMdx(segments(s, spans, from));
}

/** Frontmatter as YAML built from JSON scalars (JSON is valid YAML). */
export function frontmatter(data: Record<string, string | number | boolean | null>): string {
  const lines = Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * The unit's own paragraphs as MDX. When the title is the paragraph's lead sentence, the first
 * paragraph becomes `<RunIn>` (title and number run into the text, as printed) holding the rest.
 */
export function unitBody(u: Unit): string {
  return unitParagraphs(u)
    .map((p) => (p.runIn ? `<RunIn id=${attr(u.id)}>${segmentsMdx(p.segments)}</RunIn>` : `<p>${segmentsMdx(p.segments)}</p>`))
    .join('\n\n');
}

/**
 * The unit's own paragraphs as term-linked segments; `runIn` marks the first paragraph when the
 * title (and number) run into it, its lead sentence left out of the segments. The chapter MDX and
 * the unit permalink pages (src/site/components/UnitText.astro) both draw a unit from this.
 */
export function unitParagraphs(u: Unit): { runIn: boolean; segments: Segment[] }[] {
  return u.paragraphs.map((p, i) => {
    const spans = u.terms.filter((t: TermOccurrence) => t.paragraph === i);
    const runIn = i === 0 && (u.titleInline || u.kind === 'measure');
    const skip = runIn && u.titleInline && u.title !== null ? u.title.length + 1 : 0;
    return { runIn, segments: segments(p.text, spans, skip) };
  });
}

/** One chapter: every unit in reading order, each wrapped in `<Unit>` (anchor, heading, permalink). */
export function chapterMdx(plan: Plan, chapter: Unit): string {
  const units = plan.units.filter((u) => u.path[0] === chapter.path[0]);
  const body = units.map((u) => {
    const inner = unitBody(u);
    return inner ? `<Unit id=${attr(u.id)}>\n\n${inner}\n\n</Unit>` : `<Unit id=${attr(u.id)} />`;
  });
  return `${frontmatter({ id: chapter.id, order: chapter.path[0]!, label: chapter.label, title: chapter.title })}\n${body.join('\n\n')}\n`;
}

/** A glossary term; other terms used in the definition are linked (never the term itself). */
export function glossaryMdx(term: GlossaryTerm, all: readonly GlossaryTerm[], order: number): string {
  const keys = all.filter((t) => t.slug !== term.slug).flatMap((t) => t.keys.map((key) => ({ slug: t.slug, key })));
  const spans = findTerms(term.definition, keys);
  return `${frontmatter({ slug: term.slug, order, heading: term.heading })}\n<p>${withTerms(term.definition, spans)}</p>\n`;
}

/**
 * Every file of `content/`, by path relative to it. Unit permalink pages render their text from
 * the model (plan.json) rather than from an MDX file each: one component instead of a module per
 * unit for Vite to bundle, which kept the build ~15% cheaper (see the commit that made the change).
 */
export function contentFiles(plan: Plan): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of plan.units.filter((u) => u.kind === 'chapter')) files.set(`chapters/${c.id}.mdx`, chapterMdx(plan, c));
  plan.glossary.forEach((t, i) => files.set(`glossary/${t.slug}.mdx`, glossaryMdx(t, plan.glossary, i + 1)));
  files.set('plan.json', `${JSON.stringify(plan, null, 2)}\n`);
  return files;
}
