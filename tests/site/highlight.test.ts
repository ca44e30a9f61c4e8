/**
 * Code examples are highlighted the same however busy the machine is: Shiki's per-line wall-clock
 * limit is off (src/site/lib/highlight.ts). A clock that jumps 600 ms at every reading stands in
 * for a build starved of CPU: with Shiki's default 500 ms limit every line stops at its first
 * token and loses its colours.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShikiHighlighter } from '@astrojs/internal-helpers/shiki';
import { untimedTokenizer } from '../../src/site/lib/highlight.ts';

const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;
const CSV = 'id,eId,kind,label,citation,title,text,url\n1,chp_1,chapter,一,《规划》一,发展现状和形势,,https://x.cn/m/1/';
const JS = "const plan = await (await fetch('/plan.json')).json();\nconsole.log(plan.units.find((u) => u.id === '3-1-2'));";

/** Highlight as Astro’s <Code> does (the same helper, the same call; it loads the language on first use). */
async function highlight(code: string, lang: 'csv' | 'js', transformers = [untimedTokenizer]): Promise<string> {
  const highlighter = await createShikiHighlighter({ themes: THEMES });
  return highlighter.codeToHtml(code, lang, { defaultColor: false, wrap: true, transformers });
}

/** Date.now() advancing 600 ms at each call: every line overruns a 500 ms budget. */
function starvedClock(): void {
  let t = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (t += 600));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('code highlighting', () => {
  it.each([
    ['csv', CSV],
    ['js', JS],
  ] as const)('colours %s the same on a starved clock as on a calm one', async (lang, code) => {
    const calm = await highlight(code, lang);
    expect(calm.match(/--shiki-light:#/g)?.length).toBeGreaterThan(6);
    starvedClock();
    expect(await highlight(code, lang)).toBe(calm);
  });

  it('depends on the transformer: without it a starved clock strips the colours (Shiki’s default limit)', async () => {
    const calm = await highlight(CSV, 'csv', []);
    starvedClock();
    expect(await highlight(CSV, 'csv', [])).not.toBe(calm);
  });

  it('is used by every <Code> block of the site', async () => {
    const files = (await readdir('src', { recursive: true })).filter((f) => f.endsWith('.astro')).map((f) => join('src', f));
    const blocks: string[] = [];
    for (const f of files) {
      for (const [tag] of (await readFile(f, 'utf8')).matchAll(/<Code\b[^>]*\/>/g)) blocks.push(`${f}: ${tag}`);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(blocks.filter((b) => !b.includes('transformers={[untimedTokenizer]}'))).toEqual([]);
  });
});
