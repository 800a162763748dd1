import { getCollection } from 'astro:content';
import {
  DEFAULT_LOCALE,
  type ContentEntry,
  type LocaleCode,
  type ContentTypeName,
  type ClinicalTrial,
  type ConditionPage,
  type DiagnosticTest,
  type Location,
  type Physician,
  type SiteSettings,
  type Specialty,
  type Subtype,
  type SupportService,
  type Treatment,
} from '@mbc/shared';
import { COLLECTIONS } from './cms/collections';
import { CmsRecordsError, readCmsRecords, recordsInStoreOrder } from './cms/records';
import { pathsInLocale, type PathsInLocale } from './locale-links';
import { localizeEntry, translationIndex, type Localized, type TranslationIndex } from './localized-content';
import { entryPageLocales, type PageInLocale } from './page-locales';
import { paths } from './routes';
import { byName, byOpenThenTitle, bySortOrder, sortByFamilyName } from './orderings';
import { currentPreviewRequest } from './preview/request-content';

/**
 * The one place pages get content. Entries were parsed with the shared content contract by the
 * CMS loader (src/lib/cms/loader.ts), so their data has the shared types; each list comes in
 * the order its pages show it.
 *
 * In a build, each list is read and sorted once and shared by every page (frozen, so no page can
 * reorder it for the others): with 10,000 physicians, sorting them again for each of thousands of
 * pages was most of the build; and Astro's getCollection copies every entry on each call, so it
 * is called once per type. The dev server reads afresh each time, as content may change.
 *
 * The draft preview server's build (`import.meta.env.PREVIEW`) reads the content of the request
 * being served instead (site/preview/: the CMS's drafts, or its published versions), and shares
 * each list among the requests that see the same content.
 */

export function getSubtypes(locale: LocaleCode = DEFAULT_LOCALE): Promise<readonly Localized<Subtype>[]> {
  if (locale !== DEFAULT_LOCALE) return inLocale('subtype', getSubtypes, locale, bySortOrder);
  return perBuild('subtypes', async () => (await collectionData<Subtype>('subtype')).sort(bySortOrder));
}

export async function getSubtype(slug: string | undefined, locale: LocaleCode = DEFAULT_LOCALE): Promise<Localized<Subtype> | undefined> {
  return withSlug(await getSubtypes(locale), slug);
}

export function getTreatments(locale: LocaleCode = DEFAULT_LOCALE): Promise<readonly Localized<Treatment>[]> {
  if (locale !== DEFAULT_LOCALE) return inLocale('treatment', getTreatments, locale, byName);
  return perBuild('treatments', async () => (await collectionData<Treatment>('treatment')).sort(byName));
}

export async function getTreatment(slug: string | undefined, locale: LocaleCode = DEFAULT_LOCALE): Promise<Localized<Treatment> | undefined> {
  return withSlug(await getTreatments(locale), slug);
}

export function getDiagnosticTests(locale: LocaleCode = DEFAULT_LOCALE): Promise<readonly Localized<DiagnosticTest>[]> {
  if (locale !== DEFAULT_LOCALE) return inLocale('diagnosticTest', getDiagnosticTests, locale, bySortOrder);
  return perBuild('diagnosticTests', async () => (await collectionData<DiagnosticTest>('diagnosticTest')).sort(bySortOrder));
}

export function getLocations(locale: LocaleCode = DEFAULT_LOCALE): Promise<readonly Localized<Location>[]> {
  if (locale !== DEFAULT_LOCALE) return inLocale('location', getLocations, locale, byName);
  return perBuild('locations', async () => (await collectionData<Location>('location')).sort(byName));
}

export async function getLocation(slug: string | undefined, locale: LocaleCode = DEFAULT_LOCALE): Promise<Localized<Location> | undefined> {
  return withSlug(await getLocations(locale), slug);
}

export function getPhysicians(locale: LocaleCode = DEFAULT_LOCALE): Promise<readonly Localized<Physician>[]> {
  // Family names are shared by every locale, so the order is too.
  if (locale !== DEFAULT_LOCALE) return inLocale('physician', getPhysicians, locale);
  return perBuild('physicians', async () => sortByFamilyName(await collectionData<Physician>('physician')));
}

export async function getPhysician(slug: string | undefined, locale: LocaleCode = DEFAULT_LOCALE): Promise<Localized<Physician> | undefined> {
  return withSlug(await getPhysicians(locale), slug);
}

