import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_RULES, RELATIONS_CHECKED, checkEntry, relatedAfterSave, type FieldError } from './content-rules';
import type { RelatedRef } from './relation-input';

const WRITE_ACTIONS = new Set(['create', 'update']);

type SaveContext = {
  uid: string;
  action: string;
  params: { data?: Record<string, unknown>; documentId?: string; locale?: string };
};

/** Loads the stored draft (if any) with the fields and relations the rules look at. */
async function storedDraft(strapi: Core.Strapi, context: SaveContext): Promise<Record<string, unknown> | null> {
  if (context.action !== 'update' || !context.params.documentId) return null;
  const contentType = strapi.contentType(context.uid as any);
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(contentType.attributes as Record<string, { type: string }>)) {
    if (attribute.type === 'component' || attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'relation' && (RELATIONS_CHECKED[context.uid] ?? []).includes(name)) {
      populate[name] = { fields: ['documentId'] };
    }
  }
  // Read the draft version through the DB layer's document service without re-entering this middleware's write path.
  return (await strapi.documents(context.uid as any).findOne({
    documentId: context.params.documentId,
    status: 'draft',
    locale: context.params.locale,
    populate: populate as any,
  })) as Record<string, unknown> | null;
}

function storedRefs(value: unknown): RelatedRef[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((entry: { documentId?: string; id?: number }) => ({ documentId: entry.documentId, id: entry.id }));
}

async function uniquenessErrors(strapi: Core.Strapi, context: SaveContext, values: Record<string, unknown>): Promise<FieldError[]> {
  const uniqueFields: Record<string, { field: string; label: (entry: Record<string, unknown>) => string }> = {
    'api::clinical-trial.clinical-trial': { field: 'nctId', label: (entry) => `trial "${entry.title}"` },
    'api::physician.physician': { field: 'npi', label: (entry) => `physician "${entry.fullName}"` },
  };
  const unique = uniqueFields[context.uid];
  const value = unique && values[unique.field];
  if (!unique || typeof value !== 'string' || value === '') return [];
  const filters: Record<string, unknown> = { [unique.field]: value };
  if (context.params.documentId) filters.documentId = { $ne: context.params.documentId };
  const other = (await strapi.documents(context.uid as any).findFirst({ filters: filters as any, status: 'draft' })) as Record<
    string,
    unknown
  > | null;
  if (!other) return [];
  return [{ path: [unique.field], message: `${unique.field} ${value} is already used by ${unique.label(other)}; each must be unique.` }];
}

/**
 * Every write through the Document Service (admin, REST, seed, scripts) passes these rules,
 * so bad data is refused wherever it comes from, with a message naming the field.
 */
export function registerContentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const save = context as unknown as SaveContext;
    if (!WRITE_ACTIONS.has(save.action) || !CONTENT_RULES[save.uid]) return next();

    const data = save.params.data ?? {};
    const stored = await storedDraft(strapi, save);
    const values = { ...(stored ?? {}), ...data };
    const related: Record<string, RelatedRef[]> = {};
    for (const relation of RELATIONS_CHECKED[save.uid] ?? []) {
      related[relation] = relatedAfterSave(storedRefs(stored?.[relation]), data[relation]);
    }

    const fieldErrors = [...checkEntry(save.uid, { values, related }), ...(await uniquenessErrors(strapi, save, values))];
    if (fieldErrors.length > 0) {
      throw new errors.ValidationError(fieldErrors.map((error) => error.message).join(' '), {
        errors: fieldErrors.map((error) => ({ path: error.path.map(String), message: error.message, name: 'ValidationError' })),
      });
    }
    return next();
  });
}
