/**
 * The 15 State Council documents of seeds/corpus/, each read from its page's HTML and from its
 * plain text, against the structure counted by hand from the source (tests/corpus/expected.ts,
 * written by reading each document, not from the parser's output).
 */
import { describe, expect, it } from 'vitest';
import type { Plan, Unit } from '../../src/model/schema.ts';
import { siteModel } from '../../src/extract/index.ts';
import { expected } from './expected.ts';
import { FORMS, loadCorpus } from './load.ts';

/** Spaces are typographic here: the page sets 总理　　李克强 with ideographic spaces, the text copy with ASCII ones. */
const squash = (s: string | null | undefined) => s?.replace(/[\s\u3000]+/g, ' ') ?? null;

const outline = (plan: Plan, kind: Unit['kind']) => plan.units.filter((u) => u.kind === kind && plan.texts[0]!.scheme === 'outline');
const regulation = (plan: Plan, kind: Unit['kind']) => plan.units.filter((u) => u.kind === kind && plan.texts[0]!.scheme === 'regulation');

/** 一…九十九, read here independently of the parser's numerals. */
function cnNumber(s: string): number {
  const d = (c: string) => '〇一二三四五六七八九'.indexOf(c);
  if (s.includes('百')) {
    const [h, rest] = s.split('百') as [string, string];
    return d(h) * 100 + (rest ? cnNumber(rest.replace(/^[零〇]/, '')) : 0);
  }
  if (!s.includes('十')) return d(s);
  const [t, o] = s.split('十') as [string, string];
  return (t ? d(t) : 1) * 10 + (o ? d(o) : 0);
}

/** The number a printed marker carries: 三、 （三） 3. （3） 第三条 第三章 → 3. */
function markerNumber(marker: string): number {
  const m = /^(?:第)?[（(]?([〇一二三四五六七八九十百]+|\d+)[）)]?[、.．]?(?:[编章节条])?$/.exec(marker);
  if (!m) throw new Error(`not a marker: ${marker}`);
  return /\d/.test(m[1]!) ? Number(m[1]) : cnNumber(m[1]!);
}

describe.each(Object.keys(expected))('%s', (name) => {
  const want = expected[name]!;

  describe.each(FORMS)('from %s', (form) => {
    it('reads the title, number, issuer, addressee and signature block as printed', async () => {
      const { plan, edition } = await loadCorpus(name, form);
      const signed = plan.notice ?? plan.texts[0]!.signed;
      expect({
        title: plan.title,
        docNumber: siteModel(plan, edition).docNumber,
        issuer: plan.issuer,
        masthead: plan.masthead,
        addressee: plan.texts[0]!.addressee,
        signature: squash(signed?.signature),
        date: signed?.date,
        dateText: signed?.dateText,
        publicRelease: signed?.publicRelease,
      }).toEqual({
        title: want.title,
        docNumber: want.docNumber,
        issuer: want.issuer,
        masthead: want.orderHeading,
        addressee: want.addressee?.replace(/：$/, '') ?? null,
        signature: squash(want.signer ?? want.issuer),
        date: want.date.iso,
        dateText: want.date.printed,
        publicRelease: want.publicRelease,
      });
    });

    it('is a notice that issues a text, or is itself the text, as counted', async () => {
      const { plan } = await loadCorpus(name, form);
      expect(plan.notice === null ? 'opinion' : 'order-with-regulation').toBe(want.form);
      expect(squash(plan.texts[0]!.subtitle)).toBe(squash(want.regulationNoteText));
    });

    it('has the chapters, sections, items and points counted by hand', async () => {
      const { plan } = await loadCorpus(name, form);
      expect({
        chapters: outline(plan, 'chapter').length,
        sections: outline(plan, 'section').length,
        items: outline(plan, 'measure').filter((u) => u.marker !== null).length,
        points: outline(plan, 'point').length,
      }).toEqual({ chapters: want.chapters, sections: want.sections, items: want.items, points: want.points });
    });

    it('has the 章, 节, 条, 项 and 目 counted by hand', async () => {
      const { plan } = await loadCorpus(name, form);
      expect({
        regChapters: regulation(plan, 'chapter').length,
        regSections: regulation(plan, 'section').length,
        articles: regulation(plan, 'article').length,
        regItems: regulation(plan, 'item').length,
        regSubItems: regulation(plan, 'point').length,
      }).toEqual({
        regChapters: want.regChapters,
        regSections: want.regSections,
        articles: want.articles,
        regItems: want.regItems,
        regSubItems: want.regSubItems,
      });
    });

    it('reads every chapter heading as a title, commas and all', async () => {
      const { plan } = await loadCorpus(name, form);
      const untitled = plan.units.filter(
        (u) =>
          u.kind === 'chapter' && (u.title === null || (u.paragraphs.length > 0 && !u.titleInline && u.paragraphs[0]!.text.length < 40)),
      );
      expect(untitled.map((u) => u.label)).toEqual([]);
    });

    it('numbers every unit as printed: the last number of its id is its marker’s, its label its parent’s plus its own', async () => {
      const { plan } = await loadCorpus(name, form);
      const byId = new Map(plan.units.map((u) => [u.id, u]));
      const wrong = plan.units.filter((u) => {
        const parent = u.parent === null ? null : byId.get(u.parent)!;
        const printed = u.marker === null || Number(u.id.split('-').at(-1)!.replace(/^a/, '')) === markerNumber(u.marker);
        // An article is cited by its own number (第十二条), not under its chapter.
        const label = u.kind === 'article' ? u.label === u.marker : u.label.startsWith(parent?.label ?? '') && u.label.endsWith(u.number);
        return !printed || !label;
      });
      expect(wrong.map((u) => `${u.id} ${u.label}`)).toEqual([]);
    });

    it('tells run-in sections from heading-only ones', async () => {
      const { plan } = await loadCorpus(name, form);
      const sections = outline(plan, 'section');
      expect({
        runIn: sections.filter((u) => u.titleInline || u.title === null).length,
        heading: sections.filter((u) => !u.titleInline && u.title !== null).length,
        untitled: sections.filter((u) => u.title === null).length,
      }).toEqual({ runIn: want.runInSections, heading: want.headingSections, untitled: want.untitledSections });
    });

    it('gives the closing paragraphs to the document, not to the last section', async () => {
      const { plan } = await loadCorpus(name, form);
      // The list of attachments (附件：…) is the text's too, counted apart by hand.
      const closing = plan.texts[0]!.closing.filter((p) => !/^附件[：:]/.test(p.text));
      expect(closing).toHaveLength(want.closing);
      want.closingStartsWith.forEach((start, i) => expect(closing[i]!.text.startsWith(start)).toBe(true));
    });

    it('keeps each attachment with its label and title, its table as a table when the page has one', async () => {
      const { plan } = await loadCorpus(name, form);
      expect(plan.attachments.map((a) => ({ label: a.label, title: a.title }))).toEqual(
        want.attachments.map((a) => ({ label: a.label, title: a.title })),
      );
      const tables = plan.attachments.flatMap((a) => a.blocks.filter((b) => b.table));
      expect(tables.map((t) => t.table!.rows.length)).toEqual(
        form === 'source.html' ? want.attachments.flatMap((a) => (a.table ? [a.table.rows] : [])) : [],
      );
    });
  });
});
