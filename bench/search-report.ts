/**
 * Prints the search benchmark: index consistency per query (the site's exact search and Pagefind
 * alone against "the pages whose indexed text contains the query"), the first query's bytes, and
 * the hand-judged figures. KB = 1,000 bytes; bytes as served, Brotli and gzip.
 */
import type { JudgedOverall, JudgedScore } from './judged.ts';
import type { Row } from './search.ts';
import type { Served } from './dist-env.ts';

const KB = 1000;
const kb = (n: number) => (n / KB).toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

export interface Overall {
  queries: number;
  /** Queries whose results are exactly the pages containing them. */
  consistent: number;
  /** Containing pages not returned, and returned pages not containing the query, over all queries. */
  missed: number;
  extra: number;
  termFirst: string;
  /** First query, bytes as served: median and max, per codec. */
  bytes: { median: Served; max: Served };
}

export function overall(rows: Row[], side: 'site' | 'pagefind'): Overall {
  const s = rows.map((r) => r[side]);
  const terms = rows.filter((r) => r.site.termFirst !== null);
  const by = (k: keyof Served) => s.map((x) => x.bytes[k]);
  return {
    queries: rows.length,
    consistent: s.filter((x) => x.missed.length === 0 && x.extra.length === 0).length,
    missed: s.reduce((n, x) => n + x.missed.length, 0),
    extra: s.reduce((n, x) => n + x.extra.length, 0),
    termFirst: `${terms.filter((r) => r.site.termFirst).length}/${terms.length}`,
    bytes: {
      median: { raw: median(by('raw')), gzip: median(by('gzip')), br: median(by('br')) },
      max: { raw: Math.max(...by('raw')), gzip: Math.max(...by('gzip')), br: Math.max(...by('br')) },
    },
  };
}

export function printSearchReport(rows: Row[], log: (line: string) => void = console.log): void {
  log(
    'index consistency — results against the pages whose indexed text contains the query (full/half-width folded, spaces aside; failing any, every word of it).',
  );
  log('For the site (js/search.js, exact matches) this is its own rule over the same text: true by construction unless');
  log('the two indexes drift. Pagefind alone (page-level, word-segmented) is not built on that rule. KB = 1,000 B, as served.\n');
  log(
    ['query', 'contain', 'site ret', 'missed', 'extra', 'KB br', 'KB gz', '+rel KB br', '| pf ret', 'missed', 'extra', 'KB br'].join('\t'),
  );
  for (const r of rows) {
    const { site: s, pagefind: p } = r;
    log(
      [
        r.query,
        s.containing,
        s.returned,
        s.missed.length,
        s.extra.length + (s.termFirst === false ? ' (term not first!)' : ''),
        kb(s.bytes.br),
        kb(s.bytes.gzip),
        kb(s.relatedBytes.br),
        `| ${p.returned}`,
        p.missed.length,
        p.extra.length,
        kb(p.bytes.br),
      ].join('\t'),
    );
  }
  for (const side of ['site', 'pagefind'] as const) {
    const o = overall(rows, side);
    log(
      `\n${side === 'site' ? 'site search' : 'Pagefind alone'}: ${o.consistent}/${o.queries} queries consistent (${o.missed} pages missed, ${o.extra} extra); first query KB median ${kb(o.bytes.median.br)} br / ${kb(o.bytes.median.gzip)} gzip, max ${kb(o.bytes.max.br)} br / ${kb(o.bytes.max.gzip)} gzip${side === 'site' ? `; glossary term first ${o.termFirst}` : ''}`,
    );
  }
  const rel = rows.map((r) => r.site.bytes.br + r.site.relatedBytes.br);
  log(`site search with 相关结果 loaded: KB br median ${kb(median(rel))} max ${kb(Math.max(...rel))}`);
}

export function printJudged(
  scores: { site: JudgedScore[]; pagefind: JudgedScore[] },
  totals: { site: JudgedOverall; pagefind: JudgedOverall },
  log: (line: string) => void = console.log,
): void {
  log(`\nhand-judged queries (search/judged.json, ${totals.site.queries} queries written from the seed's text):`);
  log(['query', 'site P', 'R', 'RR', 'first', '| pf P', 'R', 'RR', 'first', '| site missing / unwanted'].join('\t'));
  scores.site.forEach((s, i) => {
    const p = scores.pagefind[i]!;
    const first = (x: boolean | null) => (x === null ? '–' : x ? 'yes' : 'NO');
    log(
      [
        s.query,
        f2(s.precision),
        f2(s.recall),
        f2(s.rr),
        first(s.firstRight),
        `| ${f2(p.precision)}`,
        f2(p.recall),
        f2(p.rr),
        first(p.firstRight),
        `| ${s.missing.join(' ') || '–'} / ${s.unwanted.join(' ') || '–'}`,
      ].join('\t'),
    );
  });
  for (const [name, o] of [
    ['site search (exact matches)', totals.site],
    ['Pagefind alone', totals.pagefind],
  ] as const) {
    log(`${name}: precision ${f2(o.precision)}, recall ${f2(o.recall)}, MRR ${f2(o.mrr)}, wanted first ${o.firstRight}`);
  }
}
