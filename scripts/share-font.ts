/**
 * Regenerate the subset fonts the share cards are drawn with (src/site/share/fonts/), from Noto
 * Sans CJK SC (SIL OFL 1.1; on Debian: apt-get install fonts-noto-cjk). Run it when the seed's
 * titles gain characters the committed subset lacks (the build then says which cards fell back to
 * the default image, and tests/deploy/share-font.test.ts fails).
 *
 * Usage: node scripts/share-font.ts [dir-with-NotoSansCJK-*.ttc]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { loadSeed } from '../src/writer/load-seed.ts';
import { cardStrings } from '../src/site/share/card.ts';
import { ICON_GLYPH } from '../src/site/share/icons.ts';
import { FONT_DIR, FONT_FILES } from '../src/site/share/glyphs.ts';

const sourceDir = process.argv[2] ?? '/usr/share/fonts/opentype/noto';
const SOURCES = { regular: 'NotoSansCJK-Regular.ttc', bold: 'NotoSansCJK-Bold.ttc' } as const;
/** Printable ASCII and common Chinese punctuation, so small changes to card wording keep working. */
const ALWAYS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}，。、；：？！（）《》“”‘’〔〕【】…·—`;

/** The index of the Simplified Chinese face inside a Noto CJK collection. */
function scFaceIndex(data: Uint8Array): number {
  const blob = new hb.Blob(data);
  for (let i = 0; i < 10; i++) {
    const name = new hb.Face(blob, i).getName(1, 'en');
    if (name.endsWith(' SC')) return i;
    if (!name) break;
  }
  throw new Error('no "Noto Sans CJK SC" face in the collection');
}

function subset(data: Uint8Array, index: number, text: string): Buffer {
  const wasm = new WebAssembly.Instance(new WebAssembly.Module(readFileSync('node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm')));
  const x = wasm.exports as Record<string, (...a: number[]) => number> & { memory: WebAssembly.Memory };
  const ptr = x.malloc!(data.byteLength);
  new Uint8Array(x.memory.buffer).set(data, ptr);
  const blob = x.hb_blob_create!(ptr, data.byteLength, 2 /* HB_MEMORY_MODE_WRITABLE */, 0, 0);
  const face = x.hb_face_create!(blob, index);
  x.hb_blob_destroy!(blob);
  const input = x.hb_subset_input_create_or_fail!();
  // No hinting (cards are rendered large) and no subroutines: smaller, quicker to draw.
  x.hb_subset_input_set_flags!(input, 0x1 | 0x4);
  const set = x.hb_subset_input_unicode_set!(input);
  for (const c of new Set(text)) x.hb_set_add!(set, c.codePointAt(0)!);
  const result = x.hb_subset_or_fail!(face, input);
  if (!result) throw new Error('hb_subset failed');
  const out = x.hb_face_reference_blob!(result);
  const bytes = Buffer.from(new Uint8Array(x.memory.buffer, x.hb_blob_get_data!(out, 0), x.hb_blob_get_length!(out)));
  return bytes;
}

const { plan } = await loadSeed();
const text = [ALWAYS, ICON_GLYPH, ...cardStrings(plan)].join('');
for (const weight of ['regular', 'bold'] as const) {
  const data = readFileSync(join(sourceDir, SOURCES[weight]));
  const font = subset(data, scFaceIndex(data), text);
  writeFileSync(join(FONT_DIR, FONT_FILES[weight]), font);
  console.log(`${FONT_FILES[weight]}: ${new Set(text).size} characters, ${font.length} bytes`);
}
