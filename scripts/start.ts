/**
 * `npm start`: the whole stack on the embedded default. Starts the CMS (SQLite, seeded, admin),
 * the rebuild service (:4322), the static site preview (:4321) and the draft preview server
 * (:4323, built first: site/preview), runs the first build, prints the URLs and the local admin
 * login, and on Ctrl-C stops everything.
 * Usage: tsx scripts/start.ts [--help]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ensureLocalEnvFile } from '../cms/src/config/local-env';
import { CMS_ENV_FILE, REPO_DIR, withLocalEnv } from './rebuild/env-file';
import { DEFAULTS, rebuildConfigFromEnv } from './rebuild/config';
import { startRebuildService } from './rebuild/main';
import { cmsPublicOrigin } from './rebuild/http-headers';
import { forEachOutputLine } from './rebuild/run-command';
import { createStaticServer } from './rebuild/static-server';
import { DEFAULT_PREVIEW_URL } from '../site/src/lib/defaults';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm start   (tsx scripts/start.ts)\nStarts the CMS on :1337, the rebuild service on :4322, the site preview on :4321 and the draft preview on :4323. Ctrl-C stops all of them.',
  );
  process.exit(0);
}

const started = Date.now();
const say = (message: string) => console.log(`[start] ${message}`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

// CMS_ENV_FILE lets the end-to-end test run the stack on its own secrets and database.
const envFile = process.env.CMS_ENV_FILE ?? CMS_ENV_FILE;
ensureLocalEnvFile(envFile);
const baseEnv = withLocalEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' }, envFile);
const cmsUrl = (baseEnv.STRAPI_URL ?? DEFAULTS.cmsUrl).replace(/\/$/, '');
const previewUrl = (baseEnv.PREVIEW_URL ?? DEFAULT_PREVIEW_URL).replace(/\/$/, '');
const config = rebuildConfigFromEnv({ ...baseEnv, STRAPI_URL: cmsUrl });
// The CMS listens where STRAPI_URL says and sends its webhooks to this rebuild service.
const env: NodeJS.ProcessEnv = {
  ...baseEnv,
  ENV_PATH: envFile,
  HOST: new URL(cmsUrl).hostname,
  PORT: new URL(cmsUrl).port || String(DEFAULTS.cmsPort),
  REBUILD_WEBHOOK_URL: `http://${config.host}:${config.port}/hooks/strapi`,
  // Strapi's Preview button links there; the preview server reads this CMS.
  PREVIEW_URL: previewUrl,
  STRAPI_URL: cmsUrl,
};
const shutdown = new AbortController();
/** Child process groups to stop on the way out, besides the CMS's. */
const running: ChildProcess[] = [];

function prefixLines(child: ChildProcess, label: string): void {
  forEachOutputLine(child, (line) => {
    if (line.trim()) process.stdout.write(`[${label}] ${line}\n`);
  });
}

// The CMS in its own process group, so stopping it also stops the processes npm starts under it.
const cms = spawn('npm', ['run', 'start', '--workspace', 'cms'], { cwd: REPO_DIR, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
prefixLines(cms, 'cms');
let stopping = false;
cms.on('exit', (code) => {
  if (!stopping) {
    console.error(`[start] The CMS stopped unexpectedly (exit code ${code}); stopping everything.`);
    void stop(1);
  }
});

/**
 * The draft preview: built first (the site's pages for the server, ~20 s, alongside the CMS's
 * start), then served in its own process group. A failed build is reported and the rest runs on.
 */
let preview: ChildProcess | null = null;
const previewReady = new Promise<boolean>((resolve) => {
  // Its own Astro cache (astro.config.mjs), so it never meets the first site build's.
  const build = spawn('npm', ['run', 'build:preview', '--workspace', 'site'], { cwd: REPO_DIR, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  forEachOutputLine(build, (line) => (output += `${line}\n`));
  running.push(build);
  build.on('exit', (code) => {
    if (stopping) return resolve(false);
    if (code !== 0) {
      console.error(`[start] The draft preview could not be built (exit code ${code}); the rest of the stack runs on. Its output:\n${output.slice(-3000)}`);
      return resolve(false);
    }
    preview = spawn('npm', ['run', 'serve:preview', '--workspace', 'site'], { cwd: REPO_DIR, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    prefixLines(preview, 'preview');
    running.push(preview);
    preview.on('exit', (exitCode) => {
      if (!stopping) console.error(`[start] The draft preview stopped (exit code ${exitCode}); the rest of the stack runs on.`);
    });
    resolve(true);
  });
});

const rebuild = startRebuildService(config, env, shutdown.signal);
// The appointment form posts to the CMS the site is built from; the CSP allows that origin.
const site = createStaticServer({ liveDir: config.liveLink, cmsOrigin: cmsPublicOrigin({ ...baseEnv, STRAPI_URL: cmsUrl }) });
const siteUrl = config.siteUrl;
site.listen(Number(new URL(siteUrl).port || DEFAULTS.sitePort), new URL(siteUrl).hostname);

async function waitForCms(): Promise<void> {
  for (;;) {
    if (stopping) return;
    try {
      const response = await fetch(`${cmsUrl}/api/site-setting`, { headers: { Authorization: `Bearer ${config.cmsToken}` }, signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Whether any process of the group led by `pid` is still running. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGTERM to the child's process group, SIGKILL after 10 s, and resolves once no process of it is
 * left (or 2 s after the SIGKILL: a member that stays a zombie, with nobody to reap it, is not waited for).
 */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + 10_000;
  let killed = false;
  while (groupAlive(child.pid) && Date.now() < deadline + 2_000) {
    if (!killed && Date.now() > deadline) {
      signal('SIGKILL');
      killed = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('Stopping the CMS, the rebuild service and the site preview…');
  shutdown.abort();
  rebuild.scheduler.stop();
  rebuild.server.close();
  site.close();
  // Every process group, the CMS's too, until each has gone: npm start ends after its children.
  await Promise.all([cms, ...running].map((child) => stopGroup(child)));
  say('Stopped.');
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

await waitForCms();
if (!stopping) {
  say(`CMS is up after ${elapsed()}. Running the first site build…`);
  rebuild.scheduler.requestNow('first build at start-up');
  await rebuild.scheduler.whenIdle();
  const previewRuns = await previewReady;
  const status = rebuild.status();
  const live = status.lastSuccess && status.live.id === status.lastSuccess.id;
  console.log(
    [
      '',
      live ? `  Site preview     ${siteUrl}/   (first page served ${elapsed()} after start)` : `  Site preview     ${siteUrl}/   (the first build FAILED: ${status.lastFailure?.ok === false ? status.lastFailure.reason : 'unknown'})`,
      `  CMS admin        ${cmsUrl}/admin`,
      previewRuns
        ? `  Draft preview    ${previewUrl}/   (editors open it from an entry's Preview button in the admin)`
        : `  Draft preview    not running (its build failed: see above)`,
      `  Admin login      ${env.LOCAL_ADMIN_EMAIL} / ${env.LOCAL_ADMIN_PASSWORD}   (kept in ${path.relative(REPO_DIR, envFile)})`,
      `  Rebuild service  http://${config.host}:${config.port}/status   (publishing in the admin rebuilds the site)`,
      '',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}
