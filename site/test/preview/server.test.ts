import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signPreviewToken } from '@mbc/shared/preview-token';
import { createContentStore, type ContentStore, type PreviewSnapshot } from '../../preview/content-store';
import { createPreviewServer, type AstroHandler } from '../../preview/server';
import { previewRequests } from '../../src/lib/preview/request-content';
import { seedEveryType, treatment, treatmentVersion } from './content-fixtures';
import { createFakeCms, FAKE_CMS_TOKEN, FAKE_CMS_URL } from './fake-cms';

const SECRET = 'a-preview-secret-of-at-least-32-characters';
const ADMIN_ORIGIN = 'https://cms.example.org';
const NOW = 1_800_000_000;

/** The drafts the stores hand out: every type, and a treatment whose summary is still empty. */
async function draftSnapshot(): Promise<PreviewSnapshot> {
  const cms = createFakeCms();
  seedEveryType(cms);
  cms.save('treatment', treatment('treatment-chemo', 'chemotherapy', { name: 'Chemotherapy <new>', summary: null, subtypes: [] }));
  // In Spanish: immunotherapy, and surgery whose Spanish draft has no summary yet (its English one is fine).
  cms.save('treatment', treatmentVersion('treatment-immunotherapy', 'es', 'inmunoterapia', { name: 'Inmunoterapia' }));
  cms.save('treatment', treatment('treatment-surgery', 'surgery', { name: 'Surgery', subtypes: [] }));
  cms.save('treatment', treatmentVersion('treatment-surgery', 'es', 'cirugia', { name: 'Cirugía', summary: null }));
  return createContentStore({ baseUrl: FAKE_CMS_URL, token: FAKE_CMS_TOKEN, status: 'draft', fetch: cms.fetch }).current();
}

const link = (claims: { uid: string; documentId?: string; status?: 'draft' | 'published'; locale?: string }, { signedAt = NOW, seconds = 600, secret = SECRET } = {}) =>
  signPreviewToken({ status: 'draft', ...claims }, secret, { nowSeconds: signedAt, seconds });
const immunotherapyLink = (options?: Parameters<typeof link>[1]) => link({ uid: 'api::treatment.treatment', documentId: 'treatment-immunotherapy' }, options);

/** What the fake Astro handler saw of each request's content. */
const rendered: { path: string; status: string; treatments: number }[] = [];

