/**
 * I/O for the content build: write every file into a fresh directory. The caller swaps finished
 * directories into place, so a failed build never leaves a half-written `content/` or `dist/`.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export async function writeTree(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [rel, body] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
  }
}

/** Replace `target` with the finished `staged` directory (old one removed only after the swap). */
export async function swapInto(staged: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await rename(staged, target);
  await rm(old, { recursive: true, force: true });
}
