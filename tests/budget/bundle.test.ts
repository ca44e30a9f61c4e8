/**
 * The browser code of src/client/ and the search module ship bundled and minified
 * (src/site/build/bundle.ts): every byte of theme.js is paid on each page before interaction,
 * and the sources keep their comments and types.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildClient, minifyStyle } from '../../src/site/build/bundle.ts';

const dist = process.env.DIST ?? 'dist';
const FIXTURE = 'tests/fixtures/client';

describe('buildClient', async () => {
  const files = await buildClient(`${FIXTURE}/scripts`, `${FIXTURE}/module/entry.ts`);

  it('serves each script and stylesheet of the folder by its name, the module as search.js, and no type declarations', () => {
    expect([...files.keys()]).toEqual(['panel.css', 'search.js', 'sum.js']);
  });

  it('bundles a script with what it imports into one classic script that leaks no names', () => {
    const sum = files.get('sum.js')!;
    expect(sum).not.toMatch(/\bimport\b|\bexport\b/);
    const sandbox: { out?: number } = {};
    runInNewContext(sum, sandbox);
    expect(sandbox).toEqual({ out: 6 });
  });

  it('drops comments, whitespace and unused exports', () => {
    const sum = files.get('sum.js')!;
    expect(sum).not.toContain('why');
    expect(sum).not.toContain('never used');
    expect(sum.trim().split('\n')).toHaveLength(1);
  });

  it('keeps the search entry an ES module with its exports', () => {
    expect(files.get('search.js')).toMatch(/export\s*\{/);
  });

  it('minifies the stylesheets and keeps light-dark() as written', () => {
    expect(files.get('panel.css')).not.toContain('why');
    expect(files.get('panel.css')).toContain('light-dark(#fff');
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

describe('the built site', () => {
  it('serves in js/ exactly the bundled scripts and stylesheets of src/client/ and search.js, as built', async () => {
    // npm test builds first; a missing build is a failure to report, not a reason to skip.
    expect(existsSync(join(dist, 'js')), `${dist}/js/ is missing: run \`npm run build\` first`).toBe(true);
    const files = await buildClient();
    expect([...files.keys()]).toEqual(expect.arrayContaining(['theme.js', 'site.js', 'modes.css', 'search.js']));
    // Beside each file, the build's precompressed copies (.br, .gz) for the server to send.
    const served = (await readdir(join(dist, 'js'))).filter((n) => !/\.(br|gz)$/.test(n));
    expect(served.sort()).toEqual([...files.keys()].sort());
    for (const [name, code] of files) expect([name, await readFile(join(dist, 'js', name), 'utf8')]).toEqual([name, code]);
  });
});
