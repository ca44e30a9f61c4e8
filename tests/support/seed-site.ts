/**
 * Build the real seed the way scripts/build.ts does (writer → Astro → Pagefind), into a temporary
 * directory of its own, with a chosen SITE and BASE: for tests of a deployment configuration.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentFiles } from '../../src/writer/mdx.ts';
import { siteModel } from '../../src/extract/index.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';
import { writeTree } from '../../src/writer/write-content.ts';
import { runAstro, runPagefind } from '../../scripts/pipeline.ts';
import type { Plan } from '../../src/model/schema.ts';

export interface SeedSite {
  outDir: string;
  plan: Plan;
  site: string;
  base: string;
}

export async function buildSeedSite(options: { site: string; base: string }): Promise<SeedSite> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-deploy-'));
  const { plan, edition } = await loadSeed();
  await writeTree(join(dir, 'content'), contentFiles(siteModel(plan, edition)));
  const outDir = join(dir, 'dist');
  runAstro(join(dir, 'content'), outDir, {
    quiet: true,
    env: { ASTRO_CACHE_DIR: join(dir, 'cache'), SITE: options.site, BASE: options.base },
  });
  runPagefind(outDir, { quiet: true });
  return { outDir, plan, ...options };
}
