/**
 * The site's languages in the CMS (Strapi's i18n): the locales exist at every start, every rule
 * holds in every locale, the fields every language shares stay equal whichever version they are
 * changed through, relations stay on the default-locale (English) version, and the content API
 * serves each locale's published versions only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, DEFAULT_LOCALE, LOCALES, LOCALE_CODES, LOCALIZED_FIELDS, type ContentTypeName } from '@mbc/shared';
import { ensureLocales } from '../src/bootstrap/locales';
import { adminApi, signInWithRole } from './admin-users';
import { documents, validLocationData, validPhysicianData, validTrialData, type StoredEntry } from './fixtures';
import { PREVIEW_TOKEN, SITE_TOKEN, rest, startCms } from './strapi';

const PHYSICIAN = 'api::physician.physician';
const LOCATION = 'api::location.location';
const TRIAL = 'api::clinical-trial.clinical-trial';
const TREATMENT = 'api::treatment.treatment';
const SPANISH = 'es';
const BAD_NPI = '1234567890';

let strapi: Core.Strapi;
const created: { uid: string; documentId: string }[] = [];

beforeAll(async () => {
  ({ strapi } = await startCms());
});

afterAll(async () => {
  for (const { uid, documentId } of created.reverse()) await documents(strapi, uid).delete({ documentId, locale: '*' });
});

/** The physician's translated fields in Spanish (a test physician has no photo, so no photo description). */
const spanishPhysician = {
  title: 'Oncóloga médica',
  bio: [{ type: 'paragraph', children: [{ type: 'text', text: 'Atiende a personas con cáncer de mama metastásico.' }] }],
  clinicalInterests: 'Metástasis óseas',
};

/** A published test physician in English, with its Spanish version published too. */
async function bilingualPhysician(suffix: string): Promise<StoredEntry> {
  const physicians = documents(strapi, PHYSICIAN);
  const english = await physicians.create({ data: await validPhysicianData(strapi, `i18n-${suffix}`), status: 'published' });
  created.push({ uid: PHYSICIAN, documentId: english.documentId });
  await physicians.update({ documentId: english.documentId, locale: SPANISH, data: spanishPhysician, status: 'published' });
  return english;
}

async function bilingualLocation(suffix: string): Promise<StoredEntry> {
  const locations = documents(strapi, LOCATION);
  const english = await locations.create({ data: validLocationData(`i18n-${suffix}`), status: 'published' });
  created.push({ uid: LOCATION, documentId: english.documentId });
  await locations.update({
    documentId: english.documentId,
    locale: SPANISH,
    data: { name: `Clínica de prueba ${suffix}`, parkingAndDirections: 'Estacione gratis delante.', servicesOffered: 'Centro de infusión' },
    status: 'published',
  });
  return english;
}

/** A treatment with a medical review, reviewed by a published physician, in English and Spanish. */
async function bilingualTreatment(suffix: string): Promise<StoredEntry> {
  const treatments = documents(strapi, TREATMENT);
  const template = await treatments.findFirst({ status: 'published' });
  const reviewer = await documents(strapi, PHYSICIAN).findFirst({ status: 'published' });
  const english = await treatments.create({
    data: {
      name: `Test treatment ${suffix}`,
      slug: `test-treatment-i18n-${suffix}`,
      category: template.category,
      howGiven: template.howGiven,
      summary: 'A test.',
      body: template.body,
      sideEffects: template.sideEffects,
      medicalReview: { lastReviewed: '2026-06-01', nextReviewDue: '2027-06-01' },
      reviewedBy: reviewer.documentId,
    },
    status: 'published',
  });
  created.push({ uid: TREATMENT, documentId: english.documentId });
  await treatments.update({
    documentId: english.documentId,
    locale: SPANISH,
    data: { name: `Tratamiento de prueba ${suffix}`, slug: `tratamiento-de-prueba-${suffix}`, summary: 'Una prueba.', body: template.body, sideEffects: template.sideEffects },
    status: 'published',
  });
  return english;
}

