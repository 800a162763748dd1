import { DEFAULT_LOCALE, LOCALE_CODES, localePath, type ClinicalTrial, type LocaleCode, type Physician, type Treatment } from '@mbc/shared';
import { alphabetJump, directoryPage, directoryPagePath, laterDirectoryPages } from './finder/directory';
import type { FinderIndexInput } from './finder/finder-index';
import type { SiteContent } from './lastmod';
import { siteContentIn, type WithLocalizations } from './localized-content';
import { entryPageLocales } from './page-locales';
import { familyName, isOpenTrial, sortByFamilyName } from './orderings';
import { showsOpenTrialCount } from './overview-sections';
import {
  locationOpenTrials,
  locationPhysicians,
  locationSupportServices,
  openTrialsOf,
  secondOpinionPhysicians,
  subtypePhysicians,
  trialsLedBy,
} from './page-selections';
import { paths } from './routes';

/**
 * Which pages an entry touches: for each page the static site builds, the entries whose data it
 * shows, worked out from the same relations and the same choices (src/lib/page-selections.ts,
 * the directory's pages) the pages render from, without rendering them. The sitemap dates each
 * page by it (buildLastmodMap in lastmod.ts), and an incremental build renders again only the
 * pages a change touches (touchedPages). Pure: content in, paths out.
 *
 * "Shows" is meant broadly, because a page missing from a rebuild keeps saying something false:
 * an entry is shown where any field of it appears (its own page, a card or link in a list, the
 * reviewer's name in "Medically reviewed by", the related entries a card names), and where a
 * list counts it ("Showing 12 of 40 doctors", the doctor count of a clinic). The site settings
 * are on every page (the layout's header, footer and JSON-LD). Links to entries that are not
 * published are not: the pages skip them, and they have no data of their own to change.
 */

/** Page path → the documentIds of the entries the page shows. */
export type PagesShowing = Map<string, Set<string>>;

/**
 * How much of an entry a page shows: all of it (its own page, a card drawn from the entry), or
 * the fields of it another entry embeds (a subtype's name and slug in a doctor's profile: the
 * fields shared/src/populate.ts selects for that relation).
 */
export type EntryView = 'whole' | ReadonlySet<string>;

/** Page path → documentId → how much of that entry the page shows. */
export type PageViews = Map<string, Map<string, EntryView>>;

/** Astro writes src/pages/404.astro as /404.html, the page static hosts serve for unknown paths. */
export const NOT_FOUND_PAGE = '/404.html';

/**
 * The not-found page of a locale: /404.html in the default one; in another, the same page as any
 * other of its routes, /es/404/ (deploy/nginx.conf serves it for unknown paths under /es/).
 */
export function notFoundPage(locale: LocaleCode): string {
  return locale === DEFAULT_LOCALE ? NOT_FOUND_PAGE : localePath(locale, '/404/');
}

interface Document {
  documentId: string;
}
type Shown = Document | null | undefined;

/** Every page and the entries it shows. Keys: every page `astro build` writes (robots.txt and the finder's JSON files are not pages; see touchedPages' finderAssets). */
export function pagesShowing(content: SiteContent): PagesShowing {
  return new Map([...pageViews(content)].map(([path, views]) => [path, new Set(views.keys())]));
}

/** Every page, the entries it shows and how much of each (pagesShowing, with the fields), in every locale. */
export function pageViews(content: SiteContent): PageViews {
  const pages: PageViews = new Map();
  for (const page of sitePages(content)) pages.set(page.path, page.views);
  return pages;
}

/**
 * One page the site builds: its path, its locale, the page it is in every locale (`key`: its
 * path in the default locale, so /es/treatments/inmunoterapia/ and /treatments/immunotherapy/
 * share one) and what it shows.
 */
export interface SitePage {
  path: string;
  locale: LocaleCode;
  key: string;
  views: Map<string, EntryView>;
}

