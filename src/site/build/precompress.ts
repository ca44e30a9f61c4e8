/**
 * Brotli and gzip copies of every text file of a built site, at each codec's best level, written
 * beside the file (`index.html.br`, `index.html.gz`) for servers that send them as they are
 * (nginx `brotli_static` / `gzip_static`, scripts/serve.ts): readers get the smallest bytes and the
 * server compresses nothing per request. A copy is written only when it is smaller than the file.
 *
 * Brotli at quality 11 is slow (about a second per megabyte), so each compressed copy is cached
 * on disk by the hash of its input (PRECOMPRESS_CACHE_DIR, by default
 * node_modules/.cache/precompress): a rebuild compresses only the files whose bytes changed.
 * Pagefind's index files and wasm are gzip already and are left alone, as are images.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { gzip } from './gzip.ts';

/** Files a browser receives as text and a server would compress. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|csv|svg|webmanifest)$/;

const brotli = promisify(brotliCompress);

/** The two codecs, each at its best level; the same input always gives the same bytes. */
export const CODECS = {
  br: (b: Buffer) =>
    brotli(b, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
      },
    }),
  /** Level 9, with a deflate block ended at an HTML page's `</head>` (gzip.ts). */
  gz: async (b: Buffer) => gzip(b),
} as const;
export type Codec = keyof typeof CODECS;

export const precompressCacheDir = (): string => process.env.PRECOMPRESS_CACHE_DIR ?? 'node_modules/.cache/precompress';

/** The compressed bytes of `body`, from the cache when it has them. */
async function compressed(codec: Codec, body: Buffer, cache: string): Promise<Buffer> {
  const key = createHash('sha256').update(`${codec} best 2\n`).update(body).digest('hex');
  const file = join(cache, `${key}.${codec}`);
  const hit = await readFile(file).catch(() => null);
  if (hit) return hit;
  const out = await CODECS[codec](body);
  // Write then rename, so a concurrent build never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, out);
  await rename(tmp, file);
  return out;
}

export interface PrecompressFigures {
  /** Text files found. */
  files: number;
  /** Compressed copies written, per codec. */
  written: Record<Codec, number>;
}

/** Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir`. */
export async function precompress(dir: string, cache = precompressCacheDir()): Promise<PrecompressFigures> {
  mkdirSync(cache, { recursive: true });
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const written: Record<Codec, number> = { br: 0, gz: 0 };
  await Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      for (const codec of Object.keys(CODECS) as Codec[]) {
        const out = await compressed(codec, body, cache);
        if (out.length >= body.length) continue;
        await writeFile(`${file}.${codec}`, out);
        written[codec]++;
      }
    }),
  );
  return { files: files.length, written };
}
