/**
 * The genre, not one document: the forms official documents take (a web page's 意见 with no 版头,
 * an order that promulgates a regulation, a notice that issues two texts, a 函) and the numbering
 * they use (levels skipped, sections that run on, `1、`, titles with commas, 条/款/项), each in a
 * small document written for the case.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parser/index.ts';
import { fixture, parseErrorOf, unitOf } from './load.ts';

/** Paragraphs separated by blank lines, as text copied from a web page. */
const page = (...paragraphs: string[]): string => paragraphs.join('\n\n');

const OPINION = page(
  '国务院关于在某领域',
  '全面推行某项改革的意见',
  '国发〔2019〕5号',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '为推行某项改革，现提出如下意见。',
  '一、总体要求',
  '（一）指导思想。坚持问题导向。',
  '（二）带量采购，以量换价。发挥集中采购作用。',
  '二、主要任务',
  '（三）统筹建设平台。建设统一平台。（市场监管总局牵头，各有关部门参与）',
  '（四）加强组织领导。',
  '各地区要加强领导。',
  '各地区、各部门要结合实际认真贯彻落实。',
  '国务院',
  '2019年1月27日',
  '（此件公开发布）',
);

describe('an 意见 published on a web page', () => {
  const plan = parsePlan(OPINION);

  it('has no 版头 and no 版记, and is itself the text: no covering notice', () => {
    expect([plan.masthead, plan.endMatter, plan.notice]).toEqual([null, null, null]);
  });

  it('joins the title wrapped over two paragraphs and names the issuer from it', () => {
    expect([plan.title, plan.issuer, plan.docNumber]).toEqual(['国务院关于在某领域全面推行某项改革的意见', '国务院', '国发〔2019〕5号']);
  });

  it('keeps the addressee and the signature block with the text', () => {
    const text = plan.texts[0]!;
    expect(text.addressee).toBe('各省、自治区、直辖市人民政府，国务院各部委、各直属机构');
    expect(text.signed).toMatchObject({ signature: '国务院', date: '2019-01-27', publicRelease: true });
  });

  it('numbers sections that run on across chapters by their printed numbers', () => {
    expect(plan.units.filter((u) => u.kind === 'section').map((u) => [u.id, u.label])).toEqual([
      ['1-1', '一（一）'],
      ['1-2', '一（二）'],
      ['2-3', '二（三）'],
      ['2-4', '二（四）'],
    ]);
  });

  it('reads a run-in title whose phrases are joined by a comma', () => {
    expect(unitOf(plan, '1-2')).toMatchObject({ title: '带量采购，以量换价', titleInline: true });
  });

  it('keeps a bracketed note after the full stop as part of its paragraph, repairing nothing', () => {
    expect(unitOf(plan, '2-3').paragraphs[0]!.text).toMatch(/。（市场监管总局牵头，各有关部门参与）$/);
    expect(plan.repairs).toEqual([]);
  });

  it('gives a heading-only last section every paragraph after it, numbered in reading order', () => {
    expect(unitOf(plan, '2-4').children.map((id) => [id, unitOf(plan, id).label])).toEqual([
      ['2-4-1', '二（四）第1段'],
      ['2-4-2', '二（四）第2段'],
    ]);
    expect(plan.texts[0]!.closing).toEqual([]);
  });

  it('gives the paragraph after the last run-in section to the text as its closing', () => {
    const closing = parsePlan(OPINION.replace('（四）加强组织领导。\n\n各地区要加强领导。', '（四）加强组织领导。各地区要加强领导。'));
    expect(closing.texts[0]!.closing.map((p) => p.text)).toEqual(['各地区、各部门要结合实际认真贯彻落实。']);
  });
});

describe('numbering', () => {
  it('accepts a level skipped: items straight under a chapter, labelled 二、1', () => {
    const plan = parsePlan(fixture('chapter-straight-to-items'));
    expect(unitOf(plan, '2-1')).toMatchObject({ kind: 'measure', label: '二、1', parent: '2', title: '压实主体责任' });
  });

  it('reads 1、 as it reads 1.', () => {
    const plan = parsePlan(
      page(
        '某市关于某事的通知',
        '为做好某事，通知如下。',
        '一、要求',
        '1、提高认识。认真落实。',
        '2、加强领导。',
        '某市人民政府',
        '2024年3月1日',
      ),
    );
    expect(plan.units.map((u) => [u.id, u.marker, u.title])).toEqual([
      ['1', '一、', '要求'],
      ['1-1', '1.', '提高认识'],
      ['1-2', '2.', '加强领导'],
    ]);
  });

  it('still reports a gap when a count neither continues nor restarts', () => {
    const error = parseErrorOf(() => parsePlan(OPINION.replace('（三）统筹建设平台', '（五）统筹建设平台')));
    expect([error.code, error.message]).toEqual([
      'SECTION_ORDER',
      'section （三） is missing: expected （三）(or （一） to restart the count), found （五）'.replace('(', ' ('),
    ]);
  });
});

const ORDER = page(
  '中华人民共和国国务院令',
  '第706号',
  '《某某条例》已经国务院常务会议通过，现予公布，自2019年3月1日起施行。',
  '总理  李克强',
  '2018年11月6日',
  '某某条例',
  '（2018年9月6日国务院第23次常务会议通过）',
  '第一章　总　　则',
  '第一条　为了规范某某行为，制定本条例。',
  '第二条　本条例所称某某，是指下列行为：',
  '（一）甲行为；',
  '（二）乙行为。',
  '前款规定的行为，依照本条例管理。',
  '第二章　附　　则',
  '第三条　本条例自2019年3月1日起施行。',
);