/**
 * Every page in every locale (LOCALE_CODES). The default locale has every page. Another has the
 * same pages, showing each entry in that locale (localized-content.ts), except the pages of a
 * medical entry without a version in that locale (a subtype, treatment or trial):
 * the locale's lists link to the default one's page instead. Doctors and clinics have a page in
 * every locale, since what a patient needs there is shared data.
 */
export function sitePages(content: SiteContent): readonly SitePage[] {
  // Once per content: the render plan, the sitemap's dates and its alternates all ask for the build's.
  let pages = sitePagesOf.get(content);
  if (!pages) sitePagesOf.set(content, (pages = Object.freeze(LOCALE_CODES.flatMap((locale) => sitePagesIn(siteContentIn(content, locale), locale, content)))));
  return pages;
}
const sitePagesOf = new WeakMap<SiteContent, readonly SitePage[]>();

/** The pages of one locale, from the content in that locale; `defaults` is the default locale's, for each page's key. */
function sitePagesIn(content: SiteContent, locale: LocaleCode, defaults: SiteContent): SitePage[] {
  const site = sharedLists(content);
  const entries = new Map(allEntries(content).map(({ entry }) => [entry.documentId, entry as unknown]));
  const defaultEntries = new Map(allEntries(defaults).map(({ entry }) => [entry.documentId, entry as WithLocalizations<EntryMeta>]));
  // An entry's page in this locale (page-locales.ts), keyed by its page in the default locale; none if it has no page here.
  const entryPage = (pathOf: (slug: string) => string, entry: { documentId: string; slug?: string }, options?: { everyLocale: boolean }) => {
    const inLocales = entryPageLocales(pathOf, defaultEntries.get(entry.documentId) ?? entry, options);
    const here = inLocales.find((page) => page.locale === locale);
    return here && { key: inLocales[0]!.path, path: here.path };
  };
  const pages: SitePage[] = [];
  const show = (page: string | { key: string; path: string } | undefined, ...shown: (Shown | readonly Shown[])[]) => {
    if (page === undefined) return;
    const { key, path } = typeof page === 'string' ? { key: page, path: localePath(locale, page) } : page;
    // The layout shows the site settings on every page.
    const views = new Map<string, EntryView>([[content.siteSettings.documentId, 'whole']]);
    for (const item of shown.flat()) {
      // Links to entries that are not published are skipped by the pages, and have no data to change.
      if (!item || !entries.has(item.documentId)) continue;
      const view: EntryView = entries.get(item.documentId) === item ? 'whole' : embeddedFields(item);
      views.set(item.documentId, widerView(views.get(item.documentId), view));
    }
    pages.push({ path, locale, key, views });
  };

  const overview = content.conditionPage;
  {
    show(
      // The home page is in every locale: without a version of the overview, it shows the default one's, and says so.
      paths.home,
      overview,
      overview.reviewedBy,
      overview.featuredSubtypes,
      overview.featuredTreatments,
      showsOpenTrialCount(overview) ? site.clinicalTrials.filter(isOpenTrial) : [],
    );
  }
  show(paths.diagnosis, site.diagnosticTests.flatMap((test) => [test, test.reviewedBy]));
  show(paths.subtypes, site.subtypes);
  for (const subtype of site.subtypes) {
    show(
      entryPage(paths.subtype, subtype),
      subtype,
      subtype.reviewedBy,
      subtype.treatments,
      openTrialsOf(subtype),
      subtypePhysicians(subtype, site.physicians).flatMap(physicianCard),
    );
  }
  show(paths.treatments, site.treatments.flatMap(treatmentListItem));
  for (const treatment of site.treatments) {
    show(entryPage(paths.treatment, treatment), treatment, treatment.reviewedBy, treatment.subtypes, openTrialsOf(treatment));
  }

  // /doctors/ is the finder: its filters count every doctor by subtype, specialty and location,
  // and it links the finder's data files, which hold them all.
  show(paths.doctors, site.physicians, site.subtypes, site.specialties, site.locations);
  for (const page of laterDirectoryPages(site.physicians.length)) {
    show(directoryPagePath(page), directoryPage(site.physicians, page).entries.flatMap(physicianCard));
  }
  for (const physician of site.physicians) {
    show(
      entryPage(paths.doctor, physician, { everyLocale: true }),
      physician,
      physician.specialty,
      physician.locations,
      physician.subtypes,
      trialsLedBy(physician, site.clinicalTrials).flatMap(trialListItem),
    );
  }

  // Each clinic's card says how many doctors work there.
  show(paths.locations, site.locations, site.locations.flatMap((location) => locationPhysicians(location, site.physicians)));
  for (const location of site.locations) {
    show(
      entryPage(paths.location, location, { everyLocale: true }),
      location,
      locationPhysicians(location, site.physicians).flatMap(physicianCard),
      locationOpenTrials(location, site.clinicalTrials).flatMap(trialListItem),
      locationSupportServices(location, site.supportServices),
    );
  }

  show(paths.clinicalTrials, site.clinicalTrials.flatMap(trialListItem));
  for (const trial of site.clinicalTrials) {
    show(entryPage(paths.clinicalTrial, trial), trial, trial.reviewedBy, trial.principalInvestigator, trial.subtypes, trial.treatments, trial.locations);
  }

  show(paths.support, site.supportServices.flatMap((service) => [service, service.reviewedBy, ...service.locations]));
  // Both request pages carry the request form, which lists the locations.
  show(paths.secondOpinion, site.locations, secondOpinionPhysicians(site.physicians).flatMap(physicianCard));
  show(paths.appointments, site.locations);
  show(paths.appointmentThankYou);
  show(paths.search);
  pages.push({ path: notFoundPage(locale), locale, key: NOT_FOUND_PAGE, views: new Map([[content.siteSettings.documentId, 'whole']]) });
  return pages;
}

