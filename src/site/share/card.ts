/**
 * Share cards (Open Graph images) as SVG: pure layout over a `Shaper` that turns text into glyph
 * outlines. Text is drawn as paths, never as <text>, so the PNG renderer needs no fonts and every
 * machine (CI has no CJK fonts) produces the same image.
 */
import { escapeUTF8 } from 'entities';
import type { Plan, Unit } from '../../model/schema.ts';
import { BRAND } from '../lib/brand.ts';
import { ownText } from '../../view/unit.ts';
import { citedTitle } from '../../view/document.ts';
import { summary } from '../lib/text.ts';
import { phrases } from '../lib/phrases.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says: the document line above, the big label, the title lines, the footer. */
export interface Card {
  eyebrow: string;
  label: string | null;
  title: string;
  footer: string;
}

export type Weight = 'regular' | 'bold';

export interface Shaper {
  /** Advance width of `text` at `size` px. */
  measure(text: string, size: number, weight: Weight): number;
  /** SVG of `text` as outlines, baseline at (x, y). */
  draw(text: string, x: number, y: number, size: number, weight: Weight, fill: string): string;
  /** The characters of `text` the font has no glyph for (each once), which would draw as a box. */
  missing(text: string): string[];
}

const COLORS = { paper: BRAND.paper, ink: '#1f2328', muted: '#57606a', accent: BRAND.accent, line: '#d8dee4' };
const MARGIN = 88;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

/** The card of the whole edition: the document's issuer and number over its title. */
export function siteCard(plan: Plan): Card {
  const footer = ['网络版', '全文', '条文链接', ...(plan.glossary.length > 0 ? ['名词解释'] : [])].join(' · ');
  return { eyebrow: issuedBy(plan), label: null, title: plan.title, footer };
}

/** `济南市人民政府 · 济政发〔2023〕1号`; the issuer alone when no number is printed. */
const issuedBy = (plan: Plan): string => [plan.issuer, plan.docNumber].filter(Boolean).join(' · ');

/** A unit's card: the plan's title, the citation label (a chapter's printed marker), the title. */
export function unitCard(plan: Plan, unit: Unit): Card {
  const title = unit.title ?? summary(ownText(unit), 36);
  return {
    eyebrow: `《${citedTitle(plan, unit)}》`,
    label: unit.kind === 'chapter' && unit.marker ? unit.marker : unit.label,
    title,
    footer: issuedBy(plan),
  };
}

/** Every string a card of this plan may draw. */
export function cardStrings(plan: Plan): string[] {
  const cards = [siteCard(plan), ...plan.units.map((u) => unitCard(plan, u))];
  return cards.flatMap((c) => [c.eyebrow, c.label ?? '', c.title, c.footer, ELLIPSIS]);
}

