/**
 * Serves the live site (the release the live link points at) on http://127.0.0.1:4321.
 * Usage: tsx scripts/static-server.ts [--dir site/live] [--port 4321] [--help]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, cacheControlFor, cmsPublicOrigin, securityHeaders } from './lib/http-headers';

export type StaticServerOptions = {
  liveDir: string;
  /** The CMS origin the appointment form posts to, allowed by the CSP (default: from CMS_PUBLIC_URL / STRAPI_URL). */
  cmsOrigin?: string;
};

function resolveFile(root: string, pathname: string): string | null {
  const candidates = pathname.endsWith('/') ? [path.join(pathname, 'index.html')] : [pathname, path.join(pathname, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!file.startsWith(root + path.sep) && file !== root) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * Each request resolves the live link once and reads whole files from that release, so a
 * swap in the middle of a request still serves one complete, consistent response.
 */
export function createStaticServer({ liveDir, cmsOrigin = cmsPublicOrigin() }: StaticServerOptions): http.Server {
  const SECURITY_HEADERS = securityHeaders(cmsOrigin);
  return http.createServer((request, response) => {
    const send = (status: number, body: Buffer | string, headers: Record<string, string>) => {
      response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'Method not allowed\n', { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    let root: string;
    try {
      root = realpathSync(liveDir);
    } catch {
      send(503, 'The site has not been built yet. The first build is running; try again in a minute.\n', {
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': '30',
        'Cache-Control': 'no-store',
      });
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      send(400, 'Bad request\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    if (!pathname.endsWith('/') && !path.extname(pathname) && resolveFile(root, `${pathname}/`)) {
      send(301, '', { Location: `${pathname}/`, 'Cache-Control': 'no-cache' });
      return;
    }
    const file = resolveFile(root, pathname);
    if (!file) {
      const notFound = resolveFile(root, '/404.html');
      send(404, notFound ? readFileSync(notFound) : 'Not found\n', { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      return;
    }
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(pathname.endsWith('/') ? pathname : pathname),
      ETag: etag,
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ...SECURITY_HEADERS, ...headers });
      response.end();
      return;
    }
    send(200, body, headers);
  });
}

export interface ServedSite {
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  origin: string;
  close(): Promise<void>;
}

/** The production static server on a free port of 127.0.0.1, for tests and benchmarks. */
export async function serveSite(options: StaticServerOptions): Promise<ServedSite> {
  const server = createStaticServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('Usage: tsx scripts/static-server.ts [--dir DIR] [--port PORT] [--host HOST]\nServes the live site (default site/live) with the production headers.');
    process.exit(0);
  }
  const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const liveDir = path.resolve(option('--dir', process.env.SITE_LIVE_DIR ?? path.join(repoDir, 'site', 'live')));
  const port = Number(option('--port', process.env.SITE_PORT ?? '4321'));
  const host = option('--host', process.env.SITE_HOST ?? '127.0.0.1');
  createStaticServer({ liveDir }).listen(port, host, () => console.log(`Serving ${liveDir} at http://${host}:${port}`));
}