/** What a build must do after the content changed from `before` to `after`. */
export interface TouchedPages {
  /** Every page must be rendered again (`render` then lists every page): something every page shows changed. */
  everything: boolean;
  /** Why everything, for the build log. */
  reason?: string;
  /** Pages to render again: new pages, and pages that show a changed entry (before or after the change) or other entries than before. Sorted. */
  render: string[];
  /** Pages that are gone (their entry unpublished or deleted, or a directory page no longer needed). Sorted. */
  remove: string[];
  /** Whether the doctor finder's data files (index, cards, ZIP table) must be written again: what they are made from changed. */
  finderAssets: boolean;
}

/**
 * The pages to render again and to remove after a change of content, from this build's content
 * (`before`) and the next one's (`after`). An entry changed when it was added, removed, or any of
 * its data differs: its own updatedAt is not enough, because the fields of a related entry it
 * embeds (a location's name in each of its doctors) change without it.
 */
export function touchedPages(before: SiteContent, after: SiteContent): TouchedPages {
  const changed = changedFields(before, after);
  const pagesBefore = pageViews(before);
  const pagesAfter = pageViews(after);
  const remove = [...pagesBefore.keys()].filter((path) => !pagesAfter.has(path)).sort();
  const finderAssets = [before, after].some((content) =>
    FINDER_CONTENT.some((type) => (content[type] as readonly Document[]).some((entry) => changed.has(entry.documentId))),
  );

  const everywhere = [...onEveryPage(pagesBefore), ...onEveryPage(pagesAfter)].find((documentId) => changed.has(documentId));
  if (everywhere !== undefined) {
    const label = describeEntry(after, everywhere) ?? describeEntry(before, everywhere) ?? `entry ${everywhere}`;
    return {
      everything: true,
      reason: `${label} changed, and every page shows it`,
      render: [...pagesAfter.keys()].sort(),
      remove,
      finderAssets,
    };
  }

  // Every directory page says how many doctors there are and carries the A–Z, made from all their
  // family names: when those change, all of them do, though each shows only its own doctors.
  const directoryChanged = directoryOutline(before) !== directoryOutline(after);
  const shows = (views: ReadonlyMap<string, EntryView>) =>
    [...views].some(([documentId, view]) => {
      const fields = changed.get(documentId);
      return fields !== undefined && (fields === 'whole' || view === 'whole' || [...fields].some((field) => view.has(field)));
    });
  const render = [...pagesAfter]
    .filter(([path, viewsAfter]) => {
      const viewsBefore = pagesBefore.get(path);
      // A new page, or one that shows other entries than before (a directory page whose doctors moved up).
      if (!viewsBefore || !sameMembers(new Set(viewsBefore.keys()), new Set(viewsAfter.keys()))) return true;
      if (shows(viewsBefore) || shows(viewsAfter)) return true;
      return directoryChanged && isDirectoryPage(path);
    })
    .map(([path]) => path)
    .sort();
  return { everything: false, render, remove, finderAssets };
}

