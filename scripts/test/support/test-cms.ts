/**
 * A throwaway, seeded CMS for tests and benchmarks.
 *
 * `startTestCms()` compiles the Strapi app in `cms/` (once per process), then runs it in a child
 * Node process on a fresh temporary SQLite file and media folder, with generated secrets and a known
 * read-only site token. It resolves once the demo seed has finished (GET /api/site-setting answers
 * 200 with the token), so callers can read content straight away:
 *
 *   const cms = await startTestCms();
 *   try {
 *     await fetch(`${cms.url}/api/physicians`, { headers: { Authorization: `Bearer ${cms.token}` } });
 *   } finally {
 *     await cms.stop();
 *   }
 *
 * It never reads the developer's cms/.env nor touches cms/.tmp: everything it writes lives in one
 * temporary folder that stop() removes. A child process (rather than Strapi in-process) keeps
 * Strapi's process-wide side effects (destroy() removes every process listener) out of the caller,
 * and lets stop() end it for sure by killing its process group. The CMS's own suites boot Strapi
 * in-process instead (cms/test/strapi.ts says why).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Directory, ImportSummary } from '../../../cms/src/bulk-import/import-directory';
import { REPO_DIR } from '../../rebuild/env-file';
import { forEachOutputLine, withoutColors } from '../../rebuild/run-command';
import { freePort } from './ports';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The Strapi app: <repo>/cms. */
export const CMS_DIR = path.join(REPO_DIR, 'cms');
const CHILD_SCRIPT = path.join(here, 'test-cms-child.mjs');

export interface TestCmsOptions {
  /** Port on 127.0.0.1; a free one is picked when omitted or 0. */
  port?: number;
  /** Give up waiting for the seeded CMS after this long (default 180 s). */
  timeoutMs?: number;
  /** Extra environment for the CMS process (e.g. webhook settings); wins over the defaults. */
  env?: Record<string, string>;
  /** Called with every line the CMS logs (default: lines are kept quietly for error messages). */
  onLog?: (line: string) => void;
  /**
   * More content to bulk-import after the demo seed, before the CMS answers requests
   * (cms/src/bulk-import: through the Document Service, in batched transactions).
   */
  directory?: Directory;
}

export interface TestCms {
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  url: string;
  /** Key of the read-only site-build token (SITE_API_TOKEN of this CMS). */
  token: string;
  /** The temporary SQLite database file. */
  databaseFile: string;
  /** The temporary public folder; uploads go to <publicDir>/uploads. */
  publicDir: string;
  /** The local admin the CMS created (for tests that use the admin API). */
  admin: { email: string; password: string };
  /** What the bulk import of `options.directory` wrote and how long it took (undefined without one). */
  imported?: ImportSummary;
  /** The child process id (also its process group id). */
  pid: number;
  /** The CMS's most recent log lines, oldest first. */
  logTail(): string[];
  /** Stops the CMS (its whole process group) and removes the temporary files. Safe to call twice. */
  stop(): Promise<void>;
}

let compiled: Promise<{ appDir: string; distDir: string }> | undefined;

/**
 * Compiles cms/ to cms/dist if its server sources changed (cms/scripts/compile.mjs, the one compile
 * step: a stamp skips it, a lock makes parallel callers wait for one compile; its own process, as
 * Strapi exits the process it runs in on a TypeScript error).
 */
export function compileTestCms(): Promise<{ appDir: string; distDir: string }> {
  compiled ??= new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(CMS_DIR, 'scripts', 'compile.mjs')], {
      cwd: CMS_DIR,
      env: { ...process.env, ENV_PATH: path.join(os.tmpdir(), 'test-cms-no-such.env') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) return resolve({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
      compiled = undefined;
      const text = withoutColors(output).trim();
      reject(new Error(`Compiling the CMS (${CMS_DIR}) failed (exit code ${code}):\n${text.split(/\r?\n/).slice(-40).join('\n')}`));
    });
  });
  return compiled;
}

const secret = () => randomBytes(32).toString('base64');
const LOG_TAIL_LINES = 60;

export async function startTestCms(options: TestCmsOptions = {}): Promise<TestCms> {
  const { appDir, distDir } = await compileTestCms();
  const port = options.port || (await freePort());
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'test-cms-'));
  const databaseFile = path.join(tempDir, 'data.db');
  const publicDir = path.join(tempDir, 'public');
  mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  const token = randomBytes(48).toString('hex');
  const admin = { email: 'admin@test-cms.local', password: `${randomBytes(12).toString('hex')}Aa7` };
  const url = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    // Never the developer's cms/.env: this CMS brings its own secrets and database.
    ENV_PATH: path.join(tempDir, 'no-such.env'),
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    PUBLIC_DIR: publicDir,
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    SITE_API_TOKEN: token,
    LOCAL_ADMIN_EMAIL: admin.email,
    LOCAL_ADMIN_PASSWORD: admin.password,
    SEED_DEMO_CONTENT: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    ...options.env,
  };
  let importCount = 0;
  if (options.directory) {
    const file = path.join(tempDir, 'directory.json');
    writeFileSync(file, JSON.stringify(options.directory));
    env.CMS_IMPORT_FILE = file;
    importCount = Object.values(options.directory).reduce((sum, entries) => sum + (entries?.length ?? 0), 0);
  }

  const child = spawn(process.execPath, [CHILD_SCRIPT, 'start', appDir, distDir], {
    cwd: appDir,
    env,
    // Its own process group, so stop() can end the CMS and anything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const tail: string[] = [];
  let imported: ImportSummary | undefined;
  const onLine = (line: string) => {
    if (line.startsWith('CMS_IMPORT_DONE ')) imported = JSON.parse(line.slice('CMS_IMPORT_DONE '.length));
    tail.push(line);
    if (tail.length > LOG_TAIL_LINES) tail.shift();
    options.onLog?.(line);
  };
  forEachOutputLine(child, (line) => onLine(withoutColors(line)));

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  // If the caller dies without calling stop(), do not leave a CMS running.
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(tempDir, { recursive: true, force: true });
    })();
    return stopped;
  };

  try {
    await waitUntilSeeded({ url, token, exited, timeoutMs: options.timeoutMs ?? 180_000 + importCount * 100, tail });
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, token, databaseFile, publicDir, admin, imported, pid: child.pid!, logTail: () => [...tail], stop };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitUntilSeeded({
  url,
  token,
  exited,
  timeoutMs,
  tail,
}: {
  url: string;
  token: string;
  exited: Promise<number | null>;
  timeoutMs: number;
  tail: string[];
}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  exited.then((code) => (exitCode = code ?? -1));
  let lastAnswer = 'no answer yet';
  const logs = () => (tail.length ? `\nLast CMS log lines:\n  ${tail.join('\n  ')}` : '\n(The CMS logged nothing.)');

  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`The test CMS exited (code ${exitCode}) before it was ready at ${url}.${logs()}`);
    }
    try {
      const response = await fetch(`${url}/api/site-setting`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(5_000),
      });
      await response.arrayBuffer();
      // 200 once the seed has written site settings, its last entry; 404 while seeding.
      if (response.status === 200) return;
      lastAnswer = `HTTP ${response.status}`;
    } catch (error) {
      lastAnswer = (error as Error).cause ? String((error as Error & { cause: unknown }).cause) : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `The test CMS at ${url} was not seeded within ${Math.round(timeoutMs / 1000)} s ` +
      `(GET /api/site-setting: ${lastAnswer}).${logs()}`,
  );
}
