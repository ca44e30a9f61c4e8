/**
 * The Starlight anchor: what a team would build instead (Astro Starlight + Pagefind, one page per
 * chapter, converted naively), from `../shared/anchors/starlight-baseline/` beside the checkout.
 * None of its code lives in this repository: at bench time it is copied into bench/tmp/anchor/,
 * its dependencies installed there from its own lockfile (npm ci, once; kept between runs), the
 * seed converted by its own convert.py, and it is built with `astro build` (Starlight runs
 * Pagefind itself). When ../shared/anchors is absent the bench says so and compares nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ANCHOR_SOURCE = process.env.ANCHOR_DIR ?? '../shared/anchors/starlight-baseline';
export const ANCHOR_DIR = 'bench/tmp/anchor';
const SEED = 'seeds/000_9dc900354485ed29.txt';

export interface AnchorRun {
  /** Wall time of `astro build` (Pagefind included), ms. */
  wallMs: number;
  /** Pages written (HTML files). */
  pages: number;
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} in ${cwd} failed (exit ${r.status ?? r.signal})\n${r.stdout}\n${r.stderr}`);
}

/**
 * Copies the anchor into bench/tmp/anchor (its node_modules kept from an earlier run when its
 * lockfile is unchanged), installs it and converts the seed. Returns null, with the reason, when
 * the anchor is not there.
 */
export async function prepareAnchor(log = console.log): Promise<{ dir: string } | { skipped: string }> {
  if (!existsSync(join(ANCHOR_SOURCE, 'package.json'))) return { skipped: `no Starlight anchor at ${ANCHOR_SOURCE}` };
  const dir = ANCHOR_DIR;
  await mkdir(dir, { recursive: true });
  for (const e of await readdir(dir)) if (e !== 'node_modules') await rm(join(dir, e), { recursive: true, force: true });
  await cp(ANCHOR_SOURCE, dir, { recursive: true });
  // The shared copy is read-only; the build writes beside its sources.
  run('chmod', ['-R', 'u+w', '.'], dir);
  if (!existsSync(join(dir, 'node_modules/astro/bin/astro.mjs'))) {
    log(`  installing the anchor's dependencies (npm ci in ${dir}, once)`);
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  }
  run('python3', ['convert.py', resolve(SEED), 'src/content/docs'], dir);
  return { dir };
}

/**
 * One clean build of the anchor: dist/ removed; cold also removes Astro's caches
 * (node_modules/.astro, .astro/), as on a fresh clone.
 */
export async function buildAnchor(dir: string, cold: boolean): Promise<AnchorRun> {
  await rm(join(dir, 'dist'), { recursive: true, force: true });
  if (cold) {
    await rm(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
    await rm(join(dir, '.astro'), { recursive: true, force: true });
  }
  const t0 = performance.now();
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], dir, { ASTRO_TELEMETRY_DISABLED: '1' });
  const wallMs = Math.round(performance.now() - t0);
  const pages = (await readdir(join(dir, 'dist'), { recursive: true })).filter((f) => String(f).endsWith('.html')).length;
  return { wallMs, pages };
}

/** The anchor's page for chapter 三 (its third chapter page), as a site path. */
export async function anchorChapter3(dir: string): Promise<string | null> {
  const pages = (await readdir(join(dir, 'dist'))).filter((n) => /^03-chapter$/.test(n));
  return pages[0] ? `/${pages[0]}/` : null;
}
