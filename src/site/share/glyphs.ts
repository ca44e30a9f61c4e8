/**
 * The card shaper: HarfBuzz shapes text with the subset fonts in ./fonts and returns glyph
 * outlines as SVG paths. Outlines are cached per glyph for the whole build (a card reuses most
 * of the glyphs of the one before).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import type { Shaper, Weight } from './card.ts';

/** The subset fonts, relative to the project root (the build runs there; bundling moves this module). */
export const FONT_DIR = 'src/site/share/fonts';
export const FONT_FILES: Record<Weight, string> = { regular: 'NotoSansSC-Regular.subset.otf', bold: 'NotoSansSC-Bold.subset.otf' };

interface Face {
  font: hb.Font;
  upem: number;
  unicodes: Set<number>;
  paths: Map<number, string>;
}

function loadFace(file: string): Face {
  const face = new hb.Face(new hb.Blob(readFileSync(join(FONT_DIR, file))));
  return { font: new hb.Font(face), upem: face.upem, unicodes: new Set(face.collectUnicodes()), paths: new Map() };
}

let shaper: Shaper | null = null;

/** One shaper per process, built on first use. */
export function cardShaper(): Shaper {
  if (shaper) return shaper;
  const faces: Record<Weight, Face> = { regular: loadFace(FONT_FILES.regular), bold: loadFace(FONT_FILES.bold) };
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
    covers(text) {
      return [...text].every(
        (c) => /\s/.test(c) || (faces.regular.unicodes.has(c.codePointAt(0)!) && faces.bold.unicodes.has(c.codePointAt(0)!)),
      );
    },
  };
  return shaper;
}
