import type { Core } from '@strapi/strapi';
import type { SeedClinicalTrial, SeedLocation, SeedPhysician } from '../seed/types';
import { DirectoryImportError, slugLinkedWriter } from './slug-linked-writer';

/**
 * Bulk import of a care network's directory: clinic locations, physicians and clinical trials,
 * written as plain data with relations given by slug (the shapes of the demo seed,
 * src/seed/types.ts). Used to load a network's directory in one go (scripts/tools/import-directory.ts)
 * and by the benchmarks to load thousands of generated physicians (scripts/tools/bench.ts).
 *
 * Written by the slug-linked writer (./slug-linked-writer.ts, shared with the demo seed): every
 * entry goes through the Document Service, so it passes the same validation an editor's would
 * (NPI, phone numbers, coordinates, review dates…), and is published, in batched transactions.
 * An entry whose slug exists is updated and published again, so an import can be re-run after
 * fixing a mistake. The first bad entry stops the import with an error naming it; the batches
 * before it stay imported.
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

export { DirectoryImportError };

export async function importDirectory(strapi: Core.Strapi, directory: Directory, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const writer = await slugLinkedWriter(strapi, { ...options, existing: 'update' });
  const { idOf, idsOf, reviewed } = writer;

  await writer.write('location', 'locations', directory.locations ?? [], ({ slug: _slug, ...location }) => location);
  await writer.write('physician', 'physicians', directory.physicians ?? [], ({ slug: _slug, specialty, locations, subtypes, languages, ...physician }, where) => ({
    ...physician,
    languages: (languages ?? []).map((language) => ({ language })),
    specialty: idOf('specialty', specialty, where, 'specialty'),
    locations: idsOf('location', locations, where, 'locations'),
    subtypes: idsOf('subtype', subtypes, where, 'subtypes'),
  }));
  await writer.write(
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

  return { ...writer.summary, durationMs: Date.now() - started };
}
