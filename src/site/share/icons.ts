/** App icons (manifest, apple-touch-icon) drawn like public/favicon.svg, with the glyph as an outline. */
import type { Shaper } from './card.ts';

/** The character on public/favicon.svg. */
export const ICON_GLYPH = '规';
const ACCENT = '#a4262c';

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
    `<rect width="${size}" height="${size}" rx="${radius}" fill="${ACCENT}"/>`,
    shaper.draw(ICON_GLYPH, x, y, glyphSize, 'bold', '#fff'),
    '</svg>',
  ].join('');
}
