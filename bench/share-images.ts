/**
 * `node bench/share-images.ts [--runs 5] [--seeds DIR]`: what the build-time images cost, in the
 * phases a build goes through, each run in a fresh Node process (as each build is):
 * - open: reading the two full Noto Sans SC faces and handing them to HarfBuzz;
 * - draw: shaping every card (the site's and every unit's), the four app icons and the favicon
 *   into outline SVGs, which every build does, cache or not;
 * - cold: rendering them all to PNG with an empty cache (a fresh clone);
 * - warm: the same with the cache filled (every later build whose titles did not change).
 * Figures, not tests: min / median / max over the runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './build.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, seeds: { type: 'string', default: 'seeds' }, child: { type: 'boolean' } },
});

async function child(): Promise<void> {
  const { loadSeed } = await import('../src/writer/load-seed.ts');
  const { cardSvg, siteCard, unitCard } = await import('../src/site/share/card.ts');
  const { cardShaper } = await import('../src/site/share/glyphs.ts');
  const { iconGlyph, iconSvg } = await import('../src/site/share/icons.ts');
  const { ICONS } = await import('../src/site/share/images.ts');
  const { renderPng } = await import('../src/site/share/png.ts');
  const { plan, edition } = await loadSeed(values.seeds);
  // Wall and CPU time per phase: CPU (user + system, every thread) is the steadier figure on a shared machine.
  const marks: { wall: number; cpu: number }[] = [];
  const mark = () => {
    const c = process.cpuUsage();
    marks.push({ wall: performance.now(), cpu: (c.user + c.system) / 1000 });
  };
  mark();
  const shaper = cardShaper();
  mark();
  const glyph = iconGlyph(plan.title, edition.iconGlyph);
  const svgs = [
    ...[siteCard(plan), ...plan.units.map((u) => unitCard(plan, u))].map((c) => cardSvg(c, shaper)),
    ...Object.values(ICONS).map(({ size, maskable }) => iconSvg(size, glyph, shaper, maskable)),
  ];
  iconSvg(32, glyph, shaper);
  mark();
  for (const svg of svgs) renderPng(svg);
  mark();
  for (const svg of svgs) renderPng(svg);
  mark();
  const phase = (i: number) => ({
    wall: Math.round(marks[i + 1]!.wall - marks[i]!.wall),
    cpu: Math.round(marks[i + 1]!.cpu - marks[i]!.cpu),
  });
  console.log(JSON.stringify({ images: svgs.length + 1, open: phase(0), draw: phase(1), cold: phase(2), warm: phase(3) }));
}

if (values.child) await child();
else {
  type Row = { images: number } & Record<string, { wall: number; cpu: number }>;
  const rows: Row[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    // An empty cache per run, so each "cold" really is one.
    const cache = mkdtempSync(join(tmpdir(), 'share-bench-'));
    const r = spawnSync(process.execPath, [import.meta.filename, '--child', '--seeds', values.seeds], {
      encoding: 'utf8',
      env: { ...process.env, SHARE_CACHE_DIR: cache },
    });
    rmSync(cache, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`run ${i + 1} failed\n${r.stdout}\n${r.stderr}`);
    rows.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Row);
  }
  console.log(
    `share images of ${values.seeds}: ${rows[0]!.images} images (cards, app icons, favicon), ${rows.length} runs, ms min / median / max`,
  );
  const stat = (xs: number[]) => `${Math.min(...xs)} / ${median(xs)} / ${Math.max(...xs)}`.padEnd(20);
  for (const phase of ['open', 'draw', 'cold', 'warm']) {
    console.log(`  ${phase.padEnd(5)} wall ${stat(rows.map((r) => r[phase]!.wall))} CPU ${stat(rows.map((r) => r[phase]!.cpu))}`);
  }
}
