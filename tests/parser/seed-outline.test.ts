/** The outline of the real seed: chapters, sections, measures, their numbers, labels and titles. */
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/model/schema.ts';
import { parseSeed, unitOf } from './load.ts';

const plan = parseSeed();
const unit = (id: string): Unit => unitOf(plan, id);
const chapters = plan.units.filter((u) => u.kind === 'chapter');
const sections = plan.units.filter((u) => u.kind === 'section');
const measures = plan.units.filter((u) => u.kind === 'measure');
const numbered = measures.filter((u) => u.marker !== null);
const unnumbered = measures.filter((u) => u.marker === null);

describe('chapters', () => {
  it('are the eight chapters 一、 to 八、 with their printed titles', () => {
    expect(chapters.map((u) => `${u.marker}${u.title}`)).toEqual([
      '一、发展现状和形势',
      '二、总体要求',
      '三、营造公平便捷的市场环境',
      '四、营造舒心满意的政务环境',
      '五、营造公正规范的法治环境',
      '六、营造诚信包容的人文环境',
      '七、营造协同联动的区域发展环境',
      '八、保障措施',
    ]);
  });

  it('take their ids 1 to 8 and their labels 一 to 八 from the numbering', () => {
    expect(chapters.map((u) => [u.id, u.label])).toEqual([
      ['1', '一'],
      ['2', '二'],
      ['3', '三'],
      ['4', '四'],
      ['5', '五'],
      ['6', '六'],
      ['7', '七'],
      ['8', '八'],
    ]);
  });

  it('keep a chapter’s introductory paragraph as the chapter’s own text', () => {
    expect(unit('3').paragraphs).toHaveLength(1);
    expect(unit('3').paragraphs[0]!.text).toMatch(/^立足新发展阶段，进一步畅通市场准入和退出机制/);
    expect(unit('1').paragraphs).toEqual([]);
  });
});

