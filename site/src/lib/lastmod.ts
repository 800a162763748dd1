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
import { CmsRecordsError, cmsRecordsDir, readCmsRecords } from './cms/records';
import { paths } from './routes';

/**
 * The sitemap's <lastmod> for each page: the latest updatedAt of every entry whose words appear on
 * it (the page's own entry and the related entries it shows). astro.config.mjs calls
 * buildLastmodMap() with this build's content (readSiteContent) once the pages are built, and the
 * sitemap's serialize looks each page up in it.
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
 * This build's content: every published entry the pages show, as this build's CMS loaders checked
 * and wrote it (src/lib/cms/records.ts); the CMS is not read a second time. astro.config.mjs reads
 * it for the sitemap's dates and the content report's review dates.
 *
 * Valid once Astro has synced content, from the astro:build:start hook on: `astro build` runs the
 * loaders in AstroBuilder.setup() and only then build(), whose first step is astro:build:start
 * (node_modules/astro/dist/core/build/index.js). `buildStartedAt`, taken before the sync (at
 * astro:config:setup), tells this build's records from those an earlier build left in the cache
 * dir: a file older than that is refused, so a hook that asks too early fails rather than
 * describing the last build.
 */
export async function readSiteContent({ cacheDir, buildStartedAt }: { cacheDir: URL; buildStartedAt: Date }): Promise<SiteContent> {
  return readSiteContentIn(cmsRecordsDir(cacheDir), buildStartedAt);
}

/**
 * The content in a CMS records folder: this build's (above), or the one a release was built from
 * (src/lib/incremental/build-record.ts). With `writtenAfter`, a file written earlier is refused.
 */
export function readSiteContentIn(recordsDir: string, writtenAfter?: Date): SiteContent {
  const read = <Data>(name: ContentTypeName): Data[] => {
    const records = readCmsRecords(recordsDir, name);
    if (writtenAfter && records.writtenAt < writtenAfter.getTime()) {
      throw new CmsRecordsError(
        `${records.file} was written at ${new Date(records.writtenAt).toISOString()}, before this build started ` +
          `(${writtenAfter.toISOString()}), so it is an earlier build's content. This build's is there once Astro has synced ` +
          'content: read it from the astro:build:start hook or a later one.',
      );
    }
    return records.entries.map((record) => record.data as Data);
  };
  const single = <Data>(name: 'conditionPage' | 'siteSettings'): Data => {
    const [data] = read<Data>(name);
    // The loader refuses a build without it; this guards a records file written by hand.
    if (data === undefined) throw new CmsRecordsError(`The CMS records of this build have no ${name}: publish it in the CMS and build again.`);
    return data;
  };
  return {
    conditionPage: single<ConditionPage>('conditionPage'),
    siteSettings: single<SiteSettings>('siteSettings'),
    subtypes: read<Subtype>('subtype'),
    treatments: read<Treatment>('treatment'),
    diagnosticTests: read<DiagnosticTest>('diagnosticTest'),
    locations: read<Location>('location'),
    physicians: read<Physician>('physician'),
    specialties: read<Specialty>('specialty'),
    clinicalTrials: read<ClinicalTrial>('clinicalTrial'),
    supportServices: read<SupportService>('supportService'),
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
