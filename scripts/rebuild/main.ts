/**
 * The rebuild service: receives Strapi's publish webhooks on :4322 and rebuilds the live site.
 * Usage: npm run rebuild -- [--build-now] [--help]   (settings come from the environment; see README)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from './log';
import { REPO_DIR, withLocalEnv } from './env-file';
import { buildAndDeploy } from './builder';
import { rebuildConfigFromEnv, type RebuildConfig } from './config';
import { dispatchToGitHub } from './dispatch';
import { liveReleaseId } from './releases';
import { createRebuildService } from './service';

export function startRebuildService(config: RebuildConfig, env: NodeJS.ProcessEnv, signal?: AbortSignal) {
  const logger = createLogger('rebuild');
  const layout = { releasesDir: config.releasesDir, liveLink: config.liveLink };
  const service = createRebuildService({
    secret: config.secret,
    maxBodyBytes: config.maxBodyBytes,
    debounceMs: config.debounceMs,
    maxWaitMs: config.maxWaitMs,
    logger,
    liveRelease: () => liveReleaseId(layout),
    build: (trigger) =>
      config.mode === 'github-dispatch'
        ? dispatchToGitHub(config.github, trigger)
        : buildAndDeploy({
            repoDir: REPO_DIR,
            layout,
            keepReleases: config.keepReleases,
            command: config.buildCommand,
            env: { ...env, SITE_URL: config.siteUrl },
            cmsUrl: config.cmsUrl,
            cmsToken: config.cmsToken,
            siteOrigin: config.siteUrl,
            timeoutMs: config.buildTimeoutMs,
            logger,
            signal,
          }),
  });
  const listening = new Promise<void>((resolve) => service.server.listen(config.port, config.host, resolve));
  logger.info('rebuild service listening', { url: `http://${config.host}:${config.port}`, mode: config.mode, debounceMs: config.debounceMs });
  return { ...service, listening, logger };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (process.argv.includes('--help')) {
    console.log(`Usage: npm run rebuild -- [--build-now]
Receives Strapi webhooks at POST /hooks/strapi (header x-rebuild-secret) and serves GET /status.
--build-now  run a build at start-up
Environment: REBUILD_WEBHOOK_SECRET, SITE_API_TOKEN, STRAPI_URL, SITE_URL, REBUILD_PORT, REBUILD_DEBOUNCE_MS,
REBUILD_HOST, REBUILD_MAX_WAIT_MS, REBUILD_MAX_BODY_BYTES, REBUILD_KEEP_RELEASES, REBUILD_BUILD_COMMAND,
REBUILD_BUILD_TIMEOUT_MS, SITE_RELEASES_DIR, SITE_LIVE_DIR, REBUILD_MODE (local | github-dispatch), GITHUB_REPOSITORY,
GITHUB_DISPATCH_TOKEN, GITHUB_API_URL; passed to the site build: READING_GRADE_TARGET, REPORT_FAIL_ON, REPORT_DATE
(the content report, written to SITE_RELEASES_DIR/content-report.json and shown in /status; see README).`);
    process.exit(0);
  }
  const env = withLocalEnv();
  let config: RebuildConfig;
  try {
    config = rebuildConfigFromEnv(env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const service = startRebuildService(config, env);
  if (process.argv.includes('--build-now')) service.scheduler.requestNow('start-up build');
  const stop = () => {
    service.scheduler.stop();
    service.server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
