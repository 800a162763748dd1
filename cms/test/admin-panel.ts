/**
 * The real admin panel for browser tests, on the one in-process test CMS (test/strapi.ts boots it
 * without the admin panel, which most suites do not need).
 *
 * `strapi build` takes about a minute, so it runs once per change of what the panel is built from
 * (src/admin/, the installed Strapi, package.json): a stamp beside the build records that, and the
 * second run of `npm test` (PostgreSQL after SQLite) reuses the build.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Page } from 'playwright-core';

const cmsDir = path.resolve(__dirname, '..');
const buildDir = path.join(cmsDir, 'dist', 'build');
const stampFile = path.join(buildDir, '.built-from');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Where an installed package lives (its files beyond its "exports" are reached by path). */
function packageDir(name: string): string {
  return path.dirname(createRequire(path.join(cmsDir, 'package.json')).resolve(`${name}/package.json`));
}

/** What the admin build depends on: the app's admin extensions, the installed Strapi and the app's dependencies. */
function adminSourcesHash(): string {
  const hash = createHash('sha256');
  const strapiVersion = JSON.parse(readFileSync(path.join(packageDir('@strapi/strapi'), 'package.json'), 'utf8')).version;
  hash.update(`strapi ${strapiVersion}\n`);
  for (const file of [path.join(cmsDir, 'package.json'), ...filesUnder(path.join(cmsDir, 'src', 'admin')).sort()]) {
    hash.update(`${path.relative(cmsDir, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Builds the admin panel into dist/build unless the build there was made from the same sources.
 * Call it after startCms(): the build loads the CMS's configuration, which needs the test secrets.
 */
export async function ensureAdminBuild(): Promise<void> {
  const wanted = adminSourcesHash();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted && statSync(path.join(buildDir, 'index.html')).isFile()) return;
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(packageDir('@strapi/strapi'), 'bin', 'strapi.js'), 'build'], {
      cwd: cmsDir,
      // Never the developer's cms/.env (the admin build would embed its STRAPI_ADMIN_* variables).
      env: { ...process.env, ENV_PATH: path.join(cmsDir, 'test', 'no-such.env'), NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`\`strapi build\` in ${cmsDir} failed (exit code ${code}):\n${output.join('').slice(-4000)}`);
  writeFileSync(stampFile, wanted);
}

const served = new WeakSet<Core.Strapi>();

/**
 * Serves dist/build at /admin on the running test CMS, as `serveAdminPanel: true` would have at
 * start (Strapi's own route, added to the live router).
 */
export function serveAdminPanel(strapi: Core.Strapi): void {
  if (served.has(strapi)) return;
  const registerAdminPanelRoute = require(path.join(packageDir('@strapi/admin'), 'dist', 'server', 'server', 'src', 'routes', 'serve-admin-panel.js')).default;
  registerAdminPanelRoute({ strapi });
  served.add(strapi);
}

/** Signs in through the admin's login page; resolves on the home page. */
export async function signInToAdmin(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth'), { timeout: 30_000 });
}