/** The documentIds of the entries added, removed, or whose data differs between the two contents. */
export function changedEntries(before: SiteContent, after: SiteContent): Set<string> {
  return new Set(changedFields(before, after).keys());
}

/**
 * documentId → what changed of it: 'whole' for an entry added or removed, else the names of its
 * fields whose data differs. A relation counts by which entries it links, not by their fields it
 * embeds: a location's new name changes the location, and each page showing the name shows the
 * location (pageViews), so the doctors at it, whose cards embed the name, have not changed
 * themselves. Otherwise a subtype would change with each doctor who joins it, and every profile
 * that names the subtype with it.
 */
export function changedFields(before: SiteContent, after: SiteContent): Map<string, 'whole' | Set<string>> {
  const entriesBefore = new Map(allEntries(before).map(({ entry }) => [entry.documentId, entry as unknown as Record<string, unknown>]));
  const entriesAfter = new Map(allEntries(after).map(({ entry }) => [entry.documentId, entry as unknown as Record<string, unknown>]));
  const isEntry = (documentId: string) => entriesBefore.has(documentId) || entriesAfter.has(documentId);
  const changed = new Map<string, 'whole' | Set<string>>();
  for (const [documentId, entryAfter] of entriesAfter) {
    const entryBefore = entriesBefore.get(documentId);
    if (!entryBefore) {
      changed.set(documentId, 'whole');
      continue;
    }
    // Most entries are unchanged, and read the same way both times: the same text, field for field, in the same order.
    if (JSON.stringify(entryBefore) === JSON.stringify(entryAfter)) continue;
    const fields = new Set(
      [...new Set([...Object.keys(entryBefore), ...Object.keys(entryAfter)])].filter(
        (field) => stableJson(linkedIds(entryBefore[field], isEntry)) !== stableJson(linkedIds(entryAfter[field], isEntry)),
      ),
    );
    if (fields.size > 0) changed.set(documentId, fields);
  }
  for (const documentId of entriesBefore.keys()) if (!entriesAfter.has(documentId)) changed.set(documentId, 'whole');
  return changed;
}

/** A relation's value as the documentIds it links (in order); any other value as it is. Media also have documentIds, but are not entries. */
function linkedIds(value: unknown, isEntry: (documentId: string) => boolean): unknown {
  const idOf = (item: unknown) => {
    const documentId = (item as Partial<Document> | null)?.documentId;
    return typeof documentId === 'string' && isEntry(documentId) ? documentId : item;
  };
  return Array.isArray(value) ? value.map(idOf) : idOf(value);
}

/**
 * The fields of an entry another one embeds (the link's own, not its documentId). Shown in another
 * locale than the default (it says its `inLanguage`), it shows its translated fields from the
 * entry's versions in the other locales, so a change of them is one of its.
 */
function embeddedFields(link: Document): ReadonlySet<string> {
  const fields = new Set(Object.keys(link).filter((field) => field !== 'documentId' && field !== 'id' && field !== 'inLanguage'));
  if ('inLanguage' in link) fields.add('localizations');
  return fields;
}

/** A page that shows an entry twice (a card, and a link) shows what both show. */
function widerView(shown: EntryView | undefined, view: EntryView): EntryView {
  if (!shown) return view;
  if (shown === 'whole' || view === 'whole') return 'whole';
  return new Set([...shown, ...view]);
}

