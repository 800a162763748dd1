/**
 * No request, however malformed, may stop the static server or the rebuild service (`npm start` runs both
 * in one process), put an illegal character into a header, or redirect a visitor to another origin.
 * Requests go over raw TCP because fetch would normalise or refuse most of these paths before sending.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../log';
import { freePort } from '../../test/support/ports';
import { createRebuildService } from '../service';
import { createStaticServer } from '../static-server';

type RawAnswer = { status: number | null; headers: Record<string, string>; body: string; raw: string };

/** Sends `request` as it is on a new connection and reads the answer until the server closes it. */
function sendRaw(port: number, request: Buffer): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const [head, ...rest] = raw.split('\r\n\r\n');
      const [statusLine, ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1];
      resolve({ status: status ? Number(status) : null, headers, body: rest.join('\r\n\r\n'), raw });
    });
  });
}

const get = (port: number, target: Buffer | string) =>
  sendRaw(port, Buffer.concat([Buffer.from('GET '), Buffer.from(target), Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')]));

/** Why an answer is unacceptable, or null: only 200, 4xx, or a 301/308 to a path on the same origin. */
function problemWith(answer: RawAnswer, origin: string): string | null {
  const { status, headers } = answer;
  if (status === null) return `no HTTP answer (${JSON.stringify(answer.raw.slice(0, 80))})`;
  if ('x-injected' in headers) return 'a header was injected';
  if ('x-powered-by' in headers) return 'X-Powered-By was sent';
  if (status === 200 || (status >= 400 && status < 500)) return null;
  if (status !== 301 && status !== 308) return `status ${status}`;
  const location = headers.location ?? '';
  if (!location.startsWith('/') || location.startsWith('//')) return `Location ${JSON.stringify(location)} is not a path`;
  // eslint-disable-next-line no-control-regex -- a redirect's Location must not carry control characters
  if (/[\\\u0000-\u0020\u007f-\u00ff]/.test(location)) return `Location ${JSON.stringify(location)} has a backslash, space, control or non-ASCII character`;
  if (new URL(location, origin).origin !== origin) return `Location ${JSON.stringify(location)} leaves ${origin}`;
  return null;
}

/** mulberry32: a small seeded generator, so a failing case can be reproduced. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const rawBytes = (...bytes: number[]) => Buffer.from(bytes);
/** Pieces that can still make a path the servers answer: real names, slashes, dot segments, //host forms. */
const PATH_PIECES: (string | Buffer)[] = [
  'doctors', 'doctors', 'amara-okafor', 'index.html', '404.html', '%C3%A9quipe', 'status', 'hooks', 'strapi', 'evil.example',
  '/', '/', '//', '///', '%2F', '%2f', '%2F%2F', '.', '..', '%2E', '%2e%2E', '.%2e', '/../', '/./', '%2F..%2F',
  '//evil.example', '%2F%2Fevil.example', 'http:', 'https://evil.example', 'javascript:alert(1)', '@evil.example',
  '%E2%82%AC', '%F0%9F%98%80', '%E2%80%A8', '%EF%BB%BF', '?', '?next=//evil.example', '#', ';', ':', '%3F', '%23', '%25', '%20', '+', '~', '*',
];
/** Pieces that make a request malformed: control characters, backslashes, bad encodings, raw non-ASCII. */
const MALFORMED_PIECES: (string | Buffer)[] = [
  '\\', '%5C', '%5c', '\\\\', '%5C%5C', '/\\', '\\/', '..%5C',
  '%0d%0a', '%0D%0AX-Injected:%201', '%0a', '%0d', '%00', '%09', '%1B', '%7F', '%C2%80', '%C2%85', '%C2%9F',
  '%C0%AF', '%C0%AE', '%E0%80', '%E0%80%AF', '%ED%A0%80', '%F8%80%80%80%AF', '%FF', '%FE', '%', '%2', '%G1', '%%', '%u002F',
  Buffer.from('équipe'), Buffer.from('€'), Buffer.from('😀'), Buffer.from('\u2028'),
  rawBytes(0x85), rawBytes(0x9f), rawBytes(0xff), rawBytes(0xc0, 0xaf), rawBytes(0xe0, 0x80),
  rawBytes(0x00), rawBytes(0x01), rawBytes(0x09), rawBytes(0x0d, 0x0a), rawBytes(0x0a), rawBytes(0x1f), rawBytes(0x7f), ' ', '"', '<', '>',
];
const STARTS: (string | Buffer)[] = ['/', '/', '/', '/', '//', '///', '/%2F', '/%5C', '/\\', '', 'http://evil.example/', '*'];

function generatedTarget(random: () => number): Buffer {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const parts: Buffer[] = [Buffer.from(pick(STARTS))];
  const count = 1 + Math.floor(random() * 8);
  for (let index = 0; index < count; index += 1) parts.push(Buffer.from(pick(random() < 0.08 ? MALFORMED_PIECES : PATH_PIECES)));
  // Long paths, kept under Node's 16 KiB header limit so they reach the handler and the file system.
  if (random() < 0.05) parts.push(Buffer.from(pick(['a', '%2F', '../', '%C3%A9', 'doctors/']).repeat(50 + Math.floor(random() * 1500))));
  if (random() < 0.5) parts.push(Buffer.from(pick(['', '/', 'doctors', '/doctors', '%2F..%2Fdoctors', '/%C3%A9quipe', '/status'])));
  return Buffer.concat(parts);
}

/** Sends every target with a few connections at a time; returns each unacceptable answer and the statuses seen. */
async function fuzz(port: number, targets: Buffer[], origin: string): Promise<{ problems: string[]; statuses: Set<number | null> }> {
  const problems: string[] = [];
  const statuses = new Set<number | null>();
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const target = targets[next++];
      const answer = await get(port, target);
      statuses.add(answer.status);
      const problem = problemWith(answer, origin);
      if (problem) problems.push(`${JSON.stringify(target.toString('latin1'))}: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return { problems, statuses };
}

const FUZZ_COUNT = 3000;
const releaseDir = mkdtempSync(path.join(os.tmpdir(), 'malformed-requests-'));
let site: http.Server;
/** What the static server logged: [level, message, fields]. */
const siteLog: [string, string, Record<string, unknown>][] = [];
const recordingLogger: Logger = {
  info: (message, fields = {}) => siteLog.push(['info', message, fields]),
  warn: (message, fields = {}) => siteLog.push(['warn', message, fields]),
  error: (message, fields = {}) => siteLog.push(['error', message, fields]),
};
let sitePort: number;
let rebuild: http.Server;
let rebuildPort: number;

const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

beforeAll(async () => {
  for (const directory of ['doctors/amara-okafor', 'équipe', '_astro']) mkdirSync(path.join(releaseDir, directory), { recursive: true });
  writeFileSync(path.join(releaseDir, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(path.join(releaseDir, '404.html'), '<!doctype html><title>Not found</title><h1>Page not found</h1>');
  writeFileSync(path.join(releaseDir, 'doctors', 'index.html'), '<!doctype html><title>Doctors</title>');
  writeFileSync(path.join(releaseDir, 'doctors', 'amara-okafor', 'index.html'), '<!doctype html><title>Dr. Okafor</title>');
  writeFileSync(path.join(releaseDir, 'équipe', 'index.html'), '<!doctype html><title>Équipe</title>');
  // A file that stats as a regular file but cannot be read, so a request fails on our side (Linux only).
  if (process.platform === 'linux') symlinkSync('/proc/self/mem', path.join(releaseDir, 'unreadable.html'));
  site = createStaticServer({ liveDir: releaseDir, logger: recordingLogger });
  sitePort = await listen(site);
  const service = createRebuildService({
    secret: 'test-secret-value',
    maxBodyBytes: 4096,
    debounceMs: 300,
    maxWaitMs: 10_000,
    build: async () => {
      throw new Error('no build expected');
    },
    liveRelease: () => null,
    logger: silentLogger,
  });
  rebuild = service.server;
  rebuildPort = await listen(rebuild);
});

afterAll(async () => {
  await Promise.all([site, rebuild].map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('the static server, given malformed requests', () => {
  it('answers the header-injection path that used to crash `npm start` with 400, and keeps answering', async () => {
    const crash = await get(sitePort, '/x%0d%0aX-Injected:%201%2F..%2Fdoctors');
    expect(crash.status).toBe(400);
    expect(crash.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(crash.body).toBe('Bad request: the path contains a control character.\n');
    expect(crash.headers['x-injected']).toBeUndefined();
    expect(siteLog).toContainEqual(['warn', 'request refused', { status: 400, reason: 'the path contains a control character', target: '/x%0d%0aX-Injected:%201%2F..%2Fdoctors' }]);
    // The non-Latin-1 form of the same crash: nothing illegal is left once the path is normalised.
    expect((await get(sitePort, '/x%E2%82%AC%2F..%2Fdoctors')).headers.location).toBe('/doctors/');
    expect((await get(sitePort, '/doctors/')).status).toBe(200);
  });

  it('keeps running as a process (`npm run serve`) after that request', async () => {
    const port = await freePort();
    const script = fileURLToPath(new URL('../static-server.ts', import.meta.url));
    const server = spawn(process.execPath, ['--import', 'tsx', script, '--dir', releaseDir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let output = '';
      server.stdout.on('data', (chunk: Buffer) => (output += chunk));
      server.stderr.on('data', (chunk: Buffer) => (output += chunk));
      while (!output.includes('Serving')) {
        if (server.exitCode !== null) throw new Error(`the static server exited at start-up:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await get(port, '/x%0d%0aX-Injected:%201%2F..%2Fdoctors')).status).toBe(400);
      expect((await get(port, '/doctors/')).status).toBe(200);
      expect(server.exitCode).toBeNull();
    } finally {
      server.kill();
      if (server.exitCode === null) await once(server, 'exit');
    }
  });

  it('never redirects off-origin: a smuggled //host or \\host is normalised away or refused', async () => {
    const slash = await get(sitePort, '/%2Fevil.example%2F..%2Fdoctors');
    expect(slash.status).toBe(301);
    expect(slash.headers.location).toBe('/doctors/');
    for (const target of ['/%5Cevil.example%2F..%2Fdoctors', '/%5cevil.example%2F..%2Fdoctors', '/\\evil.example/../doctors']) {
      const backslash = await get(sitePort, target);
      expect(backslash.status).toBe(400);
      expect(backslash.body).toBe('Bad request: the path contains a backslash.\n');
    }
    const doubled = await get(sitePort, '//evil.example/../doctors');
    expect(doubled.headers.location).toBe('/doctors/');
  });

  it('still redirects a directory without its slash to the same path with it', async () => {
    const redirect = await get(sitePort, '/doctors');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/doctors/');
    expect((await get(sitePort, '/doctors/amara-okafor?from=finder')).headers.location).toBe('/doctors/amara-okafor/');
  });

  it('redirects a directory named with é to its percent-encoded path', async () => {
    const redirect = await get(sitePort, '/%C3%A9quipe');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/%C3%A9quipe/');
    const page = await fetch(new URL(redirect.headers.location, `http://127.0.0.1:${sitePort}`));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Équipe');
  });

  it('answers a malformed HTTP request line with 400 and a reason, and keeps answering', async () => {
    const broken = await sendRaw(sitePort, Buffer.from('GET /doctors/\u0001 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 'latin1'));
    expect(broken.status).toBe(400);
    expect(broken.body).toMatch(/^Refused: the HTTP request could not be read \(HPE_[A-Z_]+\)\.\n$/);
    const garbage = await sendRaw(sitePort, Buffer.from('\u0000\u00ff not http at all\r\n\r\n', 'latin1'));
    expect(garbage.status).toBe(400);
    expect((await get(sitePort, '/doctors/')).status).toBe(200);
  });

  it.runIf(process.platform === 'linux')('answers a request that fails on our side with 500, logs it, and keeps answering', async () => {
    const failed = await get(sitePort, '/unreadable.html');
    expect(failed.status).toBe(500);
    expect(failed.body).toContain('Internal server error');
    expect(siteLog).toContainEqual(['error', 'request failed', { target: '/unreadable.html', error: expect.stringContaining('EIO') }]);
    expect((await get(sitePort, '/doctors/')).status).toBe(200);
  });

  it(`survives ${FUZZ_COUNT} generated malformed paths: every answer is 200, 4xx or a same-origin redirect`, async () => {
    const random = seededRandom(20261201);
    const targets = Array.from({ length: FUZZ_COUNT }, () => generatedTarget(random));
    const { problems, statuses } = await fuzz(sitePort, targets, `http://127.0.0.1:${sitePort}`);
    expect(problems.slice(0, 10)).toEqual([]);
    // The generator reaches pages, redirects and refusals, not just one of them.
    expect([...statuses].sort()).toEqual([200, 301, 400, 404]);
    const after = await fetch(`http://127.0.0.1:${sitePort}/doctors/`);
    expect(after.status).toBe(200);
    expect(after.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the rebuild service, given malformed requests', () => {
  it('answers an absolute-form target that used to crash it with 400, and keeps answering', async () => {
    for (const target of ['http://[', 'http://%zz/']) {
      const answer = await get(rebuildPort, target);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({ error: 'Bad request: the request target must be a path starting with "/".' });
    }
    expect((await get(rebuildPort, '/status%0d%0aX-Injected:%201')).status).toBe(400);
    expect((await get(rebuildPort, '/status')).status).toBe(200);
  });

  it('answers a malformed HTTP request line with 400 and a reason, and keeps answering', async () => {
    const broken = await sendRaw(rebuildPort, Buffer.from('POST /hooks/strapi\u0001 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 'latin1'));
    expect(broken.status).toBe(400);
    expect(broken.body).toMatch(/^Refused: the HTTP request could not be read/);
    expect((await get(rebuildPort, '/status')).status).toBe(200);
  });

  it(`survives ${FUZZ_COUNT} generated malformed paths: every answer is 200 or 4xx`, async () => {
    const random = seededRandom(4322);
    const targets = Array.from({ length: FUZZ_COUNT }, () => generatedTarget(random));
    const { problems, statuses } = await fuzz(rebuildPort, targets, `http://127.0.0.1:${rebuildPort}`);
    expect(problems.slice(0, 10)).toEqual([]);
    expect([...statuses].sort()).toEqual([200, 400, 404]);
    const after = await fetch(`http://127.0.0.1:${rebuildPort}/status`);
    expect(after.status).toBe(200);
    expect(after.headers.get('x-powered-by')).toBeNull();
  });
});
