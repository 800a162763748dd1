/**
 * Builds the Strapi admin panel (dist/build) only when what it is built from has changed, so
 * `npm start` spends its minute on `strapi build` once, not on every start (the server code is
 * compiled by scripts/compile.mjs, which skips it the same way). The admin browser tests
 * (test/admin-panel.ts) use the same check.
 *
 * What the bundle is built from: the installed Strapi, package.json, src/admin/**, the config
 * files that decide its plugins, paths and URLs (config/admin.ts, server.ts, plugins.ts,
 * features.ts), and the values `strapi build` inlines into it (every STRAPI_ADMIN_* variable from
 * the environment, the env file and cms/.env; PUBLIC_URL; telemetry; the AI and analytics URLs).
 * A hash of those is kept beside the build (dist/build/.built-from); `strapi build` empties
 * dist/build, so any other build removes the stamp and the next start builds again.
 *
 * Usage: tsx scripts/build-admin.ts [--help] [--force]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const CMS_DIR = path.resolve(__dirname, '..');

/** Config files whose content can change the bundle (enabled plugins, admin path and URL, feature flags). */
const CONFIG_FILES = ['config/admin.ts', 'config/server.ts', 'config/plugins.ts', 'config/features.ts'];
/** Variables `strapi build` reads besides STRAPI_ADMIN_* (see @strapi/strapi's create-build-context). */
const INLINED_VARIABLES = ['PUBLIC_URL', 'STRAPI_AI_URL', 'STRAPI_ANALYTICS_URL'];

export interface AdminBuildSources {
  strapiVersion: string;
  /** Path relative to cms/ → content; a missing file is left out. */
  files: Record<string, string | Buffer>;
  /** The values the bundle inlines, by name. */
  inlined: Record<string, string>;
}

export interface AdminBuildStamp {
  hash: string;
  /** One digest per input, so a rebuild can say what changed. */
  inputs: Record<string, string>;
}

const digest = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/** The stamp for these sources: one digest per input and a hash of them all. Pure. */
export function adminBuildStamp(sources: AdminBuildSources): AdminBuildStamp {
  const inputs: Record<string, string> = { strapi: digest(sources.strapiVersion) };
  for (const name of Object.keys(sources.files).sort()) inputs[name] = digest(sources.files[name]!);
  for (const name of Object.keys(sources.inlined).sort()) inputs[`env ${name}`] = digest(sources.inlined[name]!);
  const hash = digest(Object.entries(inputs).map(([name, value]) => `${name} ${value}\n`).join(''));
  return { hash, inputs };
}

export type AdminBuildDecision = { build: false } | { build: true; reason: string };

