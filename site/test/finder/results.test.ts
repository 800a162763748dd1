import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { NO_FILTERS } from '../../src/lib/finder/filters';
import { distanceMiles } from '../../src/lib/finder/geo';
import {
  finderResults,
  locationDistances,
  locationsNearestFirst,
  nearestFirst,
  nearestLocationOf,
  shownCount,
} from '../../src/lib/finder/results';
import { DEFAULT_STATE, PAGE_SIZE, type FinderState } from '../../src/lib/finder/state';
import { buildFinderIndex, parseFinderIndex } from '../../src/lib/finder/finder-index';
import { fixtureData, LOCATIONS, names, PHYSICIANS, SPECIALTIES, SUBTYPES, TOWNS } from './fixtures';

const data = fixtureData();
const state = (changes: Partial<FinderState>): FinderState => ({ ...DEFAULT_STATE, ...changes });

describe('nearest location', () => {
  it("is the doctor's location with the smallest distance", () => {
    const miles = locationDistances(data, TOWNS.hillsborough);
    // Maya Alvarez: Chapel Hill (11.5 mi) and Durham (13.2 mi) from Hillsborough.
    const nearest = nearestLocationOf(data.doctors[0]!, miles);
    expect(data.locations[nearest!.location]!.slug).toBe('chapel-hill');
    expect(nearest!.distanceMiles).toBeCloseTo(distanceMiles(TOWNS.hillsborough, TOWNS.chapelHill), 6);
    // From Wake Forest, Durham is nearer.
    expect(data.locations[nearestLocationOf(data.doctors[0]!, locationDistances(data, TOWNS.wakeForest))!.location]!.slug).toBe('durham');
    expect(nearestLocationOf(data.doctors[5]!, miles)).toBeUndefined();
  });

  it("lists a doctor's locations nearest first", () => {
    const fromRaleigh = locationsNearestFirst(data.doctors[0]!, locationDistances(data, TOWNS.raleigh));
    expect(fromRaleigh.map((location) => data.locations[location]!.slug)).toEqual(['durham', 'chapel-hill']);
    const fromHillsborough = locationsNearestFirst(data.doctors[0]!, locationDistances(data, TOWNS.hillsborough));
    expect(fromHillsborough.map((location) => data.locations[location]!.slug)).toEqual(['chapel-hill', 'durham']);
  });
});

