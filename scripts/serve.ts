/**
 * Serve `dist/` locally as a plain static server would: directory indexes, the 404 page, the
 * configured base path (BASE), gzip when the client accepts it. Usage: node scripts/serve.ts [port]
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function serveDist(root = 'dist', base = process.env.BASE ?? '/'): Server {
  const top = resolve(root);
  const prefix = base.replace(/\/?$/, '/');
  return createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file: string | null = null;
      if (path.startsWith(prefix)) {
        const candidate = normalize(join(top, path.slice(prefix.length)));
        if (candidate.startsWith(top)) {
          const s = await stat(candidate).catch(() => null);
          if (s?.isFile()) file = candidate;
          else if (s?.isDirectory()) {
            if (!path.endsWith('/')) {
              res.writeHead(301, { location: `${path}/` }).end();
              return;
            }
            file = (await stat(join(candidate, 'index.html')).catch(() => null)) ? join(candidate, 'index.html') : null;
          }
        }
      }
      const status = file ? 200 : 404;
      let body = await readFile(file ?? join(top, '404.html')).catch(() => Buffer.from('not found'));
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream' };
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'])) && !/\.(png|wasm|pf_\w+)$/.test(file ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(status, headers).end(body);
    })().catch((e: unknown) => res.writeHead(500).end(String(e)));
  });
}

if (import.meta.main) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  serveDist().listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}${process.env.BASE ?? '/'}`));
}

/** A served dist/ on a free loopback port, for tests and tools. */
export interface LocalSite {
  /** `http://127.0.0.1:<port>`, without the base path. */
  origin: string;
  close(): Promise<void>;
}

export async function serveOnFreePort(root = 'dist', base = '/'): Promise<LocalSite> {
  const server = serveDist(root, base);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
