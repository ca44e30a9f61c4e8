/** How a document reads as a whole: its genre word, its header name, its counts, the text a unit is cited under. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parser/index.ts';
import { brandParts, citedTitle, docWord, genreOf, structureSummary, textOf } from '../../src/view/document.ts';
import { fixture, parseSeed } from '../parser/load.ts';

/** A notice that issues two 规定 (某甲规定 with two articles, 某乙规定 with one). */
const twoTexts = parsePlan(fixture('two-texts'));
const unit = (id: string) => twoTexts.units.find((u) => u.id === id)!;

describe('the genre word', () => {
  it.each([
    ['济南市“十四五”时期优化营商环境规划', '规划'],
    ['国务院关于做好当前和今后一个时期促进就业工作的若干意见', '意见'],
    ['专利代理条例', '条例'],
    ['某市某事管理办法（试行）', '办法'],
    ['某市人民政府文件汇编', null],
  ])('of %s is %s', (title, genre) => {
    expect(genreOf(title)).toBe(genre);
  });

  it('names a document of several texts 文件, whatever they are', () => {
    expect(docWord(twoTexts)).toBe('文件');
  });
});

describe('the header name', () => {
  it('leaves the place and period out on narrow screens: 济南市“十四五”时期 + 优化营商环境规划', () => {
    expect(brandParts('济南市“十四五”时期优化营商环境规划')).toEqual({ prefix: '济南市“十四五”时期', rest: '优化营商环境规划' });
  });

  it('leaves the issuer and 关于 out of an 意见: 国务院办公厅关于 + 加强…的意见', () => {
    expect(brandParts('国务院办公厅关于加强三级公立医院绩效考核工作的意见')).toEqual({
      prefix: '国务院办公厅关于',
      rest: '加强三级公立医院绩效考核工作的意见',
    });
  });

  it('keeps a short title whole', () => {
    expect(brandParts('专利代理条例')).toEqual({ prefix: '', rest: '专利代理条例' });
  });
});

describe('the counts on the home page', () => {
  it('are this plan’s 8 个部分、31 节、102 条', () => {
    expect(structureSummary(parseSeed())).toBe('共 8 个部分、31 节、102 条。');
  });

  it('are a regulation’s 条 when it has no chapters', () => {
    expect(structureSummary(twoTexts)).toBe('共 3 条。');
  });
});

describe('a notice that issues several texts', () => {
  it('places each unit in its text by its id', () => {
    expect([textOf(twoTexts, unit('a1')).title, textOf(twoTexts, unit('t2-a1')).title]).toEqual(['某甲规定', '某乙规定']);
  });

  it('cites a unit under its own text’s title, not the notice’s', () => {
    expect([citedTitle(twoTexts, unit('a1')), citedTitle(twoTexts, unit('t2-a1'))]).toEqual(['某甲规定', '某乙规定']);
  });

  it('cites a one-text document’s units under the document’s title', () => {
    const plan = parseSeed();
    expect(citedTitle(plan, plan.units[0]!)).toBe('济南市“十四五”时期优化营商环境规划');
  });
});
