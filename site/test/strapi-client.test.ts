import { afterEach, describe, expect, test } from 'vitest';
import { CmsFetchError, fetchAllEntries } from '../src/lib/cms/strapi-client';
import { recordingSleep, startFakeStrapi, strapiContent, strapiPage, unauthorized, type FakeStrapi } from './fake-strapi';

const TOKEN = 'read-only-site-token';
const servers: FakeStrapi[] = [];

async function fakeStrapi(...args: Parameters<typeof startFakeStrapi>): Promise<FakeStrapi> {
  const server = await startFakeStrapi(...args);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Entries as the client sees them: it passes them on unparsed, so their content does not matter here. */
function physicians(count: number) {
  return Array.from({ length: count }, (_, index) => ({ id: index + 1, documentId: `doc${index + 1}`, slug: `doctor-${index + 1}` }));
}

async function rejection(promise: Promise<unknown>): Promise<CmsFetchError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CmsFetchError);
  return error as CmsFetchError;
}

describe('fetchAllEntries: paging', () => {
  test('reads all 1,250 entries of a type across three pages of 500, in id order, with the token and populate preset', async () => {
    const all = physicians(1250);
    const server = await fakeStrapi(strapiContent({ physicians: all }));

    const entries = await fetchAllEntries('physician', { baseUrl: server.baseUrl, token: TOKEN });

    expect(entries).toEqual(all);
    expect(server.requests.map(({ url }) => url.searchParams.get('pagination[page]'))).toEqual(['1', '2', '3']);
    for (const { url, authorization } of server.requests) {
      expect(url.pathname).toBe('/api/physicians');
      expect(authorization).toBe(`Bearer ${TOKEN}`);
      expect(url.searchParams.get('pagination[pageSize]')).toBe('500');
      expect(url.searchParams.get('sort')).toBe('id:asc');
      // The physician preset: the specialty link and the locations' addresses.
      expect(url.searchParams.get('populate[specialty][fields][0]')).toBe('name');
      expect(url.searchParams.get('populate[locations][populate][address]')).toBe('true');
    }
  });

  test('follows the page count the CMS answers with when it caps the page size lower than asked', async () => {
    const all = physicians(250);
    const server = await fakeStrapi(strapiContent({ physicians: all }, {}, { maxPageSize: 25 }));

    const entries = await fetchAllEntries('physician', { baseUrl: server.baseUrl, token: TOKEN });

    expect(entries).toHaveLength(250);
    expect(new Set(entries.map((entry) => (entry as { id: number }).id)).size).toBe(250);
    expect(server.requests).toHaveLength(10);
  });

  test('reads the pages after the first a few at a time (at most `concurrency` requests in flight) and keeps id order', async () => {
    const all = physicians(250);
    const server = await fakeStrapi(strapiContent({ physicians: all }, {}, { maxPageSize: 10 }));
    let inFlight = 0;
    let mostInFlight = 0;
    const countingFetch: typeof fetch = async (...args) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        // Answers arrive out of order: later pages answer sooner.
        const page = Number(new URL(String(args[0])).searchParams.get('pagination[page]'));
        await new Promise((resolve) => setTimeout(resolve, 30 - page));
        return await fetch(...args);
      } finally {
        inFlight--;
      }
    };

    const entries = await fetchAllEntries('physician', { baseUrl: server.baseUrl, token: TOKEN, fetch: countingFetch, concurrency: 3 });

    expect(entries).toEqual(all);
    expect(server.requests).toHaveLength(25);
    expect(mostInFlight).toBe(3);
  });

  test('fails, naming the type and both counts, when the pages hold fewer entries than meta.pagination.total', async () => {
    const server = await fakeStrapi(strapiContent({ physicians: physicians(250) }, {}, { reportedTotal: () => 251 }));

    const error = await rejection(fetchAllEntries('physician', { baseUrl: server.baseUrl, token: TOKEN }));

    expect(error.message).toContain('physicians');
    expect(error.message).toContain('reported 251 entries');
    expect(error.message).toContain('held 250');
    expect(error.contentType).toBe('physician');
  });

  test('fails when the total changes between pages (an editor published mid-build)', async () => {
    const all = physicians(1250);
    const server = await fakeStrapi(({ url, index }) => ({
      status: 200,
      body: strapiPage(index === 1 ? all : [...all, ...physicians(1)], url),
    }));

    const error = await rejection(fetchAllEntries('physician', { baseUrl: server.baseUrl, token: TOKEN }));

    expect(error.message).toMatch(/changed while the build was reading them \(1250 entries on page 1, 1251 on page 2\)/);
  });

  test('returns an empty list for a type with no published entries', async () => {
    const server = await fakeStrapi(strapiContent({ 'clinical-trials': [] }));
    await expect(fetchAllEntries('clinicalTrial', { baseUrl: server.baseUrl, token: TOKEN })).resolves.toEqual([]);
  });
});

