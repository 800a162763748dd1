/**
 * A physician's search record (src/lib/search/physician-record.ts): built from the data their
 * profile shows, under the profile's address and title.
 */
import { describe, expect, it } from 'vitest';
import { physicianSearchRecord, SEARCH_LANGUAGE } from '../../src/lib/search/physician-record';
import { BIO_ONLY_WORDS, physician } from './fixtures';

describe('physicianSearchRecord', () => {
  it('is filed under the profile page, titled as its h1 (the name with credentials), in the HTML pages language', () => {
    const record = physicianSearchRecord(physician());
    expect(record.url).toBe('/doctors/amara-okafor/');
    expect(record.meta).toEqual({ title: 'Amara Okafor, MD' });
    expect(record.language).toBe(SEARCH_LANGUAGE);
  });

  it('in another locale, is filed under that locale’s profile and index, in its words', () => {
    const record = physicianSearchRecord(physician(), 'es');
    expect(record.url).toBe('/es/doctors/amara-okafor/');
    expect(record.language).toBe('es-us');
    expect(record.content).toContain('Habla ');
  });

  it('holds the name, title, specialty, subtypes, locations with their town, and languages, as sentences for the excerpt', () => {
    expect(physicianSearchRecord(physician()).content).toBe(
      'Amara Okafor, MD. Medical Oncologist. Specialty: Medical oncology. Focus: Triple-negative (TNBC). ' +
        'Sees patients at Piedmont Valley Durham Clinic in Durham. Speaks English and Swahili.',
    );
  });

  it('leaves out the bio, and what the physician does not have', () => {
    const content = physicianSearchRecord(physician({ specialty: null, subtypes: [], locations: [], credentials: '' })).content;
    expect(content).toBe('Amara Okafor. Medical Oncologist. Speaks English and Swahili.');
    expect(content).not.toContain(BIO_ONLY_WORDS);
  });
});
