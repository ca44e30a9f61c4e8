/** gzip (src/site/build/gzip.ts): level 9, with a deflate block ended at an HTML page's </head>. */
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blockBoundary, gzip, gzipSplit } from '../../src/site/build/gzip.ts';

/** A page shaped like this site's: an ASCII head with inline CSS, then a body of Chinese text. */
const CSS = Array.from({ length: 120 }, (_, i) => `.c${i}{margin:${i % 7}px;color:var(--v${i % 9})}`).join('');
const BODY = Array.from(
  { length: 120 },
  (_, i) => `<section id="m-${i}"><p>持续优化营商环境，第${i}项措施深化“放管服”改革，推进政务服务标准化。</p></section>`,
).join('\n');
const PAGE = Buffer.from(
  `<!DOCTYPE html><html lang="zh-CN"><head><title>规划</title><style>${CSS}</style></head><body>${BODY}</body></html>`,
);
const plain = (b: Uint8Array) => gzipSync(b, { level: 9, memLevel: 9 });

describe('gzip', () => {
  it('unpacks, with any gzip reader, to the page byte for byte', () => {
    expect(gunzipSync(gzip(PAGE)).equals(PAGE)).toBe(true);
  });

  it('compresses a page with an ASCII head and a Chinese body smaller than plain gzip -9', () => {
    expect(gzip(PAGE).length).toBeLessThan(plain(PAGE).length);
  });

  it('gives the same bytes for the same input (reproducible builds)', () => {
    expect(gzip(PAGE).equals(gzip(Buffer.from(PAGE)))).toBe(true);
  });

  it('is plain gzip -9, byte for byte, for a file with no </head> (text, scripts, styles)', () => {
    const text = Buffer.from('立足新发展阶段，进一步畅通市场准入和退出机制。'.repeat(50));
    expect(gzip(text).equals(plain(text))).toBe(true);
  });

  it('is never larger than plain gzip -9, even where the split does not pay (a tiny page)', () => {
    const tiny = Buffer.from('<html><head></head><body>a</body></html>');
    expect(gzipSplit(tiny, blockBoundary(tiny)).length).toBeGreaterThan(plain(tiny).length);
    expect(gzip(tiny).equals(plain(tiny))).toBe(true);
  });

  it('lets the body refer back into a head longer than the 32 KiB window', () => {
    const long = Buffer.from(`<html><head><style>${CSS.repeat(12)}</style></head><body>${BODY}${CSS}</body></html>`);
    expect(long.indexOf('</head>')).toBeGreaterThan(32 * 1024);
    expect(gunzipSync(gzipSplit(long, blockBoundary(long))).equals(long)).toBe(true);
  });
});

describe('blockBoundary', () => {
  it('is just after </head>', () => {
    const page = Buffer.from('<head><title>t</title></head><body>x</body>');
    expect(page.subarray(0, blockBoundary(page)).toString()).toBe('<head><title>t</title></head>');
  });

  it('is -1 without </head>, or when nothing follows it', () => {
    expect([blockBoundary(Buffer.from('<p>x</p>')), blockBoundary(Buffer.from('<head></head>'))]).toEqual([-1, -1]);
  });
});
