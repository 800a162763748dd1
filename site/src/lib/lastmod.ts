import type {
  ClinicalTrial,
  ConditionPage,
  DiagnosticTest,
  Location,
  Physician,
  SiteSettings,
  Specialty,
  Subtype,
  SupportService,
  Treatment,
  ContentTypeName,
} from '@mbc/shared';
import { contentSourceFromEnv, type ContentSource } from './cms/content-source';
import { parseContentEntries } from './cms/loader';
import type { CmsLogger } from './cms/strapi-client';
import { paths } from './routes';

/**
 * The sitemap's <lastmod> for each page: the latest updatedAt of every entry whose words appear on
 * it (the page's own entry and the related entries it shows). astro.config.mjs calls
 * buildLastmodMap() with the content (readSiteContent) once the pages are built, and the sitemap's
 * serialize looks each page up in it.
 */

export interface SiteContent {
  conditionPage: ConditionPage;
  siteSettings: SiteSettings;
  subtypes: readonly Subtype[];
  treatments: readonly Treatment[];
  diagnosticTests: readonly DiagnosticTest[];
  locations: readonly Location[];
  physicians: readonly Physician[];
  specialties: readonly Specialty[];
  clinicalTrials: readonly ClinicalTrial[];
  supportServices: readonly SupportService[];
}

/** Path → ISO date-time. */
export type LastmodMap = Record<string, string>;

interface Dated {
  documentId: string;
  updatedAt: string;
}

/**
 * Every published entry the pages show, from the build's source (CONTENT_SOURCE), read and
 * checked as the loaders do (src/lib/cms/loader.ts). astro.config.mjs reads it once a build is
 * done, for the sitemap's dates and the content report's review dates.
 */
export async function readSiteContent(options: { source?: ContentSource; logger?: CmsLogger } = {}): Promise<SiteContent> {
  const source = options.source ?? contentSourceFromEnv();
  const read = async <Name extends ContentTypeName>(name: Name) => parseContentEntries(name, await source.load(name, { logger: options.logger }));
  const [[conditionPage], [siteSettings], subtypes, treatments, diagnosticTests, locations, physicians, specialties, clinicalTrials, supportServices] =
    await Promise.all([
      read('conditionPage'),
      read('siteSettings'),
      read('subtype'),
      read('treatment'),
      read('diagnosticTest'),
      read('location'),
      read('physician'),
      read('specialty'),
      read('clinicalTrial'),
      read('supportService'),
    ]);
  return {
    conditionPage: conditionPage!,
    siteSettings: siteSettings!,
    subtypes,
    treatments,
    diagnosticTests,
    locations,
    physicians,
    specialties,
    clinicalTrials,
    supportServices,
  };
}

/** The latest of ISO date-times (compared as instants), or undefined for none. */
export function latest(dates: readonly (string | null | undefined)[]): string | undefined {
  let best: string | undefined;
  let bestTime = -Infinity;
  for (const date of dates) {
    if (!date) continue;
    const time = Date.parse(date);
    if (Number.isNaN(time)) continue;
    if (time > bestTime) {
      best = new Date(time).toISOString();
      bestTime = time;
    }
  }
  return best;
}

export function buildLastmodMap(content: SiteContent): LastmodMap {
  const updatedAt = new Map<string, string>();
  const all: Dated[] = [
    content.conditionPage,
    content.siteSettings,
    ...content.subtypes,
    ...content.treatments,
    ...content.diagnosticTests,
    ...content.locations,
    ...content.physicians,
    ...content.specialties,
    ...content.clinicalTrials,
    ...content.supportServices,
  ];
  for (const entry of all) updatedAt.set(entry.documentId, entry.updatedAt);
  /** Latest change among the entries and the linked documents (links to unpublished entries are ignored). */
  const of = (...entries: (Dated | { documentId: string } | null | undefined)[]) =>
    latest(entries.map((entry) => (entry ? updatedAt.get(entry.documentId) : undefined)));

  const map: LastmodMap = {};
  // A list with no entries still is a page (header, footer and its own words): it then changed
  // when the site settings last did.
  const set = (path: string, date: string | undefined) => {
    map[path] = date ?? (latest([content.siteSettings.updatedAt]) as string);
  };

  const page = content.conditionPage;
  set(paths.home, of(page, ...page.featuredSubtypes, ...page.featuredTreatments));
  set(paths.diagnosis, of(...content.diagnosticTests));
  set(paths.subtypes, of(...content.subtypes));
  for (const subtype of content.subtypes) {
    set(paths.subtype(subtype.slug), of(subtype, ...subtype.treatments, ...subtype.clinicalTrials, ...subtype.physicians));
  }
  set(paths.treatments, of(...content.treatments));
  for (const treatment of content.treatments) {
    set(paths.treatment(treatment.slug), of(treatment, ...treatment.subtypes, ...treatment.clinicalTrials));
  }
  set(paths.doctors, of(...content.physicians, ...content.locations, ...content.specialties));
  for (const physician of content.physicians) {
    const trialsLed = content.clinicalTrials.filter((trial) => trial.principalInvestigator?.documentId === physician.documentId);
    set(
      paths.doctor(physician.slug),
      of(physician, physician.specialty, ...physician.locations, ...physician.subtypes, ...trialsLed),
    );
  }
  set(paths.locations, of(...content.locations));
  for (const location of content.locations) {
    const here = (links: readonly { documentId: string }[]) => links.some((link) => link.documentId === location.documentId);
    set(
      paths.location(location.slug),
      of(
        location,
        ...location.physicians,
        ...content.clinicalTrials.filter((trial) => here(trial.locations)),
        ...content.supportServices.filter((service) => here(service.locations)),
      ),
    );
  }
  set(paths.clinicalTrials, of(...content.clinicalTrials));
  for (const trial of content.clinicalTrials) {
    set(
      paths.clinicalTrial(trial.slug),
      of(trial, trial.principalInvestigator, ...trial.subtypes, ...trial.treatments, ...trial.locations),
    );
  }
  set(paths.support, of(...content.supportServices));
  set(
    paths.secondOpinion,
    // The request form there lists the locations.
    of(content.siteSettings, ...content.locations, ...content.physicians.filter((physician) => physician.offersSecondOpinions)),
  );
  set(paths.appointments, of(content.siteSettings, ...content.locations));
  // Search finds words on every page, so its results change whenever any content does.
  set(paths.search, latest(Object.values(map)));
  return map;
}
