import type { Core } from '@strapi/strapi';
import { SITE_CONTENT_TYPES, readActions } from './content-types';

/** The parts of Strapi's admin API token and encryption services used here. */
type TokenService = { hash(accessKey: string): string; revoke(id: number): Promise<unknown> };
type EncryptionService = { encrypt(value: string): string };

/** A read-only content API token the CMS keeps in step with a key from the environment. */
interface ReadOnlyToken {
  name: string;
  description: string;
  /** The environment variable the key comes from, for messages. */
  keyVariable: string;
}

export const SITE_TOKEN: ReadOnlyToken = {
  name: 'Site build (read-only)',
  description: 'Used by the static site build to read published content. Managed by the CMS bootstrap; do not edit.',
  keyVariable: 'SITE_API_TOKEN',
};

/**
 * The draft preview server's token: the same read permissions as the site build's, and the one
 * API token that may ask for drafts (src/access/published-only.ts).
 */
export const PREVIEW_TOKEN: ReadOnlyToken = {
  name: 'Draft preview (read-only)',
  description: 'Used by the draft preview server to read drafts for editors. Managed by the CMS bootstrap; do not edit.',
  keyVariable: 'PREVIEW_API_TOKEN',
};

/** The exact permissions of both read-only tokens: find and findOne on the site's content types. */
export function siteTokenActions(strapi: Core.Strapi): string[] {
  return SITE_CONTENT_TYPES.flatMap((uid) => readActions(uid, strapi.contentType(uid).kind));
}

/**
 * Makes sure the read-only API token for the site build (key in SITE_API_TOKEN) exists and can
 * read only the site's content types. The key comes from the environment (generated into cms/.env
 * on the first local start, supplied by the operator in production), so the site build and the CMS
 * agree on it without anyone copying a token out of the admin.
 */
export function ensureSiteApiToken(strapi: Core.Strapi, accessKey = process.env.SITE_API_TOKEN): Promise<number | null> {
  return ensureReadOnlyToken(strapi, SITE_TOKEN, accessKey);
}

/** The same for the draft preview server (key in PREVIEW_API_TOKEN); returns the token's id. */
export function ensurePreviewApiToken(strapi: Core.Strapi, accessKey = process.env.PREVIEW_API_TOKEN): Promise<number | null> {
  return ensureReadOnlyToken(strapi, PREVIEW_TOKEN, accessKey);
}

async function ensureReadOnlyToken(strapi: Core.Strapi, wantedToken: ReadOnlyToken, accessKey: string | undefined): Promise<number | null> {
  const { name, description, keyVariable } = wantedToken;
  if (!accessKey) {
    strapi.log.warn(`${keyVariable} is not set: no API token "${name}" was created.`);
    return null;
  }
  const tokenService = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const accessKeyHash = tokenService.hash(accessKey);
  const tokens = strapi.db.query('admin::api-token');

  let token = await tokens.findOne({ where: { name }, populate: ['permissions'] });
  if (!token) {
    token = await tokens.create({
      data: {
        name,
        description,
        type: 'custom',
        kind: 'content-api',
        accessKey: accessKeyHash,
        encryptedKey: encryption.encrypt(accessKey),
        lifespan: null,
        expiresAt: null,
      },
      populate: ['permissions'],
    });
    strapi.log.info(`Created the API token "${name}".`);
  } else if (token.accessKey !== accessKeyHash || token.type !== 'custom') {
    token = await tokens.update({
      where: { id: token.id },
      data: { accessKey: accessKeyHash, encryptedKey: encryption.encrypt(accessKey), type: 'custom', expiresAt: null, lifespan: null },
      populate: ['permissions'],
    });
    strapi.log.info(`Updated the API token "${name}" to the key in ${keyVariable}.`);
  }

  const wanted = new Set(siteTokenActions(strapi));
  const permissions = (token.permissions ?? []) as { id: number; action: string }[];
  const extra = permissions.filter((permission) => !wanted.has(permission.action));
  if (extra.length > 0) {
    await strapi.db.query('admin::api-token-permission').deleteMany({ where: { id: { $in: extra.map((permission) => permission.id) } } });
  }
  const present = new Set(permissions.map((permission) => permission.action));
  for (const action of wanted) {
    if (!present.has(action)) {
      await strapi.db.query('admin::api-token-permission').create({ data: { action, token: token.id } });
    }
  }
  return token.id as number;
}

/**
 * Strapi creates a "Full Access" and a "Read Only" token on a new database. Nothing here uses
 * them, and a full-access token that nobody watches is a key under the doormat: remove them, at
 * every start, recognised by Strapi's own name and description (a token an administrator made
 * on purpose, under any other name or description, is kept).
 */
export const STRAPI_DEFAULT_TOKENS = [
  { name: 'Read Only', description: 'A default API token with read-only permissions, only used for accessing resources' },
  { name: 'Full Access', description: 'A default API token with full access permissions, used for accessing or modifying resources' },
] as const;

export async function removeStrapiDefaultTokens(strapi: Core.Strapi): Promise<void> {
  const tokenService = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  for (const { name, description } of STRAPI_DEFAULT_TOKENS) {
    const token = await strapi.db.query('admin::api-token').findOne({ where: { name, description } });
    if (!token) continue;
    await tokenService.revoke(token.id);
    strapi.log.info(`Removed Strapi's default API token "${name}": nothing uses it.`);
  }
}