/** The stored rows of a document, by locale and state, e.g. { 'en draft': {...}, 'es published': {...} }. */
async function versionsOf(uid: string, documentId: string, populate: Record<string, unknown> = {}): Promise<Record<string, StoredEntry>> {
  const rows = (await strapi.db.query(uid).findMany({ where: { documentId }, populate })) as StoredEntry[];
  return Object.fromEntries(rows.map((row) => [`${row.locale} ${row.publishedAt ? 'published' : 'draft'}`, row]));
}

describe('the site\'s languages', () => {
  it('exist, from LOCALES, with the contract\'s default locale as Strapi\'s default', async () => {
    const locales = strapi.plugin('i18n').service('locales');
    const stored = (await locales.find()) as { code: string; name: string }[];
    expect(stored.map((locale) => locale.code).sort()).toEqual([...LOCALE_CODES].sort());
    for (const locale of LOCALES) expect(stored.find((entry) => entry.code === locale.code)?.name).toBe(locale.adminName);
    expect(await locales.getDefaultLocale()).toBe(DEFAULT_LOCALE);
  });

  it('are made again at every start without adding any, and the default is set back if it was changed', async () => {
    const locales = strapi.plugin('i18n').service('locales');
    const before = await strapi.db.query('plugin::i18n.locale').count();
    await locales.setDefaultLocale({ code: SPANISH });
    await ensureLocales(strapi);
    await ensureLocales(strapi);
    expect(await strapi.db.query('plugin::i18n.locale').count()).toBe(before);
    expect(await locales.getDefaultLocale()).toBe(DEFAULT_LOCALE);
  });

  it.each(Object.keys(CONTENT_TYPES) as ContentTypeName[])('%s is localized in Strapi, each field translated exactly when LOCALIZED_FIELDS lists it', (name) => {
    const model = strapi.contentType(CONTENT_TYPES[name].uid) as unknown as {
      pluginOptions?: { i18n?: { localized?: boolean } };
      attributes: Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } }>;
    };
    expect(strapi.plugin('i18n').service('content-types').isLocalizedContentType(model)).toBe(true);
    const translated = Object.entries(model.attributes)
      .filter(([, attribute]) => attribute.pluginOptions?.i18n?.localized === true)
      .map(([field]) => field)
      .sort();
    expect(translated).toEqual([...LOCALIZED_FIELDS[name]].sort());
  });
});

