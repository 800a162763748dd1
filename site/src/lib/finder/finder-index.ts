import type { Location, Physician, Specialty, Subtype } from '@mbc/shared';
import { isLatLng, type LatLng } from './geo';

/**
 * The doctor finder's data: one small JSON file written at build time (src/pages/[assetsDir]/[file].ts)
 * with only what filtering and sorting need. Each physician is a row of numbers pointing into the
 * tables of subtypes, specialties, languages and locations, in the order of the doctor directory
 * (/doctors/, /doctors/page/N/: by family name). Names of physicians are kept for the name search;
 * what else a card shows (profile address, title, photo) is in the cards file (card-data.ts).
 */

const FINDER_INDEX_VERSION = 1;

/** Bits of a physician's `flags`. */
export const FLAG_ACCEPTING_NEW_PATIENTS = 1;
export const FLAG_TELEHEALTH = 2;
export const FLAG_SECOND_OPINIONS = 4;

/** [slug, name, latitude, longitude] */
export type FinderLocationRow = [slug: string, name: string, latitude: number, longitude: number];

/** [fullName, specialty (index, -1 for none), flags, locations, subtypes, languages (indexes)] */
export type FinderPhysicianRow = [
  fullName: string,
  specialty: number,
  flags: number,
  locations: number[],
  subtypes: number[],
  languages: number[],
];

/** The JSON file as written. */
export interface FinderIndexFile {
  version: typeof FINDER_INDEX_VERSION;
  /** Subtype slugs. */
  subtypes: string[];
  /** Specialty slugs. */
  specialties: string[];
  /** Language names as stored in the CMS ('Spanish'). */
  languages: string[];
  locations: FinderLocationRow[];
  physicians: FinderPhysicianRow[];
}

export interface FinderLocation extends LatLng {
  slug: string;
  name: string;
}

export interface FinderDoctor {
  fullName: string;
  /** The name as the name search compares it (see searchText). */
  searchName: string;
  specialty: number;
  flags: number;
  locations: number[];
  subtypes: number[];
  languages: number[];
}

/** The index as the finder uses it. */
export interface FinderData {
  subtypes: string[];
  specialties: string[];
  languages: string[];
  locations: FinderLocation[];
  doctors: FinderDoctor[];
}

/** The value a language has in links and form controls: 'Spanish' → 'spanish'. */
export function languageSlug(language: string): string {
  return language.toLowerCase();
}

/** Lower case, accents and punctuation removed, single spaces: 'José  O’Neil-Díaz' → 'jose o neil diaz'. */
export function searchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface FinderIndexInput {
  /** In the order the /doctors/ page lists them. */
  physicians: readonly Pick<
    Physician,
    'fullName' | 'slug' | 'documentId' | 'specialty' | 'acceptingNewPatients' | 'offersTelehealth' | 'offersSecondOpinions' | 'locations' | 'subtypes' | 'languages'
  >[];
  locations: readonly Pick<Location, 'documentId' | 'slug' | 'name' | 'latitude' | 'longitude'>[];
  subtypes: readonly Pick<Subtype, 'documentId' | 'slug'>[];
  specialties: readonly Pick<Specialty, 'documentId' | 'slug'>[];
}

/**
 * Builds the index. Relations to entries that are not in the tables (unpublished) are left out,
 * as the pages leave them out.
 */
