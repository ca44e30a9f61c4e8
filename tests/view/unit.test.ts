/** How a unit reads (src/view/unit.ts): one rule each for the heading, own text, citation and outline. */
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/model/schema.ts';
import { citation, citationWithLink, heading, headingTag, lineage, ownText } from '../../src/view/unit.ts';
import { planOf } from '../extract/plan-of.ts';

const plan = planOf([
  { id: '3', title: '营造公平便捷的市场环境', text: ['立足新发展阶段。'] },
  { id: '3-1', text: ['营造畅通的准入退出环境。健全市场准入。'] },
  { id: '3-1-2', text: ['实行“证照分离”改革。深化改革。'] },
  { id: '3-1-2-1', text: ['推广即时审批。'] },
]);
const byId = new Map(plan.units.map((u) => [u.id, u]));
const at = (id: string, fields: Partial<Unit> = {}): Unit => ({ ...byId.get(id)!, ...fields });

describe('heading', () => {
  it('joins a chapter or section marker to its title, as printed', () => {
    expect(heading(at('3', { marker: '三、' }))).toBe('三、营造公平便捷的市场环境');
    expect(heading(at('3-1', { marker: '（一）', title: '营造畅通的准入退出环境' }))).toBe('（一）营造畅通的准入退出环境');
  });

  it('puts a space between a measure number and its title, and is the number alone without one', () => {
    expect(heading(at('3-1-2', { marker: '2.', title: '实行“证照分离”改革' }))).toBe('2. 实行“证照分离”改革');
    expect(heading(at('3-1-2', { marker: '2.', title: null }))).toBe('2.');
  });

  it('names an unnumbered unit by its title, or by its label when it has none', () => {
    expect(heading(at('3-1-2', { marker: null, title: '优化服务' }))).toBe('优化服务');
    expect(heading(at('3-1-2', { marker: null, title: null, label: '三（一）第2段' }))).toBe('三（一）第2段');
  });
});

describe('ownText', () => {
  it('starts with the title when it stood on a heading line of its own', () => {
    expect(ownText(at('3'))).toBe('营造公平便捷的市场环境\n立足新发展阶段。');
  });

  it('is the paragraphs alone when the title is their lead sentence', () => {
    expect(ownText(at('3-1', { title: '营造畅通的准入退出环境', titleInline: true }))).toBe('营造畅通的准入退出环境。健全市场准入。');
  });
});

describe('citation', () => {
  it('is the title in book-title marks, the 发文字号 in brackets, then the label', () => {
    expect(citation('某规划', at('3-1-2', { label: '三（一）2' }), '某政发〔2023〕1号')).toBe('《某规划》（某政发〔2023〕1号）三（一）2');
  });

  it('leaves out the brackets of a document without a 发文字号', () => {
    expect(citation('某规划', at('3-1-2', { label: '三（一）2' }), null)).toBe('《某规划》三（一）2');
  });

  it('is copied with the permanent link after it', () => {
    expect(citationWithLink('《某规划》三（一）2', 'https://x.cn/m/3-1-2/')).toBe('《某规划》三（一）2 https://x.cn/m/3-1-2/');
  });
});

describe('the outline', () => {
  it('walks a unit up to its chapter, outermost first', () => {
    expect(lineage(byId, byId.get('3-1-2-1')!).map((u) => u.id)).toEqual(['3', '3-1', '3-1-2', '3-1-2-1']);
    expect(lineage(byId, byId.get('3')!).map((u) => u.id)).toEqual(['3']);
  });

  it('gives each unit the heading level of its depth: h1 for the unit a reading page is about, to h4', () => {
    expect(['3', '3-1', '3-1-2', '3-1-2-1'].map((id) => headingTag(byId, byId.get(id)!))).toEqual(['h1', 'h2', 'h3', 'h4']);
  });

  it('counts the levels from the page’s unit when a section’s page shows its parts under its h1', () => {
    const section = byId.get('3-1')!;
    expect(['3-1-2', '3-1-2-1'].map((id) => headingTag(byId, byId.get(id)!, section))).toEqual(['h2', 'h3']);
  });
});
