import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';
import { planOf } from './plan-of.ts';

const targetsOf = (...text: string[]) => extractTargets(planOf([{ id: '1', title: '工作目标', text }]));

describe('a target is a number with its measure word that the clause commits to', () => {
  it('reads value, measure word and a floor from `以上`', () => {
    const [t] = targetsOf('网上办事事项达到1000项以上，数量居前列。');
    expect(t).toMatchObject({ indicator: '网上办事事项', value: 1000, unitOfMeasure: '项', bound: 'at-least', text: '1000项以上' });
  });

  it('treats `突破` as a floor and `达到` as the value itself', () => {
    expect(targetsOf('人才总量突破300万。')[0]).toMatchObject({
      indicator: '人才总量',
      value: 300,
      unitOfMeasure: '万',
      bound: 'at-least',
    });
    expect(targetsOf('抽查比例达到8%。')[0]).toMatchObject({ indicator: '抽查比例', value: 8, unitOfMeasure: '%', bound: 'exactly' });
  });

  it('names the object of a creating verb as the indicator', () => {
    expect(targetsOf('建成高品质“书房”50处。')[0]).toMatchObject({ indicator: '高品质“书房”', value: 50, unitOfMeasure: '处' });
  });

  it('reads a time limit `在 N 小时内` as a ceiling on what follows it', () => {
    const [t] = targetsOf('最迟在 5 小时内发布权威信息。');
    expect(t).toMatchObject({ indicator: '发布权威信息', value: 5, unitOfMeasure: '小时', bound: 'at-most' });
  });

  it('ignores a qualifier that a noun follows, and keeps it in the indicator', () => {
    const found = targetsOf('年交易额10亿元以上平台企业达到100家。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ indicator: '年交易额10亿元以上平台企业', value: 100, unitOfMeasure: '家' });
  });

  it('ignores figures without a committing verb, inside quotation marks, in formulas and years', () => {
    expect(targetsOf('辐射带动周边6市，举办“与世界500强连线”活动，提供7×24小时服务，到2025年。')).toEqual([]);
  });

  it('keeps the sentence and the place of the figure', () => {
    const [t] = targetsOf('前文。项目达到20个。');
    expect(t).toMatchObject({ unit: '1', label: 'L1', paragraph: 0, offset: 7, sentence: '项目达到20个。' });
  });
});

describe('the deadline is the nearest deadline phrase before the figure in the same sentence', () => {
  it('reads `年底前` as the end of that year and `到…年` as by that year', () => {
    expect(targetsOf('2023年年底前，事项达到10项。')[0]!.deadline).toEqual({ year: 2023, kind: 'year-end', text: '2023年年底前' });
    expect(targetsOf('到 2025 年，比率达到90%。')[0]!.deadline).toEqual({ year: 2025, kind: 'by-year', text: '到 2025 年' });
  });

  it('accepts `到2025` without 年, and does not carry a deadline over a sentence stop', () => {
    expect(targetsOf('到2025技能人才总量达到150万。')[0]!.deadline).toMatchObject({ year: 2025 });
    expect(targetsOf('到2025年，全面完成转型；比率达到90%。')[0]!.deadline).toBeNull();
  });
});

it('finds no target under a heading that reports results', () => {
  const plan = planOf([
    { id: '1', title: '取得的主要成就', text: [] },
    { id: '1-1', text: ['企业数量达到12家。'] },
  ]);
  expect(extractTargets(plan)).toEqual([]);
});

describe('on the real seed', async () => {
  const { plan } = await loadSeed();
  const targets = extractTargets(plan);
  const find = (indicator: string, value: number) => targets.find((t) => t.indicator.includes(indicator) && t.value === value);

  // Every target issue 6 names: indicator words, value, measure word, deadline year (null: none), measure id.
  const expected: Array<[string, number, string, number | null, string]> = [
    ['网上运行的市级机关内部办事事项', 1000, '项', 2023, '2-3-2'],
    ['一般事项“双随机、一公开”抽查比例', 8, '%', 2025, '2-3-3'],
    ['依申请政务服务事项可网办率', 100, '%', 2025, '2-3-4'],
    ['实际网办率', 90, '%', 2025, '2-3-4'],
    ['人才总量', 300, '万', 2025, '3-2-2'],
    ['技能人才总量', 150, '万', 2025, '3-2-2'],
    ['数字经济增加值占比', 50, '%', 2025, '3-3-3'],
    ['数字化应用项目', 200, '个', 2025, '3-3-3'],
    ['年交易额10亿元以上平台企业', 100, '家', 2025, '3-3-3'],
    ['技术合同成交额', 800, '亿元', 2025, '3-4-4'],
    ['每万人口高价值发明专利拥有量', 16, '件', null, '5-1-1'],
    ['泉城书房', 50, '处', null, '6-3-2'],
    ['发布权威信息', 5, '小时', null, '4-4-3'],
    ['举行新闻发布会', 24, '小时', null, '4-4-3'],
  ];
  it.each(expected)('finds %s = %d %s (deadline %s) in measure %s', (indicator, value, unit, year, id) => {
    const t = find(indicator, value);
    expect(t, indicator).toBeDefined();
    expect(t!.unitOfMeasure).toBe(unit);
    expect(t!.deadline?.year ?? null).toBe(year);
    expect(t!.unit).toBe(id);
    expect(plan.units.find((u) => u.id === id)!.kind).toBe('measure');
  });

  it('reads the `2023年年底前` target as due at the end of 2023', () => {
    expect(find('网上运行的市级机关内部办事事项', 1000)!.deadline).toMatchObject({ kind: 'year-end', text: '2023年年底前' });
  });

  it('finds every figure only once', () => {
    const keys = targets.map((t) => `${t.unit}/${t.paragraph}/${t.offset}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('quotes each target’s sentence verbatim from its unit', () => {
    for (const t of targets) {
      const text = plan.units.find((u) => u.id === t.unit)!.paragraphs[t.paragraph!]!.text;
      expect(text).toContain(t.sentence);
      expect(text.slice(t.offset, t.offset + t.text.length)).toBe(t.text);
    }
  });
});
