/**
 * Runs the real site build, as site/package.json's "build" script does (`astro build`, then
 * `pagefind --site <out>`), against a given CMS and into a given folder. Used by the site's build
 * tests and by the site benchmark.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { REPO_DIR } from '../../rebuild/env-file';
import { runCommand } from '../../rebuild/run-command';
import { watchPeakMemory } from './process-memory';

export { REPO_DIR };
const SITE_DIR = path.join(REPO_DIR, 'site');

export interface SiteBuildOptions {
  /** The CMS origin, e.g. http://127.0.0.1:40123. */
  strapiUrl: string;
  /** The CMS's read-only site token. */
  token: string;
  /** Output folder (absolute); passed to the build as SITE_OUT_DIR. */
  outDir: string;
  /** Called with every output line of the build. */
  onLog?: (line: string) => void;
  /** Extra environment for the build. */
  env?: Record<string, string>;
}

export interface SiteBuildResult {
  outDir: string;
  /** Wall time of astro build + pagefind. */
  durationMs: number;
  astroMs: number;
  pagefindMs: number;
  /** Peak resident memory of `astro build` (its whole process tree), sampled from /proc. */
  astroPeakRssBytes: number;
  /** The same for Pagefind. */
  pagefindPeakRssBytes: number;
}

/**
 * A fresh folder for a throwaway build, inside site/.cache/ (git-ignored). Inside the project on
 * purpose: Astro 5 leaves content-assets.mjs and content-modules.mjs in an outDir outside the
 * project (withastro/astro#14903), so a build in /tmp would not be the build that ships.
 */
export function makeScratchBuildDir(prefix: string): string {
  const parent = path.join(SITE_DIR, '.cache');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, prefix));
}

/** A command from node_modules/.bin (the site's own first, then the workspace root's). */
export function bin(name: string): string {
  for (const dir of [path.join(SITE_DIR, 'node_modules', '.bin'), path.join(REPO_DIR, 'node_modules', '.bin')]) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  throw new Error(`${name} is not installed (looked in site/ and the repository root's node_modules/.bin): run npm install.`);
}

/** Runs a command in site/ (the rebuild service's runner); resolves with its peak resident memory (process tree). */
export async function run(command: string, args: string[], env: NodeJS.ProcessEnv, onLog: (line: string) => void, cwd = SITE_DIR): Promise<number> {
  let memory = { stop: () => 0 };
  const result = await runCommand([command, ...args], { cwd, env, onLine: onLog, onSpawn: (pid) => (memory = watchPeakMemory(pid)) });
  const peakRssBytes = memory.stop();
  if (result.code === 0) return peakRssBytes;
  const name = `${path.basename(command)} ${args.join(' ')}`;
  const tail = result.output.trimEnd().split('\n').slice(-80);
  throw new Error(`\`${name}\` failed (${result.signal ?? `exit code ${result.code}`}). Last output:\n  ${tail.join('\n  ')}`);
}

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const onLog = options.onLog ?? (() => {});
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The developer's settings must not redirect the build to another CMS or a snapshot.
  delete env.CONTENT_SOURCE;
  delete env.MEDIA_BASE_URL;
  // …nor point the appointment form at another CMS: it posts to the CMS the site was built from.
  delete env.CMS_PUBLIC_URL;
  Object.assign(env, {
    STRAPI_URL: options.strapiUrl,
    SITE_API_TOKEN: options.token,
    SITE_OUT_DIR: options.outDir,
    // Its own Astro cache beside the output: test builds run while other suites build the site too.
    SITE_CACHE_DIR: path.join(path.dirname(options.outDir), `${path.basename(options.outDir)}-astro-cache`),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  });
  // vitest sets NODE_ENV=test, which Astro would carry into the build.
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;

  const started = performance.now();
  const astroPeakRssBytes = await run(bin('astro'), ['build'], env, onLog);
  const astroDone = performance.now();
  const pagefindPeakRssBytes = await run(bin('pagefind'), ['--site', options.outDir], env, onLog);
  const finished = performance.now();
  return {
    outDir: options.outDir,
    durationMs: finished - started,
    astroMs: astroDone - started,
    pagefindMs: finished - astroDone,
    astroPeakRssBytes,
    pagefindPeakRssBytes,
  };
}
