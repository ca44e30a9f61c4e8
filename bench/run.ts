/**
 * `npm run bench`: speed and size figures of the built site, printed, never asserted as times.
 * Each section lives in its own module (bench/search.ts, …) and runs over dist/. KB = 1,000 B
 * everywhere; bytes as served (the build's Brotli and gzip copies).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { anchorChapter3 } from './anchor.ts';
import { anchorFirstSearch, pageFigures, type PageFigures } from './compare.ts';
import type { Served } from './dist-env.ts';
import { judgedOverall, readJudged, scoreJudged } from './judged.ts';
import { jsBeforeInteraction } from './js.ts';
import { buildSection, growthSection, lighthouseSection, REAL, sizesSection, writeResults, type AnchorBuilds } from './perf.ts';
import { benchSearch, indexAgreement, readQueries, runPagefind, runSite } from './search.ts';
import { overall, printJudged, printSearchReport } from './search-report.ts';
import { pageType } from './sizes.ts';
import { median } from './build.ts';
import { corpusSection } from './corpus.ts';

const { values } = parseArgs({
  options: {
    /** Measure this dist/ instead of the one the build section makes (or dist/ when it is skipped). */
    dist: { type: 'string' },
    queries: { type: 'string', default: 'search/queries.txt' },
    judged: { type: 'string', default: 'search/judged.json' },
    /** Sections to run, comma-separated. */
    only: { type: 'string', default: 'build,sizes,js,search,compare,growth,lighthouse,corpus' },
    /** Warm clean builds per figure (real plan; the ×10 plan gets a third as many, at least one). */
    runs: { type: 'string', default: '5' },
    /** Cold clean builds (empty caches) per figure. */
    cold: { type: 'string', default: '3' },
  },
});
const sections = new Set(values.only.split(','));
const runs = Number(values.runs);
const results: Record<string, unknown> = {};
const KB = 1000;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const both = (b: Served) => `${kb(b.br)} br / ${kb(b.gzip)} gzip`;

const built = sections.has('build') || sections.has('growth') ? await buildSection(runs, Number(values.cold)) : null;
if (built) results.build = built.project;
if (built) results.anchorBuild = built.anchor;
const ownBuild = built && !values.dist;
const dist = values.dist ?? (ownBuild ? join(REAL, 'dist') : 'dist');
// Written after each section too, so a section that fails leaves the figures before it.
if (built) await writeResults(results);
if (sections.has('sizes')) results.sizes = await sizesSection(dist, ownBuild ? join(REAL, 'content') : 'content');

if (sections.has('js')) {
  console.log('\n## JavaScript before interaction, per page type (Chromium; the first pointer movement counts), as served');
  const pages = await jsBeforeInteraction(dist);
  const types: Record<string, { pages: number; scripts: string[]; br: number[]; gzip: number[] }> = {};
  for (const p of pages) {
    const t = (types[pageType(p.url)] ??= { pages: 0, scripts: [], br: [], gzip: [] });
    t.pages++;
    t.br.push(p.bytes.br);
    t.gzip.push(p.bytes.gzip);
    for (const s of p.scripts) if (!t.scripts.includes(s)) t.scripts.push(s);
  }
  const mm = (xs: number[]) => `${kb(Math.min(...xs))} / ${kb(median(xs))} / ${kb(Math.max(...xs))}`;
  for (const [t, v] of Object.entries(types))
    console.log(
      `  ${t.padEnd(9)} ${String(v.pages).padStart(4)} pages  br ${mm(v.br)}  gzip ${mm(v.gzip)}  (min / median / max)  ${v.scripts.join(' ')}`,
    );
  results.js = { pages, byType: types };
  await writeResults(results);
}

