import type { Dictionary } from '../../i18n';

/**
 * Distances on the Earth's surface: the site's one haversine, used by the doctor finder, the
 * locations page and the build step that trims the ZIP code table.
 */

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** Mean radius of the Earth (IUGG), in statute miles. */
const EARTH_RADIUS_MILES = 3958.7613;

const RADIANS_PER_DEGREE = Math.PI / 180;

/** Great-circle distance in miles (haversine formula; within about 0.5% of the ellipsoid). */
export function distanceMiles(from: LatLng, to: LatLng): number {
  const lat1 = from.latitude * RADIANS_PER_DEGREE;
  const lat2 = to.latitude * RADIANS_PER_DEGREE;
  const halfDLat = (lat2 - lat1) / 2;
  const halfDLng = ((to.longitude - from.longitude) * RADIANS_PER_DEGREE) / 2;
  const h = Math.sin(halfDLat) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(halfDLng) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a value is a usable position (finite, latitude within ±90, longitude within ±180). */
export function isLatLng(value: Partial<LatLng> | null | undefined): value is LatLng {
  return (
    !!value &&
    typeof value.latitude === 'number' &&
    typeof value.longitude === 'number' &&
    Number.isFinite(value.latitude) &&
    Number.isFinite(value.longitude) &&
    Math.abs(value.latitude) <= 90 &&
    Math.abs(value.longitude) <= 180
  );
}

/**
 * A distance as patients read it: '0.4 miles', '1.0 mile', '12.3 miles', '140 miles'. One
 * decimal below 100 miles (a ZIP code's centre is no more precise than that), whole miles above.
 */
export function formatMiles(miles: number, text: Pick<Dictionary, 'miles' | 'lessThanATenthOfAMile' | 'formatCount'>): string {
  if (!Number.isFinite(miles) || miles < 0) throw new Error(`formatMiles: ${miles} is not a distance`);
  if (miles < 0.05) return text.lessThanATenthOfAMile;
  if (miles >= 99.95) return text.miles(text.formatCount(Math.round(miles)), false);
  const rounded = miles.toFixed(1);
  return text.miles(rounded, rounded === '1.0');
}

export interface Ranked<Place> {
  place: Place;
  /** The place's position in the list it came from. */
  index: number;
  distanceMiles: number;
}

/** Places nearest first (ties keep the list's order). */
export function byDistanceFrom<Place extends LatLng>(position: LatLng, places: readonly Place[]): Ranked<Place>[] {
  return places
    .map((place, index) => ({ place, index, distanceMiles: distanceMiles(position, place) }))
    .sort((a, b) => a.distanceMiles - b.distanceMiles || a.index - b.index);
}

/** The nearest of the places, or undefined when there are none. */
export function nearestPlace<Place extends LatLng>(position: LatLng, places: readonly Place[]): Ranked<Place> | undefined {
  let best: Ranked<Place> | undefined;
  places.forEach((place, index) => {
    const miles = distanceMiles(position, place);
    if (best === undefined || miles < best.distanceMiles) best = { place, index, distanceMiles: miles };
  });
  return best;
}
