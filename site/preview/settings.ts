/**
 * The draft preview server's settings, from the environment (README, "Settings"):
 *
 * | variable          | default                          | what it is                                                     |
 * | ----------------- | -------------------------------- | -------------------------------------------------------------- |
 * | PREVIEW_URL       | http://127.0.0.1:4323            | the preview as editors' browsers reach it (the CMS links there) |
 * | PREVIEW_HOST      | 127.0.0.1                        | the address to listen on (0.0.0.0 in a container)               |
 * | PREVIEW_PORT      | PREVIEW_URL's port, else 4323    | the port to listen on                                           |
 * | PREVIEW_API_TOKEN | cms/.env                         | the CMS's draft-reading token (read-only, drafts and nothing else) |
 * | PREVIEW_SECRET    | cms/.env                         | the key the CMS signs preview links with                        |
 * | STRAPI_URL        | http://127.0.0.1:1337            | the CMS, as this server reaches it                              |
 * | CMS_PUBLIC_URL    | STRAPI_URL                       | the CMS (and its admin) as browsers reach it: the only origin that may frame the preview |
 * | MEDIA_BASE_URL    | the CMS                          | where uploads are served from                                   |
 * | PREVIEW_BUILD_DIR | site/dist-preview                | the preview build (npm run build:preview -w site)               |
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCmsEnvFiles, readEnvFileValue } from '../src/lib/cms/content-source';
import { DEFAULT_PREVIEW_URL, DEFAULT_STRAPI_URL } from '../src/lib/defaults';

export interface PreviewServerSettings {
  /** The preview's public address (no trailing slash). */
  publicUrl: string;
  host: string;
  port: number;
  strapiUrl: string;
  token: string;
  secret: string;
  /** The admin's origin: frame-ancestors and the origin strapiUpdate messages must come from. */
  adminOrigin: string;
  mediaBaseUrl?: string;
  /** The Astro server build's entry (dist-preview/server/entry.mjs). */
  entryFile: string;
}

type Env = Record<string, string | undefined>;

const SITE_DIR = fileURLToPath(new URL('..', import.meta.url));

function originOf(name: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return url.origin;
  } catch {
    throw new Error(`${name}=${JSON.stringify(value)} is not an http(s) address.`);
  }
}

/** A value from the environment, else from the CMS's local env file (a local start writes it there). */
function secretValue(env: Env, name: string, envFiles: readonly string[]): string {
  const value = env[name]?.trim() || envFiles.map((file) => readEnvFileValue(file, name)).find(Boolean);
  if (!value) {
    throw new Error(
      `${name} is not set and no cms/.env holds it (looked in ${envFiles.join(', ') || 'no files'}). ` +
        'Start the CMS once (npm start) so it writes cms/.env, or set it to the value the CMS has.',
    );
  }
  return value;
}

export function previewServerSettings(env: Env = process.env, cmsEnvFiles: readonly string[] = defaultCmsEnvFiles()): PreviewServerSettings {
  const publicUrl = (env.PREVIEW_URL?.trim() || DEFAULT_PREVIEW_URL).replace(/\/+$/, '');
  const url = new URL(`${originOf('PREVIEW_URL', publicUrl)}/`);
  const portText = env.PREVIEW_PORT?.trim() || url.port || new URL(DEFAULT_PREVIEW_URL).port;
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PREVIEW_PORT=${JSON.stringify(portText)} is not a port (1–65535).`);
  const strapiUrl = (env.STRAPI_URL?.trim() || DEFAULT_STRAPI_URL).replace(/\/+$/, '');
  originOf('STRAPI_URL', strapiUrl);
  const secret = secretValue(env, 'PREVIEW_SECRET', cmsEnvFiles);
  if (secret.length < 32) throw new Error('PREVIEW_SECRET must be at least 32 characters, and the same as the CMS has.');
  const entryFile = path.resolve(env.PREVIEW_BUILD_DIR?.trim() || path.join(SITE_DIR, 'dist-preview'), 'server', 'entry.mjs');
  return {
    publicUrl,
    host: env.PREVIEW_HOST?.trim() || '127.0.0.1',
    port,
    strapiUrl,
    token: secretValue(env, 'PREVIEW_API_TOKEN', cmsEnvFiles),
    secret,
    adminOrigin: originOf('CMS_PUBLIC_URL', env.CMS_PUBLIC_URL?.trim() || strapiUrl),
    ...(env.MEDIA_BASE_URL?.trim() ? { mediaBaseUrl: env.MEDIA_BASE_URL.trim() } : {}),
    entryFile,
  };
}

/** The preview build must exist before the server can serve it. */
export function assertPreviewBuilt(settings: PreviewServerSettings): void {
  if (!existsSync(settings.entryFile)) {
    throw new Error(`No preview build at ${settings.entryFile}. Build it first: npm run build:preview -w site (or set PREVIEW_BUILD_DIR).`);
  }
}
