/**
 * `npm run bench`: speed and size figures of the built site, printed, never asserted as times.
 * Each section lives in its own module (bench/search.ts, …) and runs over dist/.
 */
import { parseArgs } from 'node:util';
import { benchSearch, indexAgreement, readQueries } from './search.ts';
import { printSearchReport } from './search-report.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, queries: { type: 'string', default: 'search/queries.txt' } },
});

const agree = await indexAgreement(values.dist);
if (agree.onlyPagefind.length || agree.onlySite.length)
  console.log(`index disagreement: only in Pagefind ${agree.onlyPagefind.join(' ')}; only in the site index ${agree.onlySite.join(' ')}`);
printSearchReport(await benchSearch(values.dist, await readQueries(values.queries)));
