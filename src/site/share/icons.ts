/**
 * The site's icons (favicon.svg, the manifest's PNGs, apple-touch-icon): one character in white
 * on the brand colour, drawn as an outline so no browser or renderer needs a Chinese font.
 */
import { BRAND } from '../lib/brand.ts';
import { describeChar, type Shaper } from './card.ts';
import { genreOf, titleCore } from '../../view/document.ts';

/**
 * The character on the app icon: `declared` (edition.json's `iconGlyph`) when given; otherwise
 * the first character of the genre word the title ends with, a trailing bracketed note aside
 * (规划 → 规, 意见 → 意, 通知 → 通, 条例 → 条, 办法（试行） → 办); failing that, the title's last
 * Chinese character, since the genre word closes a title; failing that, its first character.
 */
export function iconGlyph(title: string, declared?: string): string {
  if (declared) return declared;
  const core = titleCore(title);
  const genre = genreOf(title);
  if (genre) return [...genre][0]!;
  const han = core.match(/\p{Script=Han}/gu);
  if (han) return han.at(-1)!;
  const first = [...title.trim()][0];
  if (!first) throw new Error('the document has an empty title: there is no character to put on its icon');
  return first;
}

/**
 * A square icon. `maskable` fills the whole square and keeps the glyph inside the central 80%
 * safe zone, since platforms crop maskable icons to their own shape.
 */
export function iconSvg(size: number, glyph: string, shaper: Shaper, maskable = false): string {
  const lacking = shaper.missing(glyph);
  if (lacking.length) {
    throw new Error(
      `app icon: the card font (Noto Sans SC) has no glyph for ${lacking.map(describeChar).join(', ')}\n` +
        '  hint: set "iconGlyph" in edition.json to a character it has, e.g. the first character of the genre word (规, 意, 通)',
    );
  }
  const glyphSize = Math.round(size * (maskable ? 0.5 : 0.62));
  const width = shaper.measure(glyph, glyphSize, 'bold');
  const x = (size - width) / 2;
  // CJK glyphs sit on an ideographic em box: the baseline is ~0.12 em above its bottom.
  const y = size / 2 + glyphSize * 0.38;
  const radius = maskable ? 0 : Math.round(size * 0.1875);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `<rect width="${size}" height="${size}" rx="${radius}" fill="${BRAND.accent}"/>`,
    shaper.draw(glyph, x, y, glyphSize, 'bold', '#fff'),
    '</svg>',
  ].join('');
}
