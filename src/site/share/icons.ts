/**
 * The site's icons: the favicon, an SVG whose glyph the browser draws in its own font, and the app
 * icons (manifest, apple-touch-icon), drawn the same way with the glyph as an outline for PNG.
 */
import { BRAND } from '../lib/brand.ts';
import type { Shaper } from './card.ts';

/** The character on every icon. */
export const ICON_GLYPH = '规';

/** /favicon.svg. */
export const faviconSvg = (): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BRAND.accent}"/>` +
  `<text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff" font-family="sans-serif">${ICON_GLYPH}</text></svg>\n`;

/**
 * A square icon. `maskable` fills the whole square and keeps the glyph inside the central 80%
 * safe zone, since platforms crop maskable icons to their own shape.
 */
export function iconSvg(size: number, shaper: Shaper, maskable = false): string {
  const glyphSize = Math.round(size * (maskable ? 0.5 : 0.62));
  const width = shaper.measure(ICON_GLYPH, glyphSize, 'bold');
  const x = (size - width) / 2;
  // CJK glyphs sit on an ideographic em box: the baseline is ~0.12 em above its bottom.
  const y = size / 2 + glyphSize * 0.38;
  const radius = maskable ? 0 : Math.round(size * 0.1875);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `<rect width="${size}" height="${size}" rx="${radius}" fill="${BRAND.accent}"/>`,
    shaper.draw(ICON_GLYPH, x, y, glyphSize, 'bold', '#fff'),
    '</svg>',
  ].join('');
}
