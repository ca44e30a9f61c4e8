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

/** Text with the given term spans wrapped in `<Term>`. */
export function withTerms(s: string, spans: readonly Span[], from = 0): string {
  let out = '';
  let at = from;
  for (const sp of [...spans].sort((a, b) => a.offset - b.offset)) {
    if (sp.offset < at || sp.offset + sp.key.length > s.length) continue;
    out += text(s.slice(at, sp.offset));
    out += `<Term slug=${attr(sp.slug)}>${text(sp.key)}</Term>`;
    at = sp.offset + sp.key.length;
  }
  return out + text(s.slice(at));
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
  const parts: string[] = [];
  u.paragraphs.forEach((p, i) => {
    const spans = u.terms.filter((t: TermOccurrence) => t.paragraph === i);
    if (i === 0 && (u.titleInline || u.kind === 'measure')) {
      const skip = u.titleInline && u.title !== null ? u.title.length + 1 : 0;
      parts.push(`<RunIn id=${attr(u.id)}>${withTerms(p.text, spans, skip)}</RunIn>`);
    } else {
      parts.push(`<p>${withTerms(p.text, spans)}</p>`);
    }
  });
  return parts.join('\n\n');
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

/** One unit's own text, for its permalink page. */
export function unitMdx(u: Unit): string {
  const inner = unitBody(u);
  return `${frontmatter({ id: u.id, kind: u.kind, label: u.label, title: u.title })}\n${inner ? `${inner}\n` : ''}`;
}

/** A glossary term; other terms used in the definition are linked (never the term itself). */
export function glossaryMdx(term: GlossaryTerm, all: readonly GlossaryTerm[], order: number): string {
  const keys = all.filter((t) => t.slug !== term.slug).flatMap((t) => t.keys.map((key) => ({ slug: t.slug, key })));
  const spans = findTerms(term.definition, keys);
  return `${frontmatter({ slug: term.slug, order, heading: term.heading })}\n<p>${withTerms(term.definition, spans)}</p>\n`;
}

/** Every file of `content/`, by path relative to it. */
export function contentFiles(plan: Plan): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of plan.units.filter((u) => u.kind === 'chapter')) files.set(`chapters/${c.id}.mdx`, chapterMdx(plan, c));
  for (const u of plan.units) files.set(`units/${u.id}.mdx`, unitMdx(u));
  plan.glossary.forEach((t, i) => files.set(`glossary/${t.slug}.mdx`, glossaryMdx(t, plan.glossary, i + 1)));
  files.set('plan.json', `${JSON.stringify(plan, null, 2)}\n`);
  return files;
}
