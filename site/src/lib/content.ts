import { getCollection } from 'astro:content';
import {
  OPEN_TRIAL_STATUSES,
  type ClinicalTrial,
  type ClinicalTrialStatus,
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

/**
 * The one place pages get content. Entries were parsed with the shared content contract by the
 * CMS loader (src/lib/cms/loader.ts), so their data has the shared types; each list comes in
 * the order its pages show it.
 *
 * In a build, each list is read and sorted once and shared by every page (frozen, so no page can
 * reorder it for the others): with 10,000 physicians, sorting them again for each of thousands of
 * pages was most of the build. The dev server reads afresh each time, as content may change.
 */

export function getSubtypes(): Promise<readonly Subtype[]> {
  return perBuild('subtypes', async () => (await collectionData<Subtype>('subtypes')).sort(bySortOrder));
}

export async function getSubtype(slug: string): Promise<Subtype | undefined> {
  return (await getSubtypes()).find((subtype) => subtype.slug === slug);
}

export function getTreatments(): Promise<readonly Treatment[]> {
  return perBuild('treatments', async () => (await collectionData<Treatment>('treatments')).sort(byName));
}

export function getDiagnosticTests(): Promise<readonly DiagnosticTest[]> {
  return perBuild('diagnosticTests', async () => (await collectionData<DiagnosticTest>('diagnosticTests')).sort(bySortOrder));
}

export function getLocations(): Promise<readonly Location[]> {
  return perBuild('locations', async () => (await collectionData<Location>('locations')).sort(byName));
}

export function getPhysicians(): Promise<readonly Physician[]> {
  return perBuild('physicians', async () => (await collectionData<Physician>('physicians')).sort(byFamilyName));
}

export function getSpecialties(): Promise<readonly Specialty[]> {
  return perBuild('specialties', async () => (await collectionData<Specialty>('specialties')).sort(byName));
}

export function getClinicalTrials(): Promise<readonly ClinicalTrial[]> {
  return perBuild('clinicalTrials', async () => (await collectionData<ClinicalTrial>('clinicalTrials')).sort(byOpenThenTitle));
}

export function getSupportServices(): Promise<readonly SupportService[]> {
  return perBuild('supportServices', async () => (await collectionData<SupportService>('supportServices')).sort(byName));
}

export async function getConditionPage(): Promise<ConditionPage> {
  return singleData<ConditionPage>('conditionPage', 'condition page');
}

export async function getSiteSettings(): Promise<SiteSettings> {
  return singleData<SiteSettings>('siteSettings', 'site settings');
}

const builtOnce = new Map<string, Promise<unknown>>();

/** `read()` once per build (memoized in production builds only), its result frozen. */
function perBuild<Data>(key: string, read: () => Promise<Data[]>): Promise<readonly Data[]> {
  if (!import.meta.env.PROD) return read();
  let result = builtOnce.get(key) as Promise<readonly Data[]> | undefined;
  if (!result) {
    result = read().then((data) => Object.freeze(data));
    builtOnce.set(key, result);
  }
  return result;
}

type CollectionName = 'subtypes' | 'treatments' | 'diagnosticTests' | 'locations' | 'physicians' | 'specialties' | 'clinicalTrials' | 'supportServices' | 'conditionPage' | 'siteSettings';

async function collectionData<Data>(collection: CollectionName): Promise<Data[]> {
  const entries = await getCollection(collection);
  // Typed without Astro's generated collection types, so type checks need no content sync (no CMS).
  return entries.map((entry: { data: unknown }) => entry.data as Data);
}

async function singleData<Data>(collection: 'conditionPage' | 'siteSettings', label: string): Promise<Data> {
  const [data] = await collectionData<Data>(collection);
  // The loader fails the build first; this guards a page rendered without it.
  if (data === undefined) throw new Error(`The site has no ${label}: publish it in the CMS and build again.`);
  return data;
}

// Orderings, pure so they are tested without Astro (site/test/content.test.ts).

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function byName(a: { name: string }, b: { name: string }): number {
  return collator.compare(a.name, b.name);
}

/** Editor-chosen order; ties (equal sortOrder) fall back to the name. */
export function bySortOrder(a: { sortOrder: number; name: string }, b: { sortOrder: number; name: string }): number {
  return a.sortOrder - b.sortOrder || byName(a, b);
}

const GENERATIONAL_SUFFIX = /^(jr|sr|i{2,3}|iv|v)\.?$/i;

/** "Maya R. Okafor" → "Okafor"; a generational suffix is skipped ("James Carter Jr." → "Carter"). */
export function familyName(fullName: string): string {
  const words = fullName.trim().replace(/,/g, ' ').split(/\s+/);
  while (words.length > 1 && GENERATIONAL_SUFFIX.test(words[words.length - 1]!)) words.pop();
  return words[words.length - 1] ?? '';
}

/** Doctors are listed by family name, then full name. */
export function byFamilyName(a: { fullName: string }, b: { fullName: string }): number {
  return collator.compare(familyName(a.fullName), familyName(b.fullName)) || collator.compare(a.fullName, b.fullName);
}

export function isOpenTrial(trial: { recruitmentStatus: ClinicalTrialStatus }): boolean {
  return (OPEN_TRIAL_STATUSES as readonly ClinicalTrialStatus[]).includes(trial.recruitmentStatus);
}

/** Trials a patient can join come first; then by title. */
export function byOpenThenTitle(
  a: { recruitmentStatus: ClinicalTrialStatus; title: string },
  b: { recruitmentStatus: ClinicalTrialStatus; title: string },
): number {
  return Number(isOpenTrial(b)) - Number(isOpenTrial(a)) || collator.compare(a.title, b.title);
}
