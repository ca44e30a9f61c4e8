/** The external stages of the build (Astro, Pagefind), run on this same Node whatever `node` is on PATH. */
import { spawnSync } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import { withAstroLock } from './astro-lock.ts';

/**
 * Vitest mirrors import.meta.env into process.env (BASE_URL=/, MODE=test, DEV=1…); passed on to
 * a child Astro build they override its configured base and mode, so they are dropped.
 */
const VITE_ENV_MIRRORS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

function run(script: string, args: string[], env: Record<string, string>, quiet: boolean): void {
  const PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`;
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_ENV_MIRRORS.has(k)));
  const r = spawnSync(process.execPath, [script, ...args], {
    stdio: quiet ? 'pipe' : 'inherit',
    env: { ...inherited, PATH, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new Error(`${script} ${args.join(' ')} failed (exit ${r.status ?? r.signal})${quiet ? `\n${r.stdout}\n${r.stderr}` : ''}`);
  }
}

/** Astro renders `contentDir` into `outDir`. */
export function runAstro(contentDir: string, outDir: string, options: { quiet?: boolean; env?: Record<string, string> } = {}): void {
  // Astro's .astro/ in the project root is shared by every build: one at a time.
  withAstroLock(() =>
    run(
      'node_modules/astro/bin/astro.mjs',
      ['build', '--silent'],
      { CONTENT_DIR: contentDir, OUT_DIR: outDir, ...options.env },
      options.quiet ?? false,
    ),
  );
}

/** Pagefind indexes `outDir` in place. */
export function runPagefind(outDir: string, options: { quiet?: boolean } = {}): void {
  run('node_modules/pagefind/lib/runner/bin.cjs', ['--site', outDir, '--silent'], {}, options.quiet ?? false);
}
