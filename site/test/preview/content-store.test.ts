import { describe, expect, test } from 'vitest';
import { CONTENT_TYPES, LOCALE_CODES, type ContentTypeName } from '@mbc/shared';
import { createContentStore, type PreviewSnapshot } from '../../preview/content-store';
import { location, physician, seedEveryType, treatment, treatmentVersion } from './content-fixtures';
import { createFakeCms, FAKE_CMS_TOKEN, FAKE_CMS_URL, type FakeCms, type FakeCmsRequest } from './fake-cms';

const TYPE_NAMES = Object.keys(CONTENT_TYPES) as ContentTypeName[];

function setup(seed: (cms: FakeCms) => void = seedEveryType) {
  const cms = createFakeCms();
  seed(cms);
  // No retries: a failure the fake is told to give is final, and no test waits.
  const store = createContentStore({ baseUrl: FAKE_CMS_URL, token: FAKE_CMS_TOKEN, status: 'draft', fetch: cms.fetch, retries: 0 });
  return { cms, store };
}

/** The requests the CMS received while `action` ran. */
async function requestsDuring<T>(cms: FakeCms, action: () => Promise<T>): Promise<{ result: T; requests: FakeCmsRequest[] }> {
  const before = cms.requests.length;
  const result = await action();
  return { result, requests: cms.requests.slice(before) };
}

const isVersionProbe = (request: FakeCmsRequest) => JSON.stringify(request.query.fields) === '["updatedAt"]';
/** The questions one refresh asks, in every locale: a collection's count, newest update and newest row; a single type's one entry. */
const PROBES_PER_REFRESH = LOCALE_CODES.length * TYPE_NAMES.reduce((total, name) => total + (CONTENT_TYPES[name].kind === 'single' ? 1 : 2), 0);
const probedTypes = () => LOCALE_CODES.flatMap(() => TYPE_NAMES.flatMap((name) => (CONTENT_TYPES[name].kind === 'single' ? [name] : [name, name]))).sort();
const isFullRead = (request: FakeCmsRequest) => request.query.filters === undefined && request.query.fields === undefined;

type Named = { documentId: string; slug?: string; name?: string; fullName?: string; locations?: unknown };
const list = (snapshot: PreviewSnapshot, type: ContentTypeName) => snapshot.content.entries[type] as readonly Named[];
const entry = (snapshot: PreviewSnapshot, type: ContentTypeName, documentId: string) => {
  const found = list(snapshot, type).find((candidate) => candidate.documentId === documentId);
  if (!found) throw new Error(`no ${type} ${documentId} in the snapshot`);
  return found as Named & Record<string, unknown>;
};
const namesOf = (relations: unknown) => (relations as Named[]).map((related) => related.name ?? related.fullName);

describe('createContentStore: the first read', () => {
  test('gives every valid draft of every type, parsed, with drafts dated as published at their last save', async () => {
    const { cms, store } = setup();

    const snapshot = await store.current();

    expect(snapshot.problems).toEqual([]);
    for (const type of TYPE_NAMES) expect(list(snapshot, type), type).toHaveLength(1);
    const okafor = entry(snapshot, 'physician', 'physician-okafor');
    expect(okafor.publishedAt).toBe(okafor.updatedAt);
    expect(namesOf(okafor.locations)).toEqual(['Durham Breast Oncology Clinic']);
    expect(namesOf(entry(snapshot, 'location', 'location-durham').physicians)).toEqual(['Maya R. Okafor']);
    // Parsed with the contract: the decimal string is a number.
    expect(entry(snapshot, 'location', 'location-durham').latitude).toBe(35.994);
    expect(snapshot.documents.get('treatment-immunotherapy')).toMatchObject({ type: 'treatment', problem: null, entry: { slug: 'immunotherapy' } });
    // Only drafts are asked for, of every type, and each type is read once whole.
    expect(cms.requests.every((request) => request.query.status === 'draft')).toBe(true);
    expect(cms.requests.filter(isFullRead).map((request) => request.type).sort()).toEqual([...TYPE_NAMES].sort());
  });
});

