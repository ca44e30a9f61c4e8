/**
 * Text with MDX-significant characters renders literally. The generated MDX is pinned as a
 * fixture (regenerate with UPDATE=1), and the fixture is built by Astro to prove the HTML shows
 * the characters as text, never as markup or script.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decodeHTML } from 'entities';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parser/index.ts';
import { contentFiles } from '../../src/writer/mdx.ts';
import { siteModel } from '../../src/extract/index.ts';
import { Edition } from '../../src/model/edition.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';

const FIXTURE = 'tests/fixtures/writer/mdx-escaping';
const glossary = [{ heading: '“A+B”改革', slug: 'a-b', keys: ['A+B'] }];
const plan = parsePlan(await readFile(join(FIXTURE, 'input.txt'), 'utf8'), { glossary });
const files = contentFiles(siteModel(plan, Edition.parse({ seed: 'input.txt', sha256: '0'.repeat(64) })));

/** Visible text of an HTML fragment: tags removed, entities decoded. */
function visible(html: string): string {
  return decodeHTML(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ''));
}

describe('MDX escaping', () => {
  it('writes the same MDX as the pinned output fixture', async () => {
    for (const [rel, body] of files) {
      const expected = join(FIXTURE, 'output', rel);
      if (process.env.UPDATE) {
        await mkdir(dirname(expected), { recursive: true });
        await writeFile(expected, body);
      }
      expect(body, rel).toBe(await readFile(expected, 'utf8'));
    }
  });

  it('emits every run of plan text as a string expression, never as Markdown', () => {
    const mdx = files.get('units/1-1-1.mdx')!;
    expect(mdx).toContain('{"正文出现 <script>alert(1)</script> 与 </div> 与 {\\"x\\": 1} 必须原样显示。"}');
  });

  describe('after an Astro build', () => {
    let site: FixtureSite;
    beforeAll(async () => {
      site = await buildFixtureSite(plan);
    });

    it('shows braces, angle brackets, entities, asterisks, underscores, backticks and # literally', async () => {
      const text = visible(await site.html('plan/1'));
      expect(text).toContain('文本含有 *星号* 与 _下划线_ 以及 `反引号` 和 # 井号。');
      expect(text).toContain('正文出现 <script>alert(1)</script> 与 </div> 与 {"x": 1} 必须原样显示。');
      expect(text).toContain('下一行看起来像列表：- 不是列表项，也不是 > 引用。');
    });

    it('never turns plan text into an element or a script', async () => {
      const html = await site.html('m/1-1-1');
      // Attribute values may hold '<' safely; what matters is the markup outside them.
      expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script>alert|<\/div> 与/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(await site.html('plan/1')).not.toMatch(/<em>|<strong>星号|<code>/);
    });

    it('keeps a glossary definition with markup characters as text and links the term', async () => {
      const html = await site.html('glossary/a-b');
      expect(visible(html)).toContain('含 <i>标签</i> 与 {花括号} 的定义。');
      expect(await site.html('plan/2')).toMatch(/<a class="term" href="\/glossary\/a-b\/"[^>]*>A\+B<\/a>/);
    });
  });
});