/**
 * What the finder's data files are made from (src/lib/finder/build-assets.ts): the finder index's
 * input, which holds the cards' (physicians, specialties) and the ZIP table's (locations) too.
 * Typed by that input, so a list added to the index must be added here.
 */
const FINDER_INPUT: Record<keyof FinderIndexInput, true> = { physicians: true, locations: true, subtypes: true, specialties: true };
const FINDER_CONTENT = Object.keys(FINDER_INPUT) as (keyof FinderIndexInput & keyof SiteContent)[];

/** A doctor's card: the doctor, and the specialty and clinics it names. */
function physicianCard(physician: Physician): Shown[] {
  return [physician, physician.specialty, ...physician.locations];
}

/** A trial in a list of full trial entries: TrialList names its subtypes too. */
function trialListItem(trial: ClinicalTrial): Shown[] {
  return [trial, ...trial.subtypes];
}

/** A treatment in /treatments/' list: TreatmentList names its subtypes too. */
function treatmentListItem(treatment: Treatment): Shown[] {
  return [treatment, ...treatment.subtypes];
}

/**
 * The lists in the order src/lib/content.ts gives the pages (the directory's pages depend on the
 * doctors' order), frozen so the relation helpers index each list once, not once per page.
 */
function sharedLists(content: SiteContent): SiteContent {
  return {
    ...content,
    subtypes: Object.freeze([...content.subtypes]),
    treatments: Object.freeze([...content.treatments]),
    diagnosticTests: Object.freeze([...content.diagnosticTests]),
    locations: Object.freeze([...content.locations]),
    physicians: Object.freeze(sortByFamilyName([...content.physicians])),
    specialties: Object.freeze([...content.specialties]),
    clinicalTrials: Object.freeze([...content.clinicalTrials]),
    supportServices: Object.freeze([...content.supportServices]),
  };
}

/** What an editor calls each list's entries, for messages. */
const ENTRY_LABELS: Record<keyof SiteContent, string> = {
  conditionPage: 'the overview page',
  siteSettings: 'the site settings',
  subtypes: 'subtype',
  treatments: 'treatment',
  diagnosticTests: 'diagnostic test',
  locations: 'location',
  physicians: 'physician',
  specialties: 'specialty',
  clinicalTrials: 'clinical trial',
  supportServices: 'support service',
};

/** What every entry has (the single types have no slug). */
export interface EntryMeta {
  documentId: string;
  updatedAt: string;
  slug?: string;
}

/** Every entry of the content, with the list it is in. */
export function allEntries(content: SiteContent): { type: keyof SiteContent; entry: EntryMeta }[] {
  return (Object.keys(ENTRY_LABELS) as (keyof SiteContent)[]).flatMap((type) => {
    const value = content[type];
    const entries = (Array.isArray(value) ? value : [value]) as EntryMeta[];
    return entries.map((entry) => ({ type, entry }));
  });
}

/** "the site settings", "physician 'amara-okafor'"; undefined when the content has no such entry. */
function describeEntry(content: SiteContent, documentId: string): string | undefined {
  const found = allEntries(content).find(({ entry }) => entry.documentId === documentId);
  if (!found) return undefined;
  const label = ENTRY_LABELS[found.type];
  return found.entry.slug ? `${label} '${found.entry.slug}'` : label;
}

/** The entries every page shows (the site settings). */
function onEveryPage(pages: PageViews): string[] {
  const [first, ...others] = [...pages.values()];
  return [...(first?.keys() ?? [])].filter((documentId) => others.every((shown) => shown.has(documentId)));
}

/** What every page of the directory shows of the whole list: the number of doctors and where each letter of the A–Z starts. */
function directoryOutline(content: SiteContent): string {
  const familyNames = sortByFamilyName([...content.physicians]).map((physician) => familyName(physician.fullName));
  return JSON.stringify({ total: familyNames.length, letters: alphabetJump(familyNames) });
}

function isDirectoryPage(path: string): boolean {
  return path === paths.doctors || path.startsWith(`${paths.doctors}page/`);
}

function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((member) => b.has(member));
}

/** JSON with every object's keys sorted, so two equal entries give the same text whatever order their fields came in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
