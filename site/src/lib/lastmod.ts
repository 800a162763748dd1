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
import { LOCALE_CODES, localePath } from '@mbc/shared';
import type { WithLocalizations } from './localized-content';
import type { PageInLocale } from './page-locales';
import { allEntries, sitePages, type EntryMeta, type SitePage } from './touched-pages';

/**
 * The sitemap's <lastmod> for each page: the latest updatedAt of every entry whose words appear on
 * it (the page's own entry, the related entries it shows, its reviewers, the site settings; the
 * pages of src/lib/touched-pages.ts). astro.config.mjs calls
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

/**
 * Each page's date: the latest updatedAt of the entries it shows (pagesShowing in touched-pages.ts,
 * the site settings among them, so a list with no entries dates from them). Search finds words on
 * every page, so /search/ changes whenever any page does.
 */
export function buildLastmodMap(content: SiteContent, pages: readonly SitePage[] = sitePages(content)): LastmodMap {
  // An entry's words are in its versions in every locale; a page in one shows the shared fields too.
  const updatedAt = new Map(
    allEntries(content).map(({ entry }) => {
      const versions = Object.values((entry as WithLocalizations<EntryMeta>).localizations ?? {}).map((version) => version.updatedAt);
      return [entry.documentId, latest([entry.updatedAt, ...versions])];
    }),
  );
  const map: LastmodMap = {};
  for (const { path, views } of pages) {
    map[path] = latest([...views.keys()].map((documentId) => updatedAt.get(documentId))) ?? (latest([content.siteSettings.updatedAt]) as string);
  }
  const newest = latest(Object.values(map)) as string;
  for (const locale of LOCALE_CODES) map[localePath(locale, paths.search)] = newest;
  return map;
}

/** Path → the same page in every locale it is in (itself included), for the sitemap's xhtml:link alternates. */
export type AlternatesMap = Record<string, PageInLocale[]>;

export function buildAlternatesMap(pages: readonly SitePage[]): AlternatesMap {
  const byKey = new Map<string, PageInLocale[]>();
  for (const { key, locale, path } of pages) byKey.set(key, [...(byKey.get(key) ?? []), { locale, path }]);
  const map: AlternatesMap = {};
  for (const pages of byKey.values()) for (const { path } of pages) map[path] = pages;
  return map;
}
