import { describe, expect, it } from 'vitest';
import { extractAchievements } from '../../src/extract/achievements.ts';
import { extractTargets } from '../../src/extract/targets.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';
import { planOf } from './plan-of.ts';

const reported = (...text: string[]) =>
  extractAchievements(
    planOf([
      { id: '1', title: '“十三五”期间取得的主要成就', text: [] },
      { id: '1-1', text },
    ]),
  );

describe('achievements are the figures under a heading that reports results', () => {
  it('reads every figure there, with or without a verb', () => {
    expect(reported('培育独角兽企业 4 家，瞪羚企业 145 家。').map((a) => [a.indicator, a.value, a.unitOfMeasure])).toEqual([
      ['独角兽企业', 4, '家'],
      ['瞪羚企业', 145, '家'],
    ]);
  });

  it('reads placings as ranks', () => {
    expect(reported('本市在国家评价中位列第九。')[0]).toMatchObject({
      kind: 'rank',
      value: 9,
      unitOfMeasure: '名',
      indicator: '本市在国家评价中',
      text: '第九',
    });
  });

  it('does not take `第一批` or `第十二次` for a placing', () => {
    expect(reported('入选全国第一批试点，召开第十二次会议。')).toEqual([]);
  });

  it('gives each item of an `A、B分别` list its own figure, also in a later `分别` clause', () => {
    const found = reported('百亿级、十亿级企业分别达到 12 家、85 家，较上年分别增长 100% 和 37.1%。');
    expect(found.map((a) => [a.indicator, a.value])).toEqual([
      ['百亿级企业', 12],
      ['十亿级企业', 85],
      ['百亿级企业较上年增长', 100],
      ['十亿级企业较上年增长', 37.1],
    ]);
  });

  it('makes a comparison clause about the subject of the figure before it', () => {
    expect(reported('网络店铺达 22.6 万家，较上期增加了 38%。').map((a) => a.indicator)).toEqual(['网络店铺', '网络店铺较上期增加了']);
  });

  it('ignores units whose headings do not report results', () => {
    expect(extractAchievements(planOf([{ id: '1', title: '发展目标', text: ['企业数量达到12家。'] }]))).toEqual([]);
  });
});

describe('on the real seed', async () => {
  const { plan } = await loadSeed();
  const achievements = extractAchievements(plan);
  const targets = extractTargets(plan);

  it.each([
    ['国家营商环境评价', 9, 'rank'],
    ['百亿级企业', 12, 'count'],
    ['十亿级企业', 85, 'count'],
    ['网络店铺', 22.6, 'count'],
    ['独角兽企业', 4, 'count'],
  ] as const)('finds %s = %d (%s)', (indicator, value, kind) => {
    expect(achievements.find((a) => a.indicator.includes(indicator) && a.value === value)).toMatchObject({ kind });
  });

  it('reads the 2020 national ranking from the section on 十三五 results', () => {
    const rank = achievements.find((a) => a.kind === 'rank' && a.value === 9)!;
    expect(rank.sentence).toContain('2020年国家营商环境评价中位列第九');
    expect(rank.unit).toBe('1-1');
  });

  it('keeps achievements and targets apart: no figure is both', () => {
    const at = (r: { unit: string; paragraph: number | null; offset: number }) => `${r.unit}/${r.paragraph}/${r.offset}`;
    const targetPlaces = new Set(targets.map(at));
    expect(achievements.length).toBeGreaterThan(0);
    expect(achievements.filter((a) => targetPlaces.has(at(a)))).toEqual([]);
  });
});