describe('an order that promulgates a regulation', () => {
  const plan = parsePlan(ORDER);

  it('reads the order as the covering notice, signed by the premier, and names it by its masthead', () => {
    expect(plan.masthead).toBe('中华人民共和国国务院令');
    expect(plan.docNumber).toBe('中华人民共和国国务院令第706号');
    expect(plan.notice).toMatchObject({ title: null, addressee: null, signature: '总理  李克强', date: '2018-11-06' });
  });

  it('takes the regulation’s title and the note under it', () => {
    expect(plan.title).toBe('某某条例');
    expect(plan.texts[0]).toMatchObject({ scheme: 'regulation', subtitle: '（2018年9月6日国务院第23次常务会议通过）' });
  });

  it('numbers chapters by 章 and articles through the whole text', () => {
    expect(plan.units.filter((u) => u.kind !== 'item' && u.kind !== 'clause').map((u) => [u.id, u.label, u.title])).toEqual([
      ['1', '第一章', '总则'],
      ['a1', '第一条', null],
      ['a2', '第二条', null],
      ['2', '第二章', '附则'],
      ['a3', '第三条', null],
    ]);
  });

  it('gives an article of two paragraphs a unit per 款, and numbers its items within their 款', () => {
    expect(unitOf(plan, 'a2').children).toEqual(['a2-1', 'a2-2']);
    expect(plan.units.filter((u) => u.id.startsWith('a2-')).map((u) => [u.id, u.label])).toEqual([
      ['a2-1', '第二条第一款'],
      ['a2-1-1', '第二条第一款第（一）项'],
      ['a2-1-2', '第二条第一款第（二）项'],
      ['a2-2', '第二条第二款'],
    ]);
  });

  it('keeps an article of one paragraph whole, its text after the number', () => {
    expect(unitOf(plan, 'a1').paragraphs.map((p) => p.text)).toEqual(['为了规范某某行为，制定本条例。']);
  });
});

describe('a notice that issues two texts', () => {
  const plan = parsePlan(fixture('two-texts'));

  it('splits the texts at the titles the notice names', () => {
    expect(plan.texts.map((t) => [t.id, t.title])).toEqual([
      ['t1', '某甲规定'],
      ['t2', '某乙规定'],
    ]);
  });

  it('is cited by the notice’s title', () => {
    expect(plan.title).toBe('某市人民政府办公厅关于印发某甲规定和某乙规定的通知');
  });

  it('prefixes the units of the second text, whose articles count from 第一条 again', () => {
    expect(plan.units.map((u) => u.id)).toEqual(['a1', 'a2', 't2-a1']);
  });
});

describe('a 函', () => {
  it('reads the issuing body’s name as the 版头, then the number and the title', () => {
    const plan = parsePlan(
      page(
        '某市人民政府办公厅',
        '某政办函〔2024〕5号',
        '某市人民政府办公厅关于同意某事的函',
        '某区人民政府：',
        '你区来文收悉。经研究，同意某事。',
        '某市人民政府办公厅',
        '2024年3月1日',
      ),
    );
    expect([plan.masthead, plan.docNumber, plan.title, plan.issuer]).toEqual([
      '某市人民政府办公厅',
      '某政办函〔2024〕5号',
      '某市人民政府办公厅关于同意某事的函',
      '某市人民政府办公厅',
    ]);
    expect(plan.texts[0]!.preamble.map((p) => p.text)).toEqual(['你区来文收悉。经研究，同意某事。']);
  });
});

describe('HTML', () => {
  it('keeps a table as a table, in an attachment after the signature', () => {
    const plan = parsePlan(
      [
        '<p>某市关于某事的意见</p><p>某政发〔2024〕1号</p><p>一、要求</p><p>（一）落实。认真落实。</p>',
        '<p>附件：指标</p><p>某市人民政府</p><p>2024年3月1日</p>',
        '<p>附件</p><p>指标</p><table><tr><td rowspan="2">一级</td><td>二级</td></tr><tr><td>三&amp;级</td></tr></table>',
      ].join('\n'),
    );
    expect(plan.texts[0]!.closing.map((p) => p.text)).toEqual(['附件：指标']);
    expect(plan.attachments).toEqual([
      {
        label: '附件',
        title: '指标',
        blocks: [
          {
            text: '一级\n二级\n三&级',
            lines: [3],
            table: {
              rows: [
                [
                  { text: '一级', colspan: 1, rowspan: 2 },
                  { text: '二级', colspan: 1, rowspan: 1 },
                ],
                [{ text: '三&级', colspan: 1, rowspan: 1 }],
              ],
            },
          },
        ],
      },
    ]);
  });

  it('joins a title wrapped with <br> and places errors at the paragraph’s line and column', () => {
    const error = parseErrorOf(() => parsePlan('<p>某市关于<br>某事的意见</p>\n<p>一、甲</p><p>三、丙</p>'));
    expect([error.code, error.line, error.column]).toEqual(['CHAPTER_ORDER', 2, 11]);
  });
});

describe('input that is not a document', () => {
  it.each([
    ['an SVG image', '<svg xmlns="http://www.w3.org/2000/svg"><text>规</text></svg>'],
    ['a JSON file', '{"title": "规划"}'],
    ['text with no Chinese in it', 'Lorem ipsum dolor sit amet.'],
  ])('refuses %s before applying any erratum', (_, source) => {
    const error = parseErrorOf(() => parsePlan(source, { errata: [{ line: 1, original: '规', correction: '规', reason: 'x' }] }));
    expect(error.code).toBe('NOT_A_DOCUMENT');
  });
});