describe('every rule holds in every locale', () => {
  it.each(LOCALE_CODES)('refuses an NPI that fails the check digit, saved through the %s version, and changes neither version', async (locale) => {
    const physician = await bilingualPhysician(`npi-${locale}`);
    await expect(documents(strapi, PHYSICIAN).update({ documentId: physician.documentId, locale, data: { npi: BAD_NPI } })).rejects.toThrow(/npi fails the NPI check digit/);
    const versions = await versionsOf(PHYSICIAN, physician.documentId);
    for (const version of Object.values(versions)) expect(version.npi).toBe(physician.npi);
  });

  it.each(LOCALE_CODES)('refuses a clinic phone number that is not a US one, in the %s version', async (locale) => {
    const location = await bilingualLocation(`phone-${locale}`);
    await expect(documents(strapi, LOCATION).update({ documentId: location.documentId, locale, data: { phone: '12345' } })).rejects.toThrow(/phone must be a US phone number/);
  });

  it.each(LOCALE_CODES)('refuses a review date in the future, in the %s version of a medical page', async (locale) => {
    const treatment = await bilingualTreatment(`review-${locale}`);
    await expect(
      documents(strapi, TREATMENT).update({ documentId: treatment.documentId, locale, data: { medicalReview: { lastReviewed: '2099-01-01', nextReviewDue: '2100-01-01' } } }),
    ).rejects.toThrow(/medicalReview.lastReviewed/);
  });

  it('refuses a Spanish slug the site cannot use, naming the version', async () => {
    const treatment = await bilingualTreatment('slug');
    await expect(documents(strapi, TREATMENT).update({ documentId: treatment.documentId, locale: SPANISH, data: { slug: 'Cirugía Ñ' } })).rejects.toThrow(/^Spanish \(es\) version: slug /);
  });

  it('checks a Spanish version against the English version\'s reviewer, and lets it go live only after the English one', async () => {
    const treatments = documents(strapi, TREATMENT);
    const treatment = await bilingualTreatment('reviewer');
    const reviewer = (await treatments.findOne({ documentId: treatment.documentId, status: 'draft', populate: { reviewedBy: true } })).reviewedBy;
    await treatments.unpublish({ documentId: treatment.documentId, locale: '*' });
    await treatments.update({ documentId: treatment.documentId, data: { reviewedBy: null } });

    // The Spanish version has no reviewer of its own (relations stay in English): the English one decides.
    const refusal = treatments.publish({ documentId: treatment.documentId, locale: SPANISH });
    await expect(refusal).rejects.toThrow(/reviewedBy is required to publish/);
    await expect(treatments.publish({ documentId: treatment.documentId, locale: SPANISH })).rejects.toThrow(/Publish the English \(en\) version first/);

    await treatments.update({ documentId: treatment.documentId, data: { reviewedBy: reviewer.documentId } });
    await expect(treatments.publish({ documentId: treatment.documentId, locale: SPANISH })).rejects.toThrow(/Publish the English \(en\) version first/);
    await treatments.publish({ documentId: treatment.documentId });
    await treatments.publish({ documentId: treatment.documentId, locale: SPANISH });
    const versions = await versionsOf(TREATMENT, treatment.documentId, { reviewedBy: true });
    expect(versions['es published']).toBeDefined();
    expect(versions['en published'].reviewedBy.documentId).toBe(reviewer.documentId);
  });

  it('publishes every locale at once (locale *) only when each passes', async () => {
    const physicians = documents(strapi, PHYSICIAN);
    const physician = await bilingualPhysician('all-locales');
    await physicians.update({ documentId: physician.documentId, locale: SPANISH, data: { title: 'Oncóloga' } });
    // Broken behind the rules' back in the Spanish draft only, as data saved before a rule existed would be.
    await strapi.db.query(PHYSICIAN).update({ where: { documentId: physician.documentId, locale: SPANISH, publishedAt: null }, data: { slug: 'No Slug' } });
    await expect(physicians.publish({ documentId: physician.documentId, locale: '*' })).rejects.toThrow(/Spanish \(es\) version: slug/);
    expect((await versionsOf(PHYSICIAN, physician.documentId))['es published'].title).toBe(spanishPhysician.title);
  });

  it('lets a trial\'s own versions share its NCT id, and refuses another trial\'s in any locale', async () => {
    const trials = documents(strapi, TRIAL);
    const first = await trials.create({ data: await validTrialData(strapi, 'i18n-first', 'NCT99990001'), status: 'published' });
    created.push({ uid: TRIAL, documentId: first.documentId });
    const spanishTrial = { title: 'Ensayo de prueba', slug: 'ensayo-de-prueba-uno', plainLanguageSummary: 'Una prueba.', eligibilitySummary: 'Adultos.' };
    await trials.update({ documentId: first.documentId, locale: SPANISH, data: spanishTrial, status: 'published' });
    expect((await versionsOf(TRIAL, first.documentId))['es published'].nctId).toBe('NCT99990001');

    const second = await trials.create({ data: await validTrialData(strapi, 'i18n-second', 'NCT99990002'), status: 'published' });
    created.push({ uid: TRIAL, documentId: second.documentId });
    await trials.update({ documentId: second.documentId, locale: SPANISH, data: { ...spanishTrial, slug: 'ensayo-de-prueba-dos' } });
    await expect(trials.update({ documentId: second.documentId, locale: SPANISH, data: { nctId: 'NCT99990001' } })).rejects.toThrow(
      /nctId NCT99990001 is already used by trial "Test trial i18n-first"/,
    );
    // A trial that exists only in Spanish is still another trial.
    await expect(trials.create({ locale: SPANISH, data: { ...(await validTrialData(strapi, 'i18n-third', 'NCT99990001')), slug: 'ensayo-de-prueba-tres' } })).rejects.toThrow(
      /nctId NCT99990001 is already used/,
    );
  });

  it('lets a clinic keep its name in Spanish, and refuses another clinic\'s Spanish name', async () => {
    const locations = documents(strapi, LOCATION);
    const first = await bilingualLocation('name-first');
    // The same name in both languages of one clinic is no conflict.
    await locations.update({ documentId: first.documentId, locale: SPANISH, data: { name: first.name }, status: 'published' });
    const second = await bilingualLocation('name-second');
    await expect(locations.update({ documentId: second.documentId, locale: SPANISH, data: { name: first.name }, status: 'published' })).rejects.toThrow(/unique/);
  });

  it('lets a medical content editor save and publish a Spanish version in the admin', async () => {
    const editor = await signInWithRole(strapi, 'Medical content editor', 'locales-editor@tests.local');
    const physician = await bilingualPhysician('admin');
    const path = `/content-manager/collection-types/${PHYSICIAN}/${physician.documentId}`;
    const saved = await adminApi(editor, `${path}?locale=${SPANISH}`, { method: 'PUT', body: { ...spanishPhysician, title: 'Oncóloga de mama' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const published = await adminApi(editor, `${path}/actions/publish?locale=${SPANISH}`, { method: 'POST', body: {} });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect((await versionsOf(PHYSICIAN, physician.documentId))['es published'].title).toBe('Oncóloga de mama');
    const refused = await adminApi(editor, `${path}?locale=${SPANISH}`, { method: 'PUT', body: { npi: BAD_NPI } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['npi'] })]));
  });
});