export function buildFinderIndex(input: FinderIndexInput): FinderIndexFile {
  const position = <Entry extends { documentId: string }>(entries: readonly Entry[]) =>
    new Map(entries.map((entry, index) => [entry.documentId, index]));
  const subtypeAt = position(input.subtypes);
  const specialtyAt = position(input.specialties);
  const locationAt = position(input.locations);
  const languages = [...new Set(input.physicians.flatMap((physician) => physician.languages.map((entry) => entry.language)))].sort(
    (a, b) => a.localeCompare(b, 'en'),
  );
  const languageAt = new Map(languages.map((language, index) => [language, index]));
  const indexesOf = (links: readonly { documentId: string }[], at: Map<string, number>) =>
    [...new Set(links.flatMap((link) => (at.has(link.documentId) ? [at.get(link.documentId)!] : [])))];

  return {
    version: FINDER_INDEX_VERSION,
    subtypes: input.subtypes.map((subtype) => subtype.slug),
    specialties: input.specialties.map((specialty) => specialty.slug),
    languages,
    locations: input.locations.map((location) => [location.slug, location.name, location.latitude, location.longitude]),
    physicians: input.physicians.map((physician) => [
      physician.fullName,
      physician.specialty ? (specialtyAt.get(physician.specialty.documentId) ?? -1) : -1,
      (physician.acceptingNewPatients ? FLAG_ACCEPTING_NEW_PATIENTS : 0) |
        (physician.offersTelehealth ? FLAG_TELEHEALTH : 0) |
        (physician.offersSecondOpinions ? FLAG_SECOND_OPINIONS : 0),
      indexesOf(physician.locations, locationAt),
      indexesOf(physician.subtypes, subtypeAt),
      [...new Set(physician.languages.flatMap((entry) => (languageAt.has(entry.language) ? [languageAt.get(entry.language)!] : [])))],
    ]),
  };
}

export class FinderIndexError extends Error {
  override name = 'FinderIndexError';
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isIndexArray = (value: unknown, size: number): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0 && item < size);

/** Checks a fetched index and turns it into FinderData; throws FinderIndexError naming what is wrong. */
export function parseFinderIndex(json: unknown): FinderData {
  const file = json as Partial<FinderIndexFile> | null;
  if (typeof file !== 'object' || file === null) throw new FinderIndexError('The finder index is not a JSON object.');
  if (file.version !== FINDER_INDEX_VERSION) {
    throw new FinderIndexError(`The finder index has version ${String(file.version)}; this page reads version ${FINDER_INDEX_VERSION}.`);
  }
  const { subtypes, specialties, languages, locations, physicians } = file;
  if (!isStringArray(subtypes) || !isStringArray(specialties) || !isStringArray(languages)) {
    throw new FinderIndexError('The finder index has no subtypes, specialties or languages table.');
  }
  if (!Array.isArray(locations) || !Array.isArray(physicians)) throw new FinderIndexError('The finder index has no locations or physicians.');
  const finderLocations = locations.map((row, index): FinderLocation => {
    const [slug, name, latitude, longitude] = Array.isArray(row) ? row : [];
    const location = { slug, name, latitude, longitude } as FinderLocation;
    if (typeof slug !== 'string' || typeof name !== 'string' || !isLatLng(location)) {
      throw new FinderIndexError(`Location ${index} of the finder index is not [slug, name, latitude, longitude].`);
    }
    return location;
  });
  const doctors = physicians.map((row, index): FinderDoctor => {
    const [fullName, specialty, flags, locationIndexes, subtypeIndexes, languageIndexes] = (Array.isArray(row) ? row : []) as unknown[];
    if (
      typeof fullName !== 'string' ||
      typeof specialty !== 'number' ||
      !Number.isInteger(specialty) ||
      specialty < -1 ||
      specialty >= specialties.length ||
      typeof flags !== 'number' ||
      !Number.isInteger(flags) ||
      !isIndexArray(locationIndexes, finderLocations.length) ||
      !isIndexArray(subtypeIndexes, subtypes.length) ||
      !isIndexArray(languageIndexes, languages.length)
    ) {
      throw new FinderIndexError(`Physician ${index} of the finder index does not match the index's tables.`);
    }
    return {
      fullName,
      searchName: searchText(fullName),
      specialty,
      flags,
      locations: locationIndexes,
      subtypes: subtypeIndexes,
      languages: languageIndexes,
    };
  });
  return { subtypes, specialties, languages, locations: finderLocations, doctors };
}
