/**
 * The MDX the writer emits for the pages: one entry per unit (content/units/<id>.mdx), the single
 * source of a unit's text for its chapter page and its permalink page alike.
 */
import { describe, expect, it } from 'vitest';
import { contentFiles, unitMdx } from '../../src/writer/mdx.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';
import { siteModel } from '../../src/extract/index.ts';
import type { Unit } from '../../src/model/schema.ts';
import { leadSentence, termsInParagraph } from '../../src/view/unit.ts';

const { plan, edition } = await loadSeed();
const files = contentFiles(siteModel(plan, edition));
const unit = (id: string) => plan.units.find((u) => u.id === id)!;

describe('unit entries', () => {
  it('writes one MDX entry per unit, named by its id, and no other page MDX but the glossary', () => {
    const mdx = [...files.keys()].filter((f) => f.endsWith('.mdx'));
    expect(mdx.filter((f) => f.startsWith('units/')).sort()).toEqual(plan.units.map((u) => `units/${u.id}.mdx`).sort());
    expect(mdx.filter((f) => !f.startsWith('units/') && !f.startsWith('glossary/'))).toEqual([]);
  });

  it("holds the unit's own text and none of its children's", () => {
    const section = unitMdx(unit('3-1'));
    expect(section).toContain('健全市场准入负面清单管理及动态调整机制');
    expect(section).not.toContain('严格执行全国统一的准入负面清单'); // the text of 3-1-1
  });

  it('opens with <RunIn> where the number and lead sentence run into the first paragraph, leaving the lead to the page', () => {
    const measure = unitMdx(unit('3-1-2'));
    expect(measure).toMatch(/^---\nid: "3-1-2"\n---\n\n<RunIn id="3-1-2">\{"深化/);
    expect(measure).not.toContain('实行极简高效的商事登记制度');
  });

  it('links the glossary terms of the text with <Term>', () => {
    // A term in the first paragraph after the lead sentence, which the page draws itself.
    const after = (u: Unit) => termsInParagraph(u, 0).filter((t) => t.offset > (leadSentence(u)?.length ?? -1));
    const withTerm = plan.units.find((u) => after(u).length > 0)!;
    const term = after(withTerm)[0]!;
    expect(unitMdx(withTerm)).toContain(`<Term slug="${term.slug}">{${JSON.stringify(term.key)}}</Term>`);
  });

  it('gives a unit with no text of its own an entry with no body', () => {
    const headingOnly = plan.units.find((u) => u.paragraphs.length === 0)!;
    expect(unitMdx(headingOnly)).toBe(`---\nid: ${JSON.stringify(headingOnly.id)}\n---\n`);
  });
});
