import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { byDistanceFrom, distanceMiles, formatMiles, isLatLng, nearestPlace } from '../../src/lib/finder/geo';
import { TOWNS } from './fixtures';

/**
 * Reference distances: geodesics on the WGS-84 ellipsoid (Vincenty's inverse formula), in
 * statute miles. The two airport pairs match the published great-circle airline distances
 * (JFK–LAX 2,475 mi, JFK–LHR 3,451 mi), which checks the reference itself.
 */
const KNOWN_DISTANCES: [string, [number, number], [number, number], number][] = [
  ['Durham – Raleigh, NC', [35.994, -78.8986], [35.7796, -78.6382], 20.78],
  ['Durham – Chapel Hill, NC', [35.994, -78.8986], [35.9132, -79.0558], 10.43],
  ['Raleigh – Cary, NC', [35.7796, -78.6382], [35.7915, -78.7811], 8.07],
  ['Chapel Hill – Hillsborough, NC', [35.9132, -79.0558], [36.0754, -79.0997], 11.45],
  ['Raleigh – Wilmington, NC', [35.7796, -78.6382], [34.2257, -77.9447], 114.11],
  ['Raleigh – Charlotte, NC', [35.7796, -78.6382], [35.2271, -80.8431], 130.0],
  ['Raleigh – Asheville, NC', [35.7796, -78.6382], [35.5951, -82.5515], 220.46],
  ['Raleigh, NC – New York, NY', [35.7796, -78.6382], [40.7128, -74.006], 423.24],
  ['JFK – LAX airports', [40.6413, -73.7781], [33.9416, -118.4085], 2474.97],
  ['JFK – Heathrow airports', [40.6413, -73.7781], [51.47, -0.4543], 3451.66],
];

const at = ([latitude, longitude]: [number, number]) => ({ latitude, longitude });

describe('distanceMiles (haversine)', () => {
  it.each(KNOWN_DISTANCES)('%s is within 1%% of the known distance', (_name, from, to, knownMiles) => {
    const miles = distanceMiles(at(from), at(to));
    expect(Math.abs(miles - knownMiles) / knownMiles).toBeLessThan(0.01);
  });

  it('is 0 from a place to itself, the same both ways, and never NaN at antipodes', () => {
    expect(distanceMiles(TOWNS.durham, TOWNS.durham)).toBe(0);
    expect(distanceMiles(TOWNS.durham, TOWNS.raleigh)).toBeCloseTo(distanceMiles(TOWNS.raleigh, TOWNS.durham), 10);
    const antipode = distanceMiles({ latitude: 10, longitude: 20 }, { latitude: -10, longitude: -160 });
    expect(antipode).toBeCloseTo(Math.PI * 3958.7613, 3);
  });

  it('handles the date line (the short way round)', () => {
    expect(distanceMiles({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 })).toBeCloseTo(69.09, 1);
  });
});

describe('formatMiles', () => {
  it.each([
    [0, 'less than 0.1 miles'],
    [0.04, 'less than 0.1 miles'],
    [0.05, '0.1 miles'],
    [0.96, '1.0 mile'],
    [1.04, '1.0 mile'],
    [1.06, '1.1 miles'],
    [12.345, '12.3 miles'],
    [99.94, '99.9 miles'],
    [99.96, '100 miles'],
    [1234.4, '1,234 miles'],
  ])('%s → %s', (miles, text) => {
    expect(formatMiles(miles, dictionary('en'))).toBe(text);
  });

  it('refuses what is not a distance', () => {
    expect(() => formatMiles(-1, dictionary('en'))).toThrow(/not a distance/);
    expect(() => formatMiles(Number.NaN, dictionary('en'))).toThrow(/not a distance/);
  });
});

describe('nearest place', () => {
  const places = [
    { name: 'Raleigh', ...TOWNS.raleigh },
    { name: 'Chapel Hill', ...TOWNS.chapelHill },
    { name: 'Durham', ...TOWNS.durham },
  ];

  it('picks the nearest and says how far it is', () => {
    const nearest = nearestPlace(TOWNS.hillsborough, places);
    expect(nearest?.place.name).toBe('Chapel Hill');
    expect(nearest?.index).toBe(1);
    expect(nearest?.distanceMiles).toBeCloseTo(11.47, 1);
    expect(nearestPlace(TOWNS.cary, places)?.place.name).toBe('Raleigh');
    expect(nearestPlace(TOWNS.cary, [])).toBeUndefined();
  });

  it('orders places nearest first, ties in list order', () => {
    expect(byDistanceFrom(TOWNS.hillsborough, places).map((ranked) => ranked.place.name)).toEqual(['Chapel Hill', 'Durham', 'Raleigh']);
    const twins = [{ ...TOWNS.durham, name: 'first' }, { ...TOWNS.durham, name: 'second' }];
    expect(byDistanceFrom(TOWNS.raleigh, twins).map((ranked) => ranked.place.name)).toEqual(['first', 'second']);
  });
});

describe('isLatLng', () => {
  it('accepts positions and refuses the rest', () => {
    expect(isLatLng(TOWNS.durham)).toBe(true);
    expect(isLatLng({ latitude: 91, longitude: 0 })).toBe(false);
    expect(isLatLng({ latitude: 0, longitude: -181 })).toBe(false);
    expect(isLatLng({ latitude: Number.NaN, longitude: 0 })).toBe(false);
    expect(isLatLng(null)).toBe(false);
  });
});
