/**
 * SVG → PNG with resvg, cached on disk by content hash: a rebuild re-renders only the cards whose
 * text changed. The cache directory is SHARE_CACHE_DIR, by default node_modules/.cache/share-cards
 * (kept between builds, unlike Astro's per-build cache).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Bump when the rendering itself changes in a way the SVG text does not show. */
const RENDERER = 'resvg-js 2.6.2';

export const cacheDir = (): string => process.env.SHARE_CACHE_DIR ?? 'node_modules/.cache/share-cards';

/** The PNG of an SVG that draws no text (outlines only), from the cache when it has it. */
export function renderPng(svg: string, width?: number): Buffer {
  const key = createHash('sha256')
    .update(`${RENDERER}\n${width ?? ''}\n${svg}`)
    .digest('hex');
  const file = join(cacheDir(), `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not cached yet: render below.
  }
  const png = new Resvg(svg, {
    font: { loadSystemFonts: false },
    ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}),
  })
    .render()
    .asPng();
  mkdirSync(cacheDir(), { recursive: true });
  // Write then rename, so a concurrent build never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
