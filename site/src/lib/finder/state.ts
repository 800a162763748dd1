import { SLUG_PATTERN } from '@mbc/shared';
import { languageSlug, type FinderData } from './finder-index';
import { NO_FILTERS, type FinderFilters } from './filters';
import { isLatLng, type LatLng } from './geo';
import { parseZipInput } from './zip';

/**
 * The finder's whole state, and its place in the page address: every choice is a query
 * parameter, so a link can be shared, a reload restores the results, and Back and Forward step
 * through earlier choices. Parameters at their default are left out.
 *
 *   /doctors/?q=okafor&subtype=her2-positive&specialty=medical-oncology&location=durham
 *            &language=spanish&accepting=yes&telehealth=yes&second-opinions=yes
 *            &zip=27705 | &near=35.99,-78.90   &radius=50   &page=2 | &page=all
 */

/** Where distances are measured from: a ZIP code's centre, or the device's rounded position. */
export type NearPosition = { kind: 'zip'; zip: string } | { kind: 'device'; latitude: number; longitude: number };

export interface FinderState {
  filters: FinderFilters;
  near: NearPosition | null;
  /** "Located near you" means within this many miles. */
  radiusMiles: number;
  /** Pages of PAGE_SIZE shown, or every match. */
  page: number | 'all';
}

export const PAGE_SIZE = 12;
export const RADIUS_CHOICES_MILES = [10, 25, 50, 100] as const;
export const DEFAULT_RADIUS_MILES = 25;
const MAX_QUERY_LENGTH = 100;
const MAX_PAGE = 10_000;

export const DEFAULT_STATE: Readonly<FinderState> = Object.freeze({
  filters: NO_FILTERS,
  near: null,
  radiusMiles: DEFAULT_RADIUS_MILES,
  page: 1,
});

/**
 * A device position goes into the address rounded to 2 decimals (about 1 km), so a shared link
 * does not pinpoint where the visitor stood; distances are measured from the rounded point, so a
 * reload shows exactly the same results.
 */
export function roundPosition(position: LatLng): LatLng {
  const round = (value: number) => Math.round(value * 100) / 100 || 0;
  return { latitude: round(position.latitude), longitude: round(position.longitude) };
}

const YES = new Set(['yes', 'true', '1', 'on']);

function slugParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim().toLowerCase();
  return value && SLUG_PATTERN.test(value) ? value : null;
}

/** The near position in an address, if any (a ZIP code wins over coordinates). */
export function decodeNear(params: URLSearchParams): NearPosition | null {
  const zipInput = params.get('zip');
  if (zipInput !== null) {
    const zip = parseZipInput(zipInput);
    if (zip.ok) return { kind: 'zip', zip: zip.zip };
  }
  const near = params.get('near');
  if (near !== null) {
    const parts = near.split(',');
    if (parts.length === 2 && parts.every((part) => /^\s*-?\d{1,3}(\.\d+)?\s*$/.test(part))) {
      const position = { latitude: Number(parts[0]), longitude: Number(parts[1]) };
      if (isLatLng(position)) return { kind: 'device', ...roundPosition(position) };
    }
  }
  return null;
}

export function encodeNear(near: NearPosition | null, params: URLSearchParams): void {
  if (near?.kind === 'zip') params.set('zip', near.zip);
  else if (near?.kind === 'device') {
    const { latitude, longitude } = roundPosition(near);
    params.set('near', `${latitude.toFixed(2)},${longitude.toFixed(2)}`);
  }
}

/** Reads a state from a query string ('?a=b' or 'a=b'); anything malformed is left at its default. */
export function decodeState(search: string | URLSearchParams): FinderState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const flag = (name: string) => YES.has((params.get(name) ?? '').trim().toLowerCase());
  const radius = Number(params.get('radius'));
  const pageParam = (params.get('page') ?? '').trim().toLowerCase();
  const pageNumber = Number(pageParam);
  return {
    filters: {
      query: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
      subtype: slugParam(params, 'subtype'),
      specialty: slugParam(params, 'specialty'),
      location: slugParam(params, 'location'),
      language: slugParam(params, 'language'),
      acceptingNewPatients: flag('accepting'),
      telehealth: flag('telehealth'),
      secondOpinions: flag('second-opinions'),
    },
    near: decodeNear(params),
    radiusMiles: (RADIUS_CHOICES_MILES as readonly number[]).includes(radius) ? radius : DEFAULT_RADIUS_MILES,
    page: pageParam === 'all' ? 'all' : Number.isInteger(pageNumber) && pageNumber >= 1 ? Math.min(pageNumber, MAX_PAGE) : 1,
  };
}

/** The query string for a state, without '?' ('' for the default state). Parameters in a fixed order. */
export function encodeState(state: FinderState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  const query = filters.query.replace(/\s+/g, ' ').trim();
  if (query) params.set('q', query);
  if (filters.subtype) params.set('subtype', filters.subtype);
  if (filters.specialty) params.set('specialty', filters.specialty);
  if (filters.location) params.set('location', filters.location);
  if (filters.language) params.set('language', filters.language);
  if (filters.acceptingNewPatients) params.set('accepting', 'yes');
  if (filters.telehealth) params.set('telehealth', 'yes');
  if (filters.secondOpinions) params.set('second-opinions', 'yes');
  encodeNear(state.near, params);
  if (state.near && state.radiusMiles !== DEFAULT_RADIUS_MILES) params.set('radius', String(state.radiusMiles));
  if (state.page !== 1) params.set('page', String(state.page));
  return params.toString();
}

/** Drops choices the index does not know (a link to a specialty that has since been removed). */
export function sanitizeState(state: FinderState, data: FinderData): FinderState {
  const known = (value: string | null, slugs: readonly string[]) => (value !== null && slugs.includes(value) ? value : null);
  return {
    ...state,
    filters: {
      ...state.filters,
      subtype: known(state.filters.subtype, data.subtypes),
      specialty: known(state.filters.specialty, data.specialties),
      location: known(state.filters.location, data.locations.map((location) => location.slug)),
      language: known(state.filters.language, data.languages.map(languageSlug)),
    },
  };
}

export function sameState(a: FinderState, b: FinderState): boolean {
  return encodeState(a) === encodeState(b);
}
