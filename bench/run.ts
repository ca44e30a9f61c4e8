/**
 * `npm run bench`: speed and size figures of the built site, printed, never asserted as times.
 * Each section lives in its own module (bench/search.ts, …) and runs over dist/.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSection, growthSection, lighthouseSection, REAL, sizesSection, writeResults } from './perf.ts';
import { benchSearch, indexAgreement, readQueries } from './search.ts';
import { overall, printSearchReport } from './search-report.ts';

const { values } = parseArgs({
  options: {
    /** Measure this dist/ instead of the one the build section makes (or dist/ when it is skipped). */
    dist: { type: 'string' },
    queries: { type: 'string', default: 'search/queries.txt' },
    /** Sections to run, comma-separated. */
    only: { type: 'string', default: 'build,sizes,search,growth,lighthouse' },
    /** Clean builds per median (real plan; the ×10 plan gets a third as many, at least one). */
    runs: { type: 'string', default: '5' },
  },
});
const sections = new Set(values.only.split(','));
const runs = Number(values.runs);
const results: Record<string, unknown> = {};
const real = sections.has('build') || sections.has('growth') ? await buildSection(runs) : null;
if (real) results.build = real;
const built = real && !values.dist;
const dist = values.dist ?? (built ? join(REAL, 'dist') : 'dist');
if (sections.has('sizes')) results.sizes = await sizesSection(dist, built ? join(REAL, 'content') : 'content');

if (sections.has('search')) {
  console.log('');
  const agree = await indexAgreement(dist);
  if (agree.onlyPagefind.length || agree.onlySite.length)
    console.log(`index disagreement: only in Pagefind ${agree.onlyPagefind.join(' ')}; only in the site index ${agree.onlySite.join(' ')}`);
  const rows = await benchSearch(dist, await readQueries(values.queries));
  printSearchReport(rows);
  results.search = { site: overall(rows, 'site'), pagefind: overall(rows, 'pagefind'), agree, rows };
}
if (real && sections.has('growth')) results.growth = await growthSection(real, Math.max(1, Math.round(runs / 3)));
if (sections.has('lighthouse')) results.lighthouse = await lighthouseSection(dist);
console.log(`\nfigures written to ${await writeResults(results)}`);
