/**
 * Serves the live site (the release the live link points at) on http://127.0.0.1:4321.
 * Usage: npm run serve -- [--dir site/live] [--port 4321] [--host 127.0.0.1] [--help]
 */
import { DEFAULT_LOCALE, localeOfPath } from '@mbc/shared';
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS } from './config';
import { REPO_DIR } from './env-file';
import { CONTENT_TYPES, cacheControlFor, cmsPublicOrigin, securityHeaders } from './http-headers';
import { createLogger, type Logger } from './log';
import { fileForPath } from './site-files';
import { refuseMalformedHttp, requestPath, sameOriginLocation } from './request-target';

export type StaticServerOptions = {
  liveDir: string;
  /** The CMS origin the appointment form posts to, allowed by the CSP (default: from CMS_PUBLIC_URL / STRAPI_URL). */
  cmsOrigin?: string;
  /** Where refused and failed requests are logged (default: JSON lines on stdout). */
  logger?: Logger;
};

const PLAIN_TEXT = { 'Content-Type': 'text/plain; charset=utf-8' };

/**
 * Each request resolves the live link once and reads whole files from that release, so a
 * swap in the middle of a request still serves one complete, consistent response.
 */
export function createStaticServer({ liveDir, cmsOrigin = cmsPublicOrigin(), logger = createLogger('site') }: StaticServerOptions): http.Server {
  const SECURITY_HEADERS = securityHeaders(cmsOrigin);

  function serve(request: http.IncomingMessage, response: http.ServerResponse): void {
    const send = (status: number, body: Buffer | string, headers: Record<string, string>) => {
      response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'Method not allowed\n', { Allow: 'GET, HEAD', ...PLAIN_TEXT });
      return;
    }
    const requested = requestPath(request.url ?? '/');
    if (!requested.ok) {
      logger.warn('request refused', { status: 400, reason: requested.reason, target: request.url });
      send(400, `Bad request: ${requested.reason}.\n`, PLAIN_TEXT);
      return;
    }
    const { pathname } = requested;
    let root: string;
    try {
      root = realpathSync(liveDir);
    } catch {
      send(503, 'The site has not been built yet. The first build is running; try again in a minute.\n', {
        ...PLAIN_TEXT,
        'Retry-After': '30',
        'Cache-Control': 'no-store',
      });
      return;
    }
    if (!pathname.endsWith('/') && !path.extname(pathname) && fileForPath(root, `${pathname}/`)) {
      send(301, '', { Location: sameOriginLocation(`${pathname}/`), 'Cache-Control': 'no-cache' });
      return;
    }
    const file = fileForPath(root, pathname);
    if (!file) {
      // An unknown path under /es/ gets the Spanish not-found page (/es/404/), any other the default one.
      const { locale } = localeOfPath(pathname);
      const notFound = (locale !== DEFAULT_LOCALE ? fileForPath(root, `/${locale}/404/`) : null) ?? fileForPath(root, '/404.html');
      send(404, notFound ? readFileSync(notFound) : 'Not found\n', { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      return;
    }
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(pathname),
      ETag: etag,
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ...SECURITY_HEADERS, ...headers });
      response.end();
      return;
    }
    send(200, body, headers);
  }

  // A request that fails must not take the process down: `npm start` runs the rebuild service in it too.
  const server = http.createServer((request, response) => {
    try {
      serve(request, response);
    } catch (error) {
      logger.error('request failed', { target: request.url, error: String(error) });
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response.writeHead(500, { ...SECURITY_HEADERS, ...PLAIN_TEXT, 'Cache-Control': 'no-store' });
      response.end('Internal server error: the site could not answer this request; it has been logged.\n');
    }
  });
  refuseMalformedHttp(server, logger);
  return server;
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
    console.log('Usage: npm run serve -- [--dir DIR] [--port PORT] [--host HOST]\nServes the live site (default site/live) with the production headers.');
    process.exit(0);
  }
  const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const liveDir = path.resolve(option('--dir', process.env.SITE_LIVE_DIR ?? path.join(REPO_DIR, DEFAULTS.liveDir)));
  const port = Number(option('--port', process.env.SITE_PORT ?? String(DEFAULTS.sitePort)));
  const host = option('--host', process.env.SITE_HOST ?? DEFAULTS.siteHost);
  createStaticServer({ liveDir }).listen(port, host, () => console.log(`Serving ${liveDir} at http://${host}:${port}`));
}
