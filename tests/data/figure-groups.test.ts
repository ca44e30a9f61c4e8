/** Which figures /targets/ draws on one scale: only those one sentence of the plan sets side by side. */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.ts';
import { comparableGroups } from '../../src/site/lib/figure-view.ts';
import { loadSeed } from '../../src/writer/load-seed.ts';
import type { Figure } from '../../src/model/extracts.ts';
import type { Plan } from '../../src/model/schema.ts';

let plan: Plan;
beforeAll(async () => {
  plan = (await loadSeed()).plan;
});

const figure = (over: Partial<Figure>): Figure => ({
  unit: '2-3',
  label: '二（三）',
  paragraph: 0,
  offset: 0,
  indicator: '指标',
  value: 1,
  unitOfMeasure: '%',
  bound: 'exactly',
  text: '1%',
  sentence: '句子。',
  ...over,
});

describe('charts of comparable figures', () => {
  it('never puts two percentages of different sentences on one scale', () => {
    const groups = comparableGroups([
      figure({ sentence: '抽查比例达到8%。', value: 8 }),
      figure({ sentence: '增加值占比50%以上。', value: 50 }),
    ]);
    expect(groups).toEqual([]);
  });

  it('charts the figures one sentence lists with one measure word, and leaves out a lone figure', () => {
    const s = '可网办率达到100%，实际网办率达到90%。';
    const groups = comparableGroups([
      figure({ sentence: s, value: 100 }),
      figure({ sentence: s, value: 90 }),
      figure({ sentence: s, value: 5, unitOfMeasure: '项' }),
    ]);
    expect(groups.map((g) => [g.measure, g.figures.map((f) => f.value)])).toEqual([['百分比', [100, 90]]]);
  });

  it('treats full-width and half-width percent signs as one measure', () => {
    const s = '甲达到10%，乙达到20％。';
    expect(comparableGroups([figure({ sentence: s }), figure({ sentence: s, unitOfMeasure: '％' })])).toHaveLength(1);
  });

  it('on this plan, keeps the share of inspections and the share of the digital economy out of every chart', () => {
    const charted = comparableGroups(extractTargets(plan)).flatMap((g) => g.figures.map((f) => f.indicator));
    expect(charted.length).toBeGreaterThan(0);
    expect(charted.filter((i) => i.includes('抽查比例') || i.includes('数字经济'))).toEqual([]);
  });
});
