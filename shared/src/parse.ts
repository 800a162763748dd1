import { z } from 'zod';
import { CONTENT_TYPES, type ContentEntry, type ContentTypeName } from './populate.js';
import { translationSchema, type Translation } from './translations.js';

/** A CMS entry that does not match the contract, with a message naming the entry and the fields. */
export class ContentContractError extends Error {
  override name = 'ContentContractError';

  constructor(
    message: string,
    readonly contentType: ContentTypeName,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(message);
  }
}

/**
 * Parses one entry of the REST response for `contentType` (fetched with its populate preset).
 * Decimal strings become numbers and unknown keys are dropped. Throws ContentContractError.
 */
export function parseContentEntry<Name extends ContentTypeName>(contentType: Name, entry: unknown): ContentEntry<Name> {
  const schema: z.ZodType = CONTENT_TYPES[contentType].schema;
  const result = schema.safeParse(entry);
  if (result.success) return result.data as ContentEntry<Name>;
  throw new ContentContractError(
    `${describeEntry(contentType, entry)} does not match the content contract (shared/src/schemas), so the site cannot show it. ` +
      `Fix the entry in the CMS, or update the contract if the CMS changed on purpose:\n${z.prettifyError(result.error)}`,
    contentType,
    result.error.issues,
  );
}

/** e.g. "clinical trial 'palbo-plus' (documentId abc123)": enough for an editor to find it. */
function describeEntry(contentType: ContentTypeName, entry: unknown): string {
  const { slug, documentId } = (typeof entry === 'object' && entry !== null ? entry : {}) as { slug?: unknown; documentId?: unknown };
  let description = contentType.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
  if (typeof slug === 'string') description += ` '${slug}'`;
  if (typeof documentId === 'string') description += ` (documentId ${documentId})`;
  return description;
}

/**
 * Parses one version of `contentType` in another locale than the default (fetched with
 * translationQuery): only its translated fields, held to the entry's own rules. Throws
 * ContentContractError naming the entry and its locale.
 */
export function parseTranslation<Name extends ContentTypeName>(contentType: Name, version: unknown): Translation<Name> {
  const result = translationSchema(contentType).safeParse(version);
  if (result.success) return result.data as Translation<Name>;
  const locale = (version as { locale?: unknown } | null)?.locale;
  throw new ContentContractError(
    `The ${typeof locale === 'string' ? `"${locale}" ` : ''}version of ${describeEntry(contentType, version)} does not match the content contract (shared/src/schemas), so the site cannot show it. ` +
      `Fix that language's version in the CMS:\n${z.prettifyError(result.error)}`,
    contentType,
    result.error.issues,
  );
}
