/**
 * Boots the CMS in-process on the test database, once for all test files
 * (vitest runs them in one worker that shares this module).
 *
 * Why not scripts/test/support/test-cms.ts (the child-process CMS the site, scripts and benchmark
 * suites use)? The CMS suites need the Strapi instance itself: they call documents(strapi, ), read
 * strapi.db, restart it (restartCms) and run on PostgreSQL as well as SQLite, with the database
 * vitest's global setup prepared. A child process offers only HTTP. The other suites need the
 * opposite: a CMS whose process-wide side effects (destroy() removes every process listener) stay
 * out of their runner, on a fresh seeded SQLite file they can kill by process group.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import type { Core } from '@strapi/strapi';
import type { Loose } from './fixtures';

const cmsDir = path.resolve(__dirname, '..');

export const SITE_TOKEN = randomBytes(48).toString('hex');
/** The draft preview server's token and the key its links are signed with. */
export const PREVIEW_TOKEN = randomBytes(48).toString('hex');
export const PREVIEW_SECRET = randomBytes(48).toString('hex');
export const PREVIEW_URL = 'http://127.0.0.1:4999';

/** The e-mail settings (src/medical-reviews/email-settings.ts): never the developer's mail server; a test names its own. */
export const EMAIL_SETTINGS = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD', 'EMAIL_FROM', 'EMAIL_REPLY_TO'] as const;

function prepareEnvironment(settings: Record<string, string>): void {
  // Never read the developer's cms/.env: the tests bring their own secrets and database.
  process.env.ENV_PATH = path.join(cmsDir, 'test', 'no-such.env');
  for (const name of EMAIL_SETTINGS) delete process.env[name];
  const secret = () => randomBytes(32).toString('base64');
  process.env.APP_KEYS ??= [secret(), secret()].join(',');
  process.env.API_TOKEN_SALT ??= secret();
  process.env.ADMIN_JWT_SECRET ??= secret();
  process.env.TRANSFER_TOKEN_SALT ??= secret();
  process.env.JWT_SECRET ??= secret();
  process.env.ENCRYPTION_KEY ??= secret();
  process.env.SITE_API_TOKEN = SITE_TOKEN;
  process.env.PREVIEW_API_TOKEN = PREVIEW_TOKEN;
  process.env.PREVIEW_SECRET = PREVIEW_SECRET;
  process.env.PREVIEW_URL = PREVIEW_URL;
  process.env.LOCAL_ADMIN_EMAIL = 'admin@tests.local';
  process.env.LOCAL_ADMIN_PASSWORD = 'TestPassw0rd';
  process.env.HOST = '127.0.0.1';
  process.env.PORT = '0';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.BROWSER = 'none';
  process.env.STRAPI_LOG_LEVEL = 'warn';
  process.env.PUBLIC_DIR = inject('publicDir');
  const client = inject('databaseClient');
  process.env.DATABASE_CLIENT = client;
  if (client === 'postgres') process.env.DATABASE_URL = inject('databaseUrl');
  else process.env.DATABASE_FILENAME = inject('sqliteFile');
  Object.assign(process.env, settings);
}

type Running = { strapi: Core.Strapi; baseUrl: string };
let running: Promise<Running> | undefined;

async function boot(settings: Record<string, string> = {}): Promise<Running> {
  prepareEnvironment(settings);
  // Strapi's ESM build does not load under Node's ESM resolver (directory imports); use its CommonJS build.
  const { createStrapi } = createRequire(__filename)('@strapi/strapi') as typeof import('@strapi/strapi');
  const strapi = createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  strapi.log.level = 'warn';
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  return { strapi, baseUrl: `http://127.0.0.1:${port}` };
}

// Strapi's destroy() calls process.removeAllListeners(), which would also cut the test worker's
// channel to vitest; remember the worker's own listeners so a restart can put them back.
// Through the EventEmitter interface: the process's own overloads name each event.
const processEvents: NodeJS.EventEmitter = process;
const workerListeners = process.eventNames().map((event) => [event, processEvents.listeners(event)] as const);

function restoreWorkerListeners(): void {
  for (const [event, listeners] of workerListeners) {
    for (const listener of listeners) {
      if (!processEvents.listeners(event).includes(listener)) processEvents.on(event, listener as (...args: unknown[]) => void);
    }
  }
}

export function startCms(): Promise<Running> {
  running ??= boot();
  return running;
}

/**
 * Stops the CMS and boots it again on the same database (the second start of a deployment),
 * with `settings` added to the test environment until the next restart (e.g. SMTP_HOST).
 */
export async function restartCms(settings: Record<string, string> = {}): Promise<Running> {
  if (running) {
    const { strapi } = await running;
    await strapi.destroy();
    restoreWorkerListeners();
  }
  running = boot(settings);
  return running;
}

/** The site's way of asking: a bearer token on the REST API. */
export async function rest(
  path: string,
  options: { token?: string; method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Loose }> {
  const { baseUrl } = await startCms();
  const method = options.method ?? 'GET';
  const send = () =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  let response: Response;
  try {
    response = await send();
  } catch (error) {
    // A kept-alive connection the server closed just as the request went out (seen once on a loaded
    // CI machine): a GET changes nothing, so it is asked once more; anything else fails the test.
    if (method !== 'GET' || (error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    response = await send();
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}
