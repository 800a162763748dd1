import { describe, expect, it } from 'vitest';
import { applyFilters, filterDoctors, hasFilters, NO_FILTERS, queryWords, type FinderFilters } from '../../src/lib/finder/filters';
import { FLAG_ACCEPTING_NEW_PATIENTS, FLAG_SECOND_OPINIONS, FLAG_TELEHEALTH, languageSlug, type FinderData } from '../../src/lib/finder/finder-index';
import { fixtureData, names } from './fixtures';

const data = fixtureData();
const only = (filters: Partial<FinderFilters>) => names(data, filterDoctors(data, { ...NO_FILTERS, ...filters }));

describe('each filter on its own', () => {
  it('no filter keeps everyone, in page order', () => {
    expect(only({})).toEqual(['Maya R. Alvarez', 'Katherine Osei', 'Wei Chen', 'José Núñez-Díaz', "Sarah O'Neil", 'Ann Lee']);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('subtype focus', () => {
    expect(only({ subtype: 'her2-positive' })).toEqual(['Maya R. Alvarez', 'Wei Chen']);
    expect(only({ subtype: 'triple-negative' })).toEqual(['Katherine Osei', "Sarah O'Neil"]);
  });

  it('specialty', () => {
    expect(only({ specialty: 'medical-oncology' })).toEqual(['Maya R. Alvarez', 'Wei Chen', "Sarah O'Neil"]);
    expect(only({ specialty: 'palliative-care' })).toEqual(['José Núñez-Díaz']);
  });

  it('location (any of the doctor\'s locations)', () => {
    expect(only({ location: 'durham' })).toEqual(['Maya R. Alvarez', 'José Núñez-Díaz']);
    expect(only({ location: 'raleigh' })).toEqual(['Katherine Osei', 'José Núñez-Díaz']);
  });

  it('language', () => {
    expect(only({ language: 'spanish' })).toEqual(['Maya R. Alvarez', 'José Núñez-Díaz']);
    expect(only({ language: 'mandarin' })).toEqual(['Wei Chen']);
  });

  it('accepting new patients, telehealth, second opinions', () => {
    expect(only({ acceptingNewPatients: true })).toEqual(['Maya R. Alvarez', 'Katherine Osei', 'José Núñez-Díaz']);
    expect(only({ telehealth: true })).toEqual(['Maya R. Alvarez', 'Wei Chen', 'José Núñez-Díaz']);
    expect(only({ secondOpinions: true })).toEqual(['Maya R. Alvarez', "Sarah O'Neil"]);
  });

  it('name search: every word, anywhere in the name, without case, accents or punctuation', () => {
    expect(only({ query: 'osei' })).toEqual(['Katherine Osei']);
    expect(only({ query: 'OSEI kath' })).toEqual(['Katherine Osei']);
    expect(only({ query: 'nunez' })).toEqual(['José Núñez-Díaz']);
    expect(only({ query: 'núñez-díaz' })).toEqual(['José Núñez-Díaz']);
    expect(only({ query: "o'neil" })).toEqual(["Sarah O'Neil"]);
    expect(only({ query: 'Dr. Chen' })).toEqual(['Wei Chen']);
    expect(only({ query: 'chen osei' })).toEqual([]);
    expect(only({ query: '   ' })).toHaveLength(6);
    expect(queryWords('Dr. Maya  maya')).toEqual(['maya']);
  });

  it('a value the index does not know matches no-one', () => {
    expect(only({ specialty: 'dermatology' })).toEqual([]);
    expect(only({ location: 'nowhere' })).toEqual([]);
  });
});

describe('combinations', () => {
  it('filters combine with AND', () => {
    expect(only({ specialty: 'medical-oncology', subtype: 'her2-positive' })).toEqual(['Maya R. Alvarez', 'Wei Chen']);
    expect(only({ specialty: 'medical-oncology', subtype: 'her2-positive', acceptingNewPatients: true })).toEqual(['Maya R. Alvarez']);
    expect(only({ location: 'durham', language: 'spanish', telehealth: true })).toEqual(['Maya R. Alvarez', 'José Núñez-Díaz']);
    expect(only({ location: 'durham', language: 'spanish', telehealth: true, query: 'jose' })).toEqual(['José Núñez-Díaz']);
    expect(only({ location: 'cary', acceptingNewPatients: true })).toEqual([]);
  });

  /**
   * Every combination of every filter (7,680 of them) against a plain reference implementation,
   * and every option's count against the number of doctors that option would then show.
   */
  it('every combination matches a plain reference, and every count is what choosing that option shows', () => {
    const reference = (filters: FinderFilters) =>
      data.doctors.flatMap((doctor, index) => {
        const words = queryWords(filters.query);
        const ok =
          words.every((word) => doctor.searchName.includes(word)) &&
          (filters.subtype === null || doctor.subtypes.some((value) => data.subtypes[value] === filters.subtype)) &&
          (filters.specialty === null || data.specialties[doctor.specialty] === filters.specialty) &&
          (filters.location === null || doctor.locations.some((value) => data.locations[value]!.slug === filters.location)) &&
          (filters.language === null || doctor.languages.some((value) => languageSlug(data.languages[value]!) === filters.language)) &&
          (!filters.acceptingNewPatients || (doctor.flags & FLAG_ACCEPTING_NEW_PATIENTS) !== 0) &&
          (!filters.telehealth || (doctor.flags & FLAG_TELEHEALTH) !== 0) &&
          (!filters.secondOpinions || (doctor.flags & FLAG_SECOND_OPINIONS) !== 0);
        return ok ? [index] : [];
      });

    const choices = <T>(values: readonly T[]): (T | null)[] => [null, ...values];
    let combinations = 0;
    for (const query of ['', 'osei', 'maya al', 'a'])
      for (const subtype of choices(data.subtypes))
        for (const specialty of choices(data.specialties))
          for (const location of choices(data.locations.map((entry) => entry.slug)))
            for (const language of choices(data.languages.map(languageSlug)))
              for (let flags = 0; flags < 8; flags++) {
                const filters: FinderFilters = {
                  query,
                  subtype,
                  specialty,
                  location,
                  language,
                  acceptingNewPatients: (flags & 1) !== 0,
                  telehealth: (flags & 2) !== 0,
                  secondOpinions: (flags & 4) !== 0,
                };
                combinations++;
                const { matches, counts } = applyFilters(data, filters);
                expect(matches).toEqual(reference(filters));
                checkCounts(data, filters, counts);
              }
    expect(combinations).toBe(4 * 4 * 4 * 5 * 4 * 8);
  }, 60_000);
});

function checkCounts(data: FinderData, filters: FinderFilters, counts: ReturnType<typeof applyFilters>['counts']) {
  const shown = (changes: Partial<FinderFilters>) => filterDoctors(data, { ...filters, ...changes }).length;
  const selects = [
    ['subtype', data.subtypes],
    ['specialty', data.specialties],
    ['location', data.locations.map((location) => location.slug)],
    ['language', data.languages.map(languageSlug)],
  ] as const;
  for (const [facet, values] of selects) {
    expect(counts[facet].any).toBe(shown({ [facet]: null }));
    values.forEach((value, position) => expect(counts[facet].options[position]).toBe(shown({ [facet]: value })));
  }
  expect(counts.acceptingNewPatients).toBe(shown({ acceptingNewPatients: true }));
  expect(counts.telehealth).toBe(shown({ telehealth: true }));
  expect(counts.secondOpinions).toBe(shown({ secondOpinions: true }));
}

describe('counts per option', () => {
  it('with no filter: how many doctors each option has', () => {
    const { counts } = applyFilters(data, NO_FILTERS);
    expect(counts.specialty).toEqual({ any: 6, options: [3, 1, 1] });
    expect(counts.location).toEqual({ any: 6, options: [2, 2, 2, 1] });
    expect(counts.language).toEqual({ any: 6, options: [5, 1, 2] });
    expect(counts.acceptingNewPatients).toBe(3);
  });

  it("a filter's own options keep counting as if it were not set, the others narrow", () => {
    const { counts } = applyFilters(data, { ...NO_FILTERS, specialty: 'medical-oncology' });
    expect(counts.specialty).toEqual({ any: 6, options: [3, 1, 1] });
    expect(counts.location).toEqual({ any: 3, options: [1, 0, 2, 1] });
    expect(counts.telehealth).toBe(2);
  });
});
