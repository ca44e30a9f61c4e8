/** The app icon's character (edition.json or the title's genre word), the built favicon, and no web font. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Edition } from '../../src/model/edition.ts';
import { SiteModel } from '../../src/model/site-model.ts';
import { cardShaper } from '../../src/site/share/glyphs.ts';
import { iconGlyph, iconSvg } from '../../src/site/share/icons.ts';
import { appGlyph, faviconSvg } from '../../src/site/share/images.ts';
import { DIST, loadPlan, requireDist } from '../site/dist.ts';

describe('the icon glyph', () => {
  test("is the first character of the genre word a title ends with: this plan's 规划 gives 规", () => {
    expect(iconGlyph('济南市“十四五”时期优化营商环境规划')).toBe('规');
    expect(iconGlyph('某市优化营商环境三年行动方案')).toBe('方');
    expect(iconGlyph('国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见')).toBe('意');
    expect(iconGlyph('国务院办公厅关于加快发展体育竞赛表演产业的指导意见')).toBe('意');
    expect(iconGlyph('国务院关于支持自由贸易试验区深化改革创新若干措施的通知')).toBe('通');
    expect(iconGlyph('中华人民共和国个人所得税法实施条例')).toBe('条');
    expect(iconGlyph('某省行政规范性文件管理实施细则')).toBe('细');
  });

  test('prefers the longer genre word: a 命令 is 命, a 令 alone is 令', () => {
    expect(iconGlyph('中华人民共和国国务院令')).toBe('令');
    expect(iconGlyph('某市人民政府关于实行交通管制的命令')).toBe('命');
  });

  test('looks past a trailing bracketed note and closing quotes', () => {
    expect(iconGlyph('某市政府信息公开管理办法（试行）')).toBe('办');
    expect(iconGlyph('某市国民经济和社会发展规划（2021—2025年）')).toBe('规');
    expect(iconGlyph('关于印发《某市数据条例》')).toBe('条');
  });

  test('without a genre word, is the last Chinese character of the title, else its first character', () => {
    expect(iconGlyph('某市政府工作报告摘编')).toBe('编');
    expect(iconGlyph('Open Data Charter')).toBe('O');
  });

  test("edition.json's iconGlyph wins over the rule", () => {
    expect(iconGlyph('济南市“十四五”时期优化营商环境规划', '营')).toBe('营');
  });

  test('edition.json accepts one character as iconGlyph and says what it expects otherwise', () => {
    const base = { seed: 'a.txt', sha256: '0'.repeat(64) };
    expect(Edition.parse({ ...base, iconGlyph: '营' }).iconGlyph).toBe('营');
    expect(Edition.parse(base).iconGlyph).toBeUndefined();
    for (const bad of ['规划', '', ' ']) {
      const r = Edition.safeParse({ ...base, iconGlyph: bad });
      expect(r.success ? null : r.error.issues[0]!.message).toBe('expected one character, e.g. 规');
    }
  });

  test('a glyph the font lacks stops the build with the character and a hint', () => {
    expect(() => iconSvg(32, '𠮷', cardShaper())).toThrowErrorMatchingInlineSnapshot(`
      [Error: app icon: the card font (Noto Sans SC) has no glyph for 𠮷 (U+20BB7)
        hint: set "iconGlyph" in edition.json to a character it has, e.g. the first character of the genre word (规, 意, 通)]
    `);
  });
});

describe('the built icons', () => {
  test("favicon.svg is this plan's 规 drawn as an outline, not text in the visitor's font", () => {
    const { edition } = SiteModel.parse(JSON.parse(readFileSync('content/plan.json', 'utf8')));
    expect(appGlyph(loadPlan(), edition)).toBe('规');
    const svg = readFileSync(join(DIST, 'favicon.svg'), 'utf8');
    expect(svg).toBe(faviconSvg('规'));
    expect(svg).toContain('<path');
    expect(svg).not.toContain('<text');
  });

  test('the site ships no font file and no @font-face: the font only draws build-time images', () => {
    requireDist();
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ttf|otf|ttc|woff2?|eot)$/i.test(e.name)) found.push(p);
        else if (/\.(html|css|js)$/.test(e.name) && /@font-face/i.test(readFileSync(p, 'utf8'))) found.push(p);
      }
    };
    walk(DIST);
    expect(found).toEqual([]);
  });
});
