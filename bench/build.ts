/**
 * Clean builds, timed and metered: each run is `scripts/build.ts` in a fresh process (its own
 * staging directory and Astro cache), writing into scratch directories under `bench/tmp/`.
 * Phase times come from the build's own `--timings` JSON; peak memory is each Node process's
 * maxRSS, written at exit by a preload module, plus the whole tree's from GNU time when present.
 *
 * The share cards and the precompressed files are cached by content hash across builds
 * (src/site/share/png.ts, src/site/build/precompress.ts), as issue 7 asks of costly features; the
 * bench gives them caches of their own (SHARE_CACHE_DIR, PRECOMPRESS_CACHE_DIR), empties them
 * before each cold build (as on a fresh clone), keeps them for the warm builds, and reports both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface BuildRun {
  /** Phase → ms, as scripts/build.ts measured it. */
  phases: Record<string, number>;
  /**
   * Wall time of the whole `node scripts/build.ts`, ms, less any time it queued for the
   * checkout-wide Astro lock behind another build (other helpers, tests).
   */
  wallMs: number;
  /** Time queued for the Astro lock, ms. */
  waitedMs: number;
  /** Peak resident memory of the Astro process, MB. */
  astroRssMB: number;
  /** Peak resident memory of any process in the build (GNU time), MB; null without /usr/bin/time. */
  treeRssMB: number | null;
  /**
   * CPU time (user + system) of the whole build, every process, ms: steadier than wall time on a
   * shared machine, where the wall clock also counts waiting for other jobs.
   */
  cpuMs: number;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface BuildFigures {
  /** The warm builds (caches filled by the builds before them). */
  runs: BuildRun[];
  /** Median of each phase, of the wall time and of the memory figures over the warm runs. */
  median: BuildRun;
  /** Builds with empty caches (share cards, precompressed files, Astro's), as on a fresh clone. */
  coldRuns: BuildRun[];
  /** Their medians. */
  cold: BuildRun;
  /** Wall and CPU time, min / median / max, warm and cold. */
  spread: { warm: { wallMs: Spread; cpuMs: Spread }; cold: { wallMs: Spread; cpuMs: Spread } };
}

export const spread = (xs: readonly number[]): Spread => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });

const TIME = '/usr/bin/time';

/** Writes `{argv1, maxRSS}` (kB) for every Node process of the build when it exits. */
const RSS_HOOK = (file: string) =>
  `data:text/javascript,${encodeURIComponent(
    `import { appendFileSync } from 'node:fs';
