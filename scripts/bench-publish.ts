/**
 * Publish-to-live latency at demo scale: publish a physician through the CMS admin API and time
 * until its page is served by the static server, through the real webhook, rebuild and swap.
 * Usage: tsx scripts/bench-publish.ts [--runs 5] [--help]   Writes bench-results/publish.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { npiCheckDigitIsValid } from '../cms/src/validation/rules';
import { REPO_DIR } from './lib/env-file';
import { silentLogger } from './lib/log';
import { freePort } from './lib/ports';
import { startTestCms } from './lib/test-cms';
import { buildAndDeploy } from './rebuild/builder';
import { liveReleaseId } from './rebuild/releases';
import { createRebuildService } from './rebuild/service';
import { createStaticServer } from './static-server';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('Usage: tsx scripts/bench-publish.ts [--runs N]\nTimes publish → page served on the preview, N times (default 5); prints median, min and max.');
  process.exit(0);
}
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 5);
const secret = randomBytes(24).toString('hex');
const root = mkdtempSync(path.join(os.tmpdir(), 'bench-publish-'));
const layout = { releasesDir: path.join(root, 'releases'), liveLink: path.join(root, 'live') };
const [rebuildPort, sitePort] = [await freePort(), await freePort()];
const siteUrl = `http://127.0.0.1:${sitePort}`;
const cms = await startTestCms({ env: { REBUILD_WEBHOOK_URL: `http://127.0.0.1:${rebuildPort}/hooks/strapi`, REBUILD_WEBHOOK_SECRET: secret } });
const rebuild = createRebuildService({
  secret,
  maxBodyBytes: 256 * 1024,
  debounceMs: Number(process.env.REBUILD_DEBOUNCE_MS ?? 2000),
  maxWaitMs: 60_000,
  logger: silentLogger,
  liveRelease: () => liveReleaseId(layout),
  build: () =>
    buildAndDeploy({
      repoDir: REPO_DIR,
      layout,
      keepReleases: 3,
      command: ['npm', 'run', 'build', '--workspace', 'site'],
      env: { ...process.env, SITE_URL: siteUrl, CONTENT_SOURCE: 'strapi' },
      cmsUrl: cms.url,
      cmsToken: cms.token,
      siteOrigin: siteUrl,
      timeoutMs: 15 * 60_000,
      logger: silentLogger,
    }),
});
await new Promise<void>((resolve) => rebuild.server.listen(rebuildPort, '127.0.0.1', resolve));
const site = createStaticServer({ liveDir: layout.liveLink });
await new Promise<void>((resolve) => site.listen(sitePort, '127.0.0.1', resolve));
rebuild.scheduler.requestNow('first build');
await rebuild.scheduler.whenIdle();

const login = await fetch(`${cms.url}/admin/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: cms.admin.email, password: cms.admin.password }),
});
const jwt = (await login.json()).data.token as string;
const admin = async (pathname: string, body: unknown) => {
  const response = await fetch(`${cms.url}${pathname}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${pathname} answered ${response.status}: ${await response.text()}`);
  return response.json();
};
const list = async (uid: string) =>
  (await (await fetch(`${cms.url}/content-manager/collection-types/${uid}?page=1&pageSize=1`, { headers: { Authorization: `Bearer ${jwt}` } })).json()).results[0];
const location = await list('api::location.location');
const specialty = await list('api::specialty.specialty');

const latencies: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const prefix = `99${String(8000000 + run).padStart(7, '0')}`;
  const npi = `${prefix}${[...'0123456789'].find((digit) => npiCheckDigitIsValid(`${prefix}${digit}`))}`;
  const slug = `bench-physician-${run}`;
  const started = Date.now();
  await admin('/content-manager/collection-types/api::physician.physician/actions/publish', {
    fullName: `Bench Physician ${run}`,
    slug,
    credentials: 'MD',
    title: 'Medical Oncologist',
    npi,
    languages: [{ language: 'English' }],
    bio: [{ type: 'paragraph', children: [{ type: 'text', text: 'Benchmark entry.' }] }],
    specialty: { connect: [{ documentId: specialty.documentId }] },
    locations: { connect: [{ documentId: location.documentId }] },
  });
  for (;;) {
    if ((await fetch(`${siteUrl}/doctors/${slug}/`)).status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  latencies.push(Date.now() - started);
  console.log(`run ${run + 1}: ${(latencies.at(-1)! / 1000).toFixed(1)} s`);
  await rebuild.scheduler.whenIdle();
}
const sorted = [...latencies].sort((a, b) => a - b);
const result = {
  measuredAt: new Date().toISOString(),
  loadAverage: os.loadavg(),
  runs,
  publishToLiveMs: { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1), all: latencies },
};
console.log(`publish-to-live at demo scale: median ${(result.publishToLiveMs.median / 1000).toFixed(1)} s (min ${(sorted[0] / 1000).toFixed(1)}, max ${(sorted.at(-1)! / 1000).toFixed(1)}) over ${runs} runs`);
mkdirSync(path.join(REPO_DIR, 'bench-results'), { recursive: true });
writeFileSync(path.join(REPO_DIR, 'bench-results', 'publish.json'), `${JSON.stringify(result, null, 2)}\n`);
rebuild.scheduler.stop();
rebuild.server.close();
site.close();
await cms.stop();
rmSync(root, { recursive: true, force: true });
process.exit(0);
