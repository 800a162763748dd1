/**
 * The publishing loop of a deployment, in this process, for tests and benchmarks: the rebuild
 * service (webhook in, real site build, checks, atomic swap) listening where a CMS's webhook
 * points, and the production static server serving the live release on a free port.
 */
import path from 'node:path';
import { buildAndDeploy } from '../../rebuild/builder';
import { liveReleaseId, type ReleaseLayout } from '../../rebuild/releases';
import { createRebuildService } from '../../rebuild/service';
import { serveSite } from '../../rebuild/static-server';
import { REPO_DIR } from '../../rebuild/env-file';
import { silentLogger } from '../../rebuild/log';

export interface LocalPublishingOptions {
  /** The CMS the builds read. */
  cms: { url: string; token: string };
  /** The webhook secret the CMS sends (REBUILD_WEBHOOK_SECRET). */
  secret: string;
  /** Where the rebuild service listens on 127.0.0.1: the port of the CMS's REBUILD_WEBHOOK_URL. */
  rebuildPort: number;
  layout: ReleaseLayout;
  debounceMs: number;
  keepReleases: number;
  buildTimeoutMs: number;
  /** More environment for the builds (e.g. REPORT_FAIL_ON), as the service passes its own. */
  env?: Record<string, string>;
}

export interface LocalPublishing {
  rebuild: ReturnType<typeof createRebuildService>;
  /** The live site, e.g. http://127.0.0.1:40123 */
  siteUrl: string;
  close(): Promise<void>;
}

export async function startLocalPublishing(options: LocalPublishingOptions): Promise<LocalPublishing> {
  const { cms, layout } = options;
  const site = await serveSite({ liveDir: layout.liveLink });
  const rebuild = createRebuildService({
    secret: options.secret,
    maxBodyBytes: 256 * 1024,
    debounceMs: options.debounceMs,
    maxWaitMs: 60_000,
    logger: silentLogger,
    liveRelease: () => liveReleaseId(layout),
    build: () =>
      buildAndDeploy({
        repoDir: REPO_DIR,
        layout,
        keepReleases: options.keepReleases,
        command: ['npm', 'run', 'build', '--workspace', 'site'],
        // Its own Astro cache: other suites build the site at the same time.
        env: { ...process.env, SITE_URL: site.origin, CONTENT_SOURCE: 'strapi', SITE_CACHE_DIR: path.join(path.dirname(layout.releasesDir), 'astro-cache'), ...options.env },
        cmsUrl: cms.url,
        cmsToken: cms.token,
        siteOrigin: site.origin,
        timeoutMs: options.buildTimeoutMs,
        logger: silentLogger,
      }),
  });
  await new Promise<void>((resolve) => rebuild.server.listen(options.rebuildPort, '127.0.0.1', resolve));
  return {
    rebuild,
    siteUrl: site.origin,
    async close() {
      rebuild.scheduler.stop();
      await new Promise((resolve) => rebuild.server.close(resolve));
      await site.close();
    },
  };
}
