/**
 * The benchmark directory generator (scripts/tools/lib/generate-directory.ts): deterministic, sized as
 * asked, and valid by every CMS rule the Document Service would enforce on import. That the CMS
 * accepts it, and that the snapshot writer matches what the CMS then serves, is proven in
 * test-cms.test.ts against a real CMS.
 */
import { describe, expect, it } from 'vitest';
import * as demo from '../../cms/src/seed/data';
import { checkLastReviewed, checkLatitude, checkLongitude, checkNctId, checkNextReviewDue, checkNpi, checkTimeRange, checkUsPhone } from '@mbc/shared';
import { DEMO_REFERENCES, directorySizeFor, generateDirectory } from '../tools/lib/generate-directory';

const SIZE = { physicians: 600, locations: 12, clinicalTrials: 40, seed: 42 };

describe('generateDirectory', () => {
  it('is deterministic: the same size and seed give the same directory, another seed another one', () => {
    expect(generateDirectory(SIZE)).toEqual(generateDirectory(SIZE));
    expect(generateDirectory({ ...SIZE, seed: 43 })).not.toEqual(generateDirectory(SIZE));
  });

  it('makes as many locations, physicians and trials as asked', () => {
    const directory = generateDirectory(SIZE);
    expect(directory.locations).toHaveLength(12);
    expect(directory.physicians).toHaveLength(600);
    expect(directory.clinicalTrials).toHaveLength(40);
  });

  it('sizes a network by its total physicians: a clinic per 50 and a trial per 20, demo content included', () => {
    expect(directorySizeFor(10_000)).toEqual({
      physicians: 10_000 - demo.physicians.length,
      locations: 200 - demo.locations.length,
      clinicalTrials: 500 - demo.clinicalTrials.length,
      seed: undefined,
    });
    expect(directorySizeFor(demo.physicians.length)).toMatchObject({ physicians: 0, locations: 0, clinicalTrials: 0 });
  });

  it('passes every CMS rule: NPIs, NCT ids, phones, coordinates, opening hours, review dates', () => {
    const directory = generateDirectory(SIZE);
    for (const location of directory.locations) {
      expect([checkUsPhone(location.phone), checkLatitude(location.latitude), checkLongitude(location.longitude)], location.slug).toEqual([null, null, null]);
      for (const hours of location.hours) expect(checkTimeRange(hours.opens, hours.closes), location.slug).toBeNull();
    }
    for (const physician of directory.physicians) {
      expect(checkNpi(physician.npi), physician.slug).toBeNull();
      expect(physician.locations.length, physician.slug).toBeGreaterThan(0);
      expect(physician.languages).toContain('English');
    }
    for (const trial of directory.clinicalTrials) {
      expect(checkNctId(trial.nctId), trial.slug).toBeNull();
      expect(checkLastReviewed(trial.review.lastReviewed), trial.slug).toBeNull();
      expect(checkNextReviewDue(trial.review.nextReviewDue, trial.review.lastReviewed), trial.slug).toBeNull();
    }
  });

  it('never reuses a slug, an NPI or an NCT id, its own or the demo content\'s', () => {
    const directory = generateDirectory(SIZE);
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique([...demo.locations, ...directory.locations].map((location) => location.slug));
    unique([...demo.physicians, ...directory.physicians].map((physician) => physician.slug));
    unique([...demo.physicians, ...directory.physicians].map((physician) => physician.npi));
    unique([...demo.clinicalTrials, ...directory.clinicalTrials].map((trial) => trial.slug));
    unique([...demo.clinicalTrials, ...directory.clinicalTrials].map((trial) => trial.nctId));
  });

  it('links only to entries that exist: its own locations and physicians, the demo specialties, subtypes and treatments', () => {
    const directory = generateDirectory(SIZE);
    const slugs = (entries: readonly { slug: string }[]) => new Set(entries.map((entry) => entry.slug));
    const locations = slugs(directory.locations);
    const physicians = slugs(directory.physicians);
    const [specialties, subtypes, treatments] = [slugs(DEMO_REFERENCES.specialties), slugs(DEMO_REFERENCES.subtypes), slugs(DEMO_REFERENCES.treatments)];
    for (const physician of directory.physicians) {
      expect(specialties.has(physician.specialty)).toBe(true);
      expect(physician.locations.every((slug) => locations.has(slug))).toBe(true);
      expect(physician.subtypes.every((slug) => subtypes.has(slug))).toBe(true);
    }
    for (const trial of directory.clinicalTrials) {
      expect(physicians.has(trial.principalInvestigator)).toBe(true);
      expect(physicians.has(trial.review.reviewer)).toBe(true);
      expect(trial.locations.every((slug) => locations.has(slug))).toBe(true);
      expect(trial.treatments.every((slug) => treatments.has(slug))).toBe(true);
    }
    // Spread over every clinic and specialty, as a real directory would be.
    expect(new Set(directory.physicians.flatMap((physician) => physician.locations)).size).toBe(locations.size);
    expect(new Set(directory.physicians.map((physician) => physician.specialty)).size).toBe(specialties.size);
  });

  it('refuses sizes it cannot make, naming the number to fix', () => {
    expect(() => generateDirectory({ physicians: -1, locations: 1, clinicalTrials: 0 })).toThrow(/physicians must be a whole number/);
    expect(() => generateDirectory({ physicians: 5, locations: 0, clinicalTrials: 0 })).toThrow(/at least one generated location/);
    expect(() => generateDirectory({ physicians: 0, locations: 1, clinicalTrials: 2 })).toThrow(/at least one generated physician/);
  });
});
