import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/lib/finder/filters';
import {
  decodeState,
  DEFAULT_STATE,
  encodeState,
  roundPosition,
  sameState,
  sanitizeState,
  type FinderState,
} from '../../src/lib/finder/state';
import { fixtureData } from './fixtures';

const state = (changes: Omit<Partial<FinderState>, 'filters'> & { filters?: Partial<FinderState['filters']> }): FinderState => ({
  ...DEFAULT_STATE,
  ...changes,
  filters: { ...NO_FILTERS, ...changes.filters },
});

describe('URL state', () => {
  it('the default state is the bare page address', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('writes readable parameters in a fixed order', () => {
    const everything = state({
      filters: {
        query: 'maya  okafor',
        subtype: 'her2-positive',
        specialty: 'medical-oncology',
        location: 'durham',
        language: 'spanish',
        acceptingNewPatients: true,
        telehealth: true,
        secondOpinions: true,
      },
      near: { kind: 'zip', zip: '27705' },
      radiusMiles: 50,
      page: 3,
    });
    expect(encodeState(everything)).toBe(
      'q=maya+okafor&subtype=her2-positive&specialty=medical-oncology&location=durham&language=spanish' +
        '&accepting=yes&telehealth=yes&second-opinions=yes&zip=27705&radius=50&page=3',
    );
  });

  const roundTrips: [string, FinderState][] = [
    ['one filter', state({ filters: { specialty: 'surgical-oncology' } })],
    ['a name with accents and an apostrophe', state({ filters: { query: "José O'Neil" } })],
    ['the three yes/no filters', state({ filters: { acceptingNewPatients: true, telehealth: true, secondOpinions: true } })],
    ['a ZIP code and a radius', state({ near: { kind: 'zip', zip: '27514' }, radiusMiles: 10 })],
    ['a device position', state({ near: { kind: 'device', latitude: 35.99, longitude: -78.9 } })],
    ['a southern, eastern position', state({ near: { kind: 'device', latitude: -33.87, longitude: 151.21 } })],
    ['load more twice', state({ page: 3 })],
    ['view all', state({ page: 'all', filters: { location: 'cary' } })],
    [
      'everything at once',
      state({
        filters: { query: 'chen', subtype: 'triple-negative', specialty: 'medical-oncology', location: 'raleigh', language: 'mandarin', telehealth: true },
        near: { kind: 'zip', zip: '27609' },
        radiusMiles: 100,
        page: 2,
      }),
    ],
  ];
  it.each(roundTrips)('round trip: %s', (_name, original) => {
    const search = encodeState(original);
    expect(decodeState(search)).toEqual(original);
    expect(decodeState(`?${search}`)).toEqual(original);
    expect(decodeState(new URLSearchParams(search))).toEqual(original);
  });

  it('a device position is rounded to 2 decimals (about 1 km) before it goes in the address', () => {
    const exact = state({ near: { kind: 'device', latitude: 35.994_321, longitude: -78.898_765 } });
    expect(encodeState(exact)).toBe('near=35.99%2C-78.90');
    expect(decodeState(encodeState(exact)).near).toEqual({ kind: 'device', latitude: 35.99, longitude: -78.9 });
    expect(roundPosition({ latitude: -0.001, longitude: 0.004 })).toEqual({ latitude: 0, longitude: 0 });
  });

  it('the radius is written only with a position, and only when not the default', () => {
    expect(encodeState(state({ radiusMiles: 50 }))).toBe('');
    expect(encodeState(state({ near: { kind: 'zip', zip: '27705' }, radiusMiles: 25 }))).toBe('zip=27705');
  });

  it('reads what people type or old links hold, leniently', () => {
    const decoded = decodeState('?q=%20%20Maya%20%20&accepting=1&telehealth=on&second-opinions=true&specialty=Medical-Oncology&zip=27705-1234');
    expect(decoded.filters).toMatchObject({ query: 'Maya', acceptingNewPatients: true, telehealth: true, secondOpinions: true, specialty: 'medical-oncology' });
    expect(decoded.near).toEqual({ kind: 'zip', zip: '27705' });
  });

  it('drops malformed values instead of failing', () => {
    const decoded = decodeState(
      '?subtype=<script>&location=a%20b&accepting=maybe&zip=abc&near=91,0&radius=7&page=-2&language=',
    );
    expect(decoded).toEqual(DEFAULT_STATE);
    expect(decodeState('?page=0').page).toBe(1);
    expect(decodeState('?page=2.5').page).toBe(1);
    expect(decodeState('?page=ALL').page).toBe('all');
    expect(decodeState('?page=999999').page).toBe(10_000);
    expect(decodeState(`?q=${'x'.repeat(500)}`).filters.query).toHaveLength(100);
  });

  it('a ZIP code wins over coordinates; bad coordinates are ignored', () => {
    expect(decodeState('?near=35.99,-78.90&zip=27514').near).toEqual({ kind: 'zip', zip: '27514' });
    expect(decodeState('?near=35.99,-78.90&zip=bad').near).toEqual({ kind: 'device', latitude: 35.99, longitude: -78.9 });
    expect(decodeState('?near=35.99').near).toBeNull();
    expect(decodeState('?near=x,y').near).toBeNull();
    expect(decodeState('?near=12,200').near).toBeNull();
  });

  it('sameState compares what the address would hold', () => {
    expect(sameState(state({ filters: { query: 'maya ' } }), state({ filters: { query: 'maya' } }))).toBe(true);
    expect(sameState(state({ page: 2 }), state({ page: 1 }))).toBe(false);
  });
});

describe('sanitizeState', () => {
  it('drops choices the index does not know, keeps the rest', () => {
    const data = fixtureData();
    const decoded = decodeState('?subtype=her2-positive&specialty=dermatology&location=mars&language=spanish&accepting=yes');
    expect(sanitizeState(decoded, data).filters).toEqual({
      ...NO_FILTERS,
      subtype: 'her2-positive',
      language: 'spanish',
      acceptingNewPatients: true,
    });
  });
});

describe('finderPath', () => {
  it('links into the finder with filters chosen, as the finder writes its own address', async () => {
    const { finderPath } = await import('../../src/lib/finder/links');
    expect(finderPath({ subtype: 'her2-positive' })).toBe('/doctors/?subtype=her2-positive');
    expect(finderPath({ location: 'durham' })).toBe('/doctors/?location=durham');
    expect(finderPath({ specialty: 'medical-oncology', acceptingNewPatients: true })).toBe('/doctors/?specialty=medical-oncology&accepting=yes');
    expect(finderPath({})).toBe('/doctors/');
    expect(decodeState(finderPath({ location: 'durham' }).split('?')[1]!).filters.location).toBe('durham');
  });
});
