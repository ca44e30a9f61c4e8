/**
 * The speed and weight sections of `npm run bench` (issue 7): clean builds, page weights,
 * growth to a plan ten times the size, Lighthouse. Each prints its figures and returns them for
 * bench/results/latest.json. Figures only: nothing here fails because the machine was slow.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildAnchor, prepareAnchor, type AnchorRun } from './anchor.ts';
import { cleanBuilds, spread, type BuildFigures, type Spread } from './build.ts';
import { lighthouse, type LighthouseFigures } from './lighthouse.ts';
import { printSizes, sizeFigures, type SizeFigures } from './sizes.ts';
import { writeSyntheticSeeds } from './synthetic.ts';
import { siteWeights } from './weights.ts';

/** Scratch space, inside the project so the build's directory swaps stay on one filesystem. */
export const SCRATCH = 'bench/tmp';
/** Where the real plan's clean builds leave their last output. */
export const REAL = join(SCRATCH, 'real');

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const total = (phases: Record<string, number>) => Object.values(phases).reduce((a, b) => a + b, 0);

const range = (x: Spread) => `${s(x.min)} / ${s(x.median)} / ${s(x.max)}`;

function printBuild(title: string, b: BuildFigures): void {
  const m = b.median;
  console.log(`\n## ${title}: ${b.coldRuns.length} cold and ${b.runs.length} warm clean builds`);
  console.log(`wall, min / median / max: cold ${range(b.spread.cold.wallMs)}; warm ${range(b.spread.warm.wallMs)}`);
  console.log(`CPU (user+sys, all processes), min / median / max: cold ${range(b.spread.cold.cpuMs)}; warm ${range(b.spread.warm.cpuMs)}`);
  console.log(
    `warm phases (median): ${Object.entries(m.phases)
      .map(([k, v]) => `${k} ${s(v)}`)
      .join(', ')}; sum ${s(total(m.phases))}`,
  );
  console.log(
    `peak memory (warm median): Astro ${m.astroRssMB} MB; whole build ${m.treeRssMB ?? '?'} MB; cold: Astro ${b.cold.astroRssMB} MB`,
  );
  const queued = [...b.coldRuns, ...b.runs].filter((r) => r.waitedMs).map((r) => s(r.waitedMs));
  if (queued.length) console.log(`time queued for the Astro lock behind other builds, left out of the wall times: ${queued.join(', ')}`);
  console.log(
    `load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs`,
  );
}

export interface AnchorBuilds {
  /** Clean `astro build` runs of the anchor (Pagefind included), cold then warm, alternating with the project's. */
  coldRuns: AnchorRun[];
  runs: AnchorRun[];
  spread: { cold: Spread; warm: Spread };
  pages: number;
  dir: string;
}

/**
 * The project's clean builds, cold then warm, alternating build for build with the Starlight
 * anchor's when ../shared/anchors is there: both measured in the same run, on the same machine
 * at the same moments.
 */
export async function buildSection(
  runs: number,
  coldRuns: number,
): Promise<{ project: BuildFigures; anchor: AnchorBuilds | { skipped: string } }> {
  console.log('\n## Clean builds: this project and the Starlight anchor, alternately');
  const prepared = await prepareAnchor(console.log);
  const made: { cold: AnchorRun[]; warm: AnchorRun[] } = { cold: [], warm: [] };
  const alongside =
    'dir' in prepared
      ? async (cold: boolean) => {
          const r = await buildAnchor(prepared.dir, cold);
          (cold ? made.cold : made.warm).push(r);
          console.log(`  anchor ${cold ? 'cold' : 'warm'} build: wall ${r.wallMs} ms (${r.pages} pages)`);
        }
      : undefined;
  if ('skipped' in prepared) console.log(`Starlight anchor skipped: ${prepared.skipped}`);
  const project = await cleanBuilds(runs, REAL, 'seeds', { cold: coldRuns, log: console.log, alongside });
  printBuild('This project, real plan', project);
  if ('skipped' in prepared) return { project, anchor: prepared };
  const anchor: AnchorBuilds = {
    coldRuns: made.cold,
    runs: made.warm,
    spread: { cold: spread(made.cold.map((r) => r.wallMs)), warm: spread(made.warm.map((r) => r.wallMs)) },
    pages: made.warm.at(-1)?.pages ?? 0,
    dir: prepared.dir,
  };
  console.log(
    `\n## Starlight anchor (astro build, Pagefind included, ${anchor.pages} pages): wall, min / median / max: cold ${range(anchor.spread.cold)}; warm ${range(anchor.spread.warm)}`,
  );
  console.log('(cold: Astro caches removed, as on a fresh clone; its npm install is not timed, nor is ours)');
  return { project, anchor };
}

