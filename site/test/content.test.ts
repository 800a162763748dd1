import { beforeEach, describe, expect, test, vi } from 'vitest';

// Pages read content through src/lib/content.ts; here the collections are whatever each test says.
const collections = vi.hoisted(() => new Map<string, unknown[]>());
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => (collections.get(name) ?? []).map((data, index) => ({ id: String(index), collection: name, data })),
}));

const {
  byFamilyName,
  sortByFamilyName,
  byName,
  byOpenThenTitle,
  bySortOrder,
  familyName,
  getClinicalTrials,
  getConditionPage,
  getPhysicians,
  getSubtype,
  getSubtypes,
} = await import('../src/lib/content');

beforeEach(() => collections.clear());

describe('orderings', () => {
  test('byName sorts by name, ignoring case', () => {
    const names = ['radiation', 'Chemotherapy', 'endocrine therapy'].map((name) => ({ name }));
    expect(names.sort(byName).map(({ name }) => name)).toEqual(['Chemotherapy', 'endocrine therapy', 'radiation']);
  });

  test('bySortOrder follows the editors\' order, then the name', () => {
    const subtypes = [
      { name: 'Triple-negative', sortOrder: 3 },
      { name: 'HER2-positive', sortOrder: 2 },
      { name: 'HR-positive', sortOrder: 1 },
      { name: 'HER2-low', sortOrder: 2 },
    ];
    expect(subtypes.sort(bySortOrder).map(({ name }) => name)).toEqual(['HR-positive', 'HER2-low', 'HER2-positive', 'Triple-negative']);
  });

  test('familyName is the last word of the full name, skipping a generational suffix', () => {
    expect(familyName('Maya R. Okafor')).toBe('Okafor');
    expect(familyName('James Carter Jr.')).toBe('Carter');
    expect(familyName('Robert Lee III')).toBe('Lee');
    expect(familyName('Cher')).toBe('Cher');
  });

  test('byFamilyName sorts doctors by family name, then full name', () => {
    const doctors = ['Maya R. Okafor', 'Ben Adler', 'Ana Okafor', 'Zoe Baker'].map((fullName) => ({ fullName }));
    expect(doctors.sort(byFamilyName).map(({ fullName }) => fullName)).toEqual(['Ben Adler', 'Zoe Baker', 'Ana Okafor', 'Maya R. Okafor']);
  });

  test('sortByFamilyName gives byFamilyName\'s order, ties kept in place', () => {
    const names = ['Maya R. Okafor', 'Ben Adler', 'James Carter Jr.', 'Ana Okafor', 'Zoe Baker', 'ana okafor', 'Cher', 'Lee Carter'];
    const doctors = names.map((fullName, index) => ({ fullName, index }));
    expect(sortByFamilyName([...doctors])).toEqual([...doctors].sort(byFamilyName));
  });

  test('byOpenThenTitle puts trials a patient can join first, then sorts by title', () => {
    const trials = [
      { title: 'Alpha', recruitmentStatus: 'completed' },
      { title: 'Delta', recruitmentStatus: 'recruiting' },
      { title: 'Beta', recruitmentStatus: 'active_not_recruiting' },
      { title: 'Charlie', recruitmentStatus: 'not_yet_recruiting' },
    ] as const;
    expect([...trials].sort(byOpenThenTitle).map(({ title }) => title)).toEqual(['Charlie', 'Delta', 'Alpha', 'Beta']);
  });
});

describe('content getters', () => {
  test('getSubtypes returns the data in sortOrder; getSubtype finds one by slug', async () => {
    collections.set('subtypes', [
      { name: 'Triple-negative', slug: 'triple-negative', sortOrder: 3 },
      { name: 'HR-positive', slug: 'hr-positive', sortOrder: 1 },
    ]);

    expect((await getSubtypes()).map(({ slug }) => slug)).toEqual(['hr-positive', 'triple-negative']);
    expect((await getSubtype('triple-negative'))?.name).toBe('Triple-negative');
    expect(await getSubtype('no-such-subtype')).toBeUndefined();
  });

  test('getPhysicians and getClinicalTrials apply their orderings', async () => {
    collections.set('physicians', [{ fullName: 'Zoe Baker' }, { fullName: 'Ben Adler' }]);
    collections.set('clinicalTrials', [
      { title: 'A closed trial', recruitmentStatus: 'completed' },
      { title: 'Z open trial', recruitmentStatus: 'recruiting' },
    ]);

    expect((await getPhysicians()).map(({ fullName }) => fullName)).toEqual(['Ben Adler', 'Zoe Baker']);
    expect((await getClinicalTrials()).map(({ title }) => title)).toEqual(['Z open trial', 'A closed trial']);
  });

  test('a single type returns its one entry, and says what to publish when it is missing', async () => {
    collections.set('conditionPage', [{ title: 'Metastatic breast cancer' }]);
    expect((await getConditionPage()).title).toBe('Metastatic breast cancer');

    collections.delete('conditionPage');
    await expect(getConditionPage()).rejects.toThrow('The site has no condition page: publish it in the CMS');
  });
});
