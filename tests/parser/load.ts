/** Loading for the parser tests: the real seed with its errata and glossary, and fixture documents. */
import { existsSync, readFileSync } from 'node:fs';
import { ErrataFile, GlossaryConfig, type Erratum, type GlossaryConfigEntry, type Plan } from '../../src/model/schema.ts';
import { ParseError, parsePlan } from '../../src/parser/index.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string): Buffer => readFileSync(new URL(path, root));

export const SEED = 'seeds/000_9dc900354485ed29.txt';

export const seedBytes = (): Buffer => read(SEED);
export const seedSource = (): string => read(SEED).toString('utf8');
export const seedErrata = (): Erratum[] => ErrataFile.parse(JSON.parse(read('seeds/errata.json').toString('utf8')));
export const seedGlossary = (): GlossaryConfigEntry[] => GlossaryConfig.parse(JSON.parse(read('seeds/glossary.json').toString('utf8')));

/** The seed parsed as the build parses it. */
export function parseSeed(source = seedSource()): Plan {
  return parsePlan(source, { errata: seedErrata(), glossary: seedGlossary() });
}

const fixturePath = (name: string, file: string): string => `tests/fixtures/parser/${name}/${file}`;

export const fixtureBytes = (name: string, file = 'input.txt'): Buffer => read(fixturePath(name, file));
export const fixture = (name: string, file = 'input.txt'): string => fixtureBytes(name, file).toString('utf8');
/** A fixture's errata.json, or no errata when it has none. */
export function fixtureErrata(name: string): Erratum[] {
  if (!existsSync(new URL(fixturePath(name, 'errata.json'), root))) return [];
  return ErrataFile.parse(JSON.parse(fixture(name, 'errata.json')));
}

/** Run `parse` and return the ParseError it throws; fail the test if it succeeds or throws anything else. */
export function parseErrorOf(parse: () => unknown): ParseError {
  try {
    parse();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('expected a ParseError, but the input parsed');
}

/** Look a unit up by id; a missing id fails the test with its name. */
export function unitOf(plan: Plan, id: string): Plan['units'][number] {
  const unit = plan.units.find((u) => u.id === id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit;
}
