/** How the benchmark and the budgets weigh a page: which bytes count before interaction, and what its text is. */
import { describe, expect, it } from 'vitest';
import { imagesAboveFold, loadedAssets, visibleText } from '../../bench/weights.ts';

describe('loadedAssets', () => {
  it('counts stylesheets, module preloads and every script with a src, resolved against the page', () => {
    const html = `<head><link rel="stylesheet" href="/a.css"><link rel="modulepreload" href="m.js"><link rel="icon" href="/f.svg">
      <script src="/js/site.js" defer></script><script type="module" src="../s.js"></script></head>`;
    expect(loadedAssets(html, '/plan/3/')).toEqual({ css: ['/a.css'], js: ['/plan/3/m.js', '/js/site.js', '/plan/s.js'], inlineJs: '' });
  });

  it('counts inline scripts as code but not JSON-LD data blocks', () => {
    const html = `<script>let a=1</script><script type="application/ld+json">{"@type":"x"}</script><script type="module">b()</script>`;
    expect(loadedAssets(html, '/').inlineJs).toBe('let a=1b()');
  });

  it('leaves out code that is only imported on use', () => {
    const html = `<button data-search>搜索</button><script>document.querySelector('button').onclick=()=>import('/js/search.js')</script>`;
    expect(loadedAssets(html, '/').js).toEqual([]);
  });

  it('ignores assets on other hosts and data: URLs', () => {
    const html = `<link rel="stylesheet" href="https://cdn.example/x.css"><script src="data:text/javascript,1"></script>`;
    expect(loadedAssets(html, '/')).toEqual({ css: [], js: [], inlineJs: '' });
  });
});

describe('visibleText', () => {
  it('keeps the body text and drops head, scripts, styles, SVG and comments', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body><!-- c --><p>规划 <b>全文</b></p><svg><title>图</title></svg><script>x()</script><style>a{}</style></body></html>`;
    expect(visibleText(html)).toBe('规划全文');
  });

  it('decodes entities, joins Chinese text across tags without spaces, and is not fooled by > in attribute values', () => {
    const html = `<body><button data-copy="<a href=&quot;x&quot;>引用</a>">复制</button><p>A &amp; B &#x4e00;</p></body>`;
    expect(visibleText(html)).toBe('复制A & B一');
  });
});

describe('imagesAboveFold', () => {
  it('finds an <img> in the header but not one far down the main content', () => {
    const far = `<main>${'<p>正文</p>'.repeat(400)}<img src="/late.png" alt=""></main>`;
    expect(imagesAboveFold(`<header><img src="/logo.png" alt=""></header>${far}`)).toEqual(['<img src="/logo.png" alt="">']);
    expect(imagesAboveFold(`<header><svg></svg></header>${far}`)).toEqual([]);
  });
});
