/**
 * The model as MDX. Pure: returns file contents by relative path; `write-content.ts` does the I/O.
 *
 * Every run of text is emitted as a JS string expression (`{"…"}`), never as Markdown, so the
 * plan's text renders literally whatever it contains (`{ } < > * _ #`, backticks, `&`, a line
 * starting with `1.`). Term occurrences become `<Term slug="…">` elements.
 */
import type { GlossaryTerm, Unit } from '../model/schema.ts';
import type { SiteModel } from '../model/site-model.ts';
import { findTerms } from '../parser/terms.ts';
import { leadSentence, runsIn, termsInParagraph } from '../view/unit.ts';

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
 * The unit's own paragraphs as MDX, each a `<p>` of term-linked text. Where the number (and the
 * lead sentence) run into the first paragraph, as printed, that paragraph is `<RunIn>` instead:
 * the page draws the number and lead from the model and the entry holds the rest of the text.
 */
export function unitBody(u: Unit): string {
  const lead = leadSentence(u);
  return u.paragraphs
    .map((p, i) => {
      const runIn = i === 0 && runsIn(u);
      const text = segmentsMdx(segments(p.text, termsInParagraph(u, i), runIn && lead !== null ? lead.length + 1 : 0));
      return runIn ? `<RunIn id=${attr(u.id)}>${text}</RunIn>` : `<p>${text}</p>`;
    })
    .join('\n\n');
}

/**
 * A unit's MDX entry, `units/<id>.mdx`: its own text, without its children's. Its chapter page
 * and its permalink page both render this entry (src/site/components/UnitText.astro), so the two
 * cannot disagree; a unit with no text of its own (a heading only) has an entry with no body.
 */
export function unitMdx(u: Unit): string {
  const body = unitBody(u);
  return `${frontmatter({ id: u.id })}${body ? `\n${body}\n` : ''}`;
}

/** A glossary term; other terms used in the definition are linked (never the term itself). */
export function glossaryMdx(term: GlossaryTerm, all: readonly GlossaryTerm[], order: number): string {
  const keys = all.filter((t) => t.slug !== term.slug).flatMap((t) => t.keys.map((key) => ({ slug: t.slug, key })));
  const spans = findTerms(term.definition, keys);
  return `${frontmatter({ slug: term.slug, order, heading: term.heading })}\n<p>${withTerms(term.definition, spans)}</p>\n`;
}

/**
 * Every file of `content/`, by path relative to it: an MDX entry per unit (chapter pages compose
 * their units' entries, permalink pages render one), an MDX entry per glossary term, plan.json.
 */
export function contentFiles(model: SiteModel): Map<string, string> {
  const files = new Map<string, string>();
  for (const u of model.units) files.set(`units/${u.id}.mdx`, unitMdx(u));
  model.glossary.forEach((t, i) => files.set(`glossary/${t.slug}.mdx`, glossaryMdx(t, model.glossary, i + 1)));
  files.set('plan.json', `${JSON.stringify(model, null, 2)}\n`);
  return files;
}
