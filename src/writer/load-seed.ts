/** Read the seed and its declared facts from `seeds/` and parse them into the plan model. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Edition } from '../model/edition.ts';
import { ErrataFile, GlossaryConfig, type Plan } from '../model/schema.ts';
import { decodeSeed, ParseError, parsePlan } from '../parser/index.ts';

export { Edition };

export class SeedError extends Error {
  override name = 'SeedError';
}

export interface LoadedSeed {
  edition: Edition;
  seedPath: string;
  plan: Plan;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new SeedError(`${path}: cannot read JSON (${(e as Error).message})`);
  }
}

export async function loadSeed(seedsDir = 'seeds'): Promise<LoadedSeed> {
  const edition = Edition.parse(await readJson(join(seedsDir, 'edition.json')));
  const seedPath = join(seedsDir, edition.seed);
  const bytes = await readFile(seedPath);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== edition.sha256) {
    throw new SeedError(
      `${seedPath}: sha256 is ${sha}, but seeds/edition.json declares ${edition.sha256}\nhint: the seed is never edited by hand; declare corrections in ${edition.errata ?? 'an errata file named in edition.json'}, or update edition.json for a new seed`,
    );
  }
  const errata = edition.errata ? ErrataFile.parse(await readJson(join(seedsDir, edition.errata))) : [];
  const glossary = edition.glossary ? GlossaryConfig.parse(await readJson(join(seedsDir, edition.glossary))) : [];
  try {
    return { edition, seedPath, plan: parsePlan(decodeSeed(bytes), { errata, glossary }) };
  } catch (e) {
    if (e instanceof ParseError) e.file = seedPath;
    throw e;
  }
}
