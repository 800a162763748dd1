import type { Core } from '@strapi/strapi';
import type { Review, SeedClinicalTrial, SeedLocation, SeedPhysician } from '../seed/types';

/**
 * Bulk import of a care network's directory: clinic locations, physicians and clinical trials,
 * written as plain data with relations given by slug (the shapes of the demo seed,
 * src/seed/types.ts). Used to load a network's directory in one go (scripts/tools/import-directory.ts)
 * and by the benchmarks to load thousands of generated physicians (scripts/tools/bench.ts).
 *
 * Every entry goes through the Document Service, so it passes the same validation an editor's
 * would (NPI, phone numbers, coordinates, review dates…), and is published. An entry whose slug
 * exists is updated and published again, so an import can be re-run after fixing a mistake.
 * Entries are written in batches, one database transaction each: fast on SQLite (one commit per
 * batch) and all-or-nothing per batch. The first bad entry stops the import with an error naming
 * it; the batches before it stay imported.
 */
export interface Directory {
  locations?: SeedLocation[];
  physicians?: SeedPhysician[];
  clinicalTrials?: SeedClinicalTrial[];
}

export interface ImportOptions {
  /** Entries per transaction (default 250). */
  batchSize?: number;
  /** Progress lines, e.g. strapi.log.info. */
  log?: (message: string) => void;
}

export interface ImportSummary {
  created: number;
  updated: number;
  durationMs: number;
}

/** An entry could not be imported; the message names it (kind, position in the file, slug) and why. */
export class DirectoryImportError extends Error {
  override name = 'DirectoryImportError';
}

type Uid = Parameters<Core.Strapi['documents']>[0];
const UIDS = {
  specialty: 'api::specialty.specialty',
  subtype: 'api::subtype.subtype',
  treatment: 'api::treatment.treatment',
  location: 'api::location.location',
  physician: 'api::physician.physician',
  clinicalTrial: 'api::clinical-trial.clinical-trial',
} as const satisfies Record<string, Uid>;
type Kind = keyof typeof UIDS;

export async function importDirectory(strapi: Core.Strapi, directory: Directory, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 250;
  const log = options.log ?? (() => {});
  const summary = { created: 0, updated: 0 };

  // slug → documentId of every entry (drafts too) a relation may name.
  const known = {} as Record<Kind, Map<string, string>>;
  for (const kind of Object.keys(UIDS) as Kind[]) {
    const entries = await strapi.documents(UIDS[kind]).findMany({ status: 'draft', fields: ['slug'] as any, limit: Number.MAX_SAFE_INTEGER } as any);
    known[kind] = new Map(entries.map((entry: any) => [entry.slug as string, entry.documentId as string]));
  }

  async function importAll<Entry extends { slug: string }>(kind: Kind, label: string, entries: Entry[], toData: (entry: Entry, where: string) => Record<string, unknown>) {
    for (let first = 0; first < entries.length; first += batchSize) {
      const batch = entries.slice(first, first + batchSize);
      await strapi.db.transaction(async () => {
        for (const [offset, entry] of batch.entries()) {
          const where = `${label}[${first + offset}] ("${entry.slug}")`;
          const documents = strapi.documents(UIDS[kind]);
          try {
            const data = { ...toData(entry, where), slug: entry.slug };
            const existing = known[kind].get(entry.slug);
            if (existing) {
              await documents.update({ documentId: existing, data: data as any });
              await documents.publish({ documentId: existing });
              summary.updated++;
            } else {
              const created = await documents.create({ data: data as any, status: 'published' });
              known[kind].set(entry.slug, created.documentId);
              summary.created++;
            }
          } catch (error) {
            if (error instanceof DirectoryImportError) throw error;
            throw new DirectoryImportError(`${where} was not imported: ${describe(error)}`, { cause: error });
          }
        }
      });
      // Only now is the batch committed; forget nothing it created (a failed batch throws above).
      log(`Imported ${Math.min(first + batchSize, entries.length)} of ${entries.length} ${label}.`);
    }
  }

  const idOf = (kind: Kind, slug: string, where: string, field: string): string => {
    const documentId = known[kind].get(slug);
    if (!documentId) throw new DirectoryImportError(`${where}: ${field} names ${kind} "${slug}", which is neither in the CMS nor earlier in the import.`);
    return documentId;
  };
  const idsOf = (kind: Kind, slugs: string[] | undefined, where: string, field: string) => (slugs ?? []).map((slug) => idOf(kind, slug, where, field));
  /** The file's review → the page's medicalReview dates and its own reviewedBy relation. */
  const reviewed = (entry: Review | undefined, where: string) => {
    if (!entry) throw new DirectoryImportError(`${where}: review is missing (reviewer, lastReviewed, nextReviewDue).`);
    return {
      medicalReview: { lastReviewed: entry.lastReviewed, nextReviewDue: entry.nextReviewDue },
      reviewedBy: idOf('physician', entry.reviewer, where, 'review.reviewer'),
    };
  };

  await importAll('location', 'locations', directory.locations ?? [], ({ slug: _slug, ...location }) => location);
  await importAll('physician', 'physicians', directory.physicians ?? [], ({ slug: _slug, specialty, locations, subtypes, languages, ...physician }, where) => ({
    ...physician,
    languages: (languages ?? []).map((language) => ({ language })),
    specialty: idOf('specialty', specialty, where, 'specialty'),
    locations: idsOf('location', locations, where, 'locations'),
    subtypes: idsOf('subtype', subtypes, where, 'subtypes'),
  }));
  await importAll(
    'clinicalTrial',
    'clinicalTrials',
    directory.clinicalTrials ?? [],
    ({ slug: _slug, review: trialReview, principalInvestigator, subtypes, treatments, locations, ...trial }, where) => ({
      ...trial,
      ...reviewed(trialReview, where),
      principalInvestigator: principalInvestigator ? idOf('physician', principalInvestigator, where, 'principalInvestigator') : null,
      subtypes: idsOf('subtype', subtypes, where, 'subtypes'),
      treatments: idsOf('treatment', treatments, where, 'treatments'),
      locations: idsOf('location', locations, where, 'locations'),
    }),
  );

  return { ...summary, durationMs: Date.now() - started };
}

/** Strapi's validation errors carry the field in details.errors; the rest say it in the message. */
function describe(error: unknown): string {
  const details = (error as { details?: { errors?: { path?: string[]; message?: string }[] } })?.details;
  const fieldErrors = details?.errors?.filter((item) => item.message);
  if (fieldErrors?.length) return fieldErrors.map((item) => `${(item.path ?? []).join('.') || 'entry'}: ${item.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}
