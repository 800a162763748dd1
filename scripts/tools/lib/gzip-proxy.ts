import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

/**
 * A gzip-compressing proxy in front of a local static server, for benchmarks that load pages over
 * a throttled network: a CDN in front of the site compresses text (HTML, JSON, JavaScript, CSS),
 * and the static server does not. Everything else passes through unchanged.
 */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

export async function gzipProxy(origin: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const target = new URL(origin);
  const server = http.createServer((request, response) => {
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: request.url, method: request.method, headers: { ...request.headers, host: target.host, 'accept-encoding': 'identity' } },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        const wantsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        if (!wantsGzip || !COMPRESSIBLE.test(type) || answer.statusCode === 304 || request.method === 'HEAD') {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          return;
        }
        const headers = { ...answer.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
        delete headers['content-length'];
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(zlib.createGzip({ level: 6 })).pipe(response);
      },
    );
    upstream.on('error', () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
