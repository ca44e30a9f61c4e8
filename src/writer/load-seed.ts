/** Read the seed and its declared facts from `seeds/` and parse them into the plan model. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ErrataFile, GlossaryConfig, type Plan } from '../model/schema.ts';
import { decodeSeed, ParseError, parsePlan } from '../parser/index.ts';

/** `seeds/edition.json`: which seed to build and the facts about it that the text does not state. */
export const Edition = z.object({
  /** The seed file name inside `seeds/`. */
  seed: z.string().min(1),
  /** The seed's sha256; the build refuses a seed edited by hand. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The errata file name inside `seeds/`. */
  errata: z.string().min(1),
  /** The glossary configuration file name inside `seeds/`. */
  glossary: z.string().min(1),
  /** 发布日期 (publication date, ISO), which the document itself does not print. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** 主题分类, shown in the metadata box. */
  subject: z.string().min(1),
});
export type Edition = z.infer<typeof Edition>;

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
      `${seedPath}: sha256 is ${sha}, but seeds/edition.json declares ${edition.sha256}\nhint: the seed is never edited by hand; declare corrections in seeds/${edition.errata}, or update edition.json for a new seed`,
    );
  }
  const errata = ErrataFile.parse(await readJson(join(seedsDir, edition.errata)));
  const glossary = GlossaryConfig.parse(await readJson(join(seedsDir, edition.glossary)));
  try {
    return { edition, seedPath, plan: parsePlan(decodeSeed(bytes), { errata, glossary }) };
  } catch (e) {
    if (e instanceof ParseError) e.file = seedPath;
    throw e;
  }
}
