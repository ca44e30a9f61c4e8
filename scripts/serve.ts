/**
 * Serve `dist/` locally as the README's nginx sample does: under the base path (BASE), a
 * directory answered by its index.html, `/plan` redirected to `/plan/`, a missing file answered
 * by 404.html with status 404, and the build's precompressed `.br` / `.gz` files sent to clients
 * that accept them. Usage: node scripts/serve.ts [port]
 *
 * Files are served by sirv, which lists `dist/` once when the server starts and answers only
 * paths on that list: nothing outside `dist/` (`/..%2fdist-secret/…`, a sibling
 * `dist.old-<pid>/`) can be named, and a malformed escape is just a path that is not on it.
 * Restart the server after a rebuild.
 */
import { readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Content types with the charset the README's nginx sample adds (`charset_types`); Pagefind's
 * own files (already gzip inside, unpacked by its script) go as plain bytes.
 */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  webmanifest: 'application/manifest+json; charset=utf-8',
  wasm: 'application/wasm',
};
const contentType = (path: string) => TYPES[/\.(\w+)$/.exec(path)?.[1] ?? ''] ?? 'application/octet-stream';

/** The base path with exactly one slash at each end: `/`, `/yshj/`. */
export const normalizeBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** URL paths (`/plan`, `/m/3-1-2`) of the directories under `root` that hold an index.html. */
function indexedDirectories(root: string): Set<string> {
  const dirs = new Set<string>();
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name !== 'index.html') continue;
    const rel = e.parentPath
      .slice(root.length)
      .split(/[\\/]+/)
      .filter(Boolean)
      .join('/');
    if (rel) dirs.add(`/${rel}`);
  }
  return dirs;
}

/** `decodeURI`, or null for a malformed escape such as `%E0%A4%A`. */
function decoded(path: string): string | null {
  try {
    return decodeURI(path);
  } catch {
    return null;
  }
}

export function serveDist(root = 'dist', base = process.env.BASE ?? '/'): Server {
  const prefix = normalizeBase(base);
  const files = sirv(root, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    // No guessing of extensions: `/plan/index` is not `/plan/index.html`, as with nginx's try_files.
    extensions: [],
    setHeaders: (res, pathname) => res.setHeader('content-type', contentType(pathname)),
  });
  const directories = indexedDirectories(root.replace(/[\\/]+$/, ''));

  /** 404.html (precompressed like any file) with status 404. */
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    req.url = '/404.html';
    delete req.headers['if-none-match'];
    const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
    res.writeHead = ((_status: number, ...rest: unknown[]) => writeHead(404, ...rest)) as typeof res.writeHead;
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    });
  };

  return createServer((req, res) => {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const pathname = q === -1 ? raw : raw.slice(0, q);
    const search = q === -1 ? '' : raw.slice(q);
    if (`${pathname}/` === prefix) {
      res.writeHead(301, { location: `${prefix}${search}` }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) return notFound(req, res);
    const path = `/${pathname.slice(prefix.length)}`;
    // A directory named without its slash: redirect, as nginx does (relative, `absolute_redirect off`).
    // The location is built from the listing of dist/, never from the request's own text.
    const dir = path === '/' ? null : decoded(path.replace(/\/$/, ''));
    if (!path.endsWith('/') && dir !== null && directories.has(dir)) {
      res.writeHead(301, { location: `${prefix}${encodeURI(dir.slice(1))}/${search}` }).end();
      return;
    }
    req.url = `${path.endsWith('/') ? `${path}index.html` : path}${search}`;
    files(req, res, () => notFound(req, res));
  });
}

if (import.meta.main) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
  const base = normalizeBase(process.env.BASE ?? '/');
  // DIST serves another build (a document built with --out DIR).
  const root = process.env.DIST ?? 'dist';
  serveDist(root, base).listen(port, '127.0.0.1', () => console.log(`serving ${root}/ at http://127.0.0.1:${port}${base}`));
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
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
