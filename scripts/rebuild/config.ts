import path from 'node:path';
import { REPO_DIR } from '../lib/env-file';

export type RebuildConfig = {
  mode: 'local' | 'github-dispatch';
  host: string;
  port: number;
  secret: string;
  debounceMs: number;
  maxWaitMs: number;
  maxBodyBytes: number;
  keepReleases: number;
  releasesDir: string;
  liveLink: string;
  cmsUrl: string;
  cmsToken: string;
  siteUrl: string;
  buildCommand: string[];
  buildTimeoutMs: number;
  github: { apiUrl: string; repository: string; token: string };
};

const number = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}".`);
  return value;
};

/** Every setting of the rebuild service, from the environment (documented in README and .env.example). */
export function rebuildConfigFromEnv(env: NodeJS.ProcessEnv, repoDir = REPO_DIR): RebuildConfig {
  const mode = (env.REBUILD_MODE ?? 'local') as RebuildConfig['mode'];
  if (mode !== 'local' && mode !== 'github-dispatch') throw new Error(`REBUILD_MODE must be "local" or "github-dispatch", got "${mode}".`);
  const secret = env.REBUILD_WEBHOOK_SECRET ?? '';
  if (!secret) throw new Error('REBUILD_WEBHOOK_SECRET is not set: the rebuild service will not accept unsigned webhooks.');
  const config: RebuildConfig = {
    mode,
    host: env.REBUILD_HOST ?? '127.0.0.1',
    port: number(env, 'REBUILD_PORT', 4322),
    secret,
    debounceMs: number(env, 'REBUILD_DEBOUNCE_MS', 2000),
    maxWaitMs: number(env, 'REBUILD_MAX_WAIT_MS', 60_000),
    maxBodyBytes: number(env, 'REBUILD_MAX_BODY_BYTES', 256 * 1024),
    keepReleases: Math.max(2, number(env, 'REBUILD_KEEP_RELEASES', 5)),
    releasesDir: path.resolve(repoDir, env.SITE_RELEASES_DIR ?? 'site/releases'),
    liveLink: path.resolve(repoDir, env.SITE_LIVE_DIR ?? 'site/live'),
    cmsUrl: (env.STRAPI_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, ''),
    cmsToken: env.SITE_API_TOKEN ?? '',
    siteUrl: (env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, ''),
    buildCommand: env.REBUILD_BUILD_COMMAND ? env.REBUILD_BUILD_COMMAND.split(' ').filter(Boolean) : ['npm', 'run', 'build', '--workspace', 'site'],
    buildTimeoutMs: number(env, 'REBUILD_BUILD_TIMEOUT_MS', 15 * 60_000),
    github: { apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com', repository: env.GITHUB_REPOSITORY ?? '', token: env.GITHUB_DISPATCH_TOKEN ?? '' },
  };
  if (mode === 'local' && !config.cmsToken) throw new Error('SITE_API_TOKEN is not set: the build cannot read the CMS.');
  if (mode === 'github-dispatch' && (!config.github.repository || !config.github.token)) {
    throw new Error('REBUILD_MODE=github-dispatch needs GITHUB_REPOSITORY (owner/name) and GITHUB_DISPATCH_TOKEN.');
  }
  return config;
}
