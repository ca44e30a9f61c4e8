/** Prints the search benchmark: per query and overall, the site's search beside Pagefind alone. */
import type { Row } from './search.ts';

const kb = (n: number) => (n / 1024).toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export interface Overall {
  precision: number;
  recall: number;
  mrr: number;
  minPrecision: number;
  minRecall: number;
  termFirst: string;
  medianKB: number;
  maxKB: number;
}

export function overall(rows: Row[], side: 'site' | 'pagefind'): Overall {
  const s = rows.map((r) => r[side]);
  const terms = rows.filter((r) => r.site.termFirst !== null);
  const bytes = s.map((x) => x.bytes);
  return {
    precision: mean(s.map((x) => x.precision)),
    recall: mean(s.map((x) => x.recall)),
    mrr: mean(s.filter((x) => x.containing > 0).map((x) => x.rr)),
    minPrecision: Math.min(...s.map((x) => x.precision)),
    minRecall: Math.min(...s.map((x) => x.recall)),
    termFirst: `${terms.filter((r) => r.site.termFirst).length}/${terms.length}`,
    medianKB: median(bytes) / 1024,
    maxKB: Math.max(...bytes) / 1024,
  };
}

export function printSearchReport(rows: Row[], log: (line: string) => void = console.log): void {
  log('search — ground truth: pages whose indexed text contains the query (full/half-width folded)');
  log('site = js/search.js exact matches (KB: first query, cold, gzip as served; +rel KB: the 相关结果 stage on top)');
  log('pf   = Pagefind 1.6 alone, page-level results (KB: first five results loaded)\n');
  const head = [
    'query',
    'contain',
    'site ret',
    'recall',
    'prec',
    'RR',
    'KB',
    '+rel KB',
    'partial',
    '| pf ret',
    'recall',
    'prec',
    'RR',
    'KB',
  ];
  log(head.join('\t'));
  for (const r of rows) {
    const { site: s, pagefind: p } = r;
    log(
      [
        r.query,
        s.containing,
        s.returned,
        f2(s.recall),
        f2(s.precision),
        f2(s.rr) + (s.termFirst === false ? ' (term not first!)' : ''),
        kb(s.bytes),
        kb(s.relatedBytes),
        r.run.partial.length,
        `| ${p.returned}`,
        f2(p.recall),
        f2(p.precision),
        f2(p.rr),
        kb(p.bytes),
      ].join('\t'),
    );
  }
  for (const side of ['site', 'pagefind'] as const) {
    const o = overall(rows, side);
    log(
      `\n${side === 'site' ? 'site search' : 'Pagefind alone'} over ${rows.length} queries: precision ${f2(o.precision)} (min ${f2(o.minPrecision)}), recall ${f2(o.recall)} (min ${f2(o.minRecall)}), MRR ${f2(o.mrr)}, first-query KB median ${kb(o.medianKB * 1024)} max ${kb(o.maxKB * 1024)}${side === 'site' ? `, glossary term first ${o.termFirst}` : ''}`,
    );
  }
  const rel = rows.map((r) => r.site.bytes + r.site.relatedBytes);
  log(`site search with 相关结果 loaded: KB median ${kb(median(rel))} max ${kb(Math.max(...rel))}`);
}