let searchRows: Awaited<ReturnType<typeof benchSearch>> | null = null;
if (sections.has('search')) {
  console.log('\n## Search');
  const agree = await indexAgreement(dist);
  if (agree.onlyPagefind.length || agree.onlySite.length)
    console.log(`index disagreement: only in Pagefind ${agree.onlyPagefind.join(' ')}; only in the site index ${agree.onlySite.join(' ')}`);
  searchRows = await benchSearch(dist, await readQueries(values.queries));
  printSearchReport(searchRows);
  const judged = await readJudged(values.judged);
  const site = [];
  const pagefind = [];
  for (const j of judged) {
    site.push(scoreJudged(j, (await runSite(dist, j.query)).matches));
    pagefind.push(scoreJudged(j, (await runPagefind(dist, j.query)).urls));
  }
  const totals = { site: judgedOverall(site), pagefind: judgedOverall(pagefind) };
  printJudged({ site, pagefind }, totals);
  results.search = {
    indexConsistency: { site: overall(searchRows, 'site'), pagefind: overall(searchRows, 'pagefind'), agree },
    judged: { ...totals, site, pagefind },
    rows: searchRows,
  };
  await writeResults(results);
}

if (sections.has('compare')) {
  const anchor = built?.anchor;
  if (!anchor || 'skipped' in anchor) {
    console.log(`\n## Against the Starlight anchor: skipped (${anchor ? anchor.skipped : 'run the build section to build it'})`);
  } else {
    results.compare = await compare(dist, anchor);
    await writeResults(results);
  }
}

if (built && sections.has('growth')) results.growth = await growthSection(built.project, Math.max(1, Math.round(runs / 3)));
if (sections.has('lighthouse')) results.lighthouse = await lighthouseSection(dist);
if (sections.has('corpus')) results.corpus = await corpusSection();
console.log(`\nfigures written to ${await writeResults(results)}`);

async function compare(ownDist: string, anchor: AnchorBuilds): Promise<Record<string, unknown>> {
  console.log('\n## Against the Starlight anchor, same run (Chromium, before interaction, as served; KB = 1,000 B)');
  const anchorDist = join(anchor.dir, 'dist');
  const url = await anchorChapter3(anchor.dir);
  if (!url) {
    console.log(`skipped: the anchor's build (${anchorDist}) has no chapter 三 page`);
    return { skipped: 'the anchor has no chapter 三 page' };
  }
  const figures: Record<string, PageFigures> = { site: await pageFigures(ownDist, '/plan/3/'), anchor: await pageFigures(anchorDist, url) };
  for (const [name, f] of Object.entries(figures)) {
    console.log(
      `chapter 三, ${name.padEnd(6)} ${f.url}: ${both(f.total)} before interaction (${f.files.length} files besides the HTML); its text ${both(f.text)}; ratio ${(f.total.br / f.text.br).toFixed(2)} br, ${(f.total.gzip / f.text.gzip).toFixed(2)} gzip; JS ${both(f.js)}`,
    );
  }
  const queries = ['营商环境', '破产', '一网通办'];
  const searches = [];
  for (const q of queries) searches.push({ query: q, ...(await anchorFirstSearch(anchorDist, url, q)) });
  const anchorSearch = { br: median(searches.map((s) => s.bytes.br)), gzip: median(searches.map((s) => s.bytes.gzip)) };
  const own = searchRows?.filter((r) => queries.includes(r.query)) ?? [];
  const ownSearch = own.length ? { br: median(own.map((r) => r.site.bytes.br)), gzip: median(own.map((r) => r.site.bytes.gzip)) } : null;
  console.log(
    `first search (${queries.join('、')}; median): anchor ${kb(anchorSearch.br)} br / ${kb(anchorSearch.gzip)} gzip (dialog opened, query typed, every file fetched); this site ${ownSearch ? `${kb(ownSearch.br)} br / ${kb(ownSearch.gzip)} gzip (js/search.js and its index)` : 'not measured (run the search section)'}`,
  );
  return { chapter3: figures, firstSearch: { queries, anchor: anchorSearch, anchorRuns: searches, site: ownSearch } };
}
