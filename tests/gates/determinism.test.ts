/**
 * Gate 4: determinism. Two clean builds of the same checkout (scripts/build.ts, each with its own
 * staging directory, Astro cache and output directory) write byte-identical content/ and dist/
 * trees: the same files, with the same SHA-256. The second build runs while busy processes keep
 * every core of the machine at 100%, and its Astro process reads a clock that starts 400 days
 * ahead and jumps a second at every reading (tests/support/slow-clock.ts), so output that depends
 * on the date or on timing (a wall-clock budget, the order async work finishes in) shows up as a
 * difference here rather than on a busy day in production. Load alone is not enough: Shiki's
 * 500 ms per-line budget cut lines short only now and then on a crowded machine, and two builds,
 * one beside two busy processes, came out the same without the fix. `npm test` runs this gate on
 * its own, after the other tests, whose timeouts its busy processes would otherwise eat into.
 * A difference is named with the bytes around it; KEEP_BUILDS=1 keeps both trees in the
 * temporary directory for a closer look.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** NODE_OPTIONS that give the build's Astro process a starved machine's clock (tests/support/slow-clock.ts). */
const slowClock = () => `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(resolve('tests/support/slow-clock.ts')).href}`.trim();

async function build(options: { slowClock?: boolean } = {}): Promise<Build> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-determinism-'));
  const args = ['scripts/build.ts', '--content', join(dir, 'content'), '--out', join(dir, 'dist')];
  const log: string[] = [];
  const env = { ...childEnv(), ...(options.slowClock ? { NODE_OPTIONS: slowClock() } : {}) };
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
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

/**
 * One busy process per core (an endless loop each) until `stop()`, which says how many were
 * still running then: the load lasted the whole build only if that is every one.
 */
function loadEveryCore(): { stop(): number } {
  const busy: ChildProcess[] = [];
  for (let i = 0; i < availableParallelism(); i++) busy.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  return {
    stop() {
      const running = busy.filter((p) => p.exitCode === null && p.signalCode === null).length;
      for (const p of busy) p.kill('SIGKILL');
      return running;
    },
  };
}

let first: Build;
let second: Build;
let load: ReturnType<typeof loadEveryCore> | undefined;
/** Busy processes still running when the loaded build ended. */
let busyAtEnd = 0;

beforeAll(async () => {
  first = await build();
  load = loadEveryCore();
  try {
    second = await build({ slowClock: true });
  } finally {
    busyAtEnd = load.stop();
  }
}, 600_000);
afterAll(async () => {
  load?.stop();
  if (process.env.KEEP_BUILDS) return;
  for (const b of [first, second]) if (b) await rm(b.dir, { recursive: true, force: true });
});

describe('two clean builds of the same checkout, the second with every core busy', () => {
  it('ran the second build with a busy process on every core from start to end', () => {
    expect(busyAtEnd).toBe(availableParallelism());
  });

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
