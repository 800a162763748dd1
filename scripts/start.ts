/**
 * `npm start`: the whole stack on the embedded default. Starts the CMS (SQLite, seeded, admin),
 * the rebuild service (:4322) and the static site preview (:4321), runs the first build, prints
 * the URLs and the local admin login, and on Ctrl-C stops everything.
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

if (process.argv.includes('--help')) {
  console.log('Usage: npm start   (tsx scripts/start.ts)\nStarts the CMS on :1337, the rebuild service on :4322 and the site preview on :4321. Ctrl-C stops all of them.');
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
const config = rebuildConfigFromEnv({ ...baseEnv, STRAPI_URL: cmsUrl });
// The CMS listens where STRAPI_URL says and sends its webhooks to this rebuild service.
const env: NodeJS.ProcessEnv = {
  ...baseEnv,
  ENV_PATH: envFile,
  HOST: new URL(cmsUrl).hostname,
  PORT: new URL(cmsUrl).port || String(DEFAULTS.cmsPort),
  REBUILD_WEBHOOK_URL: `http://${config.host}:${config.port}/hooks/strapi`,
};
const shutdown = new AbortController();

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

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('Stopping the CMS, the rebuild service and the site preview…');
  shutdown.abort();
  rebuild.scheduler.stop();
  rebuild.server.close();
  site.close();
  const cmsExited = new Promise<void>((resolve) => (cms.exitCode !== null ? resolve() : cms.once('exit', () => resolve())));
  try {
    process.kill(-cms.pid!, 'SIGTERM');
  } catch {
    // already stopped
  }
  const forced = setTimeout(() => {
    try {
      process.kill(-cms.pid!, 'SIGKILL');
    } catch {
      // already stopped
    }
  }, 10_000);
  await cmsExited;
  clearTimeout(forced);
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
  const status = rebuild.status();
  const live = status.lastSuccess && status.live.id === status.lastSuccess.id;
  console.log(
    [
      '',
      live ? `  Site preview     ${siteUrl}/   (first page served ${elapsed()} after start)` : `  Site preview     ${siteUrl}/   (the first build FAILED: ${status.lastFailure?.ok === false ? status.lastFailure.reason : 'unknown'})`,
      `  CMS admin        ${cmsUrl}/admin`,
      `  Admin login      ${env.LOCAL_ADMIN_EMAIL} / ${env.LOCAL_ADMIN_PASSWORD}   (kept in ${path.relative(REPO_DIR, envFile)})`,
      `  Rebuild service  http://${config.host}:${config.port}/status   (publishing in the admin rebuilds the site)`,
      '',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}
