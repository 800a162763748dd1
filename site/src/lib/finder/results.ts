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
  /** With a position: miles from it to each doctor's nearest location, by index position (+Infinity for a doctor with no location). */
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

/** Every doctor's nearest location and its distance from one position, and every doctor nearest first. */
interface DistanceOrder {
  data: FinderData;
  latitude: number;
  longitude: number;
  /** Miles to each doctor's nearest location, by index position (+Infinity for a doctor with no location). */
  distances: Float64Array;
  /** Each doctor's nearest location (-1 for none). */
  nearestLocations: Int32Array;
  /** Every doctor, nearest first (nearestFirst). */
  order: number[];
}

/** The last position's order: a visitor changes filters far more often than the place they search from. */
let lastDistanceOrder: DistanceOrder | undefined;

/**
 * The doctors by distance from `position`, worked out once per position and index: no filter
 * changes a doctor's distance, so a filter change only picks the matching doctors out of this order.
 */
export function distanceOrder(data: FinderData, position: LatLng): DistanceOrder {
  const last = lastDistanceOrder;
  if (last && last.data === data && last.latitude === position.latitude && last.longitude === position.longitude) return last;
  const milesToLocation = locationDistances(data, position);
  const distances = new Float64Array(data.doctors.length);
  const nearestLocations = new Int32Array(data.doctors.length);
  data.doctors.forEach((doctor, index) => {
    const nearest = nearestLocationOf(doctor, milesToLocation);
    distances[index] = nearest ? nearest.distanceMiles : Number.POSITIVE_INFINITY;
    nearestLocations[index] = nearest ? nearest.location : -1;
  });
  const everyDoctor = Array.from({ length: data.doctors.length }, (_, index) => index);
  const order = nearestFirst(everyDoctor, nearestLocations, milesToLocation);
  lastDistanceOrder = { data, latitude: position.latitude, longitude: position.longitude, distances, nearestLocations, order };
  return lastDistanceOrder;
}

/**
 * `position` is where `state.near` points (the caller resolves a ZIP code); null sorts by name.
 * Doctors without a location sort after every doctor with one. With a position, `distances` and
 * `nearestLocations` hold every doctor's and are shared by every call for that position: read them only.
 */
export function finderResults(data: FinderData, state: FinderState, position: LatLng | null): FinderResults {
  const { matches, counts } = applyFilters(data, state.filters);
  let ordered = matches;
  let distances: Float64Array | null = null;
  let nearestLocations: Int32Array | null = null;
  let nearCount = 0;
  if (position) {
    const byDistance = distanceOrder(data, position);
    const matching = new Uint8Array(data.doctors.length);
    for (const index of matches) matching[index] = 1;
    ordered = byDistance.order.filter((index) => matching[index] === 1);
    distances = byDistance.distances;
    nearestLocations = byDistance.nearestLocations;
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
