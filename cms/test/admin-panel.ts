/**
 * The real admin panel for browser tests, on the one in-process test CMS (test/strapi.ts boots it
 * without the admin panel, which most suites do not need).
 *
 * `strapi build` takes about a minute, so it runs only when what the panel is built from changed
 * (scripts/build-admin.ts, the same check `npm start` makes): the second run of `npm test`
 * (PostgreSQL after SQLite) and a later `npm start` in the same checkout reuse the build.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Page } from 'playwright-core';
import { CMS_DIR, ensureAdminBuild as ensureBuiltFrom, packageDir } from '../scripts/build-admin';

/**
 * Builds the admin panel into dist/build unless the build there was made from the same sources.
 * Call it after startCms(): the build loads the CMS's configuration, which needs the test secrets.
 */
export async function ensureAdminBuild(): Promise<void> {
  await ensureBuiltFrom({
    cmsDir: CMS_DIR,
    // Never the developer's env file (the admin build would embed its STRAPI_ADMIN_* variables).
    env: { ...process.env, ENV_PATH: path.join(CMS_DIR, 'test', 'no-such.env'), NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
  });
}

const served = new WeakSet<Core.Strapi>();

/**
 * Serves dist/build at /admin on the running test CMS, as `serveAdminPanel: true` would have at
 * start (Strapi's own route, added to the live router).
 */
export function serveAdminPanel(strapi: Core.Strapi): void {
  if (served.has(strapi)) return;
  // Strapi's own route module, loaded synchronously from the installed package (it is not among its exports).
  const loadModule = createRequire(__filename);
  const registerAdminPanelRoute = (
    loadModule(path.join(packageDir('@strapi/admin'), 'dist', 'server', 'server', 'src', 'routes', 'serve-admin-panel.js')) as {
      default: (args: { strapi: Core.Strapi }) => void;
    }
  ).default;
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
