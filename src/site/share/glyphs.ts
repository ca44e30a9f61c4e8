/**
 * The card shaper: HarfBuzz shapes text with the full Noto Sans SC (the npm package
 * @expo-google-fonts/noto-sans-sc, SIL OFL 1.1) and returns glyph outlines as SVG paths. The
 * whole font is shaped directly, not a subset: opening both 10 MB faces takes ~0.1 s once per
 * build, less than subsetting them would, and any title of any document is covered without a
 * list of characters to keep up to date. Outlines are cached per glyph for the whole build (a
 * card reuses most of the glyphs of the one before).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import type { Shaper, Weight } from './card.ts';

/** The npm package the font comes from, and its files (static TrueType, one per weight). */
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
export const FONT_FILES: Record<Weight, string> = {
  regular: '400Regular/NotoSansSC_400Regular.ttf',
  bold: '700Bold/NotoSansSC_700Bold.ttf',
};

/**
 * A font file's path, resolved from the project root (the build runs there; Astro's bundling
 * moves this module, so its own URL says nothing about where node_modules is).
 */
export function fontPath(weight: Weight): string {
  return createRequire(join(process.cwd(), 'package.json')).resolve(`${FONT_PACKAGE}/${FONT_FILES[weight]}`);
}

interface Face {
  font: hb.Font;
  upem: number;
  paths: Map<number, string>;
}

function loadFace(weight: Weight): Face {
  const face = new hb.Face(new hb.Blob(readFileSync(fontPath(weight))));
  return { font: new hb.Font(face), upem: face.upem, paths: new Map() };
}

/** Glyph id 0: what a font draws for a character it has no glyph for (the "tofu" box). */
const NOTDEF = 0;

let shaper: Shaper | null = null;

/** One shaper per process, built on first use. */
export function cardShaper(): Shaper {
  if (shaper) return shaper;
  const faces: Record<Weight, Face> = { regular: loadFace('regular'), bold: loadFace('bold') };
  const shape = (text: string, weight: Weight) => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(faces[weight].font, buffer);
    return { infos: buffer.getGlyphInfos(), positions: buffer.getGlyphPositions() };
  };
  shaper = {
    measure(text, size, weight) {
      const { positions } = shape(text, weight);
      return (positions.reduce((sum, p) => sum + p.xAdvance, 0) * size) / faces[weight].upem;
    },
    draw(text, x, y, size, weight, fill) {
      const face = faces[weight];
      const { infos, positions } = shape(text, weight);
      const scale = size / face.upem;
      let pen = 0;
      const out: string[] = [];
      infos.forEach((info, i) => {
        const p = positions[i]!;
        let d = face.paths.get(info.codepoint);
        if (d === undefined) {
          d = face.font.glyphToPath(info.codepoint);
          face.paths.set(info.codepoint, d);
        }
        if (d) {
          const gx = (x + (pen + p.xOffset) * scale).toFixed(1);
          const gy = (y - p.yOffset * scale).toFixed(1);
          out.push(`<path transform="translate(${gx} ${gy}) scale(${scale.toFixed(4)} ${(-scale).toFixed(4)})" d="${d}"/>`);
        }
        pen += p.xAdvance;
      });
      return `<g fill="${fill}">${out.join('')}</g>`;
    },
    missing(text) {
      // Shaping, not a cmap look-up, decides: HarfBuzz hides default-ignorable characters (zero
      // width space, variation selectors) the font lacks, and those draw nothing rather than a box.
      const lacking = new Set<string>();
      for (const weight of ['regular', 'bold'] as const) {
        for (const info of shape(text, weight).infos) {
          // Clusters are UTF-16 offsets into `text` (harfbuzzjs adds text as UTF-16).
          if (info.codepoint === NOTDEF) lacking.add(String.fromCodePoint(text.codePointAt(info.cluster)!));
        }
      }
      return [...lacking];
    },
  };
  return shaper;
}
