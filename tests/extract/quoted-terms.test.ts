import { describe, expect, it } from 'vitest';
import { announcedCount } from '../../src/extract/explanations.ts';
import { extractTerms } from '../../src/extract/quoted-terms.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';
import { planOf } from './plan-of.ts';

const termsOf = (...text: string[]) => extractTerms(planOf([{ id: '1', text }]));

describe('the index holds every string the body prints in quotation marks', () => {
  it('lists each term once, with every quoted occurrence in reading order', () => {
    const [t, u] = termsOf('深化“放管服”改革，推进“证照分离”。', '持续深化“放管服”改革。');
    expect(t).toMatchObject({ term: '放管服', glossary: null });
    expect(t!.occurrences.map((o) => [o.paragraph, o.offset, o.quoted])).toEqual([
      [0, 3, true],
      [1, 5, true],
    ]);
    expect(u!.term).toBe('证照分离');
  });

  it('marks an official glossary term and adds its unquoted occurrences from the model', () => {
    const plan = planOf(
      [{ id: '1', text: ['构建“1+4+6”体系，完善1+4+6机制。'] }],
      [{ slug: 'x', heading: '“1+4+6”体系', definition: '定义。', keys: ['1+4+6'], source: { start: 1, end: 1 } }],
    );
    plan.units[0]!.terms = [
      { in: 'paragraph', slug: 'x', key: '1+4+6', paragraph: 0, offset: 3 },
      { in: 'paragraph', slug: 'x', key: '1+4+6', paragraph: 0, offset: 14 },
    ];
    const [t] = extractTerms(plan);
    expect(t).toMatchObject({ term: '1+4+6', glossary: 'x' });
    expect(t!.occurrences.map((o) => o.quoted)).toEqual([true, false]);
  });
});

describe('an explanation is the enumeration the sentence gives right before the term', () => {
  it('takes the list closed by `等`', () => {
    const [t] = termsOf('问题包括：数据不共享、系统不衔接、部门不协同等“三不”问题。');
    expect(t!.explanations[0]).toMatchObject({
      text: '数据不共享、系统不衔接、部门不协同',
      items: ['数据不共享', '系统不衔接', '部门不协同'],
      offset: 5,
    });
  });

  it('takes a list without `等` when its length is the number the term announces', () => {
    expect(termsOf('推行投标报名、工本费、保证金“三个免除”。')[0]!.explanations[0]!.items).toEqual(['投标报名', '工本费', '保证金']);
    expect(termsOf('推行投标报名、工本费“三个免除”。')[0]!.explanations).toEqual([]);
  });

  it('cuts the words that open the clause off the first item', () => {
    expect(termsOf('以数字建设推进数据不共享、系统不衔接、部门不协同、制度不完善等“四不”问题。')[0]!.explanations[0]!.items[0]).toBe(
      '数据不共享',
    );
    expect(termsOf('深入实施市场、政务、法治“三大环境”战略。')[0]!.explanations[0]!.items[0]).toBe('市场');
  });

  it('does not take a list of examples that quotes or names the term', () => {
    expect(termsOf('加强“双创”基地、孵化基地等“双创”载体。').flatMap((t) => t.explanations)).toEqual([]);
    expect(termsOf('培育双创基地、孵化器等“双创”平台。')[0]!.explanations).toEqual([]);
  });

  it('reads the count a term announces from its first character', () => {
    expect([announcedCount('五不'), announcedCount('两个责任'), announcedCount('放管服')]).toEqual([5, 2, null]);
  });
});

describe('on the real seed', async () => {
  const { plan } = await loadSeed();
  const terms = extractTerms(plan);
  const get = (term: string) => terms.find((t) => t.term === term);
  const body = plan.units
    .flatMap((u) => [...(u.titleInline || u.title === null ? [] : [u.title]), ...u.paragraphs.map((p) => p.text)])
    .join('\n');
  const quotedCount = (term: string) => body.split(`“${term}”`).length - 1;

  it.each(['放管服', '证照分离', '非禁即入', '免申即享', '一件事一次办', '双随机、一公开', '五不', '四张清单', '泉城链'])(
    'indexes “%s” with as many occurrences as the text quotes it',
    (term) => {
      const t = get(term);
      expect(t, term).toBeDefined();
      expect(quotedCount(term)).toBeGreaterThan(0);
      expect(t!.occurrences).toHaveLength(quotedCount(term));
    },
  );

  it('indexes every quoted string of the body', () => {
    const quoted = new Set([...body.matchAll(/“([^“”]+)”/g)].map((m) => m[1]!));
    expect(new Set(terms.filter((t) => t.occurrences.some((o) => o.quoted)).map((t) => t.term))).toEqual(quoted);
  });

  it('marks all ten official glossary terms, each linked to its glossary entry', () => {
    const official = terms.filter((t) => t.glossary !== null);
    expect(official.map((t) => t.glossary).sort()).toEqual(plan.glossary.map((g) => g.slug).sort());
    expect(official).toHaveLength(10);
  });

  it('spells out “五不” as the five problems listed before it', () => {
    expect(get('五不')!.explanations[0]).toMatchObject({
      unit: '1-2',
      text: '数据不共享、系统不衔接、部门不协同、制度不完善、交互不畅通',
      items: ['数据不共享', '系统不衔接', '部门不协同', '制度不完善', '交互不畅通'],
    });
  });

  it('points every occurrence and explanation at the text it names', () => {
    for (const t of terms) {
      for (const o of t.occurrences) {
        const u = plan.units.find((x) => x.id === o.unit)!;
        const text = o.paragraph === null ? u.title! : u.paragraphs[o.paragraph]!.text;
        expect(
          text.startsWith(t.term, o.offset) ||
            plan.glossary.find((g) => g.slug === t.glossary)?.keys.some((k) => text.startsWith(k, o.offset)),
        ).toBe(true);
      }
      for (const e of t.explanations) {
        const u = plan.units.find((x) => x.id === e.unit)!;
        expect(u.paragraphs[e.paragraph!]!.text.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
      }
    }
  });
});
