/** Brotli and gzip copies beside each text file of a build (src/site/build/precompress.ts). */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../src/site/build/precompress.ts';

const HTML = `<!doctype html><html lang="zh-CN"><body>${'<p>持续优化营商环境，深化“放管服”改革。</p>'.repeat(200)}</body></html>`;
const CSS = `body{margin:0}${'.a{color:red}'.repeat(100)}`;
let dir: string;
let cache: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-precompress-'));
  cache = join(dir, 'cache');
  const files: Record<string, string | Buffer> = {
    'site/index.html': HTML,
    'site/_astro/a.css': CSS,
    'site/tiny.txt': 'a',
    'site/share/1.png': Buffer.from('89504e470d0a1a0a', 'hex'),
    'site/pagefind/fragment/x.pf_fragment': gzipSync('{"url":"/"}'),
  };
  for (const [path, body] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), body);
  }
});

describe('precompress', () => {
  it('writes a Brotli and a gzip copy beside each text file, each unpacking to the file', async () => {
    await precompress(join(dir, 'site'), cache);
    for (const f of ['index.html', '_astro/a.css']) {
      const original = await readFile(join(dir, 'site', f));
      expect(brotliDecompressSync(await readFile(join(dir, 'site', `${f}.br`))).equals(original), f).toBe(true);
      expect(gunzipSync(await readFile(join(dir, 'site', `${f}.gz`))).equals(original), f).toBe(true);
    }
  });

  it('uses each codec at its best level: Brotli quality 11, gzip level 9', async () => {
    const br = await readFile(join(dir, 'site/index.html.br'));
    const gz = await readFile(join(dir, 'site/index.html.gz'));
    expect(br.length).toBeLessThan(brotliCompressSync(HTML, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length);
    expect(gz.length).toBe(gzipSync(HTML, { level: 9 }).length);
    expect(gz.length).toBeLessThanOrEqual(gzipSync(HTML, { level: 6 }).length);
    expect(br.length).toBeLessThan(gz.length);
  });

  it('leaves images, Pagefind’s own gzip files and files that would not shrink alone', async () => {
    for (const f of ['share/1.png', 'pagefind/fragment/x.pf_fragment', 'tiny.txt']) {
      expect([f, existsSync(join(dir, 'site', `${f}.br`)), existsSync(join(dir, 'site', `${f}.gz`))]).toEqual([f, false, false]);
    }
  });

  it('takes a rebuild’s copies from the cache, byte for byte the same', async () => {
    const before = await readFile(join(dir, 'site/index.html.br'));
    const cached = (await readdir(cache)).filter((n) => !n.endsWith('.tmp'));
    // index.html and a.css in two codecs, plus tiny.txt (compressed, found larger, not written).
    expect(cached).toHaveLength(6);
    await precompress(join(dir, 'site'), cache);
    expect((await readFile(join(dir, 'site/index.html.br'))).equals(before)).toBe(true);
    expect(await readdir(cache)).toHaveLength(6);
  });
});

describe('the built site', () => {
  it('carries a Brotli and a gzip copy of every page, script and stylesheet, each unpacking to the file', async () => {
    const dist = process.env.DIST ?? 'dist';
    // npm test builds first; a missing build is a failure to report, not a reason to skip.
    expect(existsSync(join(dist, 'index.html')), `${dist}/ is not built: run \`npm run build\` first`).toBe(true);
    const files = (await readdir(dist, { recursive: true })).map(String).filter((f) => /\.(html|css|js|json|xml|svg)$/.test(f));
    expect(files.length).toBeGreaterThan(170);
    const wrong: string[] = [];
    for (const f of files) {
      const original = await readFile(join(dist, f));
      const br = await readFile(join(dist, `${f}.br`)).catch(() => null);
      const gz = await readFile(join(dist, `${f}.gz`)).catch(() => null);
      // A copy may be missing only where compression would not shrink the file.
      if (!br || !gz) {
        if (brotliCompressSync(original).length < original.length) wrong.push(`${f}: no copy`);
        continue;
      }
      if (!brotliDecompressSync(br).equals(original) || !gunzipSync(gz).equals(original)) wrong.push(`${f}: a copy differs`);
    }
    expect(wrong).toEqual([]);
  });
});