describe('the fields every language shares stay equal', () => {
  it.each(LOCALE_CODES)('a physician\'s NPI and slug changed through the %s version change in every version; the title stays each language\'s own', async (locale) => {
    const physicians = documents(strapi, PHYSICIAN);
    const physician = await bilingualPhysician(`shared-${locale}`);
    const other = await validPhysicianData(strapi, `i18n-shared-${locale}-new`);
    await physicians.update({ documentId: physician.documentId, locale, data: { npi: other.npi, slug: other.slug } });
    await physicians.publish({ documentId: physician.documentId, locale: '*' });
    const versions = await versionsOf(PHYSICIAN, physician.documentId);
    expect(Object.keys(versions).sort()).toEqual(['en draft', 'en published', 'es draft', 'es published']);
    for (const version of Object.values(versions)) expect({ npi: version.npi, slug: version.slug }).toEqual({ npi: other.npi, slug: other.slug });
    expect(versions['en published'].title).toBe('Medical Oncologist');
    expect(versions['es published'].title).toBe(spanishPhysician.title);
  });

  it.each(LOCALE_CODES)('a clinic\'s phone, coordinates and hours changed through the %s version change in every version; its name does not', async (locale) => {
    const location = await bilingualLocation(`shared-${locale}`);
    // Two decimals: Strapi's decimal keeps two places on PostgreSQL.
    const shared = { phone: '(919) 555-0142', latitude: 35.78, longitude: -78.64, hours: [{ day: 'Tuesday', opens: '09:00', closes: '16:00' }] };
    await documents(strapi, LOCATION).update({ documentId: location.documentId, locale, data: shared });
    const versions = await versionsOf(LOCATION, location.documentId, { hours: true });
    for (const draft of [versions['en draft'], versions['es draft']]) {
      expect({ phone: draft.phone, latitude: Number(draft.latitude), longitude: Number(draft.longitude) }).toEqual({ phone: shared.phone, latitude: shared.latitude, longitude: shared.longitude });
      expect(draft.hours.map(({ day, opens, closes }: { day: string; opens: string; closes: string }) => ({ day, opens: opens.slice(0, 5), closes: closes.slice(0, 5) }))).toEqual(shared.hours);
    }
    expect(versions['en draft'].name).toBe(location.name);
    expect(versions['es draft'].name).toBe(`Clínica de prueba shared-${locale}`);
  });

  it.each(LOCALE_CODES)('a medical review changed through the %s version changes in every version, with its list columns', async (locale) => {
    const treatment = await bilingualTreatment(`shared-${locale}`);
    await documents(strapi, TREATMENT).update({ documentId: treatment.documentId, locale, data: { medicalReview: { lastReviewed: '2026-07-01', nextReviewDue: '2027-07-01' } } });
    await documents(strapi, TREATMENT).publish({ documentId: treatment.documentId, locale: '*' });
    const versions = await versionsOf(TREATMENT, treatment.documentId, { medicalReview: true });
    expect(Object.keys(versions)).toHaveLength(4);
    for (const [name, version] of Object.entries(versions)) {
      expect([version.medicalReview.lastReviewed, version.medicalReview.nextReviewDue, version.lastReviewed, version.nextReviewDue], name).toEqual([
        '2026-07-01',
        '2027-07-01',
        '2026-07-01',
        '2027-07-01',
      ]);
    }
    expect(versions['es published'].name).toBe(`Tratamiento de prueba shared-${locale}`);
    expect(versions['en published'].name).toBe(`Test treatment shared-${locale}`);
  });
});

