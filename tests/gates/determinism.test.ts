/**
 * Gate 4: determinism. Two clean builds of the same checkout (scripts/build.ts, each with its own
 * staging directory, Astro cache and output directory, run side by side) write byte-identical
 * content/ and dist/ trees: the same files, with the same SHA-256. A difference is named with the
 * bytes around it; KEEP_BUILDS=1 keeps both trees in the temporary directory for a closer look.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../../scripts/pipeline.ts';

interface Build {
  dir: string;
  content: Map<string, string>;
  dist: Map<string, string>;
}

/** Every file under `root` → its SHA-256. */
async function hashTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else
        out.set(
          relative(root, path).split(sep).join('/'),
          createHash('sha256')
            .update(await readFile(path))
            .digest('hex'),
        );
    }
  };
  await walk(root);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function build(): Promise<Build> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-determinism-'));
  const args = ['scripts/build.ts', '--content', join(dir, 'content'), '--out', join(dir, 'dist')];
  const log: string[] = [];
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, args, { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => log.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => log.push(d.toString()));
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`build into ${dir} failed (exit ${code}):\n${log.join('')}`);
  return { dir, content: await hashTree(join(dir, 'content')), dist: await hashTree(join(dir, 'dist')) };
}

/** Where two versions of a file first differ, with a little context on each side. */
async function firstByteDifference(a: string, b: string): Promise<string> {
  const [x, y] = await Promise.all([readFile(a), readFile(b)]);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 30), i + 30).toString('latin1'));
  return `at byte ${i}: ${around(x)} vs ${around(y)}`;
}

/** Files missing on either side or with different hashes, named, the first few with where they differ. */
async function differences(tree: 'content' | 'dist'): Promise<string[]> {
  const [a, b] = [first[tree], second[tree]];
  const out: string[] = [];
  for (const [f, h] of a) {
    if (!b.has(f)) out.push(`only in the first build: ${f}`);
    else if (b.get(f) !== h) {
      const where = out.length < 3 ? ` ${await firstByteDifference(join(first.dir, tree, f), join(second.dir, tree, f))}` : '';
      out.push(`differs: ${f}${where}`);
    }
  }
  for (const f of b.keys()) if (!a.has(f)) out.push(`only in the second build: ${f}`);
  return out;
}

let first: Build;
let second: Build;

beforeAll(async () => {
  [first, second] = await Promise.all([build(), build()]);
}, 300_000);
afterAll(async () => {
  if (process.env.KEEP_BUILDS) return;
  for (const b of [first, second]) if (b) await rm(b.dir, { recursive: true, force: true });
});

describe('two clean builds of the same checkout', () => {
  it('write the same content/ files byte for byte', async () => {
    expect(first.content.size).toBeGreaterThan(10);
    expect(await differences('content')).toEqual([]);
  });

  it('write the same dist/ files byte for byte, Pagefind’s index included', async () => {
    console.info(`determinism gate: ${first.dist.size} dist/ files and ${first.content.size} content/ files hashed in each of two builds`);
    expect([...first.dist.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(await differences('dist')).toEqual([]);
  });
});
