import path from 'node:path';
import { REPO_DIR } from './env-file';

/**
 * Every default of the rebuild workspace (and of `npm start`, which runs it), written once.
 * The ports are the project's (DESIGN.md): CMS 1337, site 4321, rebuild service 4322.
 */
export const DEFAULTS = {
  cmsUrl: 'http://127.0.0.1:1337',
  cmsPort: 1337,
  siteHost: '127.0.0.1',
  sitePort: 4321,
  siteUrl: 'http://127.0.0.1:4321',
  rebuildHost: '127.0.0.1',
  rebuildPort: 4322,
  debounceMs: 2000,
  maxWaitMs: 60_000,
  maxBodyBytes: 256 * 1024,
  keepReleases: 5,
  /** Relative to the repository. */
  releasesDir: 'site/releases',
  liveDir: 'site/live',
  buildCommand: ['npm', 'run', 'build', '--workspace', 'site'],
  buildTimeoutMs: 15 * 60_000,
  githubApiUrl: 'https://api.github.com',
} as const;

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

/** Where releases are kept and which one is live (SITE_RELEASES_DIR, SITE_LIVE_DIR). */
export function releaseLayoutFromEnv(env: NodeJS.ProcessEnv, repoDir = REPO_DIR): { releasesDir: string; liveLink: string } {
  return {
    releasesDir: path.resolve(repoDir, env.SITE_RELEASES_DIR ?? DEFAULTS.releasesDir),
    liveLink: path.resolve(repoDir, env.SITE_LIVE_DIR ?? DEFAULTS.liveDir),
  };
}

/** Every setting of the rebuild service, from the environment (documented in README and .env.example). */
export function rebuildConfigFromEnv(env: NodeJS.ProcessEnv, repoDir = REPO_DIR): RebuildConfig {
  const mode = (env.REBUILD_MODE ?? 'local') as RebuildConfig['mode'];
  if (mode !== 'local' && mode !== 'github-dispatch') throw new Error(`REBUILD_MODE must be "local" or "github-dispatch", got "${mode}".`);
  const secret = env.REBUILD_WEBHOOK_SECRET ?? '';
  if (!secret) throw new Error('REBUILD_WEBHOOK_SECRET is not set: the rebuild service will not accept unsigned webhooks.');
  const config: RebuildConfig = {
    mode,
    host: env.REBUILD_HOST ?? DEFAULTS.rebuildHost,
    port: number(env, 'REBUILD_PORT', DEFAULTS.rebuildPort),
    secret,
    debounceMs: number(env, 'REBUILD_DEBOUNCE_MS', DEFAULTS.debounceMs),
    maxWaitMs: number(env, 'REBUILD_MAX_WAIT_MS', DEFAULTS.maxWaitMs),
    maxBodyBytes: number(env, 'REBUILD_MAX_BODY_BYTES', DEFAULTS.maxBodyBytes),
    keepReleases: Math.max(2, number(env, 'REBUILD_KEEP_RELEASES', DEFAULTS.keepReleases)),
    ...releaseLayoutFromEnv(env, repoDir),
    cmsUrl: (env.STRAPI_URL ?? DEFAULTS.cmsUrl).replace(/\/$/, ''),
    cmsToken: env.SITE_API_TOKEN ?? '',
    siteUrl: (env.SITE_URL ?? DEFAULTS.siteUrl).replace(/\/$/, ''),
    buildCommand: env.REBUILD_BUILD_COMMAND ? env.REBUILD_BUILD_COMMAND.split(' ').filter(Boolean) : [...DEFAULTS.buildCommand],
    buildTimeoutMs: number(env, 'REBUILD_BUILD_TIMEOUT_MS', DEFAULTS.buildTimeoutMs),
    github: { apiUrl: env.GITHUB_API_URL ?? DEFAULTS.githubApiUrl, repository: env.GITHUB_REPOSITORY ?? '', token: env.GITHUB_DISPATCH_TOKEN ?? '' },
  };
  if (mode === 'local' && !config.cmsToken) throw new Error('SITE_API_TOKEN is not set: the build cannot read the CMS.');
  if (mode === 'github-dispatch' && (!config.github.repository || !config.github.token)) {
    throw new Error('REBUILD_MODE=github-dispatch needs GITHUB_REPOSITORY (owner/name) and GITHUB_DISPATCH_TOKEN.');
  }
  return config;
}