describe('createContentStore: keeping up with the CMS', () => {
  test('an edit is seen on the next request, which asks each type small questions and rereads only what changed', async () => {
    const { cms, store } = setup();
    await store.current();

    cms.edit('treatment', 'treatment-immunotherapy', { summary: 'A new summary.' });
    const { result, requests } = await requestsDuring(cms, () => store.current());

    expect(entry(result, 'treatment', 'treatment-immunotherapy').summary).toBe('A new summary.');
    expect(requests.filter(isVersionProbe).map((request) => request.type).sort()).toEqual(probedTypes());
    expect(requests.filter(isFullRead)).toEqual([]);
    const reads = requests.filter((request) => !isVersionProbe(request));
    expect(reads[0]).toMatchObject({ type: 'treatment', query: { filters: { $or: [{ updatedAt: { $gte: expect.any(String) } }, { id: { $gt: expect.any(String) } }] } } });
    // The subtype shows the treatment's summary on its card, so it is reread (by documentId); the
    // reviewer's profile shows nothing of the treatment, and its links did not change: not reread.
    expect(reads.map((request) => request.type).sort()).toEqual(['subtype', 'treatment']);
  });

  test('nothing changed: only the small questions, and the very same snapshot', async () => {
    const { cms, store } = setup();
    const first = await store.current();

    const { result, requests } = await requestsDuring(cms, () => store.current());

    expect(result).toBe(first);
    expect(result.content).toBe(first.content);
    expect(requests.every(isVersionProbe)).toBe(true);
    expect(requests).toHaveLength(PROBES_PER_REFRESH);
  });

  test('a change gives a new snapshot; the lists of types that did not change keep their entries', async () => {
    const { cms, store } = setup();
    const first = await store.current();

    cms.edit('specialty', 'specialty-medical-oncology', { description: 'Doctors who treat cancer with medicine.' });
    const second = await store.current();

    expect(second).not.toBe(first);
    expect(second.content).not.toBe(first.content);
    expect(entry(second, 'specialty', 'specialty-medical-oncology').description).toBe('Doctors who treat cancer with medicine.');
    expect(entry(second, 'diagnosticTest', 'test-bone-scan')).toBe(entry(first, 'diagnosticTest', 'test-bone-scan'));
  });

  /** Requests for one physician's edit, in a CMS with `count` physicians who all work at the Durham clinic. */
  async function costOfOneEdit(count: number) {
    const { cms, store } = setup((fake) => {
      seedEveryType(fake);
      for (let index = 1; index <= count; index++) fake.save('physician', physician(`physician-${index}`, `doctor-${index}`));
    });
    const first = await store.current();
    expect(list(first, 'physician')).toHaveLength(count + 1);

    cms.edit('physician', 'physician-7', { title: 'Surgical Oncologist' });
    const { result, requests } = await requestsDuring(cms, () => store.current());

    expect(entry(result, 'physician', 'physician-7').title).toBe('Surgical Oncologist');
    expect(list(result, 'physician')).toHaveLength(count + 1);
    expect(requests.filter(isFullRead)).toEqual([]);
    return requests.length;
  }

  test('the cost of an edit does not grow with the directory: the same few requests at 40 and at 2,000 physicians', async () => {
    const small = await costOfOneEdit(40);
    const large = await costOfOneEdit(2000);

    expect(large).toBe(small);
    // The questions, the physician's changes, and the specialty and clinic it shows.
    expect(large).toBeLessThanOrEqual(PROBES_PER_REFRESH + 3);
  });

  test('a renamed clinic shows its new name in every physician who works there, reread by documentId in batches Strapi accepts', async () => {
    const { cms, store } = setup((fake) => {
      seedEveryType(fake);
      for (let index = 1; index <= 250; index++) fake.save('physician', physician(`physician-${index}`, `doctor-${index}`));
    });
    await store.current();

    cms.edit('location', 'location-durham', { name: 'Durham Cancer Center' });
    const { result, requests } = await requestsDuring(cms, () => store.current());

    for (const doctor of list(result, 'physician')) expect(namesOf(doctor.locations), doctor.slug).toEqual(['Durham Cancer Center']);
    expect(requests.filter(isFullRead)).toEqual([]);
    const byId = requests.filter((request) => request.type === 'physician' && request.query.filters !== undefined);
    expect(byId.length).toBeGreaterThan(1);
    for (const request of byId) expect(Array.isArray((request.query.filters as { documentId: { $in: unknown } }).documentId.$in)).toBe(true);
    // The trial and the support service at the clinic show it too.
    expect(namesOf(entry(result, 'supportService', 'service-nutrition').locations)).toEqual(['Durham Cancer Center']);
    expect(namesOf(entry(result, 'clinicalTrial', 'trial-new-pill').locations)).toEqual(['Durham Cancer Center']);
  });

  test('a physician who joins a clinic appears in its physicians, and leaves the one they left, though neither clinic was saved', async () => {
    const { cms, store } = setup((fake) => {
      seedEveryType(fake);
      fake.save('location', location('location-raleigh', 'raleigh', { name: 'Raleigh Clinic' }));
    });
    const first = await store.current();
    expect(namesOf(entry(first, 'location', 'location-raleigh').physicians)).toEqual([]);

    cms.edit('physician', 'physician-okafor', { locations: ['location-raleigh'] });
    const second = await store.current();

    expect(namesOf(entry(second, 'location', 'location-raleigh').physicians)).toEqual(['Maya R. Okafor']);
    expect(namesOf(entry(second, 'location', 'location-durham').physicians)).toEqual([]);
    expect(namesOf(entry(second, 'physician', 'physician-okafor').locations)).toEqual(['Raleigh Clinic']);
  });

  test('a deleted entry disappears from the lists, and from the clinic that listed it', async () => {
    const { cms, store } = setup((fake) => {
      seedEveryType(fake);
      fake.save('physician', physician('physician-lee', 'sam-lee', { fullName: 'Sam Lee' }));
    });
    const first = await store.current();
    expect(namesOf(entry(first, 'location', 'location-durham').physicians)).toEqual(['Maya R. Okafor', 'Sam Lee']);

    cms.remove('physician', 'physician-lee');
    const second = await store.current();

    expect(list(second, 'physician').map((doctor) => doctor.slug)).toEqual(['maya-okafor']);
    expect(second.documents.has('physician-lee')).toBe(false);
    expect(namesOf(entry(second, 'location', 'location-durham').physicians)).toEqual(['Maya R. Okafor']);
  });

  test('a deletion and a creation in one interval (same count): the deleted entry goes, the new one comes', async () => {
    const { cms, store } = setup((fake) => {
      seedEveryType(fake);
      fake.save('physician', physician('physician-lee', 'sam-lee'));
    });
    await store.current();

    cms.remove('physician', 'physician-lee');
    cms.save('physician', physician('physician-cho', 'jin-cho'));
    const snapshot = await store.current();

    expect(list(snapshot, 'physician').map((doctor) => doctor.slug).sort()).toEqual(['jin-cho', 'maya-okafor']);
  });

  test('a version written as a new row with an older updatedAt (a publish of an older draft, a discarded draft) is seen too', async () => {
    const { cms, store } = setup((fake) => {
      seedEveryType(fake);
      fake.save('physician', physician('physician-lee', 'sam-lee', { fullName: 'Sam Lee' }));
    });
    await store.current();

    // Neither the count nor the newest updatedAt moves: only the new row's id does.
    cms.rewrite('physician', 'physician-okafor', { fullName: 'Maya Okafor-Reyes' });
    const snapshot = await store.current();

    expect(entry(snapshot, 'physician', 'physician-okafor').fullName).toBe('Maya Okafor-Reyes');
    expect(namesOf(entry(snapshot, 'location', 'location-durham').physicians)).toContain('Maya Okafor-Reyes');
  });

  test('a failed refresh is not half-remembered: once the CMS answers again, the rename reaches the physicians', async () => {
    const { cms, store } = setup();
    await store.current();

    cms.edit('location', 'location-durham', { name: 'Durham Cancer Center' });
    // The clinic itself is read, then rereading the physicians who show it fails.
    cms.failWhen((request) => request.type === 'physician' && request.query.filters !== undefined);
    await expect(store.current()).rejects.toThrow(/physicians/);
    cms.failWhen(null);
    const snapshot = await store.current();

    expect(entry(snapshot, 'location', 'location-durham').name).toBe('Durham Cancer Center');
    expect(namesOf(entry(snapshot, 'physician', 'physician-okafor').locations)).toEqual(['Durham Cancer Center']);
  });

  test('concurrent requests share refreshes: one under way, and one more after it for all who came meanwhile', async () => {
    const { cms, store } = setup();
    await store.current();
    cms.edit('treatment', 'treatment-immunotherapy', { summary: 'Changed.' });

    const { result, requests } = await requestsDuring(cms, () => Promise.all(Array.from({ length: 6 }, () => store.current())));

    // Two rounds of questions, not six.
    expect(requests.filter(isVersionProbe)).toHaveLength(2 * PROBES_PER_REFRESH);
    expect(requests.filter((request) => request.type === 'treatment' && !isVersionProbe(request))).toHaveLength(1);
    for (const snapshot of result) expect(entry(snapshot, 'treatment', 'treatment-immunotherapy').summary).toBe('Changed.');
    expect(new Set(result).size).toBe(1);
  });
});

