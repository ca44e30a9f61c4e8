/** Share cards: line breaking, layout over a measuring stub, and the committed font's coverage. */
import { describe, expect, test } from 'vitest';
import { cardStrings, cardSvg, unitCard, wrap, type Shaper } from '../../src/site/share/card.ts';
import { cardShaper } from '../../src/site/share/glyphs.ts';
import { ICON_GLYPH } from '../../src/site/share/icons.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';

/** Every character one unit wide; draws `[text]` so the layout can be read back. */
const mono = (s: string) => [...s].length;
const stub: Shaper = {
  measure: (text, size) => [...text].length * size,
  draw: (text, x, y, size) => `<t x="${x}" y="${y}" s="${size}">${text}</t>`,
  covers: () => true,
};

describe('wrap', () => {
  test('keeps a text that fits on one line', () => {
    expect(wrap('营造公平便捷的市场环境', 20, 2, mono)).toEqual(['营造公平便捷的市场环境']);
  });

  test('breaks Chinese text between any two characters at the width', () => {
    expect(wrap('一二三四五六七', 3, 3, mono)).toEqual(['一二三', '四五六', '七']);
  });

  test('never starts a line with closing punctuation', () => {
    expect(wrap('一二三，四五', 3, 3, mono)).toEqual(['一二三，', '四五']);
  });

  test('ends the last allowed line with an ellipsis when the text does not fit', () => {
    expect(wrap('一二三四五六七八九', 4, 2, mono)).toEqual(['一二三四', '五六七…']);
  });
});

describe('cardSvg', () => {
  test("a unit card draws the plan's title, the citation label and the title as separate lines", () => {
    const svg = cardSvg({ eyebrow: '《规划》', label: '三（一）2', title: '实行极简高效的商事登记制度', footer: '某市人民政府' }, stub);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    const drawn = [...svg.matchAll(/<t [^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    expect(drawn).toEqual(['《规划》', '三（一）2', '实行极简高效的商事登记制度', '某市人民政府']);
  });

  test('shrinks a one-line string that is too wide instead of letting it run off the card', () => {
    const svg = cardSvg({ eyebrow: '很'.repeat(40), label: null, title: '标题', footer: '页脚' }, stub);
    const size = Number(/<t [^>]*s="(\d+)">很/.exec(svg)![1]);
    expect(40 * size).toBeLessThanOrEqual(1200 - 2 * 88);
  });

  test('escapes markup in the accessible title', () => {
    expect(cardSvg({ eyebrow: 'a<b', label: null, title: 'c&d', footer: '' }, stub)).toContain('<title>a&lt;b c&amp;d</title>');
  });
});

describe('the committed font subset', () => {
  test("covers every character of this seed's cards and the icon", async () => {
    const { plan } = await loadSeed();
    const shaper = cardShaper();
    const missing = [...new Set([...cardStrings(plan), ICON_GLYPH].join(''))].filter((c) => !shaper.covers(c));
    expect(missing.join('')).toBe('');
  });

  test('an untitled unit shows the start of its text', async () => {
    const { plan } = await loadSeed();
    const untitled = plan.units.find((u) => u.title === null && u.paragraphs.length > 0)!;
    const card = unitCard(plan, untitled);
    expect(untitled.paragraphs[0]!.text.startsWith(card.title.replace(/…$/, ''))).toBe(true);
  });

  test('draws text as outlines: the card SVG has paths and no <text>', async () => {
    const { plan } = await loadSeed();
    const svg = cardSvg(unitCard(plan, plan.units[0]!), cardShaper());
    expect(svg).toContain('<path');
    expect(svg).not.toContain('<text');
  });
});
