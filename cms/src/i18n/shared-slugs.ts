import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, DEFAULT_LOCALE, isLocalizedField, type ContentTypeName } from '@mbc/shared';

/**
 * Keeps the slugs the contract shares across languages (a physician's, a location's, a
 * specialty's: LOCALIZED_FIELDS does not list them) equal in every locale.
 *
 * Strapi keeps every other shared field equal itself, but it always treats a uid field as
 * translated, whatever its schema says: a new locale version gets no slug, and a changed slug
 * stays in the version it was typed in. So, as Strapi does for the other shared fields: a
 * version created or saved without a slug gets the document's slug, and a slug saved or
 * published in one locale is copied to the other locales' versions in the same state (draft or
 * published).
 */

const WRITING_ACTIONS = new Set(['create', 'update', 'publish']);

type Params = { documentId?: string; locale?: unknown; data?: Record<string, unknown> };

/** The uid fields of each content type the site reads that every locale shares, by uid. */
export function sharedSlugFields(strapi: Core.Strapi): Map<string, string[]> {
  const shared = new Map<string, string[]>();
  for (const [name, contract] of Object.entries(CONTENT_TYPES) as [ContentTypeName, (typeof CONTENT_TYPES)[ContentTypeName]][]) {
    const attributes = strapi.contentType(contract.uid as UID.ContentType).attributes as Record<string, { type: string }>;
    const fields = Object.entries(attributes)
      .filter(([field, attribute]) => attribute.type === 'uid' && !isLocalizedField(name, field))
      .map(([field]) => field);
    if (fields.length > 0) shared.set(contract.uid, fields);
  }
  return shared;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

export function registerSharedSlugs(strapi: Core.Strapi): void {
  const shared = sharedSlugFields(strapi);
  strapi.documents.use(async (context, next) => {
    const fields = shared.get(context.uid);
    if (!fields || !WRITING_ACTIONS.has(context.action)) return next();
    const params = context.params as Params;
    const locale = typeof params.locale === 'string' && params.locale !== '*' ? params.locale : DEFAULT_LOCALE;
    const rows = strapi.db.query(context.uid as UID.Schema);

    // A version saved without the slug (a new locale's, or an editor's empty field) keeps the document's.
    if (context.action !== 'publish' && params.documentId && params.data) {
      const missing = fields.filter((field) => isEmpty(params.data![field]));
      if (missing.length > 0) {
        const other = (await rows.findOne({ where: { documentId: params.documentId, locale: { $ne: locale } }, select: missing, orderBy: [{ publishedAt: 'desc' }] })) as Record<string, unknown> | null;
        // A new object: the caller's data stays as the caller wrote it.
        const kept = Object.fromEntries(missing.filter((field) => other && !isEmpty(other[field])).map((field) => [field, other![field]]));
        params.data = { ...params.data, ...kept };
      }
    }

    const result = await next();

    // Copy the version's slug to every other locale's version in the same state.
    const written = (context.action === 'publish' ? (result as { entries?: Record<string, unknown>[] })?.entries : [result as Record<string, unknown>]) ?? [];
    for (const version of written) {
      if (!version?.documentId || typeof version.locale !== 'string') continue;
      const values = (await rows.findOne({ where: { id: version.id }, select: [...fields, 'publishedAt'] })) as Record<string, unknown> | null;
      if (!values) continue;
      const data = Object.fromEntries(fields.filter((field) => !isEmpty(values[field])).map((field) => [field, values[field]]));
      if (Object.keys(data).length === 0) continue;
      await rows.updateMany({
        where: { documentId: version.documentId, locale: { $ne: version.locale }, publishedAt: values.publishedAt ? { $notNull: true } : { $null: true } },
        data,
      });
    }
    return result;
  });
}
