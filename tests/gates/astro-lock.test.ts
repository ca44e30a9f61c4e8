/** One Astro build at a time (scripts/astro-lock.ts): the lock is held, released, and taken over from a dead owner. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAstroLock } from '../../scripts/astro-lock.ts';

const lockIn = (root: string) => join(root, '.astro', 'build.lock');

describe('the Astro build lock', () => {
  it('is held while the build runs and released after it, even when the build throws', () => {
    const root = mkdtempSync(join(tmpdir(), 'astro-lock-'));
    expect(withAstroLock(() => existsSync(lockIn(root)), root)).toBe(true);
    expect(existsSync(lockIn(root))).toBe(false);
    expect(() =>
      withAstroLock(() => {
        throw new Error('build failed');
      }, root),
    ).toThrow('build failed');
    expect(existsSync(lockIn(root))).toBe(false);
  });

  it('is taken over when the process holding it has died', () => {
    const root = mkdtempSync(join(tmpdir(), 'astro-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    mkdirSync(lockIn(root), { recursive: true });
    writeFileSync(join(lockIn(root), 'pid'), String(dead));
    expect(withAstroLock(() => 'built', root, 2_000)).toBe('built');
  });

  it('makes a second build wait for a live holder, and says who holds it when waiting too long', () => {
    const root = mkdtempSync(join(tmpdir(), 'astro-lock-'));
    mkdirSync(lockIn(root), { recursive: true });
    writeFileSync(join(lockIn(root), 'pid'), String(process.pid));
    expect(() => withAstroLock(() => 'built', root, 300)).toThrow(`held by pid ${process.pid}`);
  });
});
