/** Share cards: line breaking, layout over a measuring stub, and the full font's coverage of any title. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { cardStrings, cardSvg, drawable, siteCard, unitCard, wrap, type Card, type Shaper } from '../../src/site/share/card.ts';
import { phrases } from '../../src/site/lib/phrases.ts';
import { cardShaper, fontPath } from '../../src/site/share/glyphs.ts';
import { iconGlyph } from '../../src/site/share/icons.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';

/** Every character one unit wide; draws `[text]` so the layout can be read back. */
const mono = (s: string) => [...s].length;
const stub: Shaper = {
  measure: (text, size) => [...text].length * size,
  draw: (text, x, y, size) => `<t x="${x}" y="${y}" s="${size}">${text}</t>`,
  missing: () => [],
};

describe('wrap', () => {
  test('keeps a text that fits on one line', () => {
    expect(wrap('营造公平便捷的市场环境', 20, 2, mono)).toEqual(['营造公平便捷的市场环境']);
  });

  test('breaks a title only between its phrases, never inside a word', () => {
    expect(wrap('济南市人民政府关于印发济南市“十四五”时期优化营商环境规划的通知', 12, 4, mono)).toEqual([
      '济南市人民政府关于印发',
      '济南市“十四五”时期',
      '优化营商环境规划的通知',
    ]);
    expect(wrap('实行极简高效的商事登记制度', 9, 2, mono)).toEqual(['实行极简高效的', '商事登记制度']);
  });

  test('breaks a phrase wider than the line between characters, leaving no single character on the last line', () => {
    expect(wrap('一二三四五六七', 3, 3, mono)).toEqual(['一二三', '四五', '六七']);
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

  test('keeps the document title of the site card at its largest size when it fits in two lines', () => {
    const svg = cardSvg({ eyebrow: '某市人民政府', label: null, title: '很'.repeat(17), footer: '页脚' }, stub);
    const lines = [...svg.matchAll(/<t [^>]*s="(\d+)">(很+)<\/t>/g)];
    expect(lines.map((m) => [m[1], m[2]!.length])).toEqual([
      ['72', 14],
      ['72', 3],
    ]);
  });

  test('shrinks a long document title on the site card until it fits whole above the footer rule', () => {
    const title = '很'.repeat(47);
    const svg = cardSvg({ eyebrow: '某市人民政府', label: null, title, footer: '页脚' }, stub);
    const lines = [...svg.matchAll(/<t [^>]*y="([\d.]+)" s="(\d+)">(很+)<\/t>/g)];
    expect(lines.map((m) => m[3]).join('')).toBe(title);
    const size = Number(lines[0]![2]);
    expect(size).toBeLessThan(72);
    const rule = Number(/<rect x="88" y="(\d+)"/.exec(svg)![1]);
    // A CJK glyph reaches ~0.12 em below its baseline.
    for (const m of lines) expect(Number(m[1]) + 0.12 * size).toBeLessThan(rule);
  });

  test('escapes markup in the accessible title', () => {
    expect(cardSvg({ eyebrow: 'a<b', label: null, title: 'c&d', footer: '' }, stub)).toContain('<title>a&lt;b c&amp;d</title>');
  });
});

describe('drawable', () => {
  /** A font that lacks exactly the characters of `lacks`. */
  const lacking = (lacks: string): Shaper => ({ ...stub, missing: (t) => [...new Set(t)].filter((c) => lacks.includes(c)) });

  test('keeps a card whose every character the font has', () => {
    const card: Card = { eyebrow: '《规划》', label: '三（一）2', title: '标题', footer: '页脚' };
    expect(drawable(card, lacking(''))).toEqual({ card, left: [] });
  });

  test('leaves out only the lines with a character the font lacks, and says which and why', () => {
    const card: Card = { eyebrow: '《规划》', label: '三（一）2', title: '吉𠮷祥', footer: '页脚𠮷' };
    expect(drawable(card, lacking('𠮷'))).toEqual({
      card: { eyebrow: '《规划》', label: '三（一）2', title: '', footer: '' },
      left: [
        { line: 'title', chars: ['𠮷'] },
        { line: 'footer', chars: ['𠮷'] },
      ],
    });
  });
});

/** The corpus documents' titles and numbers (seeds/corpus/<name>/meta.json), read as published. */
const corpus = readdirSync('seeds/corpus', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => JSON.parse(readFileSync(join('seeds/corpus', e.name, 'meta.json'), 'utf8')) as { title: string; number: string });

/** Rare characters (扩展A 䶮, names 堃喆赟镕), full-width and Latin letters and digits, CJK and ASCII punctuation. */
const ODD_TITLE = '关于䶮堃喆赟镕与ＡＢＣ１２３、ABC-123 & α/β“测试”『引号』【括号】〈书名〉（试行）的通知——第①条；50%～100‰！';

/** What every glyph id 0 (.notdef, the "tofu" box) of the card font looks like as an SVG path. */
const notdefPaths = (['regular', 'bold'] as const).map((w) =>
  new hb.Font(new hb.Face(new hb.Blob(readFileSync(fontPath(w))))).glyphToPath(0),
);

/** A card like the ones the build draws for a document with this title and number. */
const cardOf = (title: string, number: string, label: string | null = '二（三）4'): Card => ({
  eyebrow: `《${title}》`,
  label,
  title,
  footer: `国务院 · ${number}`,
});

describe('the card font (the full Noto Sans SC)', () => {
  test('a box is what it draws for a character it lacks, and `missing` names that character', () => {
    const shaper = cardShaper();
    expect(notdefPaths[1]).not.toBe('');
    expect(shaper.missing('吉𠮷祥')).toEqual(['𠮷']);
    expect(shaper.draw('𠮷', 0, 0, 10, 'bold', '#000')).toContain(notdefPaths[1]);
  });

  test("has a glyph for every character of this seed's cards and its icon", async () => {
    const { plan } = await loadSeed();
    const text = [...cardStrings(plan), iconGlyph(plan.title)].join('');
    expect(cardShaper().missing(text)).toEqual([]);
  });

  test.each(corpus.map((d) => [d.title, d.number]))('draws every character of the corpus card for %s', (title, number) => {
    const card = cardOf(title, number);
    const shaper = cardShaper();
    expect(shaper.missing(Object.values(card).join(''))).toEqual([]);
    const svg = cardSvg(card, shaper);
    for (const box of notdefPaths) expect(svg).not.toContain(box);
  });

  test('draws every character of a title of rare characters, full-width forms, Latin letters and digits', async () => {
    const { plan } = await loadSeed();
    const seedChars = new Set(cardStrings(plan).join(''));
    // The title proves something only with characters the old seed-only subset never had.
    expect([...'䶮堃喆赟镕ＡＢＣ１２３αβ『』【】〈〉①～‰'].filter((c) => seedChars.has(c))).toEqual([]);
    const shaper = cardShaper();
    expect(shaper.missing(ODD_TITLE)).toEqual([]);
    for (const label of ['第十二条', null]) {
      const svg = cardSvg(cardOf(ODD_TITLE, '国办发〔2024〕12号', label), shaper);
      for (const box of notdefPaths) expect(svg).not.toContain(box);
    }
  });

  test('a card whose title has a character beyond the font draws the other lines and no box', () => {
    const shaper = cardShaper();
    const { card, left } = drawable(cardOf('关于𠮷字的通知', '国发〔2024〕1号'), shaper);
    expect(left).toEqual([
      { line: 'document line', chars: ['𠮷'] },
      { line: 'title', chars: ['𠮷'] },
    ]);
    const svg = cardSvg(card, shaper);
    expect(svg).toContain('<path');
    for (const box of notdefPaths) expect(svg).not.toContain(box);
  });
});

describe("this seed's cards", () => {
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

  test('every card of the seed and of the corpus breaks its title between phrases only, with no character alone on a line', async () => {
    const shaper = cardShaper();
    const dirs = [
      'seeds',
      ...readdirSync('seeds/corpus', { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join('seeds/corpus', e.name)),
    ];
    let broken = 0;
    for (const dir of dirs) {
      const { plan } = await loadSeed(dir);
      for (const card of [siteCard(plan), ...plan.units.filter((u) => u.title).map((u) => unitCard(plan, u))]) {
        const drawn: string[] = [];
        cardSvg(card, { ...shaper, draw: (text, ...rest) => (drawn.push(text), shaper.draw(text, ...rest)) });
        const lines = drawn.slice(card.label ? 2 : 1, -1);
        if (lines.at(-1)!.endsWith('…')) continue; // cut short: the ellipsis ends it, not a phrase
        const ends = phrases(card.title).map((_, i, all) => all.slice(0, i + 1).join('').length);
        let at = 0;
        for (const line of lines) {
          at += line.length;
          expect(ends, `${dir}: ${card.title}: ${lines.join(' | ')}`).toContain(at);
          expect([...line].length, `${dir}: ${card.title}`).toBeGreaterThan(1);
        }
        if (lines.length > 1) broken++;
      }
    }
    expect(broken, 'titles that take more than one line').toBeGreaterThan(0);
  });
});
