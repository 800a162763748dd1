import type { Core } from '@strapi/strapi';
import { SITE_CONTENT_TYPES, readActions } from './content-types';

/** The parts of Strapi's admin API token and encryption services used here. */
type TokenService = { hash(accessKey: string): string; revoke(id: number): Promise<unknown> };
type EncryptionService = { encrypt(value: string): string };

const SITE_TOKEN_NAME = 'Site build (read-only)';

/** The exact permissions of the site-build token: find and findOne on the site's content types. */
export function siteTokenActions(strapi: Core.Strapi): string[] {
  return SITE_CONTENT_TYPES.flatMap((uid) => readActions(uid, strapi.contentType(uid).kind));
}

/**
 * Makes sure a read-only API token with the key in SITE_API_TOKEN exists and can read only the
 * site's content types. The key comes from the environment (generated into cms/.env on the first
 * local start, supplied by the operator in production), so the site build and the CMS agree on it
 * without anyone copying a token out of the admin.
 */
export async function ensureSiteApiToken(strapi: Core.Strapi, accessKey = process.env.SITE_API_TOKEN): Promise<void> {
  if (!accessKey) {
    strapi.log.warn('SITE_API_TOKEN is not set: no read-only token for the site build was created.');
    return;
  }
  const tokenService = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const accessKeyHash = tokenService.hash(accessKey);
  const tokens = strapi.db.query('admin::api-token');

  let token = await tokens.findOne({ where: { name: SITE_TOKEN_NAME }, populate: ['permissions'] });
  if (!token) {
    token = await tokens.create({
      data: {
        name: SITE_TOKEN_NAME,
        description: 'Used by the static site build to read published content. Managed by the CMS bootstrap; do not edit.',
        type: 'custom',
        kind: 'content-api',
        accessKey: accessKeyHash,
        encryptedKey: encryption.encrypt(accessKey),
        lifespan: null,
        expiresAt: null,
      },
      populate: ['permissions'],
    });
    strapi.log.info(`Created the API token "${SITE_TOKEN_NAME}".`);
  } else if (token.accessKey !== accessKeyHash || token.type !== 'custom') {
    token = await tokens.update({
      where: { id: token.id },
      data: { accessKey: accessKeyHash, encryptedKey: encryption.encrypt(accessKey), type: 'custom', expiresAt: null, lifespan: null },
      populate: ['permissions'],
    });
    strapi.log.info(`Updated the API token "${SITE_TOKEN_NAME}" to the key in SITE_API_TOKEN.`);
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