process.on('exit', () => { const r = process.resourceUsage(); appendFileSync(${JSON.stringify(file)}, JSON.stringify({ script: process.argv[1] ?? '', maxRSS: r.maxRSS, cpu: (r.userCPUTime + r.systemCPUTime) / 1000 }) + '\\n'); });`,
  )}`;

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** One clean build of `seeds` into `scratch/{content,dist}`, with the given share-card and precompression caches. */
export async function cleanBuild(scratch: string, seeds = 'seeds', shareCache?: string, precompressCache?: string): Promise<BuildRun> {
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  const timings = resolve(scratch, 'timings.json');
  const rss = resolve(scratch, 'rss.jsonl');
  const tree = resolve(scratch, 'time.txt');
  await appendFile(rss, '');
  const args = [
    'scripts/build.ts',
    '--seeds',
    seeds,
    '--content',
    join(scratch, 'content'),
    '--out',
    join(scratch, 'dist'),
    '--timings',
    timings,
  ];
  const gnuTime = existsSync(TIME);
  const [cmd, argv] = gnuTime ? [TIME, ['-f', '%M %U %S', '-o', tree, process.execPath, ...args]] : [process.execPath, args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(shareCache ? { SHARE_CACHE_DIR: resolve(shareCache) } : {}),
      ...(precompressCache ? { PRECOMPRESS_CACHE_DIR: resolve(precompressCache) } : {}),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${RSS_HOOK(rss)}`.trim(),
    },
  });
  const wallMs = Math.round(performance.now() - t0);
  if (r.status !== 0) throw new Error(`build of ${seeds} failed (exit ${r.status ?? r.signal})\n${r.stdout}\n${r.stderr}`);
  const { waited = 0, ...phases } = JSON.parse(await readFile(timings, 'utf8')) as Record<string, number>;
  const procs = (await readFile(rss, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { script: string; maxRSS: number; cpu: number });
  const astro = procs.filter((p) => p.script.includes('astro')).map((p) => p.maxRSS);
  // GNU time's last line: max RSS (kB) of any process, then user and system seconds of the tree.
  const [treeKB = NaN, user = NaN, sys = NaN] = gnuTime
    ? ((await readFile(tree, 'utf8')).trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  const nodeCpu = procs.reduce((a, p) => a + p.cpu, 0);
  return {
    phases,
    wallMs: wallMs - waited,
    waitedMs: waited,
    astroRssMB: Math.round(Math.max(0, ...astro) / 1024),
    treeRssMB: Number.isFinite(treeKB) ? Math.round(treeKB / 1024) : null,
    // Pagefind's indexer is a native child of its Node wrapper: only GNU time sees its CPU.
    cpuMs: Math.round(Number.isFinite(user + sys) ? (user + sys) * 1000 : nodeCpu),
  };
}

const describe = (run: BuildRun) => `${JSON.stringify(run.phases)} wall ${run.wallMs} ms, CPU ${run.cpuMs} ms, astro ${run.astroRssMB} MB`;

function medianRun(runs: BuildRun[]): BuildRun {
  const names = Object.keys(runs[0]!.phases);
  const tree = runs.map((r) => r.treeRssMB).filter((x): x is number => x !== null);
  return {
    phases: Object.fromEntries(names.map((k) => [k, median(runs.map((r) => r.phases[k] ?? 0))])),
    wallMs: median(runs.map((r) => r.wallMs)),
    waitedMs: median(runs.map((r) => r.waitedMs)),
    astroRssMB: median(runs.map((r) => r.astroRssMB)),
    treeRssMB: tree.length ? median(tree) : null,
    cpuMs: median(runs.map((r) => r.cpuMs)),
  };
}

export interface CleanBuildOptions {
  /** Cold builds (empty caches) before the warm ones. */
  cold?: number;
  log?: (line: string) => void;
  /**
   * Run after each of these builds (cold or warm), so another site can be built alternately in
   * the same run, under the same conditions (the Starlight anchor).
   */
  alongside?: ((cold: boolean) => Promise<void>) | undefined;
}

/**
 * `options.cold` cold clean builds, then `n` warm ones, one after another; the last one's output
 * stays in `scratch/` for measuring.
 */
export async function cleanBuilds(n: number, scratch: string, seeds = 'seeds', options: CleanBuildOptions = {}): Promise<BuildFigures> {
  const { cold: coldCount = 1, log = () => {}, alongside } = options;
  const shareCache = `${scratch}-share-cache`;
  const precompressCache = `${scratch}-precompress-cache`;
  const coldRuns: BuildRun[] = [];
  for (let i = 0; i < coldCount; i++) {
    await rm(shareCache, { recursive: true, force: true });
    await rm(precompressCache, { recursive: true, force: true });
    const run = await cleanBuild(scratch, seeds, shareCache, precompressCache);
    log(`  cold build ${i + 1}/${coldCount} (empty caches): ${describe(run)}`);
    coldRuns.push(run);
    await alongside?.(true);
  }
  const runs: BuildRun[] = [];
  for (let i = 0; i < n; i++) {
    const run = await cleanBuild(scratch, seeds, shareCache, precompressCache);
    log(`  warm build ${i + 1}/${n}: ${describe(run)}`);
    runs.push(run);
    await alongside?.(false);
  }
  return {
    runs,
    median: medianRun(runs),
    coldRuns,
    cold: medianRun(coldRuns),
    spread: {
      warm: { wallMs: spread(runs.map((r) => r.wallMs)), cpuMs: spread(runs.map((r) => r.cpuMs)) },
      cold: { wallMs: spread(coldRuns.map((r) => r.wallMs)), cpuMs: spread(coldRuns.map((r) => r.cpuMs)) },
    },
  };
}
