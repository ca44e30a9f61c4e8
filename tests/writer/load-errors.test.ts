/**
 * Errors that name the right file: a problem in edition.json, errata.json or glossary.json is
 * reported against that file, its field and line, with what was expected and a hint; a source
 * that is missing or is not a document is said to be so, before any erratum is applied.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ParseError } from '../../src/parser/index.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-errors-'));
  await cp('seeds', dir, { recursive: true, filter: (src) => !src.includes('corpus') });
});

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(join(dir, file), change(await readFile(join(dir, file), 'utf8')));
}

/** The report the build prints, with the temporary directory written as `seeds`. */
async function report(options: Parameters<typeof loadSeed>[1] = {}): Promise<string> {
  try {
    await loadSeed(dir, options);
  } catch (e) {
    if (e instanceof ParseError) return e.format().replaceAll(dir, 'seeds');
    throw e;
  }
  throw new Error('expected the load to fail');
}

describe('edition.json', () => {
  it('names the field, its line and what it expects, not a raw ZodError', async () => {
    await edit('edition.json', (t) => t.replace('"end": "2025-12-31"', '"end": "2025/12/31"'));
    expect(await report()).toMatchInlineSnapshot(`
      "seeds/edition.json:12: [CONFIG] field period.end: expected an ISO date like 2023-02-10
        12 |   "period": { "start": "2021-01-01", "end": "2025/12/31" },
      hint: see the fields of edition.json in README.md (“Build your own document”)"
    `);
  });

  it('says the source file it names does not exist, at the seed field', async () => {
    await edit('edition.json', (t) => t.replace('"seed": "000_9dc900354485ed29.txt"', '"seed": "missing.txt"'));
    expect(await report()).toMatchInlineSnapshot(`
      "seeds/edition.json:2: [CONFIG] field seed: the source file seeds/missing.txt does not exist
        2 |   "seed": "missing.txt",
      hint: name the source file, relative to the folder of edition.json"
    `);
  });

  it('shows where the JSON is broken', async () => {
    await edit('edition.json', (t) => t.replace('"format": "markdown",', '"format": "markdown"'));
    expect(await report()).toMatch(/^seeds\/edition\.json:\d+: \[CONFIG\] not valid JSON/);
  });
});

describe('errata.json', () => {
  it('blames an erratum whose original is not on its line on the entry, and shows the source line around it', async () => {
    await edit('errata.json', (t) => t.replace('"original": "布局 and 国土空间体系"', '"original": "布局 und 国土空间体系"'));
    expect(await report()).toMatchInlineSnapshot(`
      "seeds/errata.json:4: [ERRATUM_MISMATCH] erratum 1 expects “布局 und 国土空间体系” exactly once on line 59, found it 0 time(s)
        4 |     "original": "布局 und 国土空间体系",
      line 59 of the source:
        59 | …略，是构建优势互补、高质量发展的区域经济布局 and 国土空间体系的重要工程，把济南市放在国家发展大局、生态文明建设全局、区域协调发展布局中高点定位。“强省会”…
           |                                          ^
      hint: check the line number and the original text of this entry against the source line shown"
    `);
  });

  it('says that an erratum’s line does not exist, at the entry’s line field', async () => {
    await edit('errata.json', (t) => t.replace('"line": 59,', '"line": 5900,'));
    expect(await report()).toMatchInlineSnapshot(`
      "seeds/errata.json:3: [ERRATUM_MISMATCH] erratum 1 is for line 5900, which does not exist: the source has 490 lines
        3 |     "line": 5900,
      hint: check the line number of this entry"
    `);
  });

  it('reports every bad erratum of the file in one run', async () => {
    await edit('errata.json', (t) =>
      t.replace('"line": 59,', '"line": 5900,').replace('"original": "落实情况 and 效果"', '"original": "落实情况 und 效果"'),
    );
    const text = await report();
    expect(text).toMatch(/^2 errors in seeds\/errata\.json:/);
  });
});

describe('glossary.json', () => {
  it('fails on a key that occurs nowhere in the text, naming the key and the file', async () => {
    await edit('glossary.json', (t) => t.replace('"keys": ["五化"]', '"keys": ["五化", "六化"]'));
    expect(await report()).toMatchInlineSnapshot(`
      "seeds/glossary.json:9: [CONFIG] the key “六化” of “政务服务“五化”改革” occurs nowhere in the text
        9 |   { "heading": "政务服务“五化”改革", "slug": "wu-hua", "keys": ["五化", "六化"] },
      hint: correct the key to the words the text uses, or remove it (npm run build -- --allow-unused-keys builds anyway, with a warning)"
    `);
  });

  it('only warns about it with --allow-unused-keys', async () => {
    await edit('glossary.json', (t) => t.replace('"keys": ["五化"]', '"keys": ["五化", "六化"]'));
    const warnings: string[] = [];
    const { plan } = await loadSeed(dir, { allowUnusedKeys: true, warn: (m) => warnings.push(m) });
    expect(plan.glossary).toHaveLength(10);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('“六化”');
  });
});

describe('the source', () => {
  it('is refused when it is not a document (an SVG), before any erratum is tried on it', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>规</text></svg>\n';
    await writeFile(join(dir, '000_9dc900354485ed29.txt'), svg);
    await edit('edition.json', (t) => t.replace(/"sha256": "[0-9a-f]+"/, `"sha256": "${createHash('sha256').update(svg).digest('hex')}"`));
    expect(await report()).toMatchInlineSnapshot(`
      "seeds/000_9dc900354485ed29.txt:1:1: [NOT_A_DOCUMENT] the source is an XML or SVG file, not a document
        1 | <svg xmlns="http://www.w3.org/2000/svg"><text>规</text></svg>
          | ^
      hint: give the document’s text: the page’s HTML, plain text, or the seed’s Markdown"
    `);
  });
});
