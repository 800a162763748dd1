/**
 * Publish-to-live latency: publish a new physician through the CMS admin API and time until its
 * page is served by the static server, through the real webhook, rebuild service, build and swap
 * (scripts/rebuild). The CMS must have been started with REBUILD_WEBHOOK_URL pointing at
 * `rebuildPort` and REBUILD_WEBHOOK_SECRET = `secret` (publishLatencySetup().cmsEnv gives both).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withNpiCheckDigit } from '@mbc/shared';
import { DEFAULTS } from '../../rebuild/config';
import { liveReleaseId } from '../../rebuild/releases';
import { freePort } from '../../test/support/ports';
import { startLocalPublishing } from '../../test/support/local-publishing';
import type { TestCms } from '../../test/support/test-cms';

export interface PublishLatencySetup {
  rebuildPort: number;
  secret: string;
  /** Environment for startTestCms so the CMS calls this rebuild service. */
  cmsEnv: Record<string, string>;
}

export async function publishLatencySetup(): Promise<PublishLatencySetup> {
  const rebuildPort = await freePort();
  const secret = randomBytes(24).toString('hex');
  return {
    rebuildPort,
    secret,
    cmsEnv: { REBUILD_WEBHOOK_URL: `http://127.0.0.1:${rebuildPort}/hooks/strapi`, REBUILD_WEBHOOK_SECRET: secret },
  };
}

export interface PublishLatencyOptions {
  cms: TestCms;
  setup: PublishLatencySetup;
  runs: number;
  /** The rebuild service's debounce window (default 2 s, REBUILD_DEBOUNCE_MS). */
  debounceMs?: number;
  onRun?: (run: number, ms: number) => void;
}

/** Milliseconds from each publish to its page answering 200 on the live site, one per run. */
export async function measurePublishToLive(options: PublishLatencyOptions): Promise<number[]> {
  const { cms, setup } = options;
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-publish-'));
  const layout = { releasesDir: path.join(root, 'releases'), liveLink: path.join(root, 'live') };
  const { rebuild, siteUrl, close } = await startLocalPublishing({
    cms,
    secret: setup.secret,
    rebuildPort: setup.rebuildPort,
    layout,
    debounceMs: options.debounceMs ?? Number(process.env.REBUILD_DEBOUNCE_MS ?? DEFAULTS.debounceMs),
    keepReleases: 2,
    buildTimeoutMs: 30 * 60_000,
  });
  try {
    // A first build, so each timed publish rebuilds a live site, as in production.
    rebuild.scheduler.requestNow('first build');
    await rebuild.scheduler.whenIdle();
    if (!liveReleaseId(layout)) throw new Error(`The first build did not go live: ${JSON.stringify(rebuild.status().lastFailure)}`);

    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: cms.admin.email, password: cms.admin.password }),
    });
    const jwt = ((await login.json()) as { data: { token: string } }).data.token;
    const admin = async (pathname: string, body?: unknown) => {
      const response = await fetch(`${cms.url}${pathname}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${pathname} answered ${response.status}: ${await response.text()}`);
      return response.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const first = async (uid: string) => (await admin(`/content-manager/collection-types/${uid}?page=1&pageSize=1`)).results[0];
    const location = await first('api::location.location');
    const specialty = await first('api::specialty.specialty');

    const latencies: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const npi = withNpiCheckDigit(`99${String(8_900_000 + run).padStart(7, '0')}`);
      const slug = `bench-physician-${randomBytes(4).toString('hex')}`;
      const started = performance.now();
      await admin('/content-manager/collection-types/api::physician.physician/actions/publish', {
        fullName: `Bench Physician ${run + 1}`,
        slug,
        credentials: 'MD',
        title: 'Medical Oncologist',
        npi,
        languages: [{ language: 'English' }],
        acceptingNewPatients: true,
        offersTelehealth: false,
        offersSecondOpinions: false,
        bio: [{ type: 'paragraph', children: [{ type: 'text', text: 'Benchmark entry.' }] }],
        specialty: { connect: [{ documentId: specialty.documentId }] },
        locations: { connect: [{ documentId: location.documentId }] },
      });
      const deadline = Date.now() + 30 * 60_000;
      while ((await fetch(`${siteUrl}/doctors/${slug}/`)).status !== 200) {
        if (Date.now() > deadline) throw new Error(`/doctors/${slug}/ was not live 30 minutes after publishing: ${JSON.stringify(rebuild.status())}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      latencies.push(performance.now() - started);
      options.onRun?.(run + 1, latencies.at(-1)!);
      await rebuild.scheduler.whenIdle();
    }
    return latencies;
  } finally {
    await close();
    rmSync(root, { recursive: true, force: true });
  }
}
