import {
  FLAG_ACCEPTING_NEW_PATIENTS,
  FLAG_SECOND_OPINIONS,
  FLAG_TELEHEALTH,
  languageSlug,
  searchText,
  type FinderData,
  type FinderDoctor,
} from './finder-index';

/**
 * The finder's filters: what each one keeps, and how many doctors each choice would show.
 * Values are slugs (subtype, specialty, location, language), as in links and form controls.
 */

export interface FinderFilters {
  /** Words of the doctor's name; every word must appear ('okafor', 'maya ok'). */
  query: string;
  subtype: string | null;
  specialty: string | null;
  location: string | null;
  language: string | null;
  acceptingNewPatients: boolean;
  telehealth: boolean;
  secondOpinions: boolean;
}

export const NO_FILTERS: Readonly<FinderFilters> = Object.freeze({
  query: '',
  subtype: null,
  specialty: null,
  location: null,
  language: null,
  acceptingNewPatients: false,
  telehealth: false,
  secondOpinions: false,
});

export function hasFilters(filters: FinderFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.subtype !== null ||
    filters.specialty !== null ||
    filters.location !== null ||
    filters.language !== null ||
    filters.acceptingNewPatients ||
    filters.telehealth ||
    filters.secondOpinions
  );
}

/** The filters in the order their bits are numbered. */
const FACETS = ['query', 'subtype', 'specialty', 'location', 'language', 'acceptingNewPatients', 'telehealth', 'secondOpinions'] as const;
export type Facet = (typeof FACETS)[number];
const bit = (facet: Facet) => 1 << FACETS.indexOf(facet);
const BIT = Object.fromEntries(FACETS.map((facet) => [facet, bit(facet)])) as Record<Facet, number>;

/** Words a visitor may type that are not part of any name. */
const IGNORED_WORDS = new Set(['dr', 'doctor']);

/** Filters resolved against the index: table positions instead of slugs (-1: any). */
export interface CompiledFilters {
  words: string[];
  subtype: number;
  specialty: number;
  location: number;
  language: number;
  flags: number;
}

export function queryWords(query: string): string[] {
  const words = searchText(query).split(' ').filter((word) => word !== '' && !IGNORED_WORDS.has(word));
  return [...new Set(words)];
}

/** A value not in the index's table matches no-one rather than everyone. */
const NOT_IN_INDEX = -2;
function positionOf(table: readonly string[], value: string | null, slugOf: (entry: string) => string = (entry) => entry): number {
  if (value === null) return -1;
  const at = table.findIndex((entry) => slugOf(entry) === value);
  return at === -1 ? NOT_IN_INDEX : at;
}

function compileFilters(data: FinderData, filters: FinderFilters): CompiledFilters {
  return {
    words: queryWords(filters.query),
    subtype: positionOf(data.subtypes, filters.subtype),
    specialty: positionOf(data.specialties, filters.specialty),
    location: positionOf(data.locations.map((location) => location.slug), filters.location),
    language: positionOf(data.languages, filters.language, languageSlug),
    flags:
      (filters.acceptingNewPatients ? FLAG_ACCEPTING_NEW_PATIENTS : 0) |
      (filters.telehealth ? FLAG_TELEHEALTH : 0) |
      (filters.secondOpinions ? FLAG_SECOND_OPINIONS : 0),
  };
}

const matchesWords = (doctor: FinderDoctor, words: readonly string[]) => words.every((word) => doctor.searchName.includes(word));
const matchesChoice = (values: readonly number[], wanted: number) => wanted === -1 || values.includes(wanted);

