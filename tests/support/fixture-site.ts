/** Build a small plan (a fixture) through the real writer and Astro into a temporary directory. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GlossaryConfigEntry, Plan } from '../../src/model/schema.ts';
import { contentFiles } from '../../src/writer/mdx.ts';
import { Edition } from '../../src/model/edition.ts';
import { siteModel } from '../../src/extract/index.ts';
import { writeTree } from '../../src/writer/write-content.ts';
import { runAstro } from '../../scripts/pipeline.ts';

export interface FixtureSite {
  outDir: string;
  html(path: string): Promise<string>;
}

export async function buildFixtureSite(plan: Plan): Promise<FixtureSite> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-site-'));
  const edition = Edition.parse({
    seed: 'fixture.txt',
    sha256: '0'.repeat(64),
    errata: 'errata.json',
    glossary: 'glossary.json',
    ...(plan.notice ? { published: plan.notice.date } : {}),
    subject: '测试',
  });
  const files = contentFiles(siteModel(plan, edition));
  await writeTree(join(dir, 'content'), files);
  const outDir = join(dir, 'dist');
  runAstro(join(dir, 'content'), outDir, { quiet: true, env: { ASTRO_CACHE_DIR: join(dir, 'cache') } });
  return { outDir, html: (path) => readFile(join(outDir, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8') };
}

export type { GlossaryConfigEntry };
