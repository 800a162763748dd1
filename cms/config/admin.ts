import type { Core } from '@strapi/strapi';
import { previewSettings, previewUrlFor, type PreviewLookups } from '../src/preview/preview-url';

/** The signed-in editor's permissions, from the admin request being served. */
type AdminRequestState = { state?: { userAbility?: { can(action: string, subject: string): boolean } } };

/** What the preview handler asks the CMS: the editor's read permission, and a version's slug. */
function cmsLookups(): PreviewLookups {
  return {
    canRead: (uid) => {
      const ability = (strapi.requestContext.get() as AdminRequestState | undefined)?.state?.userAbility;
      return ability?.can('plugin::content-manager.explorer.read', uid) ?? false;
    },
    slugOf: async (uid, documentId, status, locale) => {
      const documents = strapi.documents(uid as Parameters<Core.Strapi['documents']>[0]);
      const entry = (await documents.findOne({ documentId, status, ...(locale ? { locale } : {}), fields: ['slug'] } as never)) as { slug?: string | null } | null;
      return entry ? { slug: entry.slug ?? null } : null;
    },
    nowSeconds: () => Date.now() / 1000,
  };
}

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const preview = previewSettings(process.env);
  return {
    auth: {
      secret: env('ADMIN_JWT_SECRET'),
    },
    apiToken: {
      salt: env('API_TOKEN_SALT'),
    },
    transfer: {
      token: {
        salt: env('TRANSFER_TOKEN_SALT'),
      },
    },
    secrets: {
      encryptionKey: env('ENCRYPTION_KEY'),
    },
    flags: {
      nps: false,
      promoteEE: false,
    },
    // Strapi's Preview opens the entry's page on the draft preview server (src/preview/preview-url.ts).
    preview: preview.enabled
      ? {
          enabled: true,
          config: {
            allowedOrigins: [preview.origin],
            handler: (uid: string, request: { documentId?: string; status?: string | null; locale?: string | null }) =>
              previewUrlFor(uid, request, preview, cmsLookups()),
          },
        }
      : { enabled: false },
  };
};
