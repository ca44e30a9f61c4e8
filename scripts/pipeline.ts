/** The external stages of the build (Astro, Pagefind), run on this same Node whatever `node` is on PATH. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { delimiter, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { withAstroLock } from './astro-lock.ts';

/**
 * Vitest mirrors import.meta.env into process.env (BASE_URL=/, MODE=test, DEV=1…); passed on to
 * a child Astro build they override its configured base and mode, so they are dropped.
 */
const VITE_ENV_MIRRORS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** This process's environment for a child build: without Vite's mirrors, with `env` on top. */
export function childEnv(env: Record<string, string> = {}): Record<string, string> {
  const inherited = Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !VITE_ENV_MIRRORS.has(e[0]));
  return { ...Object.fromEntries(inherited), ...env };
}

function run(command: string, args: string[], env: Record<string, string>, quiet: boolean): void {
  const PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`;
  const r = spawnSync(command, args, {
    stdio: quiet ? 'pipe' : 'inherit',
    env: childEnv({ PATH, ...env }),
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new Error(`${[command, ...args].join(' ')} failed (exit ${r.status ?? r.signal})${quiet ? `\n${r.stdout}\n${r.stderr}` : ''}`);
  }
}

/**
 * Astro renders `contentDir` into `outDir`. Returns how long it waited for another build's lock
 * (ms), so build timings can leave the wait out.
 */
export function runAstro(
  contentDir: string,
  outDir: string,
  options: { quiet?: boolean; env?: Record<string, string> } = {},
): { waitedMs: number } {
  const t0 = performance.now();
  let waitedMs = 0;
  // Astro's .astro/ in the project root is shared by every build: one at a time.
  withAstroLock(() => {
    waitedMs = Math.round(performance.now() - t0);
    run(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--silent'],
      { CONTENT_DIR: contentDir, OUT_DIR: outDir, ...options.env },
      options.quiet ?? false,
    );
  });
  return { waitedMs };
}

/**
 * Pagefind's native indexer for this platform, found the way its npm wrapper finds it, or null.
 * Running it directly spares the build the wrapper's own Node process (~0.1 s of wall time).
 */
export function pagefindBinary(): string | null {
  const override = process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? process.env.PAGEFIND_BINARY_PATH;
  if (override) return override;
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform}-${arch()}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
    } catch {
      // not installed under this name: try the next, then fall back to the wrapper
    }
  }
  return null;
}

/** Pagefind indexes `outDir` in place. */
export function runPagefind(outDir: string, options: { quiet?: boolean } = {}): void {
  const args = ['--site', outDir, '--silent'];
  const binary = pagefindBinary();
  if (binary) run(binary, args, {}, options.quiet ?? false);
  else run(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', ...args], {}, options.quiet ?? false);
}