export function getSpecialties(locale: LocaleCode = DEFAULT_LOCALE): Promise<readonly Localized<Specialty>[]> {
  if (locale !== DEFAULT_LOCALE) return inLocale('specialty', getSpecialties, locale, byName);
  return perBuild('specialties', async () => (await collectionData<Specialty>('specialty')).sort(byName));
}

export function getClinicalTrials(locale: LocaleCode = DEFAULT_LOCALE): Promise<readonly Localized<ClinicalTrial>[]> {
  if (locale !== DEFAULT_LOCALE) return inLocale('clinicalTrial', getClinicalTrials, locale, byOpenThenTitle);
  return perBuild('clinicalTrials', async () => (await collectionData<ClinicalTrial>('clinicalTrial')).sort(byOpenThenTitle));
}

export async function getClinicalTrial(slug: string | undefined, locale: LocaleCode = DEFAULT_LOCALE): Promise<Localized<ClinicalTrial> | undefined> {
  return withSlug(await getClinicalTrials(locale), slug);
}

export function getSupportServices(locale: LocaleCode = DEFAULT_LOCALE): Promise<readonly Localized<SupportService>[]> {
  if (locale !== DEFAULT_LOCALE) return inLocale('supportService', getSupportServices, locale, byName);
  return perBuild('supportServices', async () => (await collectionData<SupportService>('supportService')).sort(byName));
}

export async function getConditionPage(locale: LocaleCode = DEFAULT_LOCALE): Promise<Localized<ConditionPage>> {
  const page = await singleData<ConditionPage>('conditionPage', 'condition page');
  return locale === DEFAULT_LOCALE ? page : perContent(`conditionPage:${locale}`, async () => localizeEntry('conditionPage', page, locale, await translationsIn(locale)));
}

export async function getSiteSettings(locale: LocaleCode = DEFAULT_LOCALE): Promise<Localized<SiteSettings>> {
  const settings = await singleData<SiteSettings>('siteSettings', 'site settings');
  return locale === DEFAULT_LOCALE ? settings : perContent(`siteSettings:${locale}`, async () => localizeEntry('siteSettings', settings, locale, await translationsIn(locale)));
}

/**
 * Every entry of the type in another locale than the default (localized-content.ts), once per
 * content, in the order of `order` (by the translated names), or the default locale's order.
 */
function inLocale<Name extends ContentTypeName, Entry extends ContentEntry<Name>>(
  name: Name,
  inDefaultLocale: () => Promise<readonly Entry[]>,
  locale: LocaleCode,
  order?: (a: Localized<Entry>, b: Localized<Entry>) => number,
): Promise<readonly Localized<Entry>[]> {
  return perBuild(`${name}:${locale}`, async () => {
    const index = await translationsIn(locale);
    const entries = (await inDefaultLocale()).map((entry) => localizeEntry(name, entry as ContentEntry<Name>, locale, index) as Localized<Entry>);
    return order ? entries.sort(order) : entries;
  });
}

/** Every document's version in `locale`, by type and documentId, once per content. */
export function translationsIn(locale: LocaleCode): Promise<TranslationIndex> {
  return perContent(`translations:${locale}`, async () => {
    const [subtype, treatment, diagnosticTest, location, physician, specialty, clinicalTrial, supportService, conditionPage, siteSettings] = await Promise.all([
      getSubtypes(),
      getTreatments(),
      getDiagnosticTests(),
      getLocations(),
      getPhysicians(),
      getSpecialties(),
      getClinicalTrials(),
      getSupportServices(),
      singleData<ConditionPage>('conditionPage', 'condition page'),
      singleData<SiteSettings>('siteSettings', 'site settings'),
    ]);
    return translationIndex(locale, {
      subtype,
      treatment,
      diagnosticTest,
      location,
      physician,
      specialty,
      clinicalTrial,
      supportService,
      conditionPage: [conditionPage],
      siteSettings: [siteSettings],
    });
  });
}

/**
 * What content a list belongs to, for sharing it: the build's (one for the whole build), the
 * preview request's (the same object for every request that sees the same content), or none in
 * the dev server (read afresh each time).
 */
const BUILD_CONTENT = {};
function contentScope(): object | undefined {
  if (import.meta.env.PREVIEW) return currentPreviewRequest().content;
  return import.meta.env.PROD ? BUILD_CONTENT : undefined;
}

const shared = new WeakMap<object, Map<string, Promise<unknown>>>();

/** `make()` once per content (see contentScope), its result shared by every page that asks for `key`. */
export function perContent<Value>(key: string, make: () => Promise<Value>): Promise<Value> {
  const scope = contentScope();
  if (!scope) return make();
  let values = shared.get(scope);
  if (!values) shared.set(scope, (values = new Map()));
  let value = values.get(key) as Promise<Value> | undefined;
  if (!value) {
    value = make();
    values.set(key, value);
  }
  return value;
}

