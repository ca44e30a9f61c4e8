import { describe, expect, it } from 'vitest';
import { createSearch, markedSegments, type PagefindApi } from '../../src/search/client.ts';
import type { SearchIndex } from '../../src/search/index-format.ts';

const index: SearchIndex = {
  v: 1,
  chapters: [['1', '一、信用环境']],
  docs: [
    ['m/1/', '一', '信用环境', '1', -1, '一、信用环境', '建立信用体系。'],
    ['m/1-1/', '一（一）', '信用修复', '1', 0, '', '完善信用修复流程。'],
  ],
  terms: [],
};

/** A stand-in for pagefind.js that returns both documents, as a segmenting search would for 信用修复. */
function fakePagefind(seen: string[]): PagefindApi {
  const page = (url: string, excerpt: string) => ({ id: url, data: async () => ({ url, excerpt, meta: {} }) });
  return {
    options: async (o) => void seen.push(`options ${JSON.stringify(o)}`),
    search: async (term) => {
      seen.push(`search ${term}`);
      return { results: [page('/sub/m/1-1/', '<mark>信用修复</mark>'), page('/sub/m/1/', '建立<mark>信用</mark>体系。')] };
    },
  };
}

describe('createSearch', () => {
  it('loads the index from the base path and answers exact matches without loading Pagefind', async () => {
    const seen: string[] = [];
    const s = await createSearch({
      base: '/sub/',
      fetch: async (u) => (seen.push(u), new Response(JSON.stringify(index))),
      importPagefind: async () => fakePagefind(seen),
    });
    expect(s.matches('信用修复').map((m) => m.url)).toEqual(['m/1-1/']);
    expect(seen).toEqual(['/sub/search-index.json']);
  });

  it('returns as related only the Pagefind results that are not exact matches, with their breadcrumbs', async () => {
    const seen: string[] = [];
    const s = await createSearch({
      base: '/sub/',
      fetch: async () => new Response(JSON.stringify(index)),
      importPagefind: async () => fakePagefind(seen),
    });
    const related = await s.related('信用修复');
    expect(related).toEqual([
      { url: 'm/1/', label: '一', title: '信用环境', crumbs: [], excerpt: markedSegments('建立<mark>信用</mark>体系。') },
    ]);
    expect(seen[0]).toContain('"baseUrl":"/sub/"');
  });
});

describe('markedSegments', () => {
  it('turns Pagefind’s escaped excerpt into text segments without parsing HTML', () => {
    expect(markedSegments('a &lt;b&gt; <mark>信用</mark> &amp; c')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: '信用', mark: true },
      { text: ' & c', mark: false },
    ]);
  });

  it('writes the ". " Pagefind puts between a heading and its text as Chinese text would', () => {
    expect(markedSegments('（一）营造畅通的准入退出环境. 健全<mark>市场</mark>。. 建立').map((s) => s.text)).toEqual([
      '（一）营造畅通的准入退出环境。健全',
      '市场',
      '。建立',
    ]);
    expect(markedSegments('. 健全评价考核机制').map((s) => s.text)).toEqual(['健全评价考核机制']);
  });

  it('leaves a full stop between Latin words or numbers as it is', () => {
    expect(markedSegments('REITs. Fund 1. 2').map((s) => s.text)).toEqual(['REITs. Fund 1. 2']);
  });
});
