/**
 * seed → model → content/ → Astro → Pagefind, all into `.build/`, then swapped into `content/`
 * and `dist/` only when every stage succeeded. Bad input fails loudly and changes nothing.
 *
 * Usage: node scripts/build.ts [--content-only] [--seeds DIR] [--content DIR] [--out DIR] [--timings FILE]
 * (the options let the benchmark build other seeds into scratch directories and read the phase
 * timings as JSON; the defaults build seeds/ into content/ and dist/).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ParseError } from '../src/parser/index.ts';
import { contentFiles } from '../src/writer/mdx.ts';
import { loadSeed, SeedError } from '../src/writer/load-seed.ts';
import { swapInto, writeTree } from '../src/writer/write-content.ts';
import { runAstro, runPagefind } from './pipeline.ts';
import { precompress } from '../src/site/build/precompress.ts';

/** A staging directory of this process's own, so concurrent builds never share half-written files. */
const STAGE = `.build/${process.pid}`;
const { values: args } = parseArgs({
  options: {
    'content-only': { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
    timings: { type: 'string' },
  },
});
const contentOnly = args['content-only'];
const timings: Record<string, number> = {};

async function timed<T>(name: string, f: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const out = await f();
  timings[name] = Math.round(performance.now() - t0);
  return out;
}

async function main(): Promise<void> {
  const { seedPath, plan, edition } = await timed('parse', () => loadSeed(args.seeds));
  const stagedContent = `${STAGE}/content`;
  const stagedDist = `${STAGE}/dist`;
  await mkdir(STAGE, { recursive: true });
  await timed('content', async () => {
    const files = contentFiles(plan);
    files.set('edition.json', `${JSON.stringify(edition, null, 2)}\n`);
    await writeTree(stagedContent, files);
  });
  const units = plan.units;
  console.log(
    `parsed ${seedPath}: ${units.filter((u) => u.kind === 'chapter').length} chapters, ${units.filter((u) => u.kind === 'section').length} sections, ${units.filter((u) => u.kind === 'measure').length} measures (${units.filter((u) => u.kind === 'measure' && u.numbered).length} numbered), ${plan.glossary.length} glossary terms, ${plan.errata.length} errata, ${plan.repairs.length} page-break repairs`,
  );
  if (!contentOnly) {
    await rm(stagedDist, { recursive: true, force: true });
    const { waitedMs } = await timed('astro', () => runAstro(stagedContent, stagedDist, { env: { ASTRO_CACHE_DIR: `${STAGE}/cache` } }));
    // Time spent queued behind another checkout-wide Astro build is not this build's own. The lock
    // polls every 100 ms, so less than that is just taking a free lock.
    if (waitedMs >= 100) {
      timings.astro! -= waitedMs;
      timings.waited = waitedMs;
    }
    await timed('pagefind', () => runPagefind(stagedDist));
    await timed('compress', () => precompress(stagedDist));
    await swapInto(stagedDist, args.out);
  }
  await swapInto(stagedContent, args.content);
  await rm(STAGE, { recursive: true, force: true });
  console.log(`build phases (ms): ${JSON.stringify(timings)}`);
  if (args.timings) await writeFile(args.timings, `${JSON.stringify(timings)}\n`);
}

main().catch(async (e: unknown) => {
  await rm(STAGE, { recursive: true, force: true }).catch(() => undefined);
  if (e instanceof ParseError) console.error(e.format());
  else if (e instanceof SeedError) console.error(e.message);
  else console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  console.error('build failed: content/ and dist/ were left as they were');
  process.exit(1);
});
