import type { Core } from '@strapi/strapi';
import type { Review } from '../seed/types';

/**
 * The one writer of slug-linked entries, shared by the demo seed (src/bootstrap/seed.ts) and the
 * bulk import (./import-directory.ts): entries written as plain data whose relations are given by
 * slug. It knows every existing entry's slug → documentId, resolves the slugs an entry names, and
 * creates (or, when asked, updates) and publishes each entry through the Document Service, so it
 * passes the same validation an editor's would.
 *
 * Entries are written in batches, one database transaction each (unless `transactions: false`):
 * fast on SQLite (one commit per batch) and all-or-nothing per batch. The first bad entry stops the write with an error naming
 * it; the batches before it stay written.
 */

type Uid = Parameters<Core.Strapi['documents']>[0];

export const UIDS = {
  specialty: 'api::specialty.specialty',
  subtype: 'api::subtype.subtype',
  treatment: 'api::treatment.treatment',
  diagnosticTest: 'api::diagnostic-test.diagnostic-test',
  location: 'api::location.location',
  physician: 'api::physician.physician',
  clinicalTrial: 'api::clinical-trial.clinical-trial',
  supportService: 'api::support-service.support-service',
} as const satisfies Record<string, Uid>;
export type Kind = keyof typeof UIDS;

/** An entry could not be imported (by the bulk import or the seed); the message names it (kind, position in the list, slug) and why. */
export class DirectoryImportError extends Error {
  override name = 'DirectoryImportError';
}

export interface WriteOptions {
  /** Entries per transaction (default 250). */
  batchSize?: number;
  /** Progress lines, e.g. strapi.log.info. */
  log?: (message: string) => void;
  /**
   * What to do with an entry whose slug exists: `update` it and publish it again (the bulk import,
   * so a file can be imported again after fixing a mistake), or `keep` it as it is (the seed, which
   * never brings back content an editor changed).
   */
  existing: 'update' | 'keep';
  /**
   * One transaction per batch (default true). The seed writes without, as it did before it shared
   * this writer: its entries also upload demo images, which are kept out of a batch's transaction.
   */
  transactions?: boolean;
}

export interface WriteSummary {
  created: number;
  updated: number;
}

/** An entry's fields (without its slug), computed only when the entry is to be written. */
export type ToData<Entry> = (entry: Entry, where: string) => Record<string, unknown> | Promise<Record<string, unknown>>;

export interface SlugLinkedWriter {
  /** Writes the entries of one kind; `label` names them in messages ("physicians[3] ("jane-doe")"). */
  write<Entry extends { slug: string }>(kind: Kind, label: string, entries: readonly Entry[], toData: ToData<Entry>): Promise<void>;
  /** The documentId of the entry with this slug (in the CMS or written earlier); `where` and `field` say who asked. */
  idOf(kind: Kind, slug: string, where: string, field: string): string;
  idsOf(kind: Kind, slugs: readonly string[] | undefined, where: string, field: string): string[];
  /** A page's review: the dates in its medicalReview component, the physician in its own reviewedBy relation. */
  reviewed(review: Review | undefined, where: string): { medicalReview: { lastReviewed: string; nextReviewDue: string }; reviewedBy: string };
  readonly summary: WriteSummary;
}

export async function slugLinkedWriter(strapi: Core.Strapi, options: WriteOptions): Promise<SlugLinkedWriter> {
  const batchSize = options.batchSize ?? 250;
  const log = options.log ?? (() => {});
  const summary: WriteSummary = { created: 0, updated: 0 };

  // slug → documentId of every entry (drafts too) a relation may name.
  const known = {} as Record<Kind, Map<string, string>>;
  for (const kind of Object.keys(UIDS) as Kind[]) {
    const entries = (await strapi
      .documents(UIDS[kind])
      .findMany({ status: 'draft', fields: ['slug'], limit: Number.MAX_SAFE_INTEGER } as never)) as unknown as { slug: string; documentId: string }[];
    known[kind] = new Map(entries.map((entry) => [entry.slug, entry.documentId]));
  }

  const idOf = (kind: Kind, slug: string, where: string, field: string): string => {
    const documentId = known[kind].get(slug);
    if (!documentId) throw new DirectoryImportError(`${where}: ${field} names ${kind} "${slug}", which is neither in the CMS nor earlier in the import.`);
    return documentId;
  };

  async function write<Entry extends { slug: string }>(kind: Kind, label: string, entries: readonly Entry[], toData: ToData<Entry>): Promise<void> {
    for (let first = 0; first < entries.length; first += batchSize) {
      const batch = entries.slice(first, first + batchSize);
      const inBatch = options.transactions === false ? (work: () => Promise<void>) => work() : (work: () => Promise<void>) => strapi.db.transaction(work);
      await inBatch(async () => {
        for (const [offset, entry] of batch.entries()) {
          const where = `${label}[${first + offset}] ("${entry.slug}")`;
          const documents = strapi.documents(UIDS[kind]);
          const existing = known[kind].get(entry.slug);
          if (existing && options.existing === 'keep') continue;
          try {
            const data = { ...(await toData(entry, where)), slug: entry.slug };
            if (existing) {
              await documents.update({ documentId: existing, data: data as never });
              await documents.publish({ documentId: existing });
              summary.updated++;
            } else {
              const created = await documents.create({ data: data as never, status: 'published' });
              known[kind].set(entry.slug, created.documentId);
              summary.created++;
            }
          } catch (error) {
            if (error instanceof DirectoryImportError) throw error;
            throw new DirectoryImportError(`${where} was not imported: ${describe(error)}`, { cause: error });
          }
        }
      });
      // Only now is the batch committed (a failed batch throws above).
      log(`Imported ${Math.min(first + batchSize, entries.length)} of ${entries.length} ${label}.`);
    }
  }

  return {
    write,
    idOf,
    idsOf: (kind, slugs, where, field) => (slugs ?? []).map((slug) => idOf(kind, slug, where, field)),
    reviewed: (review, where) => {
      if (!review) throw new DirectoryImportError(`${where}: review is missing (reviewer, lastReviewed, nextReviewDue).`);
      return {
        medicalReview: { lastReviewed: review.lastReviewed, nextReviewDue: review.nextReviewDue },
        reviewedBy: idOf('physician', review.reviewer, where, 'review.reviewer'),
      };
    },
    summary,
  };
}

/** Strapi's validation errors carry the field in details.errors; the rest say it in the message. */
function describe(error: unknown): string {
  const details = (error as { details?: { errors?: { path?: string[]; message?: string }[] } })?.details;
  const fieldErrors = details?.errors?.filter((item) => item.message);
  if (fieldErrors?.length) return fieldErrors.map((item) => `${(item.path ?? []).join('.') || 'entry'}: ${item.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}
