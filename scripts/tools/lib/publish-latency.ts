/**
 * Publish-to-live latency: publish through the CMS admin API and time until the change is served
 * by the static server, through the real webhook, rebuild service, build and swap (scripts/rebuild). The CMS must have been started with REBUILD_WEBHOOK_URL pointing at
 * `rebuildPort` and REBUILD_WEBHOOK_SECRET = `secret` (publishLatencySetup().cmsEnv gives both).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { DEFAULTS } from '../../rebuild/config';
import { liveReleaseId } from '../../rebuild/releases';
import { adminClient, physicianToPublish } from '../../test/support/cms-admin';
import { freePort } from '../../test/support/ports';
import { startLocalPublishing } from '../../test/support/local-publishing';
import { makeScratchBuildDir } from '../../test/support/site-build';
import type { TestCms } from '../../test/support/test-cms';
import type { BuildOutcome } from '../../rebuild/builder';

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
  onRun?: (change: PublishedChange, run: number, ms: number) => void;
}

/**
 * What is published and timed:
 * - a new physician: until their profile answers 200;
 * - a bio edit of one physician: until their profile shows the new words (the incremental
 *   build's case: one entry, a few pages);
 * - a site-settings change, once after the others: until the footer of the home page shows it;
 *   every page shows the settings, so this build is a full one, and /status must say so.
 */
export type PublishedChange = 'new physician' | 'bio edit' | 'site settings';

export interface PublishLatency {
  newPhysicianMs: number[];
  bioEditMs: number[];
  /** The site-settings change: its time and what /status said of its build. */
  siteSettings: { ms: number; build: unknown };
  /** What /status said of each bio edit's build (kind, pages rendered). */
  bioEditBuilds: unknown[];
  /**
   * Where each bio edit's time went: from the publish to the build's start (the CMS's save and
   * webhook, the debounce), the release's steps (/status: the site build, the check, the swap),
   * and from the swap until the static server showed the change (this benchmark's polling).
   */
  bioEditSteps: PublishSteps[];
}

export type PublishSteps = { toBuildStartMs: number; siteBuildMs: number; checkMs: number; goLiveMs: number; seenAfterSwapMs: number };

/** Milliseconds from each publish to its change being served on the live site. */
export async function measurePublishToLive(options: PublishLatencyOptions): Promise<PublishLatency> {
  const { cms, setup } = options;
  const root = makeScratchBuildDir('bench-publish-');
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
  /** Waits until `page` on the live site answers 200 and, if given, contains `text`. */
  const untilLive = async (page: string, text?: string) => {
    const deadline = Date.now() + 30 * 60_000;
    for (;;) {
      // A request that meets a kept-alive connection the server closed as it went out fails
      // (ECONNRESET, "other side closed"); it is asked again, as a browser would.
      const response = await fetch(`${siteUrl}${page}`).catch((error: Error) => {
        console.warn(`  ${page}: ${error.message} (${String((error.cause as Error | undefined)?.message ?? error.cause)}); asking again`);
        return null;
      });
      if (response?.status === 200 && (!text || (await response.text()).includes(text))) return;
      if (Date.now() > deadline) throw new Error(`${page} did not show the change 30 minutes after publishing: ${JSON.stringify(rebuild.status())}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  try {
    // A first build, so each timed publish rebuilds a live site, as in production.
    rebuild.scheduler.requestNow('first build');
    await rebuild.scheduler.whenIdle();
    if (!liveReleaseId(layout)) throw new Error(`The first build did not go live: ${JSON.stringify(rebuild.status().lastFailure)}`);

    const admin = await adminClient(cms);
    const first = async (uid: string) => (await admin('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=1&sort=slug:ASC`)).results[0]!;
    const location = await first('api::location.location');
    const specialty = await first('api::specialty.specialty');
    /** When the last timed change was published and seen live (epoch ms, the rebuild service's clock: it runs in this process). */
    let lastTimed = { publishedAt: 0, seenAt: 0 };
    const timed = async (change: PublishedChange, run: number, publish: () => Promise<void>, page: string, text?: string) => {
      const started = performance.now();
      const publishedAt = Date.now();
      await publish();
      await untilLive(page, text);
      const ms = performance.now() - started;
      lastTimed = { publishedAt, seenAt: Date.now() };
      options.onRun?.(change, run + 1, ms);
      await rebuild.scheduler.whenIdle();
      return ms;
    };
    /** The last timed change's steps, from /status's last release (the one that went live with it). */
    const lastSteps = (): PublishSteps | null => {
      const last = rebuild.status().lastSuccess as BuildOutcome | null;
      if (!last?.ok || !last.steps) return null;
      const buildStartedAt = Date.parse(last.startedAt);
      const { siteBuildMs, checkMs, goLiveMs } = last.steps;
      const swappedAt = Date.parse(last.finishedAt) - last.steps.pruneMs;
      return { toBuildStartMs: buildStartedAt - lastTimed.publishedAt, siteBuildMs, checkMs, goLiveMs, seenAfterSwapMs: lastTimed.seenAt - swappedAt };
    };

    /** What /status says of the last build that went live: its kind and the pages it rendered. */
    const lastBuild = () => {
      const last = rebuild.status().lastSuccess;
      return last?.ok ? (last.build ?? null) : null;
    };
    const result: PublishLatency = { newPhysicianMs: [], bioEditMs: [], bioEditBuilds: [], bioEditSteps: [], siteSettings: { ms: 0, build: null } };
    for (let run = 0; run < options.runs; run += 1) {
      const slug = `bench-physician-${randomBytes(4).toString('hex')}`;
      const create = async () => {
        await admin(
          'POST',
          '/content-manager/collection-types/api::physician.physician/actions/publish',
          physicianToPublish({
            fullName: `Bench Physician ${run + 1}`,
            slug,
            npiBase: `99${String(8_900_000 + run).padStart(7, '0')}`,
            specialty: specialty.documentId,
            location: location.documentId,
            bio: 'Benchmark entry.',
          }),
        );
      };
      result.newPhysicianMs.push(await timed('new physician', run, create, `/doctors/${slug}/`));
    }
    const edited = await first('api::physician.physician');
    for (let run = 0; run < options.runs; run += 1) {
      const words = `Benchmark bio edit ${run + 1} ${randomBytes(3).toString('hex')}.`;
      const edit = async () => {
        await admin('PUT', `/content-manager/collection-types/api::physician.physician/${edited.documentId}`, {
          bio: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }],
        });
        await admin('POST', `/content-manager/collection-types/api::physician.physician/${edited.documentId}/actions/publish`, {});
      };
      result.bioEditMs.push(await timed('bio edit', run, edit, `/doctors/${edited.slug}/`, words));
      result.bioEditBuilds.push(lastBuild());
      const steps = lastSteps();
      if (steps) result.bioEditSteps.push(steps);
    }
    const settings = (await admin('GET', '/content-manager/single-types/api::site-setting.site-setting')).data;
    const organizationName = `${String(settings.organizationName).replace(/ \(bench \w+\)$/, '')} (bench ${randomBytes(2).toString('hex')})`;
    const changeSettings = async () => {
      await admin('PUT', '/content-manager/single-types/api::site-setting.site-setting', { organizationName });
      await admin('POST', '/content-manager/single-types/api::site-setting.site-setting/actions/publish', {});
    };
    const ms = await timed('site settings', 0, changeSettings, '/', organizationName);
    result.siteSettings = { ms, build: lastBuild() };
    return result;
  } finally {
    await close();
    rmSync(root, { recursive: true, force: true });
  }
}
