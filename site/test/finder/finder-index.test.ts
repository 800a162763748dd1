import { describe, expect, it } from 'vitest';
import {
  buildFinderIndex,
  FLAG_ACCEPTING_NEW_PATIENTS,
  FLAG_SECOND_OPINIONS,
  FLAG_TELEHEALTH,
  parseFinderIndex,
  searchText,
} from '../../src/lib/finder/finder-index';
import { fixtureData, fixtureIndex, LOCATIONS, PHYSICIANS, SPECIALTIES, SUBTYPES } from './fixtures';

describe('buildFinderIndex', () => {
  it('keeps only what the finder needs, as positions in small tables', () => {
    const index = fixtureIndex();
    expect(index.subtypes).toEqual(['hr-positive-her2-negative', 'her2-positive', 'triple-negative']);
    expect(index.specialties).toEqual(['medical-oncology', 'surgical-oncology', 'palliative-care']);
    expect(index.languages).toEqual(['English', 'Mandarin', 'Spanish']);
    expect(index.locations[0]).toEqual(['durham', 'Durham Cancer Center', 35.994, -78.8986]);
    expect(index.physicians[0]).toEqual([
      'Maya R. Alvarez',
      0,
      FLAG_ACCEPTING_NEW_PATIENTS | FLAG_TELEHEALTH | FLAG_SECOND_OPINIONS,
      [2, 0],
      [0, 1],
      [0, 2],
    ]);
    // No location or specialty: -1 and an empty list.
    expect(index.physicians[5]).toEqual(['Ann Lee', -1, 0, [], [], [0]]);
    // Nothing else a card shows (slugs, NPIs, photos, bios) goes into the file.
    expect(JSON.stringify(index)).not.toMatch(/katherine-osei|photo|npi|bio|documentId/);
  });

  it('keeps the page order of the physicians', () => {
    expect(fixtureIndex().physicians.map((row) => row[0])).toEqual(PHYSICIANS.map((physician) => physician.fullName));
  });

  it('leaves out relations to entries that are not in its tables (unpublished)', () => {
    const withGhosts = structuredClone(PHYSICIANS);
    const osei = withGhosts[1]!;
    osei.locations = [...osei.locations, { ...osei.locations[0]!, documentId: 'unpublished-location' }];
    osei.subtypes = [...osei.subtypes, { id: 9, documentId: 'unpublished-subtype', slug: 'x', name: 'x', shortName: 'x' }];
    osei.specialty = { id: 9, documentId: 'unpublished-specialty', slug: 'x', name: 'x' };
    const index = buildFinderIndex({ physicians: withGhosts, locations: LOCATIONS, subtypes: SUBTYPES, specialties: SPECIALTIES });
    expect(index.physicians[1]).toEqual(['Katherine Osei', -1, FLAG_ACCEPTING_NEW_PATIENTS, [1], [2], [0]]);
  });
});

describe('parseFinderIndex', () => {
  it('gives the browser structured doctors with a search form of the name', () => {
    const data = fixtureData();
    expect(data.doctors).toHaveLength(6);
    expect(data.doctors[3]).toMatchObject({ fullName: 'José Núñez-Díaz', searchName: 'jose nunez diaz', locations: [1, 0] });
    expect(data.locations[2]).toEqual({ slug: 'chapel-hill', name: 'Chapel Hill Cancer Pavilion', latitude: 35.9132, longitude: -79.0558 });
  });

  it('refuses a file of another version or with positions outside its tables, saying what is wrong', () => {
    const index = fixtureIndex();
    expect(() => parseFinderIndex({ ...index, version: 2 })).toThrow(/version 2/);
    expect(() => parseFinderIndex(null)).toThrow(/not a JSON object/);
    const broken = structuredClone(index);
    broken.physicians[2]![3] = [99];
    expect(() => parseFinderIndex(broken)).toThrow(/Physician 2/);
    const badLocation = structuredClone(index);
    badLocation.locations[0]![2] = 123;
    expect(() => parseFinderIndex(badLocation)).toThrow(/Location 0/);
  });
});

describe('searchText', () => {
  it('folds case, accents and punctuation', () => {
    expect(searchText("  José  O’Neil-Díaz ")).toBe('jose o neil diaz');
    expect(searchText('Zoë Ångström')).toBe('zoe angstrom');
  });
});
