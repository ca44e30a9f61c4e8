/**
 * The converter over the corpus: every document of seeds/corpus/ built from its page's HTML and
 * from its plain text, each with `scripts/build.ts --edition … --out …` into a scratch directory,
 * as a user would. Prints, per document and form: built or not, units by level, paragraphs of
 * the source conserved in the model, page-break repairs made, and the build's wall time.
 *
 * Usage: npm run bench:corpus [-- --only NAME] [--json OUT.json]; also a section of `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Plan } from '../src/model/schema.ts';
import { loadSeed } from '../src/writer/load-seed.ts';
import { readHtml } from '../src/parser/read/html.ts';
import { expectedText, modelText } from '../tests/support/conservation.ts';
import { readFile } from 'node:fs/promises';

const CORPUS = 'seeds/corpus';
const FORMS = [
  ['html', 'edition.json'],
  ['plain', 'plain.edition.json'],
] as const;

interface Row {
  document: string;
  form: string;
  built: boolean;
  /** The first line of the error when it did not build. */
  error: string | null;
  units: Record<string, number>;
  /** Source paragraphs, and whether the model's text equals the source's (whitespace aside). */
  paragraphs: number;
  conserved: boolean;
  repairs: number;
  buildMs: number;
}

function unitsByLevel(plan: Plan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const u of plan.units) out[u.kind] = (out[u.kind] ?? 0) + 1;
  return out;
}

/** Build every corpus document (or `only` one) from both forms; print a row each and return the rows. */
export async function corpusSection(only?: string): Promise<Row[]> {
  const names = readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory() && (!only || e.name === only))
    .map((e) => e.name)
    .sort();
  const scratch = 'bench/tmp/corpus';
  await mkdir(scratch, { recursive: true });
  const rows: Row[] = [];
  for (const name of names) {
    for (const [form, editionFile] of FORMS)
      rows.push(await buildOne(name, form, join(CORPUS, name, editionFile), join(scratch, `${name}-${form}`)));
  }
  printRows(rows);
  return rows;
}

async function buildOne(name: string, form: string, edition: string, out: string): Promise<Row> {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--edition', edition, '--out', out], { encoding: 'utf8' });
  const buildMs = Math.round(performance.now() - t0);
  const row: Row = {
    document: name,
    form,
    built: r.status === 0,
    error: null,
    units: {},
    paragraphs: 0,
    conserved: false,
    repairs: 0,
    buildMs,
  };
  if (r.status !== 0) row.error = (r.stderr || r.stdout).trim().split('\n')[0] ?? 'failed';
  try {
    const { plan, seedPath, format } = await loadSeed(edition);
    const source = await readFile(seedPath, 'utf8');
    row.units = unitsByLevel(plan);
    row.repairs = plan.repairs.length;
    // Paragraphs of the source with text: blank-line-separated in plain text, text blocks (and tables) of the page.
    row.paragraphs =
      format === 'html' ? readHtml(source).filter((b) => b.kind !== 'rule').length : source.split(/\n\s*\n/).filter((p) => p.trim()).length;
    row.conserved = expectedText(source, plan.errata, format) === modelText(plan);
  } catch (e) {
    row.error ??= (e as Error).message.split('\n')[0]!;
  }
  await rm(out, { recursive: true, force: true });
  return row;
}

const LEVELS = ['part', 'chapter', 'section', 'measure', 'point', 'article', 'clause', 'item'];

function printRows(rows: readonly Row[]): void {
  console.log("\n## The corpus: each document built from its page's HTML and from its plain text (scripts/build.ts --edition … --out …)");
  console.log(['document', 'form', 'built', ...LEVELS, 'paragraphs', 'conserved', 'repairs', 'build ms'].join('\t'));
  for (const r of rows) {
    console.log(
      [
        r.document,
        r.form,
        r.built ? 'yes' : `NO: ${r.error}`,
        ...LEVELS.map((l) => r.units[l] ?? 0),
        r.paragraphs,
        r.conserved ? 'yes' : 'NO',
        r.repairs,
        r.buildMs,
      ].join('\t'),
    );
  }
  const ms = rows.map((r) => r.buildMs).sort((a, b) => a - b);
  console.log(
    `${rows.filter((r) => r.built).length}/${rows.length} built, ${rows.filter((r) => r.conserved).length}/${rows.length} kept their text, ${rows.reduce((n, r) => n + r.repairs, 0)} repairs; build wall ms min / median / max ${ms[0]} / ${ms[Math.floor(ms.length / 2)]} / ${ms.at(-1)} (warm npm cache, one build at a time)`,
  );
}

if (import.meta.main) {
  const { values: args } = parseArgs({ options: { only: { type: 'string' }, json: { type: 'string' } } });
  const rows = await corpusSection(args.only);
  if (args.json) await writeFile(args.json, `${JSON.stringify(rows, null, 2)}\n`);
  if (rows.some((r) => !r.built || !r.conserved)) process.exitCode = 1;
}