describe('finderResults', () => {
  it('without a position: page order, no distances, no "near you" group', () => {
    const results = finderResults(data, DEFAULT_STATE, null);
    expect(results.total).toBe(6);
    expect(names(data, results.ordered)).toEqual(PHYSICIANS.map((physician) => physician.fullName));
    expect(results.distances).toBeNull();
    expect(results.nearCount).toBe(0);
    expect(results.shown).toBe(6);
  });

  it('with a position: nearest first by each doctor\'s nearest location, no location last', () => {
    const results = finderResults(data, state({ near: { kind: 'zip', zip: '27511' } }), TOWNS.cary);
    expect(names(data, results.ordered)).toEqual([
      'Wei Chen', // Cary, 0 mi
      'Katherine Osei', // Raleigh, 8.1 mi (before José: same distance, earlier in page order)
      'José Núñez-Díaz', // Raleigh, 8.1 mi
      'Maya R. Alvarez', // Durham 15.2 mi (Chapel Hill 17.4 mi)
      "Sarah O'Neil", // Chapel Hill 17.4 mi
      'Ann Lee', // no location
    ]);
    expect(results.distances![2]).toBe(0);
    expect(results.distances![5]).toBe(Number.POSITIVE_INFINITY);
    expect(data.locations[results.nearestLocations![0]!]!.slug).toBe('durham');
  });

  it('the "near you" group is the doctors within the radius, and follows the radius', () => {
    const near = (radiusMiles: number) =>
      finderResults(data, state({ near: { kind: 'device', ...TOWNS.cary }, radiusMiles }), TOWNS.cary).nearCount;
    expect(near(10)).toBe(3);
    expect(near(25)).toBe(5);
    expect(near(100)).toBe(5);
  });

  it('filters still apply when sorted by distance', () => {
    const results = finderResults(data, state({ filters: { ...NO_FILTERS, specialty: 'medical-oncology' } }), TOWNS.durham);
    expect(names(data, results.ordered)).toEqual(['Maya R. Alvarez', "Sarah O'Neil", 'Wei Chen']);
  });

  it('sorted by distance, each filter and position gives its matches nearest first, whichever position came before', () => {
    const filterSets = [
      NO_FILTERS,
      { ...NO_FILTERS, specialty: 'medical-oncology' },
      { ...NO_FILTERS, location: 'durham' },
      { ...NO_FILTERS, acceptingNewPatients: true },
    ];
    // Back and forth between places: the order kept for one place must never answer for another.
    const places = [TOWNS.cary, TOWNS.durham, TOWNS.cary, TOWNS.hillsborough, TOWNS.wakeForest, TOWNS.hillsborough];
    for (const place of places) {
      const milesToLocation = locationDistances(data, place);
      const distanceOf = (index: number) => nearestLocationOf(data.doctors[index]!, milesToLocation)?.distanceMiles ?? Number.POSITIVE_INFINITY;
      for (const filters of filterSets) {
        const byName = finderResults(data, state({ filters }), null).ordered;
        const expected = [...byName].sort((a, b) => distanceOf(a) - distanceOf(b) || a - b);
        const results = finderResults(data, state({ filters, near: { kind: 'device', ...place } }), place);
        expect(results.ordered).toEqual(expected);
        for (const index of results.ordered) expect(results.distances![index]).toBe(distanceOf(index));
      }
    }
  });

  it('pages of 12, then all', () => {
    const many = parseFinderIndex(
      JSON.parse(
        JSON.stringify(
          buildFinderIndex({
            physicians: Array.from({ length: 30 }, (_, index) => ({ ...PHYSICIANS[index % 5]!, fullName: `Doctor ${index}` })),
            locations: LOCATIONS,
            subtypes: SUBTYPES,
            specialties: SPECIALTIES,
          }),
        ),
      ),
    );
    expect(PAGE_SIZE).toBe(12);
    expect(finderResults(many, state({ page: 1 }), null).shown).toBe(12);
    expect(finderResults(many, state({ page: 2 }), null).shown).toBe(24);
    expect(finderResults(many, state({ page: 3 }), null).shown).toBe(30);
    expect(finderResults(many, state({ page: 'all' }), null).shown).toBe(30);
    expect(shownCount(5, 3)).toBe(3);
  });
});

describe('nearestFirst', () => {
  it('orders like a plain sort by distance then page order, ties and doctors without a location included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 50; round++) {
      const locationCount = 1 + Math.floor(random() * 12);
      // Few distinct distances, so ties between locations are common.
      const miles = Float64Array.from({ length: locationCount }, () => Math.floor(random() * 5) * 2.5);
      const doctorCount = Math.floor(random() * 60);
      const nearest = Int32Array.from({ length: doctorCount }, () => (random() < 0.1 ? -1 : Math.floor(random() * locationCount)));
      const doctors = Array.from({ length: doctorCount }, (_, index) => index).filter(() => random() < 0.8);
      const distance = (doctor: number) => (nearest[doctor]! < 0 ? Number.POSITIVE_INFINITY : miles[nearest[doctor]!]!);
      const expected = [...doctors].sort((a, b) => distance(a) - distance(b) || a - b);
      expect(nearestFirst(doctors, nearest, miles)).toEqual(expected);
    }
  });
});

describe('showingText', () => {
  it('says how many are shown of how many match', () => {
    expect(dictionary('en').finder.showing(12, 40)).toBe('Showing 12 of 40 doctors');
    expect(dictionary('en').finder.showing(5, 5)).toBe('Showing 5 of 5 doctors');
    expect(dictionary('en').finder.showing(1, 1)).toBe('Showing 1 of 1 doctor');
    expect(dictionary('en').finder.showing(12, 10000)).toBe('Showing 12 of 10,000 doctors');
    expect(dictionary('en').finder.showing(0, 0)).toBe('No doctors match these filters.');
  });
});