/** `𠮷 (U+20BB7)`: a character as a person can look it up. */
export function describeChar(c: string): string {
  return `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** What each line of a card is called in a warning. */
const LINE_NAMES = { eyebrow: 'document line', label: 'label', title: 'title', footer: 'footer' } as const;

/**
 * The card with every line that has a character the font lacks left out (a box in its place
 * would be worse than no line), and what was left out, for the build to say.
 */
export function drawable(card: Card, shaper: Shaper): { card: Card; left: { line: string; chars: string[] }[] } {
  const left: { line: string; chars: string[] }[] = [];
  const keep = (key: keyof typeof LINE_NAMES, text: string): string => {
    const chars = shaper.missing(text);
    if (!chars.length) return text;
    left.push({ line: LINE_NAMES[key], chars });
    return '';
  };
  const eyebrow = keep('eyebrow', card.eyebrow);
  const label = card.label === null ? null : keep('label', card.label) || null;
  return { card: { eyebrow, label, title: keep('title', card.title), footer: keep('footer', card.footer) }, left };
}

const ELLIPSIS = '…';
/** Characters that may not start a line (Chinese line-breaking rules, 避头). */
const NO_LINE_START = new Set('，。、；：？！）》」』”’〕】…·');

/**
 * Greedy line breaking by measured width, phrase by phrase (src/site/lib/phrases.ts): a line
 * breaks only between the phrases of a title, never inside a word. A phrase wider than a line
 * breaks between characters, except before closing punctuation, which stays with the previous
 * character, and never leaves one character alone on the last line. The last allowed line ends
 * in `…` when the text does not fit.
 */
export function wrap(text: string, width: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const phrase of phrases(text)) {
    if (line && measure(line + phrase) > width) {
      lines.push(line);
      line = '';
    }
    if (measure(line + phrase) <= width) {
      line += phrase;
      continue;
    }
    for (const ch of phrase) {
      if (line && measure(line + ch) > width && !NO_LINE_START.has(ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  const last = [...(lines.at(-1) ?? '')].filter((c) => !NO_LINE_START.has(c));
  const before = [...(lines.at(-2) ?? '')];
  if (last.length === 1 && before.length > 2 && !NO_LINE_START.has(before.at(-1)!)) {
    lines[lines.length - 1] = before.pop()! + lines.at(-1)!;
    lines[lines.length - 2] = before.join('');
  }
  if (lines.length <= maxLines) return lines;
  let end = '';
  for (const ch of lines.slice(maxLines - 1).join('')) {
    if (measure(end + ch) > width) break;
    end += ch;
  }
  while (end && measure(end + ELLIPSIS) > width) end = [...end].slice(0, -1).join('');
  return [...lines.slice(0, maxLines - 1), end + ELLIPSIS];
}

/** The lowest a title line's baseline may sit: clear of the footer rule, descenders included. */
const TITLE_BOTTOM = CARD_HEIGHT - 122 - 36;
/** The site card's title sizes, largest first. */
const TITLE_SIZES = [72, 70, 68, 66, 64, 62, 60, 58, 56, 54, 52, 50, 48];

/**
 * The largest of `sizes` at which `title` fits, whole, in the lines that fit between `top` and
 * the footer rule; at the smallest size, what fits, ending in `…`.
 */
export function fitTitle(
  title: string,
  top: number,
  sizes: readonly number[],
  measure: (s: string, size: number) => number,
): { size: number; lineHeight: number; lines: string[] } {
  let fitted = { size: 0, lineHeight: 0, lines: [] as string[] };
  for (const size of sizes) {
    const lineHeight = Math.round(size * 1.4);
    const maxLines = Math.max(1, Math.floor((TITLE_BOTTOM - top) / lineHeight));
    fitted = { size, lineHeight, lines: wrap(title, TEXT_WIDTH, maxLines, (s) => measure(s, size)) };
    if (fitted.lines.join('') === title) break;
  }
  return fitted;
}

/** The card as a 1200×630 SVG document. */
export function cardSvg(card: Card, shaper: Shaper): string {
  const parts: string[] = [];
  const fit = (text: string, size: number, weight: Weight): number => {
    // Shrink a one-line string (the eyebrow, the footer) until it fits the width.
    let s = size;
    while (s > 16 && shaper.measure(text, s, weight) > TEXT_WIDTH) s -= 2;
    return s;
  };
  const eyebrowSize = fit(card.eyebrow, 36, 'bold');
  parts.push(shaper.draw(card.eyebrow, MARGIN, 132, eyebrowSize, 'bold', COLORS.accent));
  let y = 150;
  if (card.label) {
    const labelSize = fit(card.label, 72, 'bold');
    y += 118;
    parts.push(shaper.draw(card.label, MARGIN, y, labelSize, 'bold', COLORS.ink));
  }
  y += card.label ? 20 : 70;
  // A unit's title gets two lines under its label. The site card's title is the whole document's:
  // it shrinks until it fits (a long 意见 title takes three lines) rather than lose its end.
  const {
    size: titleSize,
    lineHeight,
    lines,
  } = fitTitle(card.title, y, card.label ? [58] : TITLE_SIZES, (s, size) => shaper.measure(s, size, 'bold'));
  for (const line of lines) {
    y += lineHeight;
    parts.push(shaper.draw(line, MARGIN, y, titleSize, 'bold', card.label ? COLORS.ink : COLORS.accent));
  }
  const footerSize = fit(card.footer, 30, 'regular');
  parts.push(shaper.draw(card.footer, MARGIN, CARD_HEIGHT - 62, footerSize, 'regular', COLORS.muted));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<title>${escapeUTF8([card.eyebrow, card.label, card.title].filter(Boolean).join(' '))}</title>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.paper}"/>`,
    `<rect width="24" height="${CARD_HEIGHT}" fill="${COLORS.accent}"/>`,
    `<rect x="${MARGIN}" y="${CARD_HEIGHT - 122}" width="${TEXT_WIDTH}" height="2" fill="${COLORS.line}"/>`,
    ...parts,
    '</svg>',
  ].join('');
}