describe('fetchAllEntries: single types', () => {
  test('returns the single entry as a one-element list', async () => {
    const settings = { id: 2, documentId: 'settings1', organizationName: 'Demo Cancer Institute' };
    const server = await fakeStrapi(strapiContent({}, { 'site-setting': settings }));

    await expect(fetchAllEntries('siteSettings', { baseUrl: server.baseUrl, token: TOKEN })).resolves.toEqual([settings]);
    expect(server.requests[0]!.url.searchParams.get('populate[defaultSeo]')).toBe('true');
    expect(server.requests[0]!.url.searchParams.has('pagination[page]')).toBe(false);
  });

  test('an unpublished single type (404) fails at once, naming it', async () => {
    const { sleep, waits } = recordingSleep();
    const server = await fakeStrapi(strapiContent({}, {}));

    const error = await rejection(fetchAllEntries('conditionPage', { baseUrl: server.baseUrl, token: TOKEN, sleep }));

    expect(error.message).toContain('no published condition page');
    expect(error.status).toBe(404);
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });
});

describe('fetchAllEntries: failures', () => {
  test('retries a 503 and then succeeds', async () => {
    const all = physicians(3);
    const content = strapiContent({ physicians: all });
    const server = await fakeStrapi((request) =>
      request.index === 1 ? { status: 503, statusText: 'Service Unavailable', body: 'busy' } : content(request),
    );
    const { sleep, waits } = recordingSleep();
    const warnings: string[] = [];

    const entries = await fetchAllEntries('physician', {
      baseUrl: server.baseUrl,
      token: TOKEN,
      sleep,
      logger: { info: () => {}, warn: (message) => warnings.push(message) },
    });

    expect(entries).toEqual(all);
    expect(server.requests).toHaveLength(2);
    expect(waits).toEqual([500]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('503');
  });

  test('after exhausting its retries, fails naming the type, the URL and the status', async () => {
    const server = await fakeStrapi(() => ({ status: 503, statusText: 'Service Unavailable' }));
    const { sleep, waits } = recordingSleep();

    const error = await rejection(fetchAllEntries('physician', { baseUrl: server.baseUrl, token: TOKEN, sleep }));

    expect(server.requests).toHaveLength(5);
    expect(waits).toEqual([500, 1000, 2000, 4000]);
    expect(error.message).toMatch(/^Could not read physicians from the CMS: GET /);
    expect(error.message).toContain(`${server.baseUrl}/api/physicians?`);
    expect(error.message).toContain('answered 503 Service Unavailable after 5 attempts');
    expect(error.status).toBe(503);
    expect(error.attempts).toBe(5);
  });

  test('honours the retries and backoffMs options', async () => {
    const server = await fakeStrapi(() => ({ status: 502, statusText: 'Bad Gateway' }));
    const { sleep, waits } = recordingSleep();

    const error = await rejection(fetchAllEntries('physician', { baseUrl: server.baseUrl, token: TOKEN, sleep, retries: 2, backoffMs: 10 }));

    expect(waits).toEqual([10, 20]);
    expect(error.message).toContain('502 Bad Gateway after 3 attempts');
  });

  test('a 401 fails at once, after one request, and says to check the token', async () => {
    const server = await fakeStrapi(() => unauthorized());
    const { sleep, waits } = recordingSleep();

    const error = await rejection(fetchAllEntries('physician', { baseUrl: server.baseUrl, token: 'wrong-token', sleep }));

    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/^The CMS refused the site-build token \(401 Unauthorized\) for physicians at http:\/\//);
    expect(error.message).toContain('Check SITE_API_TOKEN');
    expect(error.message).toContain('cms/.env');
    expect(error.message).not.toContain('wrong-token');
  });

  test('a 403 fails at once too, pointing at the token permissions', async () => {
    const server = await fakeStrapi(() => ({ status: 403, statusText: 'Forbidden' }));

    const error = await rejection(fetchAllEntries('clinicalTrial', { baseUrl: server.baseUrl, token: TOKEN, sleep: async () => {} }));

    expect(server.requests).toHaveLength(1);
    expect(error.message).toContain('(403 Forbidden) for clinical-trials');
    expect(error.message).toContain('api::clinical-trial.clinical-trial');
  });

  test('a 400 is not retried, and Strapi\'s explanation is passed on', async () => {
    const server = await fakeStrapi(() => ({
      status: 400,
      statusText: 'Bad Request',
      body: { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key specialty' } },
    }));

    const error = await rejection(fetchAllEntries('physician', { baseUrl: server.baseUrl, token: TOKEN, sleep: async () => {} }));

    expect(server.requests).toHaveLength(1);
    expect(error.message).toContain('answered 400 Bad Request ("Invalid key specialty")');
  });

  test('a 429 is retried', async () => {
    const content = strapiContent({ physicians: physicians(1) });
    const server = await fakeStrapi((request) => (request.index === 1 ? { status: 429, statusText: 'Too Many Requests' } : content(request)));

    await expect(fetchAllEntries('physician', { baseUrl: server.baseUrl, token: TOKEN, sleep: async () => {} })).resolves.toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  test('a refused connection is retried, and succeeds once the CMS is listening', async () => {
    // Find a free port, then leave it closed until the client's first backoff.
    const probe = await startFakeStrapi(() => ({ status: 500 }));
    const { port, baseUrl } = probe;
    await probe.close();
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      if (waits.length === 1) await fakeStrapi(strapiContent({ specialties: [{ id: 1 }] }), port);
    };

    await expect(fetchAllEntries('specialty', { baseUrl, token: TOKEN, sleep })).resolves.toEqual([{ id: 1 }]);
    expect(waits).toEqual([500]);
  });

  test('a CMS that never listens fails after the retries, saying the connection was refused', async () => {
    const probe = await startFakeStrapi(() => ({ status: 500 }));
    await probe.close();
    const { sleep, waits } = recordingSleep();

    const error = await rejection(fetchAllEntries('specialty', { baseUrl: probe.baseUrl, token: TOKEN, sleep, retries: 2 }));

    expect(waits).toHaveLength(2);
    expect(error.message).toContain('Could not read specialties from the CMS');
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).toContain('after 3 attempts');
    expect(error.message).toContain(`Is the CMS running at ${probe.baseUrl}`);
    expect(error.status).toBeUndefined();
  });

  test('a CMS that does not answer in time counts as a transient failure', async () => {
    const server = await fakeStrapi(() => 'hang');

    const error = await rejection(
      fetchAllEntries('specialty', { baseUrl: server.baseUrl, token: TOKEN, sleep: async () => {}, retries: 1, timeoutMs: 50 }),
    );

    expect(server.requests).toHaveLength(2);
    expect(error.message).toContain('no answer within 0.05 s');
  });

  test('an answer that is not JSON fails clearly', async () => {
    const server = await fakeStrapi(() => ({ status: 200, body: '<!doctype html><p>Welcome to nginx</p>', headers: { 'content-type': 'text/html' } }));

    const error = await rejection(fetchAllEntries('specialty', { baseUrl: server.baseUrl, token: TOKEN }));

    expect(error.message).toContain('not with JSON');
  });
});
