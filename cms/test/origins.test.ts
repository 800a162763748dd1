/**
 * Which other web pages may use the CMS from a browser (CORS), and what the CMS tells strangers
 * about itself: src/access/cors.ts, config/middlewares.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { corsOrigins, corsSettings } from '../src/access/cors';
import { startCms } from './strapi';

let baseUrl: string;

beforeAll(async () => {
  ({ baseUrl } = await startCms());
});

const SITE_ORIGIN = 'http://127.0.0.1:4321';
/** Another port of the same host, then other sites: none is ours. */
const FOREIGN_ORIGINS = ['http://127.0.0.1:9999', 'http://localhost:4444', 'https://evil.example', 'null'];

async function preflight(path: string, origin: string, method = 'POST'): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type,authorization' },
  });
}

describe('CORS', () => {
  it.each(FOREIGN_ORIGINS)('a page on %s gets no CORS grant, with or without credentials, on the admin API or the content API', async (origin) => {
    for (const path of ['/admin/login', '/admin/users/me', '/admin/renew-token', '/api/physicians', '/content-manager/collection-types/api::appointment-request.appointment-request', '/api/appointment-requests']) {
      const answer = await preflight(path, origin);
      expect(answer.headers.get('access-control-allow-origin'), `${path} from ${origin}`).toBeNull();
      expect(answer.headers.get('access-control-allow-credentials'), `${path} from ${origin}`).toBeNull();
      const get = await fetch(`${baseUrl}${path}`, { headers: { Origin: origin } });
      expect(get.headers.get('access-control-allow-origin'), `GET ${path} from ${origin}`).toBeNull();
    }
  });

  it('the static site may send the appointment form from a script', async () => {
    const answer = await preflight('/api/appointment-requests', SITE_ORIGIN);
    expect(answer.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
  });

  it('allows the CMS\'s own origin, the site and the preview server on the admin API, and only the site on the intake', () => {
    const settings = corsSettings({ PUBLIC_URL: 'https://cms.example.org/', SITE_URL: 'https://www.example.org/mbc', PREVIEW_URL: 'https://preview.example.org:4323' });
    expect(settings.everythingElse).toEqual(['https://cms.example.org', 'https://www.example.org', 'https://preview.example.org:4323']);
    expect(settings.intake).toEqual(['https://www.example.org']);
    const origins = corsOrigins(settings);
    expect(origins({ path: '/API/Appointment-Requests/' })).toEqual(['https://www.example.org']);
    expect(origins({ path: '/admin/login' })).toEqual(settings.everythingElse);
    expect(origins({ path: '/admin/login' })).not.toContain('*');
  });

  it('locally, the admin is reachable by IP and by name', () => {
    expect(corsSettings({ HOST: '127.0.0.1', PORT: '1337' }).everythingElse).toEqual(['http://127.0.0.1:1337', 'http://localhost:1337', 'http://127.0.0.1:4321']);
  });

  it('a mistyped address stops the CMS with the variable named', () => {
    expect(() => corsSettings({ PREVIEW_URL: 'preview:4323' })).toThrow(/PREVIEW_URL must be an absolute http\(s\) address/);
  });
});

describe('what the CMS says about itself', () => {
  it('has a favicon (the CMS\'s own pages, such as the form\'s page of errors, asked for one and got a 500)', async () => {
    const answer = await fetch(`${baseUrl}/favicon.ico`);
    expect(answer.status).toBe(200);
    expect((await answer.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('sends no X-Powered-By header', async () => {
    for (const path of ['/admin/init', '/api/physicians', '/uploads/none.png', '/']) {
      const answer = await fetch(`${baseUrl}${path}`);
      expect(answer.headers.get('x-powered-by'), path).toBeNull();
    }
  });
});
