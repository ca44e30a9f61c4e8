/**
 * Gate 5 (rendering): hostile strings that survive parsing are shown as text, never turned into
 * markup or script. Every kind of text the site prints (notice, preamble, chapter heading, section,
 * measure, glossary definition, 抄送) of a small document (tests/fixtures/parser/minimal) gets the
 * same payloads — a script, a script-closing tag that would end a JSON-LD block, an event handler,
 * MDX braces and ESM, Markdown, HTML comments and entities — and the document is built by the real
 * writer and Astro (tests/support/fixture-site.ts). In Chromium, with the CSP switched off so that
 * nothing is caught by it instead, no payload runs or creates an element, and each page shows each
 * payload literally.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parser/index.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { startSiteBrowser, type SiteBrowser } from '../support/browser-site.ts';
import { squash } from '../support/sentences.ts';

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '</script><b data-pwned>粗</b><script>window.__pwned=2</script>',
  '<img src=x onerror="window.__pwned=3">',
  '{window.__pwned=4}',
  '{/* 注释 */}',
  'export const pwned = 5',
  '`反引号` ```代码``` ${插值}',
  '</p></main><h1 data-pwned>伪标题</h1>',
  '<!-- 隐藏 -->',
  '&lt;已转义&gt; &amp; &#x3C;',
  '[链接](javascript:alert(1)) **粗** _斜_',
  '<style>body{display:none}</style>',
] as const;
const HOSTILE = PAYLOADS.join(' ');

/** Lines of the fixture to poison, and the page that must show that text. */
const TARGETS: [line: RegExp, page: string][] = [
  [/^现将/, ''],
  [/^为持续优化/, ''],
  [/^## 一、总体要求$/, 'plan/1/'],
  [/^（一）指导思想/, 'm/1-1/'],
  [/^1\. 简化审批流程/, 'm/1-1-1/'],
  [/^2\. 强化事中事后监管/, 'plan/1/'],
  [/^\*\*政务服务“五化”改革：\*\*/, 'glossary/wu-hua/'],
  [/^抄送：/, ''],
];

const source = readFileSync('tests/fixtures/parser/minimal/input.txt', 'utf8')
  .split('\n')
  .map((line) => (TARGETS.some(([re]) => re.test(line)) ? line.replace(/。?$/, (end) => ` ${HOSTILE}${end}`) : line))
  .join('\n');
const plan = parsePlan(source, { glossary: [{ heading: '政务服务“五化”改革', slug: 'wu-hua', keys: ['五化'] }] });

let built: FixtureSite;
let site: SiteBrowser;
beforeAll(async () => {
  built = await buildFixtureSite(plan);
  site = await startSiteBrowser(built.outDir, '/');
}, 180_000);
afterAll(async () => {
  await site?.close();
});

describe('hostile text through the writer and Astro', () => {
  it('survives parsing whole, in every kind of text', () => {
    const texts = [
      ...plan.notice!.body,
      ...plan.texts[0]!.preamble.map((p) => p.text),
      ...plan.units.flatMap((u) => [u.title ?? '', ...u.paragraphs.map((p) => p.text)]),
      ...plan.glossary.map((t) => t.definition),
      plan.endMatter!.ccText,
    ];
    expect(texts.filter((t) => t.includes(HOSTILE)).length).toBe(TARGETS.length);
  });

  it.each([...new Set(TARGETS.map(([, page]) => page))])(
    '/%s runs no payload, gains no element, and shows every payload as text',
    async (path) => {
      const { context, page, errors } = await site.open(path, { bypassCSP: true });
      await page.waitForTimeout(200);
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        injected: [...document.querySelectorAll('[data-pwned], img[onerror], main style, a[href^="javascript:"]')].map((e) =>
          e.outerHTML.slice(0, 60),
        ),
        hidden: getComputedStyle(document.body).display === 'none',
        text: document.body.innerText,
      }));
      expect(seen.pwned).toBeNull();
      expect(seen.injected).toEqual([]);
      expect(seen.hidden).toBe(false);
      const text = squash(seen.text);
      expect(PAYLOADS.filter((p) => !text.includes(squash(p)))).toEqual([]);
      expect(errors.filter((e) => e.startsWith('exception'))).toEqual([]);
      await context.close();
    },
  );

  it('keeps every payload out of the markup of every built page: escaped in text, inert in JSON-LD', async () => {
    const pages = ['', 'plan/1/', 'plan/2/', 'm/1-1/', 'm/1-1-1/', 'm/1-1-2/', 'glossary/wu-hua/'];
    const found: string[] = [];
    for (const path of pages) {
      const html = await built.html(path);
      // Attribute values may hold '<' safely; what matters is the markup outside them.
      const markup = html.replace(/="[^"]*"/g, '=""');
      for (const raw of [
        '<script>window.__pwned',
        '<b data-pwned',
        '<img src=x',
        '<h1 data-pwned',
        '<style>body{display:none}',
        '<!-- 隐藏',
      ]) {
        if (markup.includes(raw)) found.push(`${path}: ${raw}`);
      }
    }
    expect(found).toEqual([]);
  });
});