describe('relations stay on the English version', () => {
  it('creating and publishing Spanish versions of a physician and of its clinic leaves the English relations as they were', async () => {
    const physicians = documents(strapi, PHYSICIAN);
    const location = await bilingualLocation('relations');
    const data = await validPhysicianData(strapi, 'i18n-relations');
    const english = await physicians.create({ data: { ...data, locations: [location.documentId] }, status: 'published' });
    created.push({ uid: PHYSICIAN, documentId: english.documentId });
    const relationsOf = async (locale: string, status: 'draft' | 'published') => {
      const entry = await physicians.findOne({ documentId: english.documentId, locale, status, populate: { locations: { fields: ['slug'] }, specialty: { fields: ['slug'] } } });
      return { locations: entry.locations.map((item: { slug: string }) => item.slug), specialty: entry.specialty?.slug ?? null };
    };
    const before = await relationsOf(DEFAULT_LOCALE, 'published');
    expect(before.locations).toEqual([location.slug]);

    await physicians.update({ documentId: english.documentId, locale: SPANISH, data: spanishPhysician, status: 'published' });
    await documents(strapi, LOCATION).update({ documentId: location.documentId, locale: SPANISH, data: { servicesOffered: 'Laboratorio' }, status: 'published' });

    expect(await relationsOf(DEFAULT_LOCALE, 'published')).toEqual(before);
    expect(await relationsOf(DEFAULT_LOCALE, 'draft')).toEqual(before);
    // Strapi keeps relations per locale: the Spanish version has none of its own, and the site reads the English ones.
    expect(await relationsOf(SPANISH, 'published')).toEqual({ locations: [], specialty: null });
  });

  it('lets the Spanish version of a reviewing physician go, while the English one, which pages name, stays guarded', async () => {
    const physicians = documents(strapi, PHYSICIAN);
    const treatment = await bilingualTreatment('guard');
    const reviewer = (await documents(strapi, TREATMENT).findOne({ documentId: treatment.documentId, status: 'published', populate: { reviewedBy: true } })).reviewedBy;
    const spanishVersion = await physicians.findOne({ documentId: reviewer.documentId, locale: SPANISH, status: 'published' });
    if (!spanishVersion) await physicians.update({ documentId: reviewer.documentId, locale: SPANISH, data: { ...spanishPhysician, photoAlt: 'Retrato ilustrado (imagen de demostración)' }, status: 'published' });
    await expect(physicians.unpublish({ documentId: reviewer.documentId })).rejects.toThrow(/is the medical reviewer named on published pages/);
    await physicians.unpublish({ documentId: reviewer.documentId, locale: SPANISH });
    expect((await versionsOf(PHYSICIAN, reviewer.documentId))['en published']).toBeDefined();
    await physicians.publish({ documentId: reviewer.documentId, locale: SPANISH });
  });
});

