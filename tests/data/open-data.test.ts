/**
 * The open data in the built dist/ (run `npm run build` first; `npm test` does): /plan.json
 * against its published JSON Schema and the model, /measures.csv read back, and both
 * byte-identical in a second build.
 */
import { readFile, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PlanExport } from '../../src/data/export.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';
import { contentFiles } from '../../src/writer/mdx.ts';
import { siteModel } from '../../src/extract/index.ts';
import { writeTree } from '../../src/writer/write-content.ts';
import { runAstro } from '../../scripts/pipeline.ts';
import type { Plan } from '../../src/model/schema.ts';
import { parseCsv } from './csv.ts';

const DIST = 'dist';
const read = (path: string, dir = DIST) => readFile(join(dir, path));
let plan: Plan;
let json: unknown;
let schema: Record<string, unknown>;

beforeAll(async () => {
  plan = (await loadSeed()).plan;
  json = JSON.parse((await read('plan.json')).toString('utf8'));
  schema = JSON.parse((await read('plan.schema.json')).toString('utf8'));
});

describe('/plan.json', () => {
  it('validates against the published /plan.schema.json', () => {
    const fromSchema = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
    expect(() => fromSchema.parse(json)).not.toThrow();
  });

  it('is rejected by the published schema when a unit loses its eId', () => {
    const fromSchema = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
    const broken = structuredClone(json) as { units: Array<Record<string, unknown>> };
    delete broken.units[0]!.eId;
    expect(fromSchema.safeParse(broken).success).toBe(false);
  });

  it('parses with the zod schema the site uses', () => {
    expect(PlanExport.safeParse(json).success).toBe(true);
  });

  it('holds every unit of the model, in reading order, with its text and label', () => {
    const data = PlanExport.parse(json);
    expect(data.units.map((u) => u.id)).toEqual(plan.units.map((u) => u.id));
    data.units.forEach((u, i) => {
      expect(u.label).toBe(plan.units[i]!.label);
      expect(u.text).toBe(plan.units[i]!.paragraphs.map((p) => p.text).join('\n'));
    });
  });

  it('gives every unit a unique Akoma Ntoso-style eId, one segment per level', () => {
    const data = PlanExport.parse(json);
    expect(new Set(data.units.map((u) => u.eId)).size).toBe(data.units.length);
    for (const u of data.units) expect(u.eId.split('__')).toHaveLength(u.path.length);
    expect(data.units.find((u) => u.id === '3-1-2')!.eId).toBe('chp_3__sec_1__point_2');
  });

  it('gives every unit a permalink that is a page of the build', () => {
    for (const u of PlanExport.parse(json).units) {
      expect(u.url.endsWith(`/m/${u.id}/`)).toBe(true);
      expect(existsSync(join(DIST, 'm', u.id, 'index.html'))).toBe(true);
    }
  });

  it('carries the terms, targets, achievements, glossary and errata', () => {
    const data = PlanExport.parse(json);
    expect(data.terms.length).toBeGreaterThan(100);
    expect(data.targets.length).toBeGreaterThanOrEqual(14);
    expect(data.achievements.length).toBeGreaterThan(0);
    expect(data.glossary).toEqual(plan.glossary);
    expect(data.errata).toEqual(plan.errata);
  });
});

describe('/measures.csv', () => {
  it('is UTF-8 with a byte-order mark and CRLF line ends', async () => {
    const bytes = await read('measures.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/^\uFEFFid,[^\n]*\r\n/);
  });

  it('parses back to the same units as plan.json', async () => {
    const [header, ...rows] = parseCsv((await read('measures.csv')).toString('utf8').slice(1));
    const units = PlanExport.parse(json).units;
    expect(header).toEqual(['id', 'eId', 'kind', 'label', 'citation', 'title', 'text', 'url']);
    expect(rows).toEqual(units.map((u) => [u.id, u.eId, u.kind, u.label, u.citation, u.title ?? '', u.text, u.url]));
  });
});

describe('determinism', () => {
  it('a second build writes byte-identical open data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-data-'));
    const { plan: p, edition } = await loadSeed();
    await writeTree(join(dir, 'content'), contentFiles(siteModel(p, edition)));
    runAstro(join(dir, 'content'), join(dir, 'dist'), { quiet: true, env: { ASTRO_CACHE_DIR: join(dir, 'cache') } });
    for (const file of ['plan.json', 'plan.schema.json', 'measures.csv']) {
      expect((await read(file, join(dir, 'dist'))).equals(await read(file)), file).toBe(true);
    }
  }, 120_000);
});
