/**
 * The server behind `npm start` (scripts/serve.ts) over a small dist/ of its own, with siblings
 * that must stay out of reach: what it answers for pages, directories, missing files, hostile
 * and malformed paths, precompressed files and a base path.
 */
import { request } from 'node:http';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveOnFreePort, type LocalSite } from '../../scripts/serve.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with the path sent exactly as written (fetch would resolve `..` before sending). */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(`${origin}/`, { path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const CSS = `body{color:#111}${'.x{margin:0}'.repeat(50)}`;
let root: string;
let site: LocalSite;
let sub: LocalSite;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'plan-serve-'));
  const files: Record<string, string | Buffer> = {
    'dist/index.html': '<h1>home</h1>',
    'dist/404.html': '<h1>页面不存在</h1>',
    'dist/plan/index.html': '<h1>plan</h1>',
    'dist/m/3-1-2/index.html': '<h1>3-1-2</h1>',
    'dist/site.css': CSS,
    'dist/site.css.br': brotliCompressSync(CSS),
    'dist/site.css.gz': gzipSync(CSS),
    // What a careless server would hand out: names that share dist's prefix, beside it.
    'dist-secret/key.txt': 'SECRET-SIBLING',
    'dist.old-123/key.txt': 'SECRET-OLD-BUILD',
    'secret.txt': 'SECRET-PARENT',
  };
  for (const [path, body] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), body);
  }
  site = await serveOnFreePort(join(root, 'dist'), '/');
  sub = await serveOnFreePort(join(root, 'dist'), '/yshj/');
});
afterAll(async () => {
  await site?.close();
  await sub?.close();
});

describe('npm start’s server', () => {
  it('answers the home page and a directory with its index.html', async () => {
    const home = await get(site.origin, '/');
    expect([home.status, home.body.toString()]).toEqual([200, '<h1>home</h1>']);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    const unit = await get(site.origin, '/m/3-1-2/');
    expect([unit.status, unit.body.toString()]).toEqual([200, '<h1>3-1-2</h1>']);
  });

  it('redirects a directory named without its slash, keeping the query', async () => {
    const r = await get(site.origin, '/plan?x=1');
    expect([r.status, r.headers.location]).toEqual([301, '/plan/?x=1']);
    expect((await get(site.origin, '/m/3-1-2')).headers.location).toBe('/m/3-1-2/');
  });

  it('answers a missing file with the 404 page and status 404', async () => {
    for (const path of ['/nothing/', '/plan/index', '/m/9-9-9/', '/site.cs']) {
      const r = await get(site.origin, path);
      expect([path, r.status, r.body.toString()]).toEqual([path, 404, '<h1>页面不存在</h1>']);
    }
  });

  it.each([
    '/..%2fdist-secret%2fkey.txt',
    '/..%2Fdist.old-123%2Fkey.txt',
    '/../dist-secret/key.txt',
    '/%2e%2e/dist-secret/key.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5cdist-secret%5ckey.txt',
    '//..%2fdist-secret%2fkey.txt',
    '/plan/..%2f..%2fdist.old-123%2fkey.txt',
  ])('serves nothing outside dist/ for %s', async (path) => {
    const r = await get(site.origin, path);
    expect(r.status).toBe(404);
    expect(r.body.toString()).not.toContain('SECRET');
  });

  it.each(['/%E0%A4%A', '/%', '/plan/%ZZ/', '/%E0%A4%A/'])(
    'answers a malformed escape (%s) with the 404 page, not an error',
    async (path) => {
      const r = await get(site.origin, path);
      expect([r.status, r.body.toString()]).toEqual([404, '<h1>页面不存在</h1>']);
    },
  );

  it('sends the precompressed file a client accepts: Brotli first, then gzip, else the file itself', async () => {
    const br = await get(site.origin, '/site.css', { 'accept-encoding': 'gzip, deflate, br' });
    expect([br.headers['content-encoding'], br.body.equals(brotliCompressSync(CSS))]).toEqual(['br', true]);
    expect(br.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(br.headers.vary).toBe('Accept-Encoding');
    const gz = await get(site.origin, '/site.css', { 'accept-encoding': 'gzip' });
    expect([gz.headers['content-encoding'], gz.body.equals(gzipSync(CSS))]).toEqual(['gzip', true]);
    const plain = await get(site.origin, '/site.css');
    expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, CSS]);
  });

  describe('under a base path (BASE=/yshj/)', () => {
    it('serves the site under the base path only', async () => {
      expect((await get(sub.origin, '/yshj/plan/')).body.toString()).toBe('<h1>plan</h1>');
      expect((await get(sub.origin, '/yshj/')).body.toString()).toBe('<h1>home</h1>');
      const outside = await get(sub.origin, '/plan/');
      expect([outside.status, outside.body.toString()]).toEqual([404, '<h1>页面不存在</h1>']);
    });

    it('redirects the base path and its directories to their slashed form', async () => {
      expect((await get(sub.origin, '/yshj')).headers.location).toBe('/yshj/');
      expect((await get(sub.origin, '/yshj/plan')).headers.location).toBe('/yshj/plan/');
    });

    it('serves nothing outside dist/ through the base path', async () => {
      const r = await get(sub.origin, '/yshj/..%2fdist-secret%2fkey.txt');
      expect(r.status).toBe(404);
      expect(r.body.toString()).not.toContain('SECRET');
    });
  });
});