describe('sections', () => {
  it('number 31 in all: 3, 3, 5, 4, 4, 4, 3 and 5 in chapters 一 to 八', () => {
    expect(sections).toHaveLength(31);
    expect(chapters.map((c) => c.children.length)).toEqual([3, 3, 5, 4, 4, 4, 3, 5]);
  });

  it('count （一）, （二）, （三）… within each chapter', () => {
    for (const c of chapters) {
      const own = c.children.map(unit);
      expect(own.map((s) => s.id)).toEqual(own.map((_, i) => `${c.id}-${i + 1}`));
      expect(own.map((s) => s.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）'].slice(0, own.length));
    }
  });

  it('take the title from the lead sentence when the section is run in (三（一）)', () => {
    expect(unit('3-1')).toMatchObject({ title: '营造畅通的准入退出环境', titleInline: true, label: '三（一）' });
    expect(unit('3-1').paragraphs[0]!.text).toMatch(/^营造畅通的准入退出环境。健全市场准入负面清单/);
  });

  it('take the title from the heading line when the section has one (二（二）, 七（一）, 八（一）)', () => {
    expect(unit('2-2')).toMatchObject({ title: '基本原则', titleInline: false, paragraphs: [] });
    expect(unit('7-1')).toMatchObject({ title: '强化在黄河重大国家战略中的示范引领作用', titleInline: false });
    expect(unit('8-1')).toMatchObject({ title: '加强组织领导', titleInline: false, marker: '（一）' });
  });
});

describe('numbered measures', () => {
  it('number 83 in all', () => {
    expect(numbered).toHaveLength(83);
  });

  it('sit in the sections that print them, as many as printed', () => {
    const perSection = chapters.map((c) =>
      c.children.map(
        (s) =>
          unit(s)
            .children.map(unit)
            .filter((u) => u.marker !== null).length,
      ),
    );
    expect(perSection).toEqual([
      [6, 0, 4],
      [0, 0, 0],
      [3, 5, 5, 4, 4],
      [4, 3, 3, 3],
      [5, 4, 5, 3],
      [4, 3, 4, 2],
      [3, 3, 3],
      [0, 0, 0, 0, 0],
    ]);
  });

  it('count 1, 2, 3… without gaps in every section', () => {
    for (const s of sections) {
      const items = s.children.map(unit).filter((u) => u.marker !== null);
      expect(
        items.map((u) => u.path.at(-1)),
        s.id,
      ).toEqual(items.map((_, i) => i + 1));
      expect(
        items.map((u) => u.marker),
        s.id,
      ).toEqual(items.map((_, i) => `${i + 1}.`));
    }
  });

  it.each([
    ['1-1-1', '一（一）1', '体制机制不断健全'],
    ['1-1-6', '一（一）6', '市场主体活力深度激发'],
    ['1-3-4', '一（三）4', '改革创新蕴含强大潜能'],
    ['3-1-1', '三（一）1', '落实“非禁即入”的市场准入制度'],
    ['3-1-2', '三（一）2', '实行极简高效的商事登记制度'],
    ['3-2-5', '三（二）5', '培育安全共享的数据要素市场'],
    ['4-2-1', '四（二）1', '建设数字政务“总枢纽”'],
    ['4-3-2', '四（三）2', '完善政务失信治理“府院联动”机制'],
    ['5-1-3', '五（一）3', '依法保护市场主体产权和企业家财产安全'],
    ['6-4-2', '六（四）2', '塑造践诺守约的社会风尚'],
    ['7-2-1', '七（二）1', '推动济泰、济淄、济德同城化发展'],
    ['7-3-1', '七（三）1', '快速融入京津冀协同发展、长三角一体化发展等国家战略'],
  ])('%s is %s “%s”', (id, label, title) => {
    expect(unit(id)).toMatchObject({ kind: 'measure', marker: expect.stringMatching(/^\d+\.$/), label, title, titleInline: true });
  });
});

describe('unnumbered measures', () => {
  it('are the 19 paragraphs of sections printed without numbers: 二（二） 4, 二（三） 5, 八（一）–（五） 2 each', () => {
    const perSection: Record<string, number> = {};
    for (const u of unnumbered) perSection[u.parent!] = (perSection[u.parent!] ?? 0) + 1;
    expect(perSection).toEqual({ '2-2': 4, '2-3': 5, '8-1': 2, '8-2': 2, '8-3': 2, '8-4': 2, '8-5': 2 });
  });

  it('are numbered in reading order, with no printed marker', () => {
    expect(unnumbered.map((u) => u.id).slice(0, 9)).toEqual([
      '2-2-1',
      '2-2-2',
      '2-2-3',
      '2-2-4',
      '2-3-1',
      '2-3-2',
      '2-3-3',
      '2-3-4',
      '2-3-5',
    ]);
    expect(unnumbered.every((u) => u.marker === null)).toBe(true);
  });

  it('are labelled by paragraph, like 八（二）第1段', () => {
    expect(unit('8-2-1').label).toBe('八（二）第1段');
    expect(unit('2-3-5').label).toBe('二（三）第5段');
  });

  it('take a short lead sentence as their title (八（二）第1段 厘清主体责任, 二（二）第1段 坚持党的领导、人民至上)', () => {
    expect(unit('8-2-1')).toMatchObject({ title: '厘清主体责任', titleInline: true });
    expect(unit('2-2-1')).toMatchObject({ title: '坚持党的领导、人民至上', titleInline: true });
  });

  it('have no title when the first sentence is running text (二（三）第1段, 八（一）第1段)', () => {
    expect(unit('2-3-1')).toMatchObject({ title: null, titleInline: false });
    expect(unit('8-1-1')).toMatchObject({ title: null, titleInline: false });
  });
});

describe('measures', () => {
  it('number 102 in all: 83 numbered and 19 unnumbered', () => {
    expect([measures.length, numbered.length, unnumbered.length]).toEqual([102, 83, 19]);
  });

  it('are the only units below sections: the seed has no （1） points', () => {
    expect(plan.units.filter((u) => u.kind === 'point')).toEqual([]);
  });
});

describe('every unit', () => {
  it('has the id of its path and the parent of its path without the last number', () => {
    for (const u of plan.units) {
      expect(u.id).toBe(u.path.join('-'));
      expect(u.parent).toBe(u.path.length === 1 ? null : u.path.slice(0, -1).join('-'));
    }
  });

  it('is listed once, after its parent, and as a child of it', () => {
    const seen = new Set<string>();
    for (const u of plan.units) {
      expect(seen.has(u.id)).toBe(false);
      if (u.parent !== null) {
        expect(seen.has(u.parent)).toBe(true);
        expect(unit(u.parent).children).toContain(u.id);
      }
      seen.add(u.id);
    }
  });

  it('spans seed lines from its heading to its last paragraph', () => {
    expect(unit('3-1-2').source).toEqual({ start: 115, end: 115 });
    expect(unit('3-1').source).toEqual({ start: 109, end: 119 });
    expect(unit('8').source).toEqual({ start: 411, end: 451 });
  });
});
