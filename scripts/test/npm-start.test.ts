/**
 * `npm start` runs the whole stack, serves the site and the admin, and Ctrl-C leaves nothing behind;
 * a second start reuses the database, the secrets and the admin panel's build. While the first
 * stack runs, an editor previews drafts through Strapi's Preview (the draft preview server, :4323)
 * in Chromium, and publishing puts the change on the live site.
 *
 * The stack runs in this checkout, so the admin build in cms/dist/build is the one the CMS's admin
 * browser tests made (cms/scripts/build-admin.ts decides for both): when they ran first, as in
 * `npm test`, neither start here builds it again.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { withNpiCheckDigit } from '@mbc/shared';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { REPO_DIR } from '../rebuild/env-file';
import { launchChromium } from './support/chromium';
import { freePort } from './support/ports';

const root = mkdtempSync(path.join(os.tmpdir(), 'npm-start-'));
mkdirSync(path.join(root, 'public', 'uploads'), { recursive: true });
const running: ChildProcess[] = [];
/** What cms/scripts/build-admin.ts prints when it skips the admin build. */
const ADMIN_UP_TO_DATE = 'Admin panel is up to date';

type Run = { child: ChildProcess; output: () => string; ready: Promise<number>; ports: { cms: number; rebuild: number; site: number; preview: number } };

async function startStack(): Promise<Run> {
  const ports = { cms: await freePort(), rebuild: await freePort(), site: await freePort(), preview: await freePort() };
  const started = Date.now();
  const child = spawn('npm', ['start'], {
    cwd: REPO_DIR,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CMS_ENV_FILE: path.join(root, '.env'),
      DATABASE_FILENAME: path.join(root, 'data.db'),
      PUBLIC_DIR: path.join(root, 'public'),
      STRAPI_URL: `http://127.0.0.1:${ports.cms}`,
      REBUILD_PORT: String(ports.rebuild),
      SITE_URL: `http://127.0.0.1:${ports.site}`,
      PREVIEW_URL: `http://127.0.0.1:${ports.preview}`,
      SITE_RELEASES_DIR: path.join(root, 'releases'),
      SITE_LIVE_DIR: path.join(root, 'live'),
      STRAPI_TELEMETRY_DISABLED: 'true',
    },
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const ready = new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      if (/Site preview\s+http/.test(output)) {
        clearInterval(timer);
        resolve(Date.now() - started);
      }
    }, 250);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited early (code ${code}):\n${output.slice(-3000)}`));
    });
  });
  return { child, output: () => output, ready, ports };
}

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/**
 * '' once nothing answers on the port (asked again for up to 5 s: a socket can outlive its process
 * for a moment, and a connection to a closed local port now and then connects to itself); else
 * what the system says listens there, to name the process that stayed.
 */
async function stillListening(port: number): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (await portIsClosed(port)) return '';
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const listeners = spawnSync('ss', ['-ltnp', `sport = :${port}`], { encoding: 'utf8' }).stdout.trim();
  return listeners || `something answers on ${port}, and ss names no listener`;
}

/** Processes whose command line mentions the temp dir (the CMS, the build) or that belong to the group. */
function leftovers(groupId: number): string[] {
  const listing = spawnSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' }).stdout;
  return listing
    .split('\n')
    .filter((line) => line.includes(root) || line.trim().split(/\s+/)[1] === String(groupId))
    .filter((line) => !line.includes('ps -eo'));
}

async function pressCtrlC(run: Run): Promise<void> {
  const exited = new Promise((resolve) => run.child.once('exit', resolve));
  process.kill(-run.child.pid!, 'SIGINT');
  await exited;
  for (let attempt = 0; attempt < 40 && leftovers(run.child.pid!).length > 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 250));
}

afterAll(() => {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(root, { recursive: true, force: true });
});

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- admin API answers, read field by field

/** An editor signed in to the admin API (the local admin npm start printed). */
async function adminSession(run: Run) {
  const env = parseEnv(readFileSync(path.join(root, '.env'), 'utf8'));
  const cms = `http://127.0.0.1:${run.ports.cms}`;
  const login = await fetch(`${cms}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: env.LOCAL_ADMIN_EMAIL, password: env.LOCAL_ADMIN_PASSWORD }) });
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const call = async (method: string, apiPath: string, body?: unknown): Promise<Loose> => {
    const response = await fetch(`${cms}${apiPath}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${apiPath} answered ${response.status}: ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : null;
  };
  return {
    get: (apiPath: string) => call('GET', apiPath),
    put: (apiPath: string, body: unknown) => call('PUT', apiPath, body),
    post: (apiPath: string, body: unknown) => call('POST', apiPath, body),
    /** What Strapi's Preview opens for the draft of this entry. */
    /** The address Strapi's Preview opens for the draft of that document (in `locale`: the admin's locale switch). */
    previewUrl: async (uid: string, documentId: string, locale?: string): Promise<string> => {
      const answer = await call('GET', `/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft${locale ? `&locale=${locale}` : ''}`);
      if (!answer?.data?.url) throw new Error(`Strapi's Preview gave no address for ${uid} ${documentId}: ${JSON.stringify(answer)}`);
      return answer.data.url as string;
    },
  };
}

