/**
 * startTestCms (scripts/lib/test-cms.ts), which the site's build tests, the benchmarks and the
 * publish-flow tests rely on: a seeded CMS of its own, readable with its token, gone after stop().
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR, startTestCms, type TestCms } from '../lib/test-cms';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startTestCms', () => {
  let cms: TestCms;

  beforeAll(async () => {
    cms = await startTestCms();
  });

  afterAll(async () => {
    await cms?.stop();
  });

  it('serves the seeded demo content to its token, and nothing to anonymous callers', async () => {
    const read = (pathname: string, token?: string) =>
      fetch(`${cms.url}${pathname}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const settings = await read('/api/site-setting', cms.token);
    expect(settings.status).toBe(200);
    const physicians = (await (await read('/api/physicians', cms.token)).json()) as { data: unknown[] };
    expect(physicians.data.length).toBeGreaterThan(0);
    expect((await read('/api/physicians')).status).toBe(403);
  });

  it('runs on its own temporary database and secrets, not the developer\'s cms/.tmp or cms/.env', async () => {
    expect(cms.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(cms.databaseFile)).toBe(true);
    expect(cms.databaseFile.startsWith(CMS_DIR)).toBe(false);
    expect(existsSync(path.join(cms.publicDir, 'uploads'))).toBe(true);
    const developerEnv = path.join(CMS_DIR, '.env');
    const developerToken = existsSync(developerEnv) ? /^SITE_API_TOKEN=(.+)$/m.exec(readFileSync(developerEnv, 'utf8'))?.[1]?.trim() : undefined;
    if (developerToken) {
      const response = await fetch(`${cms.url}/api/site-setting`, { headers: { Authorization: `Bearer ${developerToken}` } });
      expect(response.status, 'the token in cms/.env does not open the test CMS').toBe(401);
    }
  });

  it('a CMS that cannot start fails at once, with its last log lines in the error', async () => {
    const failure = startTestCms({ env: { DATABASE_CLIENT: 'no-such-database' } });
    await expect(failure).rejects.toThrow(/exited \(code 1\) before it was ready[\s\S]*DATABASE_CLIENT must be "sqlite" or "postgres"/);
  });

  // Last: it stops the CMS the other tests share.
  it('stop() ends the CMS process and removes its temporary files', async () => {
    expect(alive(cms.pid)).toBe(true);
    await cms.stop();
    await cms.stop(); // twice is fine
    expect(alive(cms.pid)).toBe(false);
    expect(existsSync(path.dirname(cms.databaseFile))).toBe(false);
    await expect(fetch(`${cms.url}/api/site-setting`)).rejects.toThrow();
  });
});
