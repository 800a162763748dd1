import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, cmsPublicOrigin } from '../http-headers';
import { goLive, newReleaseId, prepareReleaseDir } from '../releases';
import { createStaticServer } from '../static-server';

const root = mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
const layout = { releasesDir: path.join(root, 'releases'), liveLink: path.join(root, 'live') };
let baseUrl: string;
let server: ReturnType<typeof createStaticServer>;

/** A small site whose every page says which release it belongs to, padded so reads take a while. */
function writeRelease(label: string): string {
  const id = newReleaseId(new Date(), label);
  const dir = prepareReleaseDir(layout, id);
  const page = (title: string) => `<!doctype html><html lang="en"><title>${title}</title><p>${label}</p>${'<!-- padding -->'.repeat(20_000)}<p>end ${label}</p></html>`;
  mkdirSync(path.join(dir, 'doctors', 'amara-okafor'), { recursive: true });
  mkdirSync(path.join(dir, '_astro'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), page('Home'));
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title><h1>Page not found</h1>');
  mkdirSync(path.join(dir, 'es', '404'), { recursive: true });
  writeFileSync(path.join(dir, 'es', '404', 'index.html'), '<!doctype html><html lang="es-US"><title>No encontrada</title><h1>No encontramos esta página</h1>');
  writeFileSync(path.join(dir, 'doctors', 'amara-okafor', 'index.html'), page('Dr. Okafor'));
  writeFileSync(path.join(dir, '_astro', 'global.a1b2c3d4.css'), 'body{color:#222}');
  writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\n');
  return id;
}

beforeAll(async () => {
  goLive(layout, writeRelease('one'));
  server = createStaticServer({ liveDir: layout.liveLink });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the static server', () => {
  it('serves pages as HTML that browsers revalidate, with the security headers', async () => {
    const response = await fetch(`${baseUrl}/doctors/amara-okafor/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
  });

  it('lets the appointment form reach only the CMS it is told about (form-action, connect-src)', async () => {
    const other = createStaticServer({ liveDir: layout.liveLink, cmsOrigin: 'https://cms.example.test' });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("form-action 'self' https://cms.example.test;");
      expect(csp).toContain("connect-src 'self' https://cms.example.test;");
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
    expect(cmsPublicOrigin({ CMS_PUBLIC_URL: 'https://cms.example.org/admin', STRAPI_URL: 'http://cms:1337' })).toBe('https://cms.example.org');
    expect(cmsPublicOrigin({ STRAPI_URL: 'http://127.0.0.1:40123/' })).toBe('http://127.0.0.1:40123');
    expect(cmsPublicOrigin({})).toBe('http://127.0.0.1:1337');
  });

  it('caches hashed assets for a year', async () => {
    const response = await fetch(`${baseUrl}/_astro/global.a1b2c3d4.css`);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('never serves the content report written beside the releases', async () => {
    writeFileSync(path.join(layout.releasesDir, 'content-report.json'), '{"summary":{}}');
    for (const target of ['/content-report.json', '/../content-report.json', '/%2e%2e/content-report.json', '/..%2fcontent-report.json']) {
      const response = await fetch(`${baseUrl}${target}`);
      expect([400, 404], target).toContain(response.status);
      expect(await response.text(), target).not.toContain('summary');
    }
  });

  it('answers unknown paths with the site’s 404 page, in the language of the path', async () => {
    const response = await fetch(`${baseUrl}/doctors/nobody/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
    const spanish = await fetch(`${baseUrl}/es/doctors/nadie/`);
    expect(spanish.status).toBe(404);
    expect(await spanish.text()).toContain('No encontramos esta página');
    // A path that only starts like a locale is not in it.
    expect(await (await fetch(`${baseUrl}/esperanza/`)).text()).toContain('Page not found');
  });

  it('redirects a directory without its slash and answers 304 to a matching ETag', async () => {
    const redirect = await fetch(`${baseUrl}/doctors/amara-okafor`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/doctors/amara-okafor/');
    const first = await fetch(`${baseUrl}/robots.txt`);
    const again = await fetch(`${baseUrl}/robots.txt`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('refuses writes and path traversal', async () => {
    expect((await fetch(`${baseUrl}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${baseUrl}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('gives a client fetching in a loop only complete 200 responses while releases are swapped', async () => {
    const releases = ['two', 'three', 'four', 'five'].map(writeRelease);
    let swapping = true;
    const swaps = (async () => {
      for (let round = 0; round < 40; round += 1) {
        goLive(layout, releases[round % releases.length]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      swapping = false;
    })();
    const seen: string[] = [];
    while (swapping) {
      const responses = await Promise.all(['/', '/doctors/amara-okafor/'].map((page) => fetch(`${baseUrl}${page}`)));
      for (const response of responses) {
        expect(response.status).toBe(200);
        const body = await response.text();
        const label = /<p>(\w+)<\/p>/.exec(body)![1];
        expect(body.endsWith(`<p>end ${label}</p></html>`)).toBe(true);
        expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
        seen.push(label);
      }
    }
    await swaps;
    expect(new Set(seen).size).toBeGreaterThan(1);
  });
});