/** One published entry through the site-build token, as the site reads it. */
async function restFirst(run: Run, apiPath: string): Promise<Loose> {
  const env = parseEnv(readFileSync(path.join(root, '.env'), 'utf8'));
  const response = await fetch(`http://127.0.0.1:${run.ports.cms}${apiPath}`, { headers: { Authorization: `Bearer ${env.SITE_API_TOKEN}` } });
  return ((await response.json()) as { data: Loose }).data;
}

/** The preview in a frame of an admin page, as Strapi's Preview shows it; resolves with the frame once it has loaded. */
async function previewInAdminFrame(browser: Browser, adminUrl: string, previewUrl: string): Promise<Frame> {
  const page = await browser.newPage();
  await page.goto(adminUrl, { waitUntil: 'domcontentloaded' });
  await page.evaluate((src) => {
    document.documentElement.innerHTML = '<body></body>';
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.width = '1200px';
    frame.style.height = '900px';
    document.body.append(frame);
  }, previewUrl);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame()) ?? (await page.waitForEvent('frameattached'));
  await frame.waitForLoadState('load');
  await frame.locator('[data-preview-banner]').waitFor();
  return frame;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
}

// Each start builds the site; the first builds the admin panel (a minute or more) unless this checkout has it.
describe('npm start', { timeout: 900_000 }, () => {
  let run: Run;

  it('serves the site, the admin and the draft preview, and prints the login', async () => {
    run = await startStack();
    const readyAfterMs = await run.ready;
    const output = run.output();
    const adminBuild = output.includes(ADMIN_UP_TO_DATE) ? 'reused the admin build' : 'built the admin panel';
    console.log(`npm start: first page served ${(readyAfterMs / 1000).toFixed(1)} s after start (${adminBuild})`);
    const env = readFileSync(path.join(root, '.env'), 'utf8');
    const password = parseEnv(env).LOCAL_ADMIN_PASSWORD!;
    expect(output).toContain(password);
    expect(output).toContain(`http://127.0.0.1:${run.ports.cms}/admin`);

    const home = await fetch(`http://127.0.0.1:${run.ports.site}/`);
    expect(home.status, output.split('\n').filter((line) => line.startsWith('[start]') || line.includes('Site preview') || line.includes('"level":"error"')).join('\n')).toBe(200);
    expect(await home.text()).toContain('Piedmont Valley Cancer Institute');
    const adminPage = await fetch(`http://127.0.0.1:${run.ports.cms}/admin`);
    expect(adminPage.status).toBe(200);
    expect(await adminPage.text()).toContain('<div id="strapi">');
    const status = await (await fetch(`http://127.0.0.1:${run.ports.rebuild}/status`)).json();
    expect(status.live.id).toBeTruthy();
    expect(output).toContain(`Draft preview    http://127.0.0.1:${run.ports.preview}/`);
    // Without a preview link the draft preview lets nobody in.
    const stranger = await fetch(`http://127.0.0.1:${run.ports.preview}/`);
    expect(stranger.status).toBe(401);
    expect(await stranger.text()).toContain('Open the preview from the CMS');
  });

  it("shows an editor's unpublished changes in Strapi's Preview, in its frame, and keeps them off the live site until published", async () => {
    const editor = await adminSession(run);
    const site = `http://127.0.0.1:${run.ports.site}`;
    const [treatment] = (await editor.get('/content-manager/collection-types/api::treatment.treatment?page=1&pageSize=1&sort=name:ASC')).results as { documentId: string; slug: string; summary: string }[];
    const edited = `${treatment!.summary} A sentence only in the draft, 8d1c.`;
    await editor.put(`/content-manager/collection-types/api::treatment.treatment/${treatment!.documentId}`, { summary: edited });
    const previewUrl = await editor.previewUrl('api::treatment.treatment', treatment!.documentId);
    expect(new URL(previewUrl).origin).toBe(`http://127.0.0.1:${run.ports.preview}`);
    expect(new URL(previewUrl).pathname).toBe(`/treatments/${treatment!.slug}/`);

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const opened = await page.goto(previewUrl);
      expect(opened!.status()).toBe(200);
      expect(opened!.headers()['x-robots-tag']).toContain('noindex');
      expect(opened!.headers()['cache-control']).toBe('no-store');
      expect(opened!.headers()['content-security-policy']).toContain(`frame-ancestors http://127.0.0.1:${run.ports.cms}`);
      expect(await page.locator('[data-preview-banner]').innerText()).toContain('Draft preview — not published');
      expect(await page.locator('[data-preview-banner]').innerText()).toContain('You are seeing the draft.');
      expect(await page.locator('main').innerText()).toContain('A sentence only in the draft, 8d1c.');
      // The live site still has the published text, and none of the preview's additions.
      const live = await (await fetch(`${site}/treatments/${treatment!.slug}/`)).text();
      expect(live).not.toContain('8d1c');
      expect(live).not.toContain('data-preview-banner');
      expect(live).not.toContain('/__preview/');

      // In Strapi's frame, on the admin's own origin: the link lets the frame in, its cookie keeps
      // links inside working, and a save reloads it (Strapi posts strapiUpdate).
      const frame = await previewInAdminFrame(browser, `http://127.0.0.1:${run.ports.cms}/admin`, previewUrl);
      expect(await frame.locator('main').innerText()).toContain('8d1c');
      const newer = `${treatment!.summary} A second draft sentence, 3f9e.`;
      await editor.put(`/content-manager/collection-types/api::treatment.treatment/${treatment!.documentId}`, { summary: newer });
      await frame.page().evaluate((origin) => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'strapiUpdate' }, origin), `http://127.0.0.1:${run.ports.preview}`);
      const reloaded = frame.page().frames().find((candidate) => candidate !== frame.page().mainFrame())!;
      await reloaded.locator('main', { hasText: '3f9e' }).waitFor({ timeout: 30_000 });
      const link = reloaded.locator('main a[href^="/subtypes/"]').first();
      await link.click();
      await reloaded.waitForURL(/\/subtypes\/[^/]+\/$/);
      expect(await reloaded.locator('[data-preview-banner]').innerText()).toContain('Draft preview — not published');
      // The draft treatment shows on its subtype's draft page too.
      expect(await reloaded.locator('main').innerText()).toContain('3f9e');
    } finally {
      await browser.close();
    }

    // Publish: the rebuild puts the new text on the live site.
    await editor.post(`/content-manager/collection-types/api::treatment.treatment/${treatment!.documentId}/actions/publish`, {});
    await waitFor(async () => (await (await fetch(`${site}/treatments/${treatment!.slug}/`)).text()).includes('3f9e'), 180_000, 'the published treatment on the live site');
  });

  it("previews a treatment's Spanish draft in Spanish, at its Spanish address, and keeps it off the live Spanish page", async () => {
    const editor = await adminSession(run);
    const site = `http://127.0.0.1:${run.ports.site}`;
    const [treatment] = (await editor.get('/content-manager/collection-types/api::treatment.treatment?page=1&pageSize=1&sort=name:ASC&locale=es')).results as {
      documentId: string;
      slug: string;
      summary: string;
      locale: string;
    }[];
    expect(treatment!.locale).toBe('es');
    await editor.put(`/content-manager/collection-types/api::treatment.treatment/${treatment!.documentId}?locale=es`, { summary: `${treatment!.summary} Una frase solo del borrador, 5e7a.` });

    const previewUrl = await editor.previewUrl('api::treatment.treatment', treatment!.documentId, 'es');
    expect(new URL(previewUrl).pathname).toBe(`/es/treatments/${treatment!.slug}/`);
    const opened = await fetch(previewUrl);
    const html = await opened.text();
    expect(opened.status).toBe(200);
    expect(html).toMatch(/<html lang="es/);
    expect(html).toContain('Una frase solo del borrador, 5e7a.');
    expect(html).toContain('data-preview-banner');
    // The link is for the Spanish page: the English one is another page.
    const english = new URL(previewUrl);
    english.pathname = english.pathname.replace(/^\/es\//, '/');
    expect((await fetch(english)).status).toBe(401);
    const live = await (await fetch(`${site}/es/treatments/${treatment!.slug}/`)).text();
    expect(live).toMatch(/<html lang="es/);
    expect(live).not.toContain('5e7a');
  });

  it('previews a physician who was never published (200), whom the live site does not have (404)', async () => {
    const editor = await adminSession(run);
    const site = `http://127.0.0.1:${run.ports.site}`;
    const [template] = (await editor.get('/content-manager/collection-types/api::physician.physician?page=1&pageSize=1')).results as { documentId: string }[];
    const full = (await editor.get(`/content-manager/collection-types/api::physician.physician/${template!.documentId}?populate[specialty]=true&populate[locations]=true`)).data as Loose;
    const specialty = await restFirst(run, `/api/physicians/${template!.documentId}?populate[specialty][fields][0]=name&populate[locations][fields][0]=name`);
    const created = (await editor.post('/content-manager/collection-types/api::physician.physician', {
      fullName: 'Rosalind Q. Featherstone',
      slug: 'rosalind-q-featherstone',
      credentials: 'MD',
      title: 'Medical Oncologist',
      npi: withNpiCheckDigit('998877665'),
      languages: [{ language: 'English' }],
      bio: full.bio,
      specialty: { connect: [{ documentId: specialty.specialty.documentId }] },
      locations: { connect: specialty.locations.map((location: { documentId: string }) => ({ documentId: location.documentId })) },
    })).data as { documentId: string };
    const previewUrl = await editor.previewUrl('api::physician.physician', created.documentId);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const opened = await page.goto(previewUrl);
      expect(opened!.status()).toBe(200);
      expect(await page.locator('h1').innerText()).toContain('Rosalind Q. Featherstone');
      expect(await page.locator('[data-preview-banner]').innerText()).toContain('Draft preview — not published');
    } finally {
      await browser.close();
    }
    expect((await fetch(`${site}/doctors/rosalind-q-featherstone/`)).status).toBe(404);
    // A draft the site could not show: the preview names the entry and each field to fill in (422).
    const incomplete = (await editor.post('/content-manager/collection-types/api::treatment.treatment', { name: 'Draft without a summary', slug: 'draft-without-a-summary' })).data as { documentId: string };
    const refused = await fetch(await editor.previewUrl('api::treatment.treatment', incomplete.documentId));
    expect(refused.status).toBe(422);
    const explanation = await refused.text();
    expect(explanation).toContain('Treatment: Draft without a summary');
    expect(explanation).toMatch(/<strong>summary<\/strong>: This field is empty: fill it in/);
    // A link for that physician opens only that physician's page.
    const elsewhere = new URL(previewUrl);
    elsewhere.pathname = '/doctors/';
    expect((await fetch(elsewhere)).status).toBe(401);
  });

  it('stops everything on Ctrl-C', async () => {
    await pressCtrlC(run);
    expect(leftovers(run.child.pid!)).toEqual([]);
    for (const [name, port] of Object.entries(run.ports)) expect(await stillListening(port), `the ${name} port ${port}`).toBe('');
  });

  it('reuses the database and the secrets on a second start', async () => {
    const envBefore = readFileSync(path.join(root, '.env'), 'utf8');
    const run = await startStack();
    const readyAfterMs = await run.ready;
    console.log(`npm start, second time: first page served ${(readyAfterMs / 1000).toFixed(1)} s after start`);
    expect(readFileSync(path.join(root, '.env'), 'utf8')).toBe(envBefore);
    // Nothing the admin panel is built from changed since the first start.
    expect(run.output()).toContain(ADMIN_UP_TO_DATE);
    expect(run.output()).not.toContain('Building the admin panel');
    expect(run.output()).not.toContain('Created the local admin user');
    expect(run.output()).not.toContain('Seeded the demo content');
    expect((await fetch(`http://127.0.0.1:${run.ports.site}/doctors/`)).status, run.output().slice(-2000)).toBe(200);
    await pressCtrlC(run);
    expect(leftovers(run.child.pid!)).toEqual([]);
  });
});
