import { applyFilters, type FinderCounts } from './filters';
import type { FinderData, FinderDoctor } from './finder-index';
import { distanceMiles, type LatLng } from './geo';
import { PAGE_SIZE, type FinderState } from './state';

/**
 * What the finder shows for a state: the matching doctors in order (by family name, or nearest
 * first when a position is known), how many fall within the "near you" radius, how many are on
 * screen, and every filter option's count.
 */

export interface FinderResults {
  /** Every doctor in the index. */
  total: number;
  /** Positions (in the index) of the matching doctors, in the order shown. */
  ordered: number[];
  /** With a position: miles from it to each doctor's nearest location, by index position (NaN without one). */
  distances: Float64Array | null;
  /** With a position: the index of each doctor's nearest location. */
  nearestLocations: Int32Array | null;
  /** How many of `ordered` are within the radius (0 without a position); they come first. */
  nearCount: number;
  /** How many of `ordered` are on screen. */
  shown: number;
  counts: FinderCounts;
}

/** Miles from the position to every location of the index. */
export function locationDistances(data: FinderData, position: LatLng): Float64Array {
  const miles = new Float64Array(data.locations.length);
  data.locations.forEach((location, index) => {
    miles[index] = distanceMiles(position, location);
  });
  return miles;
}

/** The doctor's nearest location and its distance; undefined for a doctor with no location. */
export function nearestLocationOf(
  doctor: Pick<FinderDoctor, 'locations'>,
  milesToLocation: ArrayLike<number>,
): { location: number; distanceMiles: number } | undefined {
  let best: { location: number; distanceMiles: number } | undefined;
  for (const location of doctor.locations) {
    const miles = milesToLocation[location]!;
    if (best === undefined || miles < best.distanceMiles) best = { location, distanceMiles: miles };
  }
  return best;
}

/** The doctor's locations nearest first (ties keep the doctor's own order). */
export function locationsNearestFirst(doctor: Pick<FinderDoctor, 'locations'>, milesToLocation: ArrayLike<number>): number[] {
  return doctor.locations
    .map((location, order) => ({ location, order }))
    .sort((a, b) => milesToLocation[a.location]! - milesToLocation[b.location]! || a.order - b.order)
    .map(({ location }) => location);
}

/**
 * Doctors (index order) nearest first, ties in index order. A doctor's distance is that of one of
 * the locations, so this ranks the few locations and then places the doctors by their nearest
 * location's rank (a stable counting sort): linear in the doctors, where sorting them would not be.
 * Doctors without a location (nearest -1) come last.
 */
export function nearestFirst(doctors: readonly number[], nearestLocations: Int32Array, milesToLocation: Float64Array): number[] {
  const locationCount = milesToLocation.length;
  const byDistance = Array.from({ length: locationCount }, (_, location) => location).sort(
    (a, b) => milesToLocation[a]! - milesToLocation[b]! || a - b,
  );
  // Locations at exactly the same distance share a rank, so their doctors stay in index order.
  const rank = new Int32Array(locationCount);
  let current = -1;
  byDistance.forEach((location, at) => {
    if (at === 0 || milesToLocation[location] !== milesToLocation[byDistance[at - 1]!]) current++;
    rank[location] = current;
  });
  const noLocation = current + 1;
  const rankOf = (doctor: number) => {
    const nearest = nearestLocations[doctor]!;
    return nearest < 0 ? noLocation : rank[nearest]!;
  };
  const starts = new Int32Array(noLocation + 2);
  for (const doctor of doctors) starts[rankOf(doctor) + 1]!++;
  for (let at = 1; at < starts.length; at++) starts[at]! += starts[at - 1]!;
  const ordered = new Array<number>(doctors.length);
  for (const doctor of doctors) ordered[starts[rankOf(doctor)]!++] = doctor;
  return ordered;
}

export function shownCount(page: FinderState['page'], matches: number): number {
  return page === 'all' ? matches : Math.min(matches, page * PAGE_SIZE);
}

/**
 * `position` is where `state.near` points (the caller resolves a ZIP code); null sorts by name.
 * Doctors without a location sort after every doctor with one.
 */
export function finderResults(data: FinderData, state: FinderState, position: LatLng | null): FinderResults {
  const { matches, counts } = applyFilters(data, state.filters);
  let ordered = matches;
  let distances: Float64Array | null = null;
  let nearestLocations: Int32Array | null = null;
  let nearCount = 0;
  if (position) {
    const milesToLocation = locationDistances(data, position);
    distances = new Float64Array(data.doctors.length).fill(Number.NaN);
    nearestLocations = new Int32Array(data.doctors.length).fill(-1);
    for (const index of matches) {
      const nearest = nearestLocationOf(data.doctors[index]!, milesToLocation);
      distances[index] = nearest ? nearest.distanceMiles : Number.POSITIVE_INFINITY;
      nearestLocations[index] = nearest ? nearest.location : -1;
    }
    ordered = nearestFirst(matches, nearestLocations, milesToLocation);
    while (nearCount < ordered.length && distances[ordered[nearCount]!]! <= state.radiusMiles) nearCount++;
  }
  return {
    total: data.doctors.length,
    ordered,
    distances,
    nearestLocations,
    nearCount,
    shown: shownCount(state.page, ordered.length),
    counts,
  };
}
