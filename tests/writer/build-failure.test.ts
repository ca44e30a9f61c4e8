/**
 * Bad input never produces a half-built site: the build exits non-zero with the seed's line and a
 * hint, and leaves the previous content/ and dist/ exactly as they were.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

let dir: string;

/** A copy of seeds/ whose seed text is `edit(seed)`, with edition.json's sha256 updated to match. */
async function seedsWith(edit: (text: string) => string): Promise<string> {
  const seeds = join(dir, 'seeds');
  await cp('seeds', seeds, { recursive: true });
  const edition = JSON.parse(await readFile(join(seeds, 'edition.json'), 'utf8'));
  const text = edit(await readFile(join(seeds, edition.seed), 'utf8'));
  await writeFile(join(seeds, edition.seed), text);
  edition.sha256 = createHash('sha256').update(text).digest('hex');
  await writeFile(join(seeds, 'edition.json'), JSON.stringify(edition));
  return seeds;
}

function build(seeds: string) {
  return spawnSync(
    process.execPath,
    ['scripts/build.ts', '--seeds', seeds, '--content', join(dir, 'content'), '--out', join(dir, 'dist')],
    {
      encoding: 'utf8',
    },
  );
}

/** Every file under `root` with its bytes, to compare before and after. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name)] = await readFile(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-build-fail-'));
  for (const d of ['content', 'dist']) {
    await mkdir(join(dir, d, 'm'), { recursive: true });
    await writeFile(join(dir, d, 'm', 'previous.txt'), `the ${d} of the last good build`);
  }
});

describe('a build from bad input', () => {
  it('exits non-zero naming the seed file, the line, the problem and a hint', async () => {
    const seeds = await seedsWith((t) => t.replace('## 五、营造公正规范的法治环境', '## 四、营造公正规范的法治环境'));
    const r = build(seeds);
    expect(r.status).toBe(1);
    const line = (await readFile(join(seeds, '000_9dc900354485ed29.txt'), 'utf8')).split('\n').indexOf('## 四、营造公正规范的法治环境') + 1;
    expect(r.stderr).toContain(`${join(seeds, '000_9dc900354485ed29.txt')}:${line}:4: [CHAPTER_ORDER] repeated chapter 四、`);
    expect(r.stderr).toMatch(/\nhint: /);
    expect(r.stderr).toContain(`build failed: ${join(dir, 'content')}/ and ${join(dir, 'dist')}/ were left as they were`);
  });

  it('leaves the previous content/ and dist/ untouched', async () => {
    const before = { ...(await snapshot(join(dir, 'content'))), ...(await snapshot(join(dir, 'dist'))) };
    const seeds = await seedsWith((t) => t.replace('（三）构建多元优质的产业体系', '（四）构建多元优质的产业体系'));
    expect(build(seeds).status).toBe(1);
    expect({ ...(await snapshot(join(dir, 'content'))), ...(await snapshot(join(dir, 'dist'))) }).toEqual(before);
  });

  it('refuses a seed edited by hand (sha256 differs from edition.json)', async () => {
    const seeds = join(dir, 'seeds');
    await cp('seeds', seeds, { recursive: true });
    await writeFile(
      join(seeds, '000_9dc900354485ed29.txt'),
      (await readFile('seeds/000_9dc900354485ed29.txt', 'utf8')).replace('布局 and', '布局和'),
    );
    const r = build(seeds);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the seed is never edited by hand');
  });
});
