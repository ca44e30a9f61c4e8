import { describe, expect, it } from 'vitest';
import { excerpt, hitOffsets, hitsIn, parseQuery, prepare, search, squeeze } from '../../src/search/engine.ts';
import type { SearchIndex } from '../../src/search/index-format.ts';

/** Two chapters, a section, two measures and a glossary entry: just enough to rank and filter. */
const index: SearchIndex = {
  v: 1,
  chapters: [
    ['1', '一、信用环境'],
    ['2', '二、政务环境'],
  ],
  docs: [
    ['', '印发通知', '关于印发规划的通知', '', -1, '', '现将规划印发给你们。'],
    ['m/1/', '一', '信用环境', '1', -1, '一、信用环境', '信用环境\n建立信用体系。'],
    ['m/1-1/', '一（一）', '健全信用修复机制', '1', 1, '（一）健全信用修复机制', '健全信用修复机制。完善信用修复流程，优化营商环境。'],
    ['m/2-1/', '二（一）', '深化五化改革', '2', -1, '（一）深化五化改革', '深化政务服务“五化”改革，推行１２３４５热线。'],
    ['m/2-2/', '二（二）', '政务公开', '2', -1, '', '推进政务公开，信用信息公示。'],
    ['m/2-3/', '二（三）', '构建“1+15+N”体系', '2', -1, '', '构建“1+15+N”体系，到 2025 年达到 12 家。开办企业全程网办，压缩审批流程。'],
    ['glossary/wu-hua/', '名词解释', '政务服务“五化”改革', '', -1, '', '政务服务“五化”改革\n标准化、规范化、便利化、精准化、数字化。'],
  ],
  terms: [[6, '五化']],
};
const p = prepare(index);
const urls = (q: string, chapter?: string) => search(p, q, { chapter }).map((m) => m.url);

describe('search', () => {
  it('returns only documents that contain the whole query, not a part of it', () => {
    expect(urls('信用修复')).toEqual(['m/1-1/']);
  });

  it('finds a substring in the middle of a word, as Ctrl+F does', () => {
    expect(urls('营商环')).toEqual(['m/1-1/']);
  });

  it('treats full-width and half-width forms as the same character', () => {
    expect(urls('12345')).toEqual(['m/2-1/']);
    expect(urls('１２３４５')).toEqual(['m/2-1/']);
  });

  it('ranks the glossary entry whose key equals the query first', () => {
    expect(urls('五化')[0]).toBe('glossary/wu-hua/');
  });

  it('ranks documents whose title contains the query before the rest, in reading order within each group', () => {
    expect(urls('信用')).toEqual(['m/1/', 'm/1-1/', 'm/2-2/']);
  });

  it('keeps only the documents of the chosen chapter', () => {
    expect(urls('信用', '2')).toEqual(['m/2-2/']);
    expect(urls('五化', '2')).toEqual(['m/2-1/']);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(urls('')).toEqual([]);
    expect(urls(' \u3000 ')).toEqual([]);
  });

  it('reads spaces typed around punctuation and between Chinese words as absent: 1 + 15 + N finds 1+15+N', () => {
    expect(urls('1 + 15 + N')).toEqual(['m/2-3/']);
    expect(urls('１＋１５＋Ｎ')).toEqual(['m/2-3/']);
    expect(urls('开办 企业')).toEqual(['m/2-3/']);
  });

  it('finds text printed with a space between a number and a Chinese word, typed with or without it', () => {
    expect(urls('2025年')).toEqual(['m/2-3/']);
    expect(urls('达到 12 家')).toEqual(['m/2-3/']);
  });

  it('when no document holds a query of several words whole, finds those that hold every word, and says so', () => {
    const found = search(p, '开办企业 流程');
    expect(found.map((m) => m.url)).toEqual(['m/2-3/']);
    expect(found[0]!.terms).toEqual(['开办企业', '流程']);
    expect(found[0]!.excerpt.filter((s) => s.mark).map((s) => s.text)).toEqual(['开办企业', '流程']);
    expect(urls('开办企业 元宇宙')).toEqual([]);
  });

  it('gives each match its breadcrumb, label, title and number of hits', () => {
    const [m] = search(p, '信用修复');
    expect(m).toMatchObject({ label: '一（一）', title: '健全信用修复机制', crumbs: ['一、信用环境'], hits: 2 });
  });
});

describe('squeeze', () => {
  it('drops spaces except one between two ASCII letters or digits, and keeps where each character was', () => {
    expect(squeeze('到 2025  年 iso 9001\n下')).toEqual({
      text: '到2025年iso 9001\n下',
      at: [0, 2, 3, 4, 5, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
    });
  });
});

describe('parseQuery and hitsIn', () => {
  it('keeps words of two characters or more, or Chinese, and only when there are several', () => {
    expect(parseQuery('1 + 15 + N')).toEqual({ phrase: '1+15+n', words: [] });
    expect(parseQuery('开办企业　流程')).toEqual({ phrase: '开办企业流程', words: ['开办企业', '流程'] });
  });

  it('gives the hits as ranges of the original text, spaces inside a hit included', () => {
    expect(hitsIn('到 2025 年，2025年', '2025年')).toEqual([
      [2, 8],
      [9, 14],
    ]);
  });
});

describe('hitOffsets', () => {
  it('steps through non-overlapping occurrences', () => {
    expect(hitOffsets('aaaa', 'aa')).toEqual([0, 2]);
    expect(hitOffsets('abc', '')).toEqual([]);
  });
});

describe('excerpt', () => {
  it('marks every hit inside the window and shows where the text was cut', () => {
    const text = '一二三四五信用六七信用八九十';
    const segs = excerpt(
      text,
      [
        [5, 7],
        [9, 11],
      ],
      2,
      6,
    );
    expect(segs).toEqual([
      { text: '…', mark: false },
      { text: '四五', mark: false },
      { text: '信用', mark: true },
      { text: '六七', mark: false },
      { text: '信用', mark: true },
      { text: '…', mark: false },
    ]);
  });

  it('with several anchors, shows a window around each, merged where they meet', () => {
    const text = '一二三四五信用六七八九十甲乙丙丁戊己庚流程辛壬癸';
    const segs = excerpt(
      text,
      [
        [5, 7],
        [19, 21],
      ],
      2,
      8,
      [
        [5, 7],
        [19, 21],
      ],
    );
    expect(segs.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')).toBe('…五[信用]六七…庚[流程]辛壬…');
  });

  it('shows line breaks as spaces', () => {
    expect(
      excerpt('标题\n正文', [[3, 5]], 10, 10)
        .map((s) => s.text)
        .join(''),
    ).toBe('标题 正文');
  });
});
