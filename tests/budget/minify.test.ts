/**
 * The hand-written scripts and stylesheets of public/js/ ship minified
 * (src/site/build/minify-scripts.ts): every byte of theme.js is paid on each page before
 * interaction, and the sources keep their comments.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifierFor, minifyScript, minifyStyle } from '../../src/site/build/minify-scripts.ts';

const dist = process.env.DIST ?? 'dist';

describe('minifyScript', () => {
  it('drops comments and whitespace but keeps what the code does', async () => {
    const source =
      '// why this runs\n(function (list) {\n  /* the sum */\n  var total = 0;\n  for (var x of list) total += x;\n  out = total;\n})([1, 2, 3]);\n';
    const small = await minifyScript(source);
    expect(small).not.toContain('why');
    expect(small.length).toBeLessThan(source.length / 2);
    const sandbox = { out: 0 };
    runInNewContext(small, sandbox);
    expect(sandbox.out).toBe(6);
  });
});

describe('minifyStyle', () => {
  it('drops comments and whitespace and keeps light-dark() as written', async () => {
    const source = '/* why */\n:root {\n  --bg: light-dark(#fff, #000);\n}\n';
    const small = await minifyStyle(source);
    expect(small).not.toContain('why');
    expect(small).toContain('light-dark(#fff');
    expect(small.length).toBeLessThan(source.length - 12);
  });
});

describe.skipIf(!existsSync(join(dist, 'js')))('the built site', () => {
  it('serves every script and stylesheet of public/js/ minified', async () => {
    const names = (await readdir('public/js')).filter((n) => minifierFor(n));
    expect(names).toEqual(expect.arrayContaining(['theme.js', 'modes.css']));
    for (const n of names) {
      const [built, source] = await Promise.all([readFile(join(dist, 'js', n), 'utf8'), readFile(join('public/js', n), 'utf8')]);
      expect([n, built]).toEqual([n, await minifierFor(n)!(source)]);
    }
  });
});
