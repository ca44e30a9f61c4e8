/**
 * source → model → content → Astro → Pagefind, each into a staging directory, swapped into place
 * only when every stage succeeded. Bad input fails loudly and changes nothing.
 *
 * Usage: node scripts/build.ts [--seeds DIR | --edition FILE] [--out DIR] [--content DIR]
 *                              [--content-only] [--allow-unused-keys] [--timings FILE]
 *
 * `--seeds DIR` builds the document that DIR/edition.json names (`--edition FILE` names another
 * edition file). The defaults build this project's seeds/ into content/ (committed) and dist/; a
 * build of another document writes its content to a scratch directory unless `--content` is given,
 * and its site to `--out`, created if needed.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ParseError } from '../src/parser/index.ts';
import { siteModel } from '../src/extract/index.ts';
import { contentFiles } from '../src/writer/mdx.ts';
import { loadSeed } from '../src/writer/load-seed.ts';
import { swapInto, writeTree } from '../src/writer/write-content.ts';
import { runAstro, runPagefind } from './pipeline.ts';
import { precompress } from '../src/site/build/precompress.ts';

/** A staging directory of this process's own, so concurrent builds never share half-written files. */
const STAGE = `.build/${process.pid}`;
const { values: args } = parseArgs({
  options: {
    'content-only': { type: 'boolean', default: false },
    'allow-unused-keys': { type: 'boolean', default: false },
    seeds: { type: 'string' },
    edition: { type: 'string' },
    content: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    timings: { type: 'string' },
  },
});
const editionFile = args.edition ?? join(args.seeds ?? 'seeds', 'edition.json');
const ownSeed = resolve(editionFile) === resolve('seeds/edition.json');
/** content/ is this project's seed's; another document's content is kept only where asked. */
const contentDir = args.content ?? (ownSeed ? 'content' : null);
const contentOnly = args['content-only'];
const timings: Record<string, number> = {};

async function timed<T>(name: string, f: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const out = await f();
  timings[name] = Math.round(performance.now() - t0);
  return out;
}

/** A problem with the command line itself: its message is the whole report. */
class UsageError extends Error {}

let stagedDist: string | null = null;

/** The output's parent must exist (or be creatable) before minutes of building, not after. */
async function prepareOut(out: string): Promise<string> {
  const parent = dirname(resolve(out));
  try {
    await mkdir(parent, { recursive: true });
  } catch (e) {
    throw new UsageError(
      `cannot create ${parent} for --out ${out}: ${(e as Error).message}\nhint: choose an output directory you can write to`,
    );
  }
  // Staged beside the target, on the same file system, so the final swap is a rename.
  return join(parent, `.${basename(resolve(out))}.staging-${process.pid}`);
}

async function main(): Promise<void> {
  const dist = contentOnly ? null : await prepareOut(args.out);
  stagedDist = dist;
  const { seedPath, plan, edition, format } = await timed('parse', () =>
    loadSeed(editionFile, { allowUnusedKeys: args['allow-unused-keys'], warn: (m) => console.warn(m) }),
  );
  const stagedContent = `${STAGE}/content`;
  await mkdir(STAGE, { recursive: true });
  await timed('content', () => writeTree(stagedContent, contentFiles(siteModel(plan, edition))));
  const count = (kind: string) => plan.units.filter((u) => u.kind === kind).length;
  console.log(
    `parsed ${seedPath} (${format}): ${count('chapter')} chapters, ${count('section')} sections, ${count('measure')} measures (${plan.units.filter((u) => u.kind === 'measure' && u.marker !== null).length} numbered), ${count('article')} articles, ${plan.glossary.length} glossary terms, ${plan.errata.length} errata, ${plan.repairs.length} page-break repairs`,
  );
  if (dist) {
    await rm(dist, { recursive: true, force: true });
    const { waitedMs } = await timed('astro', () => runAstro(stagedContent, dist, { env: { ASTRO_CACHE_DIR: `${STAGE}/cache` } }));
    // Time spent queued behind another checkout-wide Astro build is not this build's own. The lock
    // polls every 100 ms, so less than that is just taking a free lock.
    if (waitedMs >= 100) {
      timings.astro! -= waitedMs;
      timings.waited = waitedMs;
    }
    await timed('pagefind', () => runPagefind(dist));
    await timed('compress', () => precompress(dist));
    await swapInto(dist, args.out);
    stagedDist = null;
  }
  if (contentDir) await swapInto(stagedContent, contentDir);
  await rm(STAGE, { recursive: true, force: true });
  if (dist) console.log(`site written to ${args.out}`);
  // Said at every build, not only in README: a site built so and copied to a server would hand out
  // citations and canonical links that point at the builder's own machine.
  if (dist && !process.env['SITE'] && !edition.site)
    console.warn(
      `note: neither SITE nor ${editionFile}'s "site" names the site's address, so canonical links, copied citations and share cards name http://127.0.0.1:4321 (right for a local preview; for a server, build with SITE=https://… as README's Deploy says)`,
    );
  console.log(`build phases (ms): ${JSON.stringify(timings)}`);
  if (args.timings) await writeFile(args.timings, `${JSON.stringify(timings)}\n`);
}

main().catch(async (e: unknown) => {
  await rm(STAGE, { recursive: true, force: true }).catch(() => undefined);
  if (stagedDist) await rm(stagedDist, { recursive: true, force: true }).catch(() => undefined);
  if (e instanceof ParseError) console.error(e.format());
  else if (e instanceof UsageError) console.error(e.message);
  else console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  console.error(`build failed: ${contentDir ?? 'content'}/ and ${args.out}/ were left as they were`);
  process.exit(1);
});
