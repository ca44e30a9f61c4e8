/**
 * One Astro build at a time per checkout. Astro keeps `.astro/content-modules.mjs` (the map from
 * content entries to their MDX files) in the project root whatever the cache and output
 * directories are, so two builds at once (a test's fixture site while `npm run build` stages its
 * own content) overwrite each other's map and one fails with UnknownContentCollectionError. The lock
 * is a directory (mkdir is atomic) holding the owner's pid; a lock whose owner has died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Run `f` holding `<root>/.astro/build.lock`, waiting (up to `timeoutMs`) for another holder. */
export function withAstroLock<T>(f: () => T, root = '.', timeoutMs = 600_000): T {
  const lock = join(root, '.astro', 'build.lock');
  mkdirSync(join(root, '.astro'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // Just created by another process, which has not written its pid yet.
      }
      if (Number.isInteger(owner) && owner > 0 && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${lock} (held by pid ${owner})`);
      else sleep(100);
    }
  }
  try {
    return f();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
