/**
 * Read a document and its declared facts (edition.json, errata, glossary configuration) and parse
 * them into the model. Every problem is reported against the file it is in: a field of a JSON
 * file with its line, an erratum by its entry in the errata file, the source by line and column.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { Edition } from '../model/edition.ts';
import { ErrataFile, GlossaryConfig, type Plan } from '../model/schema.ts';
import { decodeSeed, ParseError, parsePlan, type Format } from '../parser/index.ts';
import { detectFormat } from '../parser/read/detect.ts';
import { jsonFieldLine } from './json-position.ts';

export { Edition };

export interface LoadedSeed {
  edition: Edition;
  /** Path of the source file. */
  seedPath: string;
  /** The form it was read in (declared in edition.json, or detected). */
  format: Format;
  plan: Plan;
}

export interface LoadOptions {
  /** Let glossary keys that occur nowhere in the text pass with a warning instead of failing the build. */
  allowUnusedKeys?: boolean;
  /** Where warnings go. */
  warn?: (message: string) => void;
}

/** An error about a file of configuration, shown like a parse error: file:line, code, message, the line, a hint. */
function configError(
  file: string,
  text: string | null,
  line: number,
  message: string,
  hint: string,
  code: ParseError['code'] = 'CONFIG',
): ParseError {
  const error = new ParseError(code, line, message, hint);
  error.file = file;
  if (text !== null) error.sourceLine = text.split('\n')[line - 1];
  return error;
}

async function readText(file: string, what: string, hint: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw configError(file, null, 1, `cannot read ${what}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, hint);
  }
}

/** A JSON file validated by `schema`: every problem with its field, the line it is on, and what was expected. */
async function readJson<S extends z.ZodType>(file: string, schema: S, hint: string): Promise<z.infer<S>> {
  const text = await readText(file, basename(file), hint);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : 1;
    throw configError(
      file,
      text,
      line,
      `not valid JSON: ${(e as Error).message}`,
      'fix the JSON syntax (a missing comma or quote, a trailing comma)',
    );
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(the whole file)';
    return configError(file, text, jsonFieldLine(text, issue.path), `field ${field}: ${issue.message}`, hint);
  });
  errors[0]!.errors = errors;
  throw errors[0]!;
}

/** Report an erratum's error against the errata file: the line of the entry's field, the source line as context. */
function blameErratum(error: ParseError, errataFile: string, errataText: string): ParseError {
  if (!error.erratum) return error;
  const { index, field } = error.erratum;
  const blamed = configError(errataFile, errataText, jsonFieldLine(errataText, [index, field]), error.message, error.hint, error.code);
  blamed.context = error.context;
  return blamed;
}

/** Glossary keys that occur in no unit: a key that never links is a typo or a stale configuration. */
function unusedKeys(plan: Plan): { index: number; key: string }[] {
  const used = new Set(plan.units.flatMap((u) => u.terms.map((t) => `${t.slug}\u0000${t.key}`)));
  return plan.glossary.flatMap((t, index) => t.keys.filter((k) => !used.has(`${t.slug}\u0000${k}`)).map((key) => ({ index, key })));
}

/** Load `edition.json` (or the edition file given) and the document it names. */
export async function loadSeed(seedsDirOrEdition = 'seeds', options: LoadOptions = {}): Promise<LoadedSeed> {
  const editionFile = seedsDirOrEdition.endsWith('.json') ? seedsDirOrEdition : join(seedsDirOrEdition, 'edition.json');
  const dir = dirname(editionFile);
  const edition = await readJson(editionFile, Edition, 'see the fields of edition.json in README.md (“Build your own document”)');
  const seedPath = join(dir, edition.seed);
  let bytes: Buffer;
  try {
    bytes = await readFile(seedPath);
  } catch {
    const text = await readFile(editionFile, 'utf8');
    throw configError(
      editionFile,
      text,
      jsonFieldLine(text, ['seed']),
      `field seed: the source file ${seedPath} does not exist`,
      'name the source file, relative to the folder of edition.json',
    );
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== edition.sha256) {
    const text = await readFile(editionFile, 'utf8');
    throw configError(
      editionFile,
      text,
      jsonFieldLine(text, ['sha256']),
      `${seedPath} has sha256 ${sha}, but edition.json declares ${edition.sha256}`,
      `the seed is never edited by hand; declare corrections in ${edition.errata ?? 'an errata file named in edition.json'}, or update sha256 for a new source`,
    );
  }
  const errataFile = edition.errata && join(dir, edition.errata);
  const errataText = errataFile ? await readText(errataFile, 'the errata file', 'edition.json names it in "errata"') : null;
  const errata = errataFile ? await readJson(errataFile, ErrataFile, 'each erratum has line, original, correction and reason') : [];
  const glossaryFile = edition.glossary && join(dir, edition.glossary);
  const glossary = glossaryFile ? await readJson(glossaryFile, GlossaryConfig, 'each entry has heading, slug and keys') : [];
  const source = decodeSourceOrBlame(bytes, seedPath);
  const format = edition.format ?? detectFormat(source);
  let plan: Plan;
  try {
    plan = parsePlan(source, { errata, glossary, format });
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    const all = e.errors.map((x) => (errataFile && errataText !== null ? blameErratum(x, errataFile, errataText) : x));
    for (const x of all) x.file ??= seedPath;
    all[0]!.errors = all;
    throw all[0]!;
  }
  const unused = glossaryFile ? unusedKeys(plan) : [];
  if (unused.length > 0) {
    const text = await readFile(glossaryFile!, 'utf8');
    const errors = unused.map(({ index, key }) =>
      configError(
        glossaryFile!,
        text,
        jsonFieldLine(text, [index, 'keys']),
        `the key “${key}” of “${plan.glossary[index]!.heading}” occurs nowhere in the text`,
        'correct the key to the words the text uses, or remove it (npm run build -- --allow-unused-keys builds anyway, with a warning)',
      ),
    );
    if (options.allowUnusedKeys) for (const e of errors) options.warn?.(`warning: ${e.formatOne()}`);
    else {
      errors[0]!.errors = errors;
      throw errors[0]!;
    }
  }
  return { edition, seedPath, format, plan };
}

function decodeSourceOrBlame(bytes: Buffer, seedPath: string): string {
  try {
    return decodeSeed(bytes);
  } catch (e) {
    if (e instanceof ParseError) e.file = seedPath;
    throw e;
  }
}
