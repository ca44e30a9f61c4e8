/**
 * Lighthouse scores (performance, accessibility, best practices, SEO; its default mobile
 * emulation and simulated throttling) of one page of each type, served from a built dist/ by
 * the project's own static server (gzip, as a plain host would serve it). Uses Debian's
 * Chromium through CHROME_PATH; one page at a time, since the machine may be shared.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { serveDist } from '../scripts/serve.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRow {
  page: string;
  path: string;
  /** Category → score 0–100. */
  scores: Record<string, number | null>;
  /** Audits that did not pass in a category that scored under 100 (id: title). */
  failing: string[];
  /** Lab metrics, ms (LCP, FCP, TBT) and CLS. */
  metrics: Record<string, number>;
}

export type LighthouseFigures = { rows: LighthouseRow[] } | { skipped: string };

export async function lighthouse(dist: string, pages: Record<string, string>, scratch: string): Promise<LighthouseFigures> {
  const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const cli = resolve('node_modules/lighthouse/cli/index.js');
  if (!existsSync(chrome)) return { skipped: `no Chromium at ${chrome} (apt-get install -y chromium, or set CHROME_PATH)` };
  if (!existsSync(cli)) return { skipped: 'the lighthouse package is not installed (npm ci)' };
  await mkdir(scratch, { recursive: true });
  const server = serveDist(dist, '/');
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: LighthouseRow[] = [];
  try {
    for (const [page, path] of Object.entries(pages)) {
      const out = join(scratch, `lighthouse-${page.replace(/\W+/g, '-')}.json`);
      // The CLI runs in its own process: this one is busy serving the pages it loads.
      const r = await spawnAsync(
        process.execPath,
        [
          cli,
          `${origin}${path}`,
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          `--only-categories=${CATEGORIES.join(',')}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        ],
        { ...process.env, CHROME_PATH: chrome },
      );
      if (r.status !== 0) throw new Error(`lighthouse ${path} failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
      rows.push(summarize(page, path, JSON.parse(await readFile(out, 'utf8')) as Report));
    }
  } finally {
    server.close();
  }
  return { rows };
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string; numericValue?: number }>;
}

function summarize(page: string, path: string, report: Report): LighthouseRow {
  const scores: Record<string, number | null> = {};
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    const cat = report.categories[c];
    scores[c] = cat?.score == null ? null : Math.round(cat.score * 100);
    if (cat && scores[c] !== 100) {
      for (const ref of cat.auditRefs) {
        const a = report.audits[ref.id];
        if (a && a.score !== null && a.score < 1 && ref.weight > 0) failing.push(`${c}/${ref.id}: ${a.title} (${a.score})`);
      }
    }
  }
  const metric = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    page,
    path,
    scores,
    failing,
    metrics: {
      fcpMs: Math.round(metric('first-contentful-paint')),
      lcpMs: Math.round(metric('largest-contentful-paint')),
      tbtMs: Math.round(metric('total-blocking-time')),
      cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
    },
  };
}

/** spawn without blocking the event loop (the server in this process must keep answering). */
function spawnAsync(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stderr }));
  });
}
