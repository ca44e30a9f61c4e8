/** The real seed's document data around the outline: header, notice, glossary, end matter, errata. */
import { describe, expect, it } from 'vitest';
import { Plan } from '../../src/model/schema.ts';
import { parseSeed, seedErrata, unitOf } from './load.ts';

const plan = parseSeed();

describe('the seed’s header and notice', () => {
  it('names the issuer, the document number and the plan title', () => {
    expect([plan.issuer, plan.docNumber, plan.title]).toEqual([
      '济南市人民政府',
      '济政发〔2023〕1号',
      '济南市“十四五”时期优化营商环境规划',
    ]);
  });

  it('joins the notice title wrapped over the PDF line without a stray space', () => {
    expect(plan.notice!.title).toBe('济南市人民政府关于印发济南市“十四五”时期优化营商环境规划的通知');
  });

  it('reads the addressee without its colon, the body, the signature and the date', () => {
    expect(plan.notice).toMatchObject({
      addressee: '各区县人民政府，市政府各部门（单位）',
      body: ['现将《济南市“十四五”时期优化营商环境规划》印发给你们，请认真组织实施。'],
      signature: '济南市人民政府',
      date: '2023-02-10',
      dateText: '2023年2月10日',
    });
  });

  it('keeps the remarks as printed and reads the contact and 此件公开发布 from them', () => {
    expect(plan.notice).toMatchObject({
      remarks: ['(联系电话：市行政审批服务局监督考核处，68966423)', '(此件公开发布)'],
      contact: '联系电话：市行政审批服务局监督考核处，68966423',
      publicRelease: true,
    });
  });

  it('has one preamble paragraph, from “十四五”时期是 to 编制本规划。', () => {
    expect(plan.texts[0]!.preamble).toHaveLength(1);
    expect(plan.texts[0]!.preamble[0]!.text).toMatch(/^“十四五”时期是我国全面建成小康社会.*编制本规划。$/);
    expect(plan.texts[0]!.preamble[0]!.lines).toEqual([23]);
  });
});

describe('the seed’s glossary', () => {
  it('has the ten entries of 名词解释 in printed order, with the slugs of seeds/glossary.json', () => {
    expect(plan.glossary.map((t) => [t.slug, t.heading])).toEqual([
      ['1-4-6', '“1+4+6”事中事后监管体系'],
      ['wu-ge-quan-fu-gai', '“双随机、一公开”监管五个全覆盖'],
      ['1-15-n', '“1+15+N”市域一体化大数据平台'],
      ['1-2', '构建“1+2”三个万亿级产业发展体系'],
      ['san-ge-san', '持续提升“三个三”的工信创新发展路径'],
      ['liu-ti-xi-liang-ping-tai', '六体系两平台'],
      ['1-6-n', '济南科技成果转化 1+6+N 平台'],
      ['wu-hua', '政务服务“五化”改革'],
      ['wu-yuan-lian-dong', '五元联动服务模式'],
      ['1-5', '法治建设考核“1+5”运行机制'],
    ]);
  });

  it('reads each definition without the bold heading and its colon', () => {
    const wuHua = plan.glossary.find((t) => t.slug === 'wu-hua')!;
    expect(wuHua).toMatchObject({
      definition: '标准化、规范化、便利化、精准化、数字化。',
      keys: ['五化'],
      source: { start: 471, end: 471 },
    });
  });

  it('rejoins a definition cut by a page break (“1+2”, lines 461 and 463)', () => {
    const onePlusTwo = plan.glossary.find((t) => t.slug === '1-2')!;
    expect(onePlusTwo.definition).toContain('着力打造先进制造业和数字经济两个万亿级产业发展高地。');
    expect(onePlusTwo.source).toEqual({ start: 461, end: 463 });
  });
});

describe('the seed’s end matter', () => {
  it('lists the nine recipients of copies, across the hard line break', () => {
    expect(plan.endMatter!.cc).toEqual([
      '市委各部门',
      '市人大常委会办公厅',
      '市政协办公厅',
      '市监委',
      '济南警备区',
      '市法院',
      '市检察院',
      '各民主党派市委',
      '市工商联',
    ]);
  });

  it('names the printing office and date', () => {
    expect(plan.endMatter).toMatchObject({
      printedBy: '济南市人民政府办公厅',
      printedDate: '2023-02-10',
      printedText: '2023年2月10日印发',
    });
  });
});

describe('the seed’s errata', () => {
  const unitText = JSON.stringify(plan.units.map((u) => [u.title, u.paragraphs.map((p) => p.text)]));

  it('are recorded in the model as declared in seeds/errata.json, in line order', () => {
    expect(plan.errata).toEqual(seedErrata().sort((a, b) => a.line - b.line));
  });

  it('leave no English “and” in the text', () => {
    expect(unitText).not.toContain(' and ');
    expect(unitText).toContain('区域经济布局和国土空间体系');
    expect(unitText).toContain('跟踪政策落实情况和效果');
  });

  it('leave no English “risk” in the text, and 五（四） reads 风险意识', () => {
    expect(unitText).not.toContain('risk');
    expect(unitOf(plan, '5-4').paragraphs[0]!.text).toContain('强化市场主体的法治观念和风险意识');
  });

  it('pair the parentheses of 济南市博物馆（黄河博物馆） and 中国（广东）自贸试验区 as full-width', () => {
    expect(unitOf(plan, '6-2-3').paragraphs[0]!.text).toContain('济南市博物馆（黄河博物馆），');
    expect(unitOf(plan, '7-3-3').paragraphs[0]!.text).toContain('深化与中国（广东）自贸试验区珠海横琴新区片区');
  });
});

describe('the seed’s model', () => {
  it('validates against the Plan schema', () => {
    const result = Plan.safeParse(plan);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
