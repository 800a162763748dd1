/**
 * Runs the real site build, through site/package.json's "build" script (`astro build` under the
 * build's Node heap cap, SITE_BUILD_HEAP_MB; it builds the search index too: site/src/lib/search/),
 * against a given CMS and into a given folder. Used by the site's build tests and by the site benchmark.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { parseSearchIndexLine, type SearchIndexFigures } from '../../../site/src/lib/search/build-log';
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
  /** Wall time of `astro build`, search index included. */
  durationMs: number;
  /** The search index step, from the build's log: its time, the part after the pages were written, and what the build waited for it. */
  searchIndex: SearchIndexFigures;
  /** Peak resident memory of `astro build`'s whole process tree (Pagefind's service included), sampled from /proc. */
  peakRssBytes: number;
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
  let searchIndex: SearchIndexFigures | undefined;
  // Through the site's build script, as the rebuild service runs it: with its Node heap cap (SITE_BUILD_HEAP_MB).
  const peakRssBytes = await run('npm', ['run', '--silent', 'build'], env, (line) => {
    searchIndex ??= parseSearchIndexLine(line);
    onLog(line);
  });
  const durationMs = performance.now() - started;
  if (!searchIndex) throw new Error('The site build printed no "Search index: …" line: did the mbc:search-index integration (site/astro.config.mjs) run?');
  return { outDir: options.outDir, durationMs, searchIndex, peakRssBytes };
}