/** Whether to build: not when a complete build carries the same stamp. Pure. */
export function decideAdminBuild(wanted: AdminBuildStamp, existing: { stamp: string | null; hasIndex: boolean }): AdminBuildDecision {
  if (!existing.hasIndex) return { build: true, reason: 'there is no admin build yet' };
  let previous: AdminBuildStamp | null = null;
  try {
    previous = existing.stamp ? (JSON.parse(existing.stamp) as AdminBuildStamp) : null;
  } catch {
    previous = null;
  }
  if (!previous?.hash || !previous.inputs) return { build: true, reason: 'the admin build has no record of what it was built from' };
  if (previous.hash === wanted.hash) return { build: false };
  const names = new Set([...Object.keys(previous.inputs), ...Object.keys(wanted.inputs)]);
  const changed = [...names].filter((name) => previous!.inputs[name] !== wanted.inputs[name]).sort();
  return { build: true, reason: `changed since the last build: ${changed.join(', ') || 'its sources'}` };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

/** Where an installed package lives (its files beyond its "exports" are reached by path). */
export function packageDir(name: string, cmsDir = CMS_DIR): string {
  return path.dirname(createRequire(path.join(cmsDir, 'package.json')).resolve(`${name}/package.json`));
}

/** KEY=value pairs of an env file, parsed by the dotenv Strapi itself uses ({} when there is no file). */
function envFileValues(file: string, cmsDir: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const dotenv = createRequire(path.join(packageDir('@strapi/strapi', cmsDir), 'package.json'))('dotenv') as typeof import('dotenv');
  return dotenv.parse(readFileSync(file));
}

const isTruthy = (value: unknown) => ['1', 'true', 'yes', 'on'].includes(String(value ?? '').trim().toLowerCase());

/**
 * What a `strapi build` run in cmsDir with this environment would build from. The environment is
 * what the build sees: the process's own variables win over ENV_PATH's file, which wins over
 * cms/.env (dotenv never overrides a variable already set).
 */
export function readAdminBuildSources(cmsDir: string = CMS_DIR, env: NodeJS.ProcessEnv = process.env): AdminBuildSources {
  const packageJson = JSON.parse(readFileSync(path.join(cmsDir, 'package.json'), 'utf8'));
  const seen: Record<string, string | undefined> = {
    ...envFileValues(path.join(cmsDir, '.env'), cmsDir),
    ...(env.ENV_PATH ? envFileValues(path.resolve(cmsDir, env.ENV_PATH), cmsDir) : {}),
    ...env,
  };
  const inlined: Record<string, string> = {};
  for (const [name, value] of Object.entries(seen)) {
    if ((name.toUpperCase().startsWith('STRAPI_ADMIN_') || INLINED_VARIABLES.includes(name)) && value !== undefined) inlined[name] = value;
  }
  // Strapi inlines whether telemetry is off, not the variable: off without a project uuid.
  inlined.STRAPI_TELEMETRY_DISABLED = String(!packageJson.strapi?.uuid || isTruthy(seen.STRAPI_TELEMETRY_DISABLED) || isTruthy(packageJson.strapi?.telemetryDisabled));

  const files: Record<string, string | Buffer> = {};
  for (const file of ['package.json', ...CONFIG_FILES, ...filesUnder(path.join(cmsDir, 'src', 'admin')).map((file) => path.relative(cmsDir, file))]) {
    const absolute = path.join(cmsDir, file);
    if (existsSync(absolute)) files[file.split(path.sep).join('/')] = readFileSync(absolute);
  }
  const strapiVersion = JSON.parse(readFileSync(path.join(packageDir('@strapi/strapi', cmsDir), 'package.json'), 'utf8')).version;
  const adminVersion = JSON.parse(readFileSync(path.join(packageDir('@strapi/admin', cmsDir), 'package.json'), 'utf8')).version;
  return { strapiVersion: `@strapi/strapi ${strapiVersion}, @strapi/admin ${adminVersion}`, files, inlined };
}

export interface EnsureAdminBuildOptions {
  cmsDir?: string;
  /** The environment `strapi build` runs with (and reads its inlined values from). */
  env?: NodeJS.ProcessEnv;
  force?: boolean;
  /** Progress lines for a person; the build's own output is shown only when it fails, unless `showBuildOutput`. */
  log?: (line: string) => void;
  showBuildOutput?: boolean;
}

export type AdminBuildOutcome = { built: false } | { built: true; reason: string; seconds: number };

/** Runs `strapi build` (server code and admin panel) unless dist/build was built from the same sources. */
export async function ensureAdminBuild(options: EnsureAdminBuildOptions = {}): Promise<AdminBuildOutcome> {
  const { cmsDir = CMS_DIR, env = process.env, force = false, log = () => {}, showBuildOutput = false } = options;
  const buildDir = path.join(cmsDir, 'dist', 'build');
  const stampFile = path.join(buildDir, '.built-from');
  const wanted = adminBuildStamp(readAdminBuildSources(cmsDir, env));
  const decision = force
    ? ({ build: true, reason: '--force' } as const)
    : decideAdminBuild(wanted, {
        stamp: existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : null,
        hasIndex: existsSync(path.join(buildDir, 'index.html')),
      });
  if (!decision.build) {
    log('Admin panel is up to date (dist/build was built from the same sources): not rebuilding it.');
    return { built: false };
  }
  log(`Building the admin panel (${decision.reason})…`);
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(packageDir('@strapi/strapi', cmsDir), 'bin', 'strapi.js'), 'build'], {
      cwd: cmsDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: string) => {
      output.push(chunk);
      if (showBuildOutput) process.stdout.write(chunk);
    };
    child.stdout.setEncoding('utf8').on('data', collect);
    child.stderr.setEncoding('utf8').on('data', collect);
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`\`strapi build\` in ${cmsDir} failed (exit code ${code}):\n${output.join('').slice(-4000)}`);
  writeFileSync(stampFile, JSON.stringify(wanted, null, 2));
  // `strapi build` compiled the server code into dist/ as well: let scripts/compile.mjs know it is current.
  await new Promise<void>((resolve, reject) => {
    const record = spawn(process.execPath, [path.join(cmsDir, 'scripts', 'compile.mjs'), '--record'], { cwd: cmsDir, env, stdio: 'inherit' });
    record.on('error', reject);
    record.on('exit', (exitCode) => (exitCode === 0 ? resolve() : reject(new Error(`scripts/compile.mjs --record failed (exit code ${exitCode})`))));
  });
  const seconds = (Date.now() - started) / 1000;
  log(`Built the admin panel in ${seconds.toFixed(1)} s.`);
  return { built: true, reason: decision.reason, seconds };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(
      'Usage: tsx scripts/build-admin.ts [--force]\n' +
        'Builds the admin panel into dist/build, skipping the build when\n' +
        'dist/build was built from the same sources (stamp: dist/build/.built-from). --force always builds.',
    );
    return;
  }
  await ensureAdminBuild({ force: args.includes('--force'), log: (line) => console.log(line), showBuildOutput: true });
}

// Run as a script (tsx scripts/build-admin.ts), not when imported by the tests.
if (path.resolve(process.argv[1] ?? '') === __filename) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
