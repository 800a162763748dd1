import type { Loader } from 'astro/loaders';
import { CONTENT_TYPES, ContentContractError, parseContentEntry, type ContentEntry, type ContentTypeName } from '@mbc/shared';
import { isMedicalContentType, unreviewedPages } from '../medical-review';
import { contentSourceFromEnv, type ContentSource } from './content-source';
import { absolutizeMediaUrls } from './media';
import { cmsRecordsDir, writeCmsRecords, type CmsRecord } from './records';
import { describeType, restPathOf } from './strapi-client';

/**
 * The Astro content-layer loader for one CMS content type (see src/content.config.ts).
 *
 * Every build replaces the collection with what the source holds now: the store is cleared
 * before the new entries are set, so an entry unpublished or deleted in the CMS is gone after
 * the next build, whatever Astro's data store cached from the last one. Each entry's full record
 * goes to the CMS records file of the type (records.ts); the store holds its id (the slug) and
 * digest only. Nothing is written, file or store, unless every entry passed the content checks.
 */
export function cmsLoader(name: ContentTypeName, sourceFactory: () => ContentSource = contentSourceFromEnv): Loader {
  return {
    name: `cms:${name}`,
    load: async ({ store, logger, generateDigest, config }) => {
      const source = sourceFactory();
      const raw = await source.load(name, { logger });
      const entries = parseContentEntries(name, raw);
      const records: CmsRecord[] = entries.map((entry) => {
        const data = absolutizeMediaUrls(entry, source.mediaBaseUrl) as Record<string, unknown>;
        return { id: entryId(name, entry), digest: generateDigest(data), data };
      });
      assertUniqueIds(name, records);

      // The full records go to a file, the store keeps only the ids and digests (see records.ts).
      await writeCmsRecords(cmsRecordsDir(config.cacheDir), name, records);
      store.clear();
      for (const { id, digest } of records) store.set({ id, data: {}, digest });
      logger.info(`${restPathOf(name)}: ${records.length} ${records.length === 1 ? 'entry' : 'entries'} from ${source.describe()}`);
    },
  };
}

/** CMS content the site cannot be built from; the message names each entry to fix. */
export class CmsContentError extends Error {
  override name = 'CmsContentError';

  /**
   * The first line only. Astro appends a "Browser APIs are not available on the server" hint to
   * any error whose toString() mentions "document" (astro/dist/core/errors/dev/utils.js), and
   * every entry is named by its documentId; the full message is still what Astro prints.
   */
  override toString(): string {
    return `${this.name}: ${this.message.split('\n', 1)[0]!.replace(/document/gi, 'doc')}`;
  }
}

/**
 * "TYPE: N of TOTAL entries …, so the site was not built." and then each item, numbered.
 * `entries` words the count's subject and verb (`one` when N is 1); `why`, if any, follows "built".
 */
function notBuiltMessage(
  contentType: ContentTypeName,
  total: number,
  { entries, why = '', items, separator }: { entries: (one: boolean) => string; why?: string; items: readonly string[]; separator: string },
): string {
  return (
    `${restPathOf(contentType)}: ${items.length} of ${total} ${entries(items.length === 1)}, so the site was not built${why}.\n\n` +
    items.map((item, index) => `${index + 1}. ${item}`).join(separator)
  );
}

/** Several entries broke the content contract; `failures` holds one error per entry. */
export class ContentCheckError extends CmsContentError {
  override name = 'ContentCheckError';

  constructor(
    readonly contentType: ContentTypeName,
    readonly failures: readonly ContentContractError[],
    total: number,
  ) {
    super(
      notBuiltMessage(contentType, total, {
        entries: (one) => `entries ${one ? 'does' : 'do'} not match the content contract`,
        items: failures.map((failure) => failure.message),
        separator: '\n\n',
      }),
    );
  }
}

/** Published medical pages that name no reviewer; `pages` holds one sentence per page. */
export class UnreviewedPagesError extends CmsContentError {
  override name = 'UnreviewedPagesError';

  constructor(
    readonly contentType: ContentTypeName,
    readonly pages: readonly string[],
    total: number,
  ) {
    super(
      notBuiltMessage(contentType, total, {
        entries: (one) => `published entries ${one ? 'names' : 'name'} no medical reviewer`,
        why: ' (every medical page says "Medically reviewed on DATE by NAME")',
        items: pages,
        separator: '\n',
      }),
    );
  }
}

/**
 * Parses every entry with the shared contract and reports every failing entry at once, so an
 * editor can fix them all before the next build. A single type must have exactly one entry, and
 * every medical page must name its reviewer.
 */
export function parseContentEntries<Name extends ContentTypeName>(name: Name, raw: readonly unknown[]): ContentEntry<Name>[] {
  if (CONTENT_TYPES[name].kind === 'single' && raw.length !== 1) {
    throw new CmsContentError(`Expected one published ${describeType(name)}, found ${raw.length}. Publish it in the CMS admin.`);
  }
  const entries: ContentEntry<Name>[] = [];
  const failures: ContentContractError[] = [];
  for (const entry of raw) {
    try {
      entries.push(parseContentEntry(name, entry));
    } catch (error) {
      if (!(error instanceof ContentContractError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new ContentCheckError(name, failures, raw.length);
  if (isMedicalContentType(name)) {
    const unreviewed = unreviewedPages(name, entries as ContentEntry<typeof name>[]);
    if (unreviewed.length > 0) throw new UnreviewedPagesError(name, unreviewed, entries.length);
  }
  return entries;
}

/** Pages are addressed by slug; a single type is its collection's only entry. */
function entryId(name: ContentTypeName, entry: unknown): string {
  if (CONTENT_TYPES[name].kind === 'single') return name;
  return (entry as { slug: string }).slug;
}

/** Two entries with one slug would silently overwrite each other in the store (and share a URL). */
function assertUniqueIds(name: ContentTypeName, records: readonly { id: string; data: Record<string, unknown> }[]): void {
  const seen = new Map<string, unknown>();
  for (const { id, data } of records) {
    if (seen.has(id)) {
      throw new CmsContentError(
        `Two ${restPathOf(name)} have the slug '${id}' (documentIds ${String(seen.get(id))} and ${String(data.documentId)}); ` +
          'each page needs its own URL. Change one slug in the CMS.',
      );
    }
    seen.set(id, data.documentId);
  }
}