/** `read()` once per content, its result frozen so no page can reorder it for the others. */
function perBuild<Data>(key: string, read: () => Promise<Data[]>): Promise<readonly Data[]> {
  return perContent(key, () => read().then((data) => Object.freeze(data)));
}

const slugIndexes = new WeakMap<readonly { slug: string }[], Map<string, { slug: string }>>();

/** The entry with this slug, from a shared (frozen) list through an index built once per list. */
function withSlug<Entry extends { slug: string }>(entries: readonly Entry[], slug: string | undefined): Entry | undefined {
  if (slug === undefined) return undefined;
  let index = slugIndexes.get(entries);
  if (!index) {
    index = new Map(entries.map((entry) => [entry.slug, entry]));
    if (Object.isFrozen(entries)) slugIndexes.set(entries, index);
  }
  return index.get(slug) as Entry | undefined;
}

/**
 * A fresh, sortable list of every entry of the type, from the preview request, or from the CMS
 * records the loader wrote (src/lib/cms/records.ts): Astro's content store holds only each entry's
 * id and digest, and says which records this build has.
 */
async function collectionData<Data>(name: ContentTypeName): Promise<Data[]> {
  if (import.meta.env.PREVIEW) return [...currentPreviewRequest().content.entries[name]] as Data[];
  // Typed without Astro's generated collection types, so type checks need no content sync (no CMS).
  const stored = (await getCollection(COLLECTIONS[name] as never)) as { id: string; digest?: string }[];
  const recordsDir = import.meta.env.CMS_RECORDS_DIR;
  if (!recordsDir) {
    throw new CmsRecordsError('import.meta.env.CMS_RECORDS_DIR is not set: the mbc:cms-records integration in astro.config.mjs sets it, and pages cannot find their content without it.');
  }
  return recordsInStoreOrder(name, readCmsRecords(recordsDir, name), stored).map((record) => record.data as Data);
}

/** Once per content too: every page's layout asks for the site settings. */
async function singleData<Data>(name: 'conditionPage' | 'siteSettings', label: string): Promise<Data> {
  const [data] = await perBuild(name, () => collectionData<Data>(name));
  // The loader fails the build first (the preview server explains it first); this guards a page rendered without it.
  if (data === undefined) throw new Error(`The site has no ${label}: publish it in the CMS and build again.`);
  return data;
}

// The orderings are pure (src/lib/orderings.ts), so modules that must not import Astro use them too.
export { byFamilyName, byName, byOpenThenTitle, bySortOrder, familyName, isOpenTrial, sortByFamilyName } from './orderings';

/** The types with a page of their own per entry, as page-locales.ts places them in each locale. */
const ENTRY_PAGES = {
  subtype: { entries: () => getSubtypes(), pathOf: paths.subtype, everyLocale: false },
  treatment: { entries: () => getTreatments(), pathOf: paths.treatment, everyLocale: false },
  clinicalTrial: { entries: () => getClinicalTrials(), pathOf: paths.clinicalTrial, everyLocale: false },
  physician: { entries: () => getPhysicians(), pathOf: paths.doctor, everyLocale: true },
  location: { entries: () => getLocations(), pathOf: paths.location, everyLocale: true },
} as const;

/** The page of one entry in every locale it has one (for the language switch and hreflang). */
export async function entryPageInLocales(name: keyof typeof ENTRY_PAGES, documentId: string): Promise<PageInLocale[]> {
  const { entries, pathOf, everyLocale } = ENTRY_PAGES[name];
  const entry = (await entries()).find((candidate) => candidate.documentId === documentId);
  return entry ? entryPageLocales(pathOf, entry, { everyLocale }) : [];
}

/** Each default-locale path of an entry's page → its path in `locale` (locale-links.ts), once per content. */
export function getPathsInLocale(locale: LocaleCode): Promise<PathsInLocale> {
  return perContent(`pathsIn:${locale}`, async () => {
    const [subtypes, treatments, clinicalTrials, diagnosticTests, supportServices] = await Promise.all([
      getSubtypes(),
      getTreatments(),
      getClinicalTrials(),
      getDiagnosticTests(),
      getSupportServices(),
    ]);
    return pathsInLocale(locale, { subtypes, treatments, clinicalTrials, diagnosticTests, supportServices } as Parameters<typeof pathsInLocale>[1]);
  });
}
