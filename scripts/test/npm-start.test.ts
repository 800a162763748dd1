/**
 * `npm start` runs the whole stack, serves the site and the admin, and Ctrl-C leaves nothing behind;
 * a second start reuses the database, the secrets and the admin panel's build.
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
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_DIR } from '../rebuild/env-file';
import { freePort } from './support/ports';

const root = mkdtempSync(path.join(os.tmpdir(), 'npm-start-'));
mkdirSync(path.join(root, 'public', 'uploads'), { recursive: true });
const running: ChildProcess[] = [];
/** What cms/scripts/build-admin.ts prints when it skips the admin build. */
const ADMIN_UP_TO_DATE = 'Admin panel is up to date';

type Run = { child: ChildProcess; output: () => string; ready: Promise<number>; ports: { cms: number; rebuild: number; site: number } };

async function startStack(): Promise<Run> {
  const ports = { cms: await freePort(), rebuild: await freePort(), site: await freePort() };
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

// Each start builds the site; the first builds the admin panel (a minute or more) unless this checkout has it.
describe('npm start', { timeout: 900_000 }, () => {
  it('serves the site and the admin, prints the login, and stops everything on Ctrl-C', async () => {
    const run = await startStack();
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

    await pressCtrlC(run);
    expect(leftovers(run.child.pid!)).toEqual([]);
    for (const port of Object.values(run.ports)) expect(await portIsClosed(port)).toBe(true);
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