describe('the content API serves each locale, published only', () => {
  const MARKER = 'UNREVIEWED-SPANISH-DRAFT-2c91';
  let physician: StoredEntry;
  let spanishOnlyDraft: StoredEntry;

  beforeAll(async () => {
    physician = await bilingualPhysician('api');
    // An unpublished Spanish edit of a published physician, and a treatment whose only version is a Spanish draft.
    await documents(strapi, PHYSICIAN).update({ documentId: physician.documentId, locale: SPANISH, data: { title: MARKER } });
    const template = await documents(strapi, TREATMENT).findFirst({ status: 'published' });
    spanishOnlyDraft = await documents(strapi, TREATMENT).create({
      locale: SPANISH,
      data: { name: MARKER, slug: 'borrador-solo-en-espanol', category: template.category, howGiven: template.howGiven, summary: MARKER, body: template.body, sideEffects: template.sideEffects },
    });
    created.push({ uid: TREATMENT, documentId: spanishOnlyDraft.documentId });
  });

  it('gives the site-build token the Spanish versions with ?locale=es, and the English ones without a locale', async () => {
    const filter = `filters[documentId][$eq]=${physician.documentId}`;
    const spanish = await rest(`/api/physicians?${filter}&locale=${SPANISH}`, { token: SITE_TOKEN });
    expect(spanish.status).toBe(200);
    expect(spanish.body.data.map((entry: StoredEntry) => [entry.locale, entry.title])).toEqual([[SPANISH, spanishPhysician.title]]);
    const english = await rest(`/api/physicians?${filter}`, { token: SITE_TOKEN });
    expect(english.body.data.map((entry: StoredEntry) => [entry.locale, entry.title])).toEqual([[DEFAULT_LOCALE, 'Medical Oncologist']]);
  });

  it('never gives an API token a draft, whatever locale it names', async () => {
    const paths = ['/api/physicians', `/api/physicians/${physician.documentId}`, '/api/treatments', `/api/treatments/${spanishOnlyDraft.documentId}`];
    const locales = ['es', 'ES', 'Es', '*', 'all', 'en', 'es-ES', '%65s', 'es&status=draft', 'es&status=DRAFT', 'es&publicationState=preview', '*&status=draft'];
    const queries = [
      ...locales.map((locale) => `locale=${locale}`),
      'locale[]=es',
      'locale[0]=es&locale[1]=en',
      `locale=es&filters[title][$eq]=${MARKER}`,
      'locale=es&populate=*',
      'locale=es&populate[localizations]=*',
      'populate[localizations][fields][0]=title',
    ];
    const leaks: string[] = [];
    for (const path of paths) {
      for (const query of queries) {
        const answer = await rest(`${path}?${query}`, { token: SITE_TOKEN });
        if (JSON.stringify(answer.body).includes(MARKER)) leaks.push(`${path}?${query} → ${answer.status}`);
        expect([200, 400, 403, 404], `${path}?${query}`).toContain(answer.status);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('lets the draft preview read a Spanish draft', async () => {
    const answer = await rest(`/api/physicians/${physician.documentId}?locale=${SPANISH}&status=draft`, { token: PREVIEW_TOKEN });
    expect(answer.status).toBe(200);
    expect(answer.body.data.title).toBe(MARKER);
  });
});
