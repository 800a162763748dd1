/**
 * A tiny static file server for the built site, behaving like the CDN: /x/ serves /x/index.html,
 * /x redirects to /x/ when that is a folder, and a miss gets 404.html with status 404.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function fileIn(root: string, pathname: string): { file?: string; redirect?: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return {};
  }
  const target = path.join(root, decoded);
  if (target !== root && !target.startsWith(root + path.sep)) return {};
  try {
    const stat = statSync(target);
    if (stat.isFile()) return { file: target };
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      const index = path.join(target, 'index.html');
      if (statSync(index).isFile()) return { file: index };
    }
  } catch {
    // not there
  }
  return {};
}

export function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const dir = path.resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const { file, redirect } = fileIn(dir, url.pathname);
    if (redirect) {
      response.writeHead(301, { Location: redirect + url.search });
      response.end();
      return;
    }
    const served = file ?? path.join(dir, '404.html');
    const status = file ? 200 : 404;
    let size: number;
    try {
      size = statSync(served).size;
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
      return;
    }
    response.writeHead(status, {
      'Content-Type': CONTENT_TYPES[path.extname(served).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(served).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