/** Like Astro's: pages as HTML from the request's content, static files with their own long Cache-Control. */
const astroHandler: AstroHandler = async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://astro.invalid').pathname;
  if (path === '/_astro/site.css') {
    // Astro's static files (send): setHeader, then an implicit writeHead.
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Content-Type', 'text/css');
    res.end('body{}');
    return;
  }
  if (path === '/_astro/app.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'public, max-age=31536000', 'cache-control': 'max-age=60' });
    res.end('export {}');
    return;
  }
  if (path === '/broken/') throw new Error('A component threw while rendering.');
  await Promise.resolve();
  const request = previewRequests().getStore();
  if (!request) throw new Error('rendered outside a preview request');
  rendered.push({ path, status: request.status, treatments: request.content.entries.treatment.length });
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><body><h1>${path}</h1></body></html>`);
};

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let port: number;
let cmsDown = false;
const logged: string[] = [];

/** A raw request (the path exactly as given, even if malformed). */
function request(path: string, { method = 'GET', cookie }: { method?: string; cookie?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: '127.0.0.1', port, path, method, headers: cookie ? { cookie } : {} }, (incoming) => {
      let body = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (body += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode!, headers: incoming.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
const withToken = (path: string, token: string) => `${path}?preview=${encodeURIComponent(token)}`;
const cookieOf = (token: string) => `mbc_preview=${token}`;

function expectPreviewHeaders(answer: Answer): void {
  expect(answer.headers['x-robots-tag']).toMatch(/^noindex/);
  expect(answer.headers['cache-control']).toBe('no-store');
  const policy = String(answer.headers['content-security-policy']);
  expect(policy.split('; ').filter((directive) => directive.startsWith('frame-ancestors'))).toEqual([`frame-ancestors ${ADMIN_ORIGIN}`]);
  expect(answer.headers['x-frame-options']).toBeUndefined();
}

beforeAll(async () => {
  const draft = await draftSnapshot();
  const published: PreviewSnapshot = { ...draft, content: { entries: { ...draft.content.entries, treatment: [] } } };
  const store = (snapshot: PreviewSnapshot): ContentStore => ({
    current: async () => {
      if (cmsDown) throw new Error('Could not read physicians from the CMS: GET http://cms.test/api/physicians failed (connect ECONNREFUSED) after 5 attempts.\nmore');
      return snapshot;
    },
  });
  server = createPreviewServer({
    settings: { secret: SECRET, adminOrigin: ADMIN_ORIGIN, publicUrl: 'https://preview.example.org' },
    stores: { draft: store(draft), published: store(published) },
    handler: astroHandler,
    nowSeconds: () => NOW,
    log: (message) => void logged.push(message),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('preview server: who may see a page', () => {
  test.each([
    ['no link and no cookie', () => '/treatments/immunotherapy/', 'needs a preview link'],
    ['an expired link', () => withToken('/treatments/immunotherapy/', immunotherapyLink({ signedAt: NOW - 601 })), 'expired'],
    ['an altered link', () => withToken('/treatments/immunotherapy/', `${immunotherapyLink().slice(0, -3)}abc`), 'has been changed'],
    ['a link signed with another secret', () => withToken('/treatments/immunotherapy/', immunotherapyLink({ secret: 'another-secret-of-at-least-32-characters' })), 'has been changed'],
    ['a link for another document', () => withToken('/doctors/maya-okafor/', immunotherapyLink()), 'for another page'],
  ])('%s: 401, "Open the preview from the CMS", nothing rendered', async (_case, path, reason) => {
    const before = rendered.length;

    const answer = await request(path());

    expect(answer.status).toBe(401);
    expect(answer.body).toContain('<h1>Open the preview from the CMS</h1>');
    expect(answer.body).toContain(reason);
    expect(answer.headers['set-cookie']).toBeUndefined();
    expectPreviewHeaders(answer);
    expect(rendered.length).toBe(before);
  });

  test("a link opens its document's page and sets the cookie; the cookie alone then opens other pages", async () => {
    const token = immunotherapyLink();

    const opened = await request(withToken('/treatments/immunotherapy/', token));

    expect(opened.status).toBe(200);
    expect(opened.body).toContain('<h1>/treatments/immunotherapy/</h1>');
    expect(rendered.at(-1)).toEqual({ path: '/treatments/immunotherapy/', status: 'draft', treatments: 2 });
    const [setCookie] = opened.headers['set-cookie'] ?? [];
    expect(setCookie).toContain(`mbc_preview=${token}`);
    expect(setCookie).toContain('Max-Age=600');
    expect(setCookie).toContain('SameSite=None');
    expect(setCookie).toContain('Secure');
    expectPreviewHeaders(opened);

    const followed = await request('/doctors/', { cookie: cookieOf(token) });

    expect(followed.status).toBe(200);
    expect(followed.headers['set-cookie']).toBeUndefined();
    expect(rendered.at(-1)).toEqual({ path: '/doctors/', status: 'draft', treatments: 2 });
    expectPreviewHeaders(followed);
  });

  test('a link for the published version renders from the published store', async () => {
    const token = link({ uid: 'api::treatment.treatment', documentId: 'treatment-immunotherapy', status: 'published' });

    const answer = await request('/treatments/', { cookie: cookieOf(token) });

    expect(answer.status).toBe(200);
    expect(rendered.at(-1)).toEqual({ path: '/treatments/', status: 'published', treatments: 0 });
  });

  test("a single type's link opens the home page", async () => {
    const answer = await request(withToken('/', link({ uid: 'api::condition-page.condition-page' })));

    expect(answer.status).toBe(200);
    expect(answer.headers['set-cookie']).toBeDefined();
  });

  test('a link for a document the CMS no longer has: 404', async () => {
    const answer = await request(withToken('/treatments/gone/', link({ uid: 'api::treatment.treatment', documentId: 'treatment-deleted' })));

    expect(answer.status).toBe(404);
    expect(answer.body).toContain('no longer in the CMS');
    expectPreviewHeaders(answer);
  });
});

describe('preview server: versions in other languages', () => {
  const spanishLink = (documentId: string) => link({ uid: 'api::treatment.treatment', documentId, locale: 'es' });

  test("a Spanish version's link opens that page in Spanish, at its Spanish slug, and no other", async () => {
    const token = spanishLink('treatment-immunotherapy');

    const opened = await request(withToken('/es/treatments/inmunoterapia/', token));

    expect(opened.status).toBe(200);
    expect(rendered.at(-1)).toMatchObject({ path: '/es/treatments/inmunoterapia/', status: 'draft' });
    expect(opened.headers['set-cookie']).toBeDefined();
    for (const other of ['/treatments/immunotherapy/', '/es/treatments/immunotherapy/']) {
      const answer = await request(withToken(other, token));
      expect([other, answer.status, answer.body.includes('for another page')]).toEqual([other, 401, true]);
    }
  });

  test('a Spanish link for a document without a Spanish version, or for a locale the site does not have: 404', async () => {
    expect((await request(withToken('/es/treatments/chemotherapy/', spanishLink('treatment-chemo')))).status).toBe(404);
    const noVersion = await request(withToken('/es/doctors/maya-okafor/', link({ uid: 'api::physician.physician', documentId: 'physician-okafor', locale: 'es' })));
    expect(noVersion.status).toBe(404);
    const otherLocale = await request(withToken('/fr/treatments/immunotherapy/', link({ uid: 'api::treatment.treatment', documentId: 'treatment-immunotherapy', locale: 'fr' })));
    expect(otherLocale.status).toBe(404);
  });

  test('a Spanish draft the site cannot show: 422 on its Spanish page, naming the version; its English page renders', async () => {
    const answer = await request(withToken('/es/treatments/cirugia/', spanishLink('treatment-surgery')));

    expect(answer.status).toBe(422);
    expect(answer.body).toContain('Treatment (Spanish version): Cirugía');
    expect(answer.body).toContain('<strong>summary</strong>: This field is empty');
    const cookie = cookieOf(immunotherapyLink());
    expect((await request('/treatments/surgery/', { cookie })).status).toBe(200);
    expect((await request('/es/treatments/cirugia/', { cookie })).status).toBe(422);
  });
});

describe('preview server: drafts the site cannot show', () => {
  test("the invalid draft's link: 422 naming the entry and the field, escaped, and nothing rendered", async () => {
    const before = rendered.length;

    const answer = await request(withToken('/treatments/chemotherapy/', link({ uid: 'api::treatment.treatment', documentId: 'treatment-chemo' })));

    expect(answer.status).toBe(422);
    expect(answer.body).toContain('Treatment: Chemotherapy &lt;new&gt;');
    expect(answer.body).toContain('<code>treatment-chemo</code>');
    expect(answer.body).toContain('<strong>summary</strong>: This field is empty');
    expectPreviewHeaders(answer);
    expect(rendered.length).toBe(before);
  });

  test("its page reached by the cookie: 422 too; other pages render", async () => {
    const cookie = cookieOf(immunotherapyLink());

    expect((await request('/treatments/chemotherapy/', { cookie })).status).toBe(422);
    expect((await request('/treatments/', { cookie })).status).toBe(200);
  });
});

describe('preview server: headers and failures', () => {
  const cookie = () => cookieOf(immunotherapyLink());

  test("static files keep no-store and the preview's headers, whatever the handler sets", async () => {
    for (const path of ['/_astro/site.css', '/_astro/app.js']) {
      const answer = await request(path, { cookie: cookie() });

      expect(answer.status, path).toBe(200);
      expectPreviewHeaders(answer);
    }
  });

  test('POST: 405, nothing rendered', async () => {
    const answer = await request('/treatments/immunotherapy/', { method: 'POST', cookie: cookie() });

    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expectPreviewHeaders(answer);
  });

  test('a malformed address: 400, and the server keeps serving', async () => {
    const answer = await request('/%E0%A4%A', { cookie: cookie() });

    expect(answer.status).toBe(400);
    expectPreviewHeaders(answer);
    expect((await request('/treatments/', { cookie: cookie() })).status).toBe(200);
  });

  test('a page whose rendering throws: 500, logged, and the server keeps serving', async () => {
    const answer = await request('/broken/', { cookie: cookie() });

    expect(answer.status).toBe(500);
    expectPreviewHeaders(answer);
    expect(logged.some((line) => line.includes('/broken/') && line.includes('A component threw'))).toBe(true);
    expect((await request('/treatments/', { cookie: cookie() })).status).toBe(200);
  });

  test("the CMS down: 502 saying why (the error's first line), and back to 200 once it answers", async () => {
    cmsDown = true;
    const answer = await request('/treatments/', { cookie: cookie() }).finally(() => (cmsDown = false));

    expect(answer.status).toBe(502);
    expect(answer.body).toContain('The preview cannot reach the CMS');
    expect(answer.body).toContain('ECONNREFUSED');
    expect(answer.body).not.toContain('more');
    expectPreviewHeaders(answer);
    expect((await request('/treatments/', { cookie: cookie() })).status).toBe(200);
  });

  test("the reload script: served with the admin origin, to whoever holds the cookie only", async () => {
    const answer = await request('/__preview/live.js', { cookie: cookie() });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
    expect(answer.body).toContain(`const adminOrigin = ${JSON.stringify(ADMIN_ORIGIN)};`);
    expectPreviewHeaders(answer);
    expect((await request('/__preview/live.js')).status).toBe(401);
  });
});
