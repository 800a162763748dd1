import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { NEAR_DEVICE, NEAR_ZIP, STATUS_EXAMPLES } from '../../src/components/DoctorFinder/examples';
import { cardPlaces, groupHeadings, optionPositions, optionText, pagingLabels, statusText } from '../../src/components/DoctorFinder/finder-text';
import { NO_FILTERS, applyFilters } from '../../src/lib/finder/filters';
import { finderResults, locationDistances } from '../../src/lib/finder/results';
import { DEFAULT_STATE } from '../../src/lib/finder/state';
import { fixtureData, TOWNS } from './fixtures';

const en = dictionary('en');

const data = fixtureData();

describe("the doctor finder's status line", () => {
  it.each(STATUS_EXAMPLES)('says "$status"', ({ shown, matches, nearCount, sort, status }) => {
    expect(statusText(en, shown, matches, nearCount, sort)).toBe(status);
  });
});

describe('group headings', () => {
  it('name the order without a position', () => {
    expect(groupHeadings(en, 0, null)).toEqual({ near: null, main: 'Doctors, by family name' });
  });
  it('say how near, and call the rest farther away', () => {
    expect(groupHeadings(en, 4, NEAR_ZIP)).toEqual({ near: 'Located near you: within 25 miles of ZIP code 27705', main: 'Farther away' });
  });
  it('say "nearest to" when nobody is within the radius', () => {
    expect(groupHeadings(en, 0, NEAR_DEVICE).main).toBe('Nearest to your location');
  });
});

describe('paging buttons', () => {
  it('load at most a page more, and count everyone for "View all"', () => {
    expect(pagingLabels(en, 12, 1500)).toEqual({ loadMore: 'Load 12 more', viewAll: 'View all 1,500' });
    expect(pagingLabels(en, 12, 17)).toEqual({ loadMore: 'Load 5 more', viewAll: 'View all 17' });
  });
});

describe('a card’s places', () => {
  it("lists the doctor's locations as entered, with no distance, without a position", () => {
    const results = finderResults(data, DEFAULT_STATE, null);
    expect(cardPlaces(en, data, 0, results, null)).toEqual({ distance: '', locations: 'Chapel Hill Cancer Pavilion; Durham Cancer Center' });
  });
  it('puts the nearest location first and gives its distance with a position', () => {
    // Maya Alvarez works in Chapel Hill and Durham; from Wake Forest, Durham is nearer.
    const position = TOWNS.wakeForest;
    const results = finderResults(data, { ...DEFAULT_STATE, near: { kind: 'zip', zip: '27587' } }, position);
    const places = cardPlaces(en, data, 0, results, locationDistances(data, position));
    expect(places.locations).toBe('Durham Cancer Center; Chapel Hill Cancer Pavilion');
    expect(places.distance).toMatch(/^[\d.]+ miles · Durham Cancer Center$/);
  });
});

describe('filter option labels', () => {
  it('find each option in its index table, "Any …" first', () => {
    expect(optionPositions(['', 'b', 'a'], ['a', 'b'])).toEqual([-1, 1, 0]);
  });
  it('carry the count of doctors that choice leaves', () => {
    const { counts } = applyFilters(data, NO_FILTERS);
    expect(optionText(en, 'Any subtype', 'subtype', -1, counts)).toBe(`Any subtype (${counts.subtype.any})`);
    expect(optionText(en, 'HER2-positive', 'subtype', 1, counts)).toBe(`HER2-positive (${counts.subtype.options[1]})`);
    expect(optionText(en, 'Unknown', 'subtype', 99, counts)).toBe('Unknown (0)');
  });
});
