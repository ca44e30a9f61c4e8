/** The benchmark's synthetic plan: the real chapters repeated and renumbered, errata following their lines. */
import { describe, expect, it } from 'vitest';
import { multiply } from '../../bench/synthetic.ts';

const seed = ['# 标题', '', '## 一、甲', '', '正文 and 一', '', '### **二、乙**', '', '正文二', '', '## 名词解释', '', '**词：**释义'].join(
  '\n',
);
const errata = [{ line: 5, original: '正文 and 一', correction: '正文和一', reason: 'r' }];

describe('multiply', () => {
  it('repeats the chapters with the numerals continuing from copy to copy', () => {
    const { text, chapters } = multiply(seed, errata, 3);
    expect(chapters).toBe(6);
    expect(text.split('\n').filter((l) => /、/.test(l))).toEqual([
      '## 一、甲',
      '### **二、乙**',
      '## 三、甲',
      '### **四、乙**',
      '## 五、甲',
      '### **六、乙**',
    ]);
  });

  it('keeps the front matter once and the glossary once, at the end', () => {
    const lines = multiply(seed, errata, 2).text.split('\n');
    expect(lines.filter((l) => l === '# 标题')).toHaveLength(1);
    expect(lines.slice(-3)).toEqual(['## 名词解释', '', '**词：**释义']);
  });

  it('shifts each erratum onto the same line of every copy', () => {
    const { text, errata: shifted } = multiply(seed, errata, 3);
    const lines = text.split('\n');
    expect(shifted.map((e) => e.line)).toEqual([5, 13, 21]);
    for (const e of shifted) expect(lines[e.line - 1]).toBe(e.original);
  });
});