describe('createContentStore: drafts the site cannot show', () => {
  test('an invalid draft is left out of the list and kept as a problem naming the entry and the field', async () => {
    const { cms, store } = setup((fake) => {
      seedEveryType(fake);
      // Linked to no subtype: a subtype page shows its treatments' summaries, and would break too.
      fake.save('treatment', treatment('treatment-chemo', 'chemotherapy', { name: 'Chemotherapy', summary: null, subtypes: [] }));
    });

    const snapshot = await store.current();

    expect(list(snapshot, 'treatment').map((item) => item.slug)).toEqual(['immunotherapy']);
    const problem = {
      type: 'treatment',
      documentId: 'treatment-chemo',
      slug: 'chemotherapy',
      title: 'Chemotherapy',
      fields: [{ field: 'summary', fix: expect.stringMatching(/empty/) }],
      locale: 'en',
      // Its page, and the same page in the other languages (which take their shared fields from this version).
      pages: ['/treatments/chemotherapy/', '/es/treatments/chemotherapy/'],
    };
    expect(snapshot.problems).toEqual([problem]);
    expect(snapshot.documents.get('treatment-chemo')).toEqual({ type: 'treatment', entry: null, problem });

    // Fixed in the CMS: the problem goes, the entry comes.
    cms.edit('treatment', 'treatment-chemo', { summary: 'Medicines that kill fast-growing cells.' });
    const fixed = await store.current();
    expect(fixed.problems).toEqual([]);
    expect(list(fixed, 'treatment').map((item) => item.slug)).toEqual(['immunotherapy', 'chemotherapy']);
  });

  test('an invalid draft listed on another page leaves that page without it, rather than breaking it', async () => {
    const { store } = setup((fake) => {
      seedEveryType(fake);
      fake.save('treatment', treatment('treatment-chemo', 'chemotherapy', { name: 'Chemotherapy', summary: null }));
    });

    const snapshot = await store.current();

    // The subtype lists the treatment's card (with its summary): it shows the others, and no problem of its own.
    expect(snapshot.problems.map((problem) => problem.documentId)).toEqual(['treatment-chemo']);
    const subtypes = list(snapshot, 'subtype');
    expect(subtypes).toHaveLength(1);
    expect(namesOf((subtypes[0] as Record<string, unknown>).treatments)).toEqual(['Immunotherapy']);
  });

  test('a medical page without a reviewer is a problem naming reviewedBy', async () => {
    const { store } = setup((fake) => {
      seedEveryType(fake);
      fake.save('treatment', treatment('treatment-chemo', 'chemotherapy', { reviewedBy: null }));
    });

    const snapshot = await store.current();

    expect(snapshot.problems).toMatchObject([{ type: 'treatment', documentId: 'treatment-chemo', fields: [{ field: 'reviewedBy' }] }]);
    expect(list(snapshot, 'treatment').map((item) => item.slug)).toEqual(['immunotherapy']);
  });

  test('two entries with one slug: the first is shown, the second is a problem naming the slug and the first', async () => {
    const { store } = setup((fake) => {
      seedEveryType(fake);
      fake.save('treatment', treatment('treatment-copy', 'immunotherapy', { name: 'Immunotherapy (copy)' }));
    });

    const snapshot = await store.current();

    expect(list(snapshot, 'treatment').map((item) => item.documentId)).toEqual(['treatment-immunotherapy']);
    expect(snapshot.problems).toEqual([
      expect.objectContaining({ documentId: 'treatment-copy', fields: [{ field: 'slug', fix: expect.stringContaining('treatment-immunotherapy') }] }),
    ]);
  });

  test('a single type nobody created is a problem, until it is created', async () => {
    const { cms, store } = setup((fake) => {
      seedEveryType(fake);
      fake.remove('siteSettings', 'site-settings');
    });

    const snapshot = await store.current();

    expect(snapshot.problems).toEqual([
      { type: 'siteSettings', documentId: null, slug: null, title: null, fields: [{ field: '', fix: expect.stringContaining('site settings') }], locale: 'en', pages: [] },
    ]);
    expect(list(snapshot, 'siteSettings')).toEqual([]);

    cms.save('siteSettings', { documentId: 'site-settings-new', organizationName: 'Demo', appointmentPhone: '(919) 555-0199', appointmentPageText: 'a', secondOpinionPageText: 'b', emergencyNote: 'c', footerText: 'd', defaultSeo: { id: 1, metaTitle: null, metaDescription: null }, showDemoNotice: false, demoNotice: null });
    const created = await store.current();
    expect(created.problems).toEqual([]);
    expect(list(created, 'siteSettings')).toHaveLength(1);
  });
});