/** The bits of the filters the doctor does not pass (0: the doctor matches). */
function failedFacets(doctor: FinderDoctor, compiled: CompiledFilters): number {
  let failed = 0;
  if (compiled.words.length > 0 && !matchesWords(doctor, compiled.words)) failed |= BIT.query;
  if (!matchesChoice(doctor.subtypes, compiled.subtype)) failed |= BIT.subtype;
  if (compiled.specialty !== -1 && doctor.specialty !== compiled.specialty) failed |= BIT.specialty;
  if (!matchesChoice(doctor.locations, compiled.location)) failed |= BIT.location;
  if (!matchesChoice(doctor.languages, compiled.language)) failed |= BIT.language;
  if ((compiled.flags & FLAG_ACCEPTING_NEW_PATIENTS) !== 0 && (doctor.flags & FLAG_ACCEPTING_NEW_PATIENTS) === 0) failed |= BIT.acceptingNewPatients;
  if ((compiled.flags & FLAG_TELEHEALTH) !== 0 && (doctor.flags & FLAG_TELEHEALTH) === 0) failed |= BIT.telehealth;
  if ((compiled.flags & FLAG_SECOND_OPINIONS) !== 0 && (doctor.flags & FLAG_SECOND_OPINIONS) === 0) failed |= BIT.secondOpinions;
  return failed;
}

function matchesFilters(doctor: FinderDoctor, compiled: CompiledFilters): boolean {
  return failedFacets(doctor, compiled) === 0;
}

/** Positions (in the index) of the doctors the filters keep, in index order. */
export function filterDoctors(data: FinderData, filters: FinderFilters): number[] {
  const compiled = compileFilters(data, filters);
  const kept: number[] = [];
  data.doctors.forEach((doctor, index) => {
    if (matchesFilters(doctor, compiled)) kept.push(index);
  });
  return kept;
}

/**
 * How many doctors each choice would show, given the other filters as they are (the usual
 * faceted-search counts: choosing an option shows exactly its count).
 */
export interface FinderCounts {
  /** Per select: `any` for the "Any …" option, then one count per table entry. */
  subtype: { any: number; options: number[] };
  specialty: { any: number; options: number[] };
  location: { any: number; options: number[] };
  language: { any: number; options: number[] };
  acceptingNewPatients: number;
  telehealth: number;
  secondOpinions: number;
}

export interface FilterResult {
  /** Positions of the matching doctors, in index order. */
  matches: number[];
  counts: FinderCounts;
}

/** One pass over the doctors: the matches and every option's count. */
export function applyFilters(data: FinderData, filters: FinderFilters): FilterResult {
  const compiled = compileFilters(data, filters);
  const select = (size: number) => ({ any: 0, options: new Array<number>(size).fill(0) });
  const counts: FinderCounts = {
    subtype: select(data.subtypes.length),
    specialty: select(data.specialties.length),
    location: select(data.locations.length),
    language: select(data.languages.length),
    acceptingNewPatients: 0,
    telehealth: 0,
    secondOpinions: 0,
  };
  const matches: number[] = [];
  const doctors = data.doctors;
  for (let index = 0; index < doctors.length; index++) {
    const doctor = doctors[index]!;
    const failed = failedFacets(doctor, compiled);
    if (failed === 0) matches.push(index);
    // A doctor counts toward a filter's options when it passes every other filter.
    if ((failed & ~BIT.subtype) === 0) {
      counts.subtype.any++;
      for (const value of doctor.subtypes) counts.subtype.options[value]!++;
    }
    if ((failed & ~BIT.specialty) === 0) {
      counts.specialty.any++;
      if (doctor.specialty >= 0) counts.specialty.options[doctor.specialty]!++;
    }
    if ((failed & ~BIT.location) === 0) {
      counts.location.any++;
      for (const value of doctor.locations) counts.location.options[value]!++;
    }
    if ((failed & ~BIT.language) === 0) {
      counts.language.any++;
      for (const value of doctor.languages) counts.language.options[value]!++;
    }
    if ((failed & ~BIT.acceptingNewPatients) === 0 && (doctor.flags & FLAG_ACCEPTING_NEW_PATIENTS) !== 0) counts.acceptingNewPatients++;
    if ((failed & ~BIT.telehealth) === 0 && (doctor.flags & FLAG_TELEHEALTH) !== 0) counts.telehealth++;
    if ((failed & ~BIT.secondOpinions) === 0 && (doctor.flags & FLAG_SECOND_OPINIONS) !== 0) counts.secondOpinions++;
  }
  return { matches, counts };
}