export async function sizesSection(dist: string, content: string): Promise<SizeFigures> {
  const f = await sizeFigures(dist, content);
  printSizes(f);
  return f;
}

export interface GrowthFigures {
  copies: number;
  chapters: number;
  pages: { real: number; synthetic: number };
  build: BuildFigures;
  /** Synthetic ÷ real, warm medians: wall time, sum of phases, CPU, Astro and whole-build peak memory. */
  ratio: { wall: number; phases: number; cpu: number; astroRss: number; treeRss: number | null };
  /** Synthetic ÷ real, the cold builds. */
  coldRatio: { wall: number; cpu: number; astroRss: number };
}

export async function growthSection(real: BuildFigures, runs: number, copies = 10): Promise<GrowthFigures> {
  const seeds = join(SCRATCH, `seeds-x${copies}`);
  const syn = await writeSyntheticSeeds('seeds', seeds, copies);
  const scratch = join(SCRATCH, `x${copies}`);
  const build = await cleanBuilds(runs, scratch, seeds, { log: console.log });
  printBuild(`Growth: synthetic plan ×${copies} (${syn.chapters} chapters)`, build);
  const r2 = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const pages = { real: (await siteWeights(join(REAL, 'dist'))).length, synthetic: (await siteWeights(join(scratch, 'dist'))).length };
  const ratio = {
    wall: r2(build.median.wallMs, real.median.wallMs),
    phases: r2(total(build.median.phases), total(real.median.phases)),
    cpu: r2(build.median.cpuMs, real.median.cpuMs),
    astroRss: r2(build.median.astroRssMB, real.median.astroRssMB),
    treeRss: build.median.treeRssMB && real.median.treeRssMB ? r2(build.median.treeRssMB, real.median.treeRssMB) : null,
  };
  const coldRatio = {
    wall: r2(build.cold.wallMs, real.cold.wallMs),
    cpu: r2(build.cold.cpuMs, real.cold.cpuMs),
    astroRss: r2(build.cold.astroRssMB, real.cold.astroRssMB),
  };
  console.log(
    `ratio ×${copies} / real (${pages.synthetic} / ${pages.real} pages): time ${ratio.wall}× (phases ${ratio.phases}×, CPU ${ratio.cpu}×), peak memory Astro ${ratio.astroRss}×, whole build ${ratio.treeRss ?? '?'}× (budget: ≤ ${copies}× each)`,
  );
  console.log(`cold builds: time ${coldRatio.wall}×, CPU ${coldRatio.cpu}×, peak memory Astro ${coldRatio.astroRss}×`);
  return { copies, chapters: syn.chapters, pages, build, ratio, coldRatio };
}

/** One page of each type, as issue 7 lists them; the search page both with a query and without. */
export const LIGHTHOUSE_PAGES = {
  home: '/',
  chapter: '/plan/3/',
  measure: '/m/3-1-2/',
  term: '/glossary/1-4-6/',
  search: `/search/?q=${encodeURIComponent('一网通办')}`,
  'search (empty)': '/search/',
};

export async function lighthouseSection(dist: string): Promise<LighthouseFigures> {
  console.log('\n## Lighthouse (mobile emulation, simulated throttling)');
  const f = await lighthouse(dist, LIGHTHOUSE_PAGES, join(SCRATCH, 'lighthouse'));
  if ('skipped' in f) console.log(`skipped: ${f.skipped}`);
  else {
    for (const r of f.rows) {
      const sc = Object.values(r.scores).map((x) => String(x ?? '–').padStart(3));
      console.log(
        `${r.page.padEnd(15)} ${sc.join(' ')}  LCP ${r.metrics.lcpMs} ms, TBT ${r.metrics.tbtMs} ms, CLS ${r.metrics.cls}  ${r.path}`,
      );
      for (const fail of r.failing) console.log(`         ${fail}`);
    }
    console.log('(performance, accessibility, best practices, SEO; target 100 each)');
  }
  return f;
}

/** bench/results/latest.json: the figures of the last run (committed; git keeps the history). */
export async function writeResults(results: Record<string, unknown>): Promise<string> {
  const file = 'bench/results/latest.json';
  await mkdir('bench/results', { recursive: true });
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    loadavg: loadavg(),
  };
  await writeFile(file, `${JSON.stringify({ meta, ...results }, null, 2)}\n`);
  return file;
}