describe('createContentStore: versions in other locales', () => {
  const spanishOf = (snapshot: PreviewSnapshot, documentId: string) =>
    (entry(snapshot, 'treatment', documentId).localizations as Record<string, Record<string, unknown>> | undefined)?.es;
  const withSpanish = (fake: FakeCms) => {
    seedEveryType(fake);
    fake.save('treatment', treatmentVersion('treatment-immunotherapy', 'es', 'inmunoterapia', { name: 'Inmunoterapia' }));
  };

  test("a document's Spanish draft comes with its entry (its translated fields, as the site's loader gives them), and a Spanish save rereads only Spanish treatments", async () => {
    const { cms, store } = setup(withSpanish);
    const first = await store.current();

    expect(first.problems).toEqual([]);
    expect(spanishOf(first, 'treatment-immunotherapy')).toMatchObject({ name: 'Inmunoterapia', slug: 'inmunoterapia', locale: 'es', publishedAt: expect.any(String) });
    // The shared fields are the default locale's own.
    expect(entry(first, 'treatment', 'treatment-immunotherapy')).toMatchObject({ name: 'Immunotherapy', slug: 'immunotherapy', category: 'immunotherapy' });
    expect(first.versions.get('es:treatment-immunotherapy')).toMatchObject({ type: 'treatment', problem: null, translation: { slug: 'inmunoterapia' } });

    cms.edit('treatment', 'treatment-immunotherapy', { summary: 'Un resumen nuevo.' }, 'es');
    const { result, requests } = await requestsDuring(cms, () => store.current());

    expect(spanishOf(result, 'treatment-immunotherapy')).toMatchObject({ summary: 'Un resumen nuevo.' });
    expect(entry(result, 'treatment', 'treatment-immunotherapy').summary).toBe('Medicines that help your immune system attack cancer cells.');
    const reads = requests.filter((request) => !isVersionProbe(request));
    expect(reads.map((request) => [request.type, request.query.locale])).toEqual([['treatment', 'es']]);
    expect(reads[0]!.query.filters).toMatchObject({ $or: [{ updatedAt: { $gte: expect.any(String) } }, { id: { $gt: expect.any(String) } }] });
    // Each type is asked about in each locale.
    expect(requests.filter(isVersionProbe).filter((request) => request.query.locale === 'es')).toHaveLength(PROBES_PER_REFRESH / LOCALE_CODES.length);
  });

  test('a deleted Spanish version goes, and its entry stays', async () => {
    const { cms, store } = setup(withSpanish);
    await store.current();

    cms.remove('treatment', 'treatment-immunotherapy', 'es');
    const second = await store.current();

    expect(spanishOf(second, 'treatment-immunotherapy')).toBeUndefined();
    expect(second.versions.has('es:treatment-immunotherapy')).toBe(false);
    expect(list(second, 'treatment').map((item) => item.slug)).toEqual(['immunotherapy']);
  });

  test('a Spanish draft the site cannot show is a problem of that version, stopping its Spanish page only; the entry is shown without it', async () => {
    const { cms, store } = setup((fake) => {
      seedEveryType(fake);
      fake.save('treatment', treatmentVersion('treatment-immunotherapy', 'es', 'inmunoterapia', { name: 'Inmunoterapia', summary: null }));
    });

    const snapshot = await store.current();

    expect(snapshot.problems).toEqual([
      {
        type: 'treatment',
        documentId: 'treatment-immunotherapy',
        slug: 'inmunoterapia',
        title: 'Inmunoterapia',
        fields: [{ field: 'summary', fix: expect.stringMatching(/empty/) }],
        locale: 'es',
        pages: ['/es/treatments/inmunoterapia/'],
      },
    ]);
    expect(snapshot.versions.get('es:treatment-immunotherapy')).toMatchObject({ translation: null, problem: { locale: 'es' } });
    expect(spanishOf(snapshot, 'treatment-immunotherapy')).toBeUndefined();
    expect(snapshot.documents.get('treatment-immunotherapy')).toMatchObject({ problem: null, entry: { slug: 'immunotherapy' } });

    cms.edit('treatment', 'treatment-immunotherapy', { summary: 'Medicinas para el sistema inmunitario.' }, 'es');
    const fixed = await store.current();
    expect(fixed.problems).toEqual([]);
    expect(spanishOf(fixed, 'treatment-immunotherapy')).toMatchObject({ summary: 'Medicinas para el sistema inmunitario.' });
  });

  test("a Spanish version whose document has no English version yet is a problem that says to create that first; two Spanish versions with one slug, the second's", async () => {
    const { store } = setup((fake) => {
      withSpanish(fake);
      fake.save('treatment', treatmentVersion('treatment-spanish-only', 'es', 'cirugia', { name: 'Cirugía' }));
      fake.save('treatment', treatment('treatment-chemo', 'chemotherapy', { name: 'Chemotherapy' }));
      fake.save('treatment', treatmentVersion('treatment-chemo', 'es', 'inmunoterapia', { name: 'Quimioterapia' }));
    });

    const snapshot = await store.current();

    expect(snapshot.problems).toEqual([
      expect.objectContaining({ documentId: 'treatment-spanish-only', locale: 'es', fields: [{ field: '', fix: expect.stringContaining('no English version yet: create it first') }] }),
      expect.objectContaining({ documentId: 'treatment-chemo', locale: 'es', pages: ['/es/treatments/inmunoterapia/'], fields: [{ field: 'slug', fix: expect.stringContaining('treatment-immunotherapy') }] }),
    ]);
    expect(list(snapshot, 'treatment').map((item) => item.slug)).toEqual(['immunotherapy', 'chemotherapy']);
    expect(spanishOf(snapshot, 'treatment-chemo')).toBeUndefined();
  });

  test("an English draft the site cannot show stops its page in every language, at each version's slug", async () => {
    const { store } = setup((fake) => {
      seedEveryType(fake);
      fake.save('treatment', treatment('treatment-chemo', 'chemotherapy', { name: 'Chemotherapy', summary: null, subtypes: [] }));
      fake.save('treatment', treatmentVersion('treatment-chemo', 'es', 'quimioterapia', { name: 'Quimioterapia' }));
    });

    const snapshot = await store.current();

    expect(snapshot.problems).toEqual([expect.objectContaining({ documentId: 'treatment-chemo', locale: 'en', pages: ['/treatments/chemotherapy/', '/es/treatments/quimioterapia/'] })]);
  });
});
