/** The smallest complete document (tests/fixtures/parser/minimal) parses, and every malformed fixture derives from it. */
import { describe, expect, it } from 'vitest';
import { Plan } from '../../src/model/schema.ts';
import { parsePlan } from '../../src/parser/index.ts';
import { fixture } from './load.ts';

const plan = parsePlan(fixture('minimal'));

describe('the minimal document', () => {
  it('validates against the Plan schema', () => {
    const result = Plan.safeParse(plan);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('reads the header, the notice and the plan title', () => {
    expect(plan).toMatchObject({
      issuer: '某市人民政府',
      docNumber: '某政发〔2024〕1号',
      title: '某市营商环境规划',
      notice: {
        title: '某市人民政府关于印发某市营商环境规划的通知',
        addressee: '各区县人民政府，市政府各部门（单位）',
        signature: '某市人民政府',
        date: '2024-03-01',
        contact: '联系电话：市政务服务局，12345678',
        publicRelease: true,
      },
    });
  });

  it('has a one-paragraph preamble', () => {
    expect(plan.texts[0]!.preamble).toEqual([{ text: '为持续优化营商环境，编制本规划。', lines: [21] }]);
  });

  it('has two chapters, each with a section of numbered items', () => {
    expect(plan.units.map((u) => `${u.id} ${u.label} ${u.title}`)).toEqual([
      '1 一 总体要求',
      '1-1 一（一） 指导思想',
      '1-1-1 一（一）1 简化审批流程',
      '1-1-2 一（一）2 强化事中事后监管',
      '2 二 保障措施',
      '2-1 二（一） 加强组织领导',
      '2-1-1 二（一）1 压实主体责任',
    ]);
  });

  it('has one glossary entry, found in the section that uses it', () => {
    expect(plan.glossary).toMatchObject([{ slug: 'term-1', heading: '政务服务“五化”改革', keys: ['五化'] }]);
    expect(plan.units.filter((u) => u.terms.length > 0).map((u) => u.id)).toEqual(['1-1']);
  });

  it('takes slugs and keys from the glossary configuration', () => {
    const configured = parsePlan(fixture('minimal'), { glossary: [{ heading: '政务服务“五化”改革', slug: 'wu-hua', keys: ['五化'] }] });
    expect(configured.glossary[0]).toMatchObject({ slug: 'wu-hua' });
    expect(configured.units[1]!.terms).toEqual([{ in: 'paragraph', slug: 'wu-hua', key: '五化', paragraph: 0, offset: 26 }]);
  });

  it('reads the end matter', () => {
    expect(plan.endMatter).toEqual({
      ccText: '市委各部门，市人大常委会办公厅。',
      cc: ['市委各部门', '市人大常委会办公厅'],
      printedBy: '某市人民政府办公厅',
      printedDate: '2024-03-01',
      printedText: '2024年3月1日印发',
    });
  });

  it('records no errata and no repairs', () => {
    expect([plan.errata, plan.repairs]).toEqual([[], []]);
  });
});
