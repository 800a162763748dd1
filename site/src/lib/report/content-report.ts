/**
 * The content report of a build (README, "The content report"): medical reviews that are overdue
 * or due soon (from the content), the readability of every page, long sentences, images without
 * alt text and broken internal links (from the built HTML). Pure: astro.config.mjs reads the
 * build and the content, then writes the report beside the build (write.ts).
 */
import { DEFAULT_LOCALE, LOCALIZED_FIELDS, MEDICAL_CONTENT_TYPES, localeOfPath, type ContentEntry, type LocaleCode, type MedicalContentTypeName } from '@mbc/shared';
import { parseHtml } from '../../../../scripts/rebuild/html';
import type { BrokenLink } from '../../../../scripts/rebuild/site-links';
import { formatDate, physicianDisplayName } from '../format';
import { medicalPagePath } from '../medical-review';
import { imagesWithoutAlt, mainElementHtml, proseBlocks, type ImageWithoutAlt } from './page-content';
import type { WithLocalizations } from '../localized-content';
import { entryPageLocales } from '../page-locales';
import { LONG_SENTENCE_WORDS, measureReadability, medianGrade, type ReadabilityMeasure } from './readability';
import { measureSpanishReadability, SPANISH_READABILITY_TARGET, type SpanishReadabilityMeasure } from './readability-es';

/** A review due within this many days is listed as due soon. */
export const DUE_SOON_DAYS = 30;
export const DEFAULT_READING_GRADE_TARGET = 8;

/** What REPORT_FAIL_ON can name: the findings that then fail the build. */
export const REPORT_FAILURES = ['overdue', 'readability'] as const;
export type ReportFailure = (typeof REPORT_FAILURES)[number];

export interface ReportSettings {
  /** Pages whose grade is above this are listed (READING_GRADE_TARGET). */
  readingGradeTarget: number;
  /** Findings that fail the build (REPORT_FAIL_ON); none by default. */
  failOn: ReportFailure[];
  /** The day reviews are measured against, YYYY-MM-DD (REPORT_DATE; default today in UTC). */
  date: string;
}

/** The report's settings from the environment; a wrong value is an error that names the setting. */
export function reportSettingsFromEnv(env: Record<string, string | undefined>, today: Date = new Date()): ReportSettings {
  const rawTarget = env.READING_GRADE_TARGET?.trim() ?? '';
  const readingGradeTarget = rawTarget === '' ? DEFAULT_READING_GRADE_TARGET : Number(rawTarget);
  if (!Number.isFinite(readingGradeTarget) || readingGradeTarget <= 0) {
    throw new Error(`READING_GRADE_TARGET must be a US school grade above 0, such as 8; got "${env.READING_GRADE_TARGET}".`);
  }
  const failOn = (env.REPORT_FAIL_ON ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = failOn.filter((name) => !(REPORT_FAILURES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `REPORT_FAIL_ON names ${unknown.map((name) => `"${name}"`).join(', ')}, which the content report does not know: ` +
        `use a comma list of ${REPORT_FAILURES.join(', ')} (e.g. REPORT_FAIL_ON=overdue), or leave it unset so no finding fails the build.`,
    );
  }
  const date = env.REPORT_DATE?.trim() || today.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`REPORT_DATE must be a date (YYYY-MM-DD) to measure review dates against; got "${env.REPORT_DATE}".`);
  }
  return { readingGradeTarget, failOn: [...new Set(failOn)] as ReportFailure[], date };
}

/** The medical entries of a build, by type (as the loaders parsed them). */
export type MedicalContent = { [Name in MedicalContentTypeName]: readonly ContentEntry<Name>[] };

export interface ReviewFinding {
  type: MedicalContentTypeName;
  /** Null for the overview page (a single type). */
  slug: string | null;
  title: string;
  path: string;
  reviewer: string | null;
  nextReviewDue: string;
}

export interface PageReadability {
  path: string;
  grade: number | null;
  words: number;
  sentences: number;
}

export interface ContentReport {
  generatedAt: string;
  settings: ReportSettings;
  summary: {
    pages: number;
    overdueReviews: number;
    reviewsDueSoon: number;
    medianGrade: number | null;
    pagesAboveTarget: number;
    longSentences: number;
    missingAltText: number;
    brokenLinks: number;
    /** Pages in another locale that read harder than that locale's target. */
    pagesBelowLocaleTarget: number;
    staleTranslations: number;
  };
  overdueReviews: ReviewFinding[];
  reviewsDueSoon: ReviewFinding[];
  readability: {
    target: number;
    medianGrade: number | null;
    /** Every page with prose, by path. */
    pages: PageReadability[];
    /** Pages above the target, hardest first. */
    aboveTarget: PageReadability[];
  };
  /**
   * The pages of each other locale with a readability measure of its own (LOCALE_READABILITY),
   * by locale: Spanish by Fernández-Huerta (0–100, higher is easier).
   */
  localeReadability: { [locale: string]: LocaleReadabilitySection };
  longSentences: { page: string; words: number; sentence: string }[];
  missingAltText: ({ page: string } & ImageWithoutAlt)[];
  brokenLinks: BrokenLink[];
  /** Pages whose version in another locale is older than the default locale's (updated or reviewed since it was). */
  staleTranslations: StaleTranslation[];
}

export interface LocaleReadabilitySection {
  measure: string;
  target: { score: number; level: string };
  pages: { path: string; score: number | null; level: string | null; words: number; sentences: number }[];
  /** Pages that read harder than the target, hardest first. */
  belowTarget: { path: string; score: number | null; level: string | null; words: number; sentences: number }[];
}

export interface StaleTranslation {
  type: MedicalContentTypeName;
  slug: string | null;
  title: string;
  locale: LocaleCode;
  /** The page in that locale, and the default locale's. */
  path: string;
  defaultPath: string;
  /** When the translation was last updated, and when the default locale's version was updated or reviewed after it. */
  translatedAt: string;
  changedAt: string;
  why: 'updated' | 'reviewed';
}

/** Each other locale's own readability measure; a locale without one is not measured. */
const LOCALE_READABILITY: { readonly [locale: string]: { name: string; target: { score: number; level: string }; measure: (blocks: readonly string[]) => SpanishReadabilityMeasure } } = {
  es: { name: 'Fernández-Huerta', target: SPANISH_READABILITY_TARGET, measure: measureSpanishReadability },
};

/** What the report reads of a built page (page-content.ts). */
/** What the report finds on one page: its prose measured, and its images without alt text. */
export interface ReportedPage {
  path: string;
  /** The Flesch–Kincaid measure of a default-locale page (another locale's pages have `localeReadability` instead). */
  readability: ReadabilityMeasure;
  /** A page in another locale, measured with that locale's own measure (LOCALE_READABILITY). */
  localeReadability?: SpanishReadabilityMeasure & { locale: LocaleCode };
  imagesWithoutAlt: readonly ImageWithoutAlt[];
}

const NOT_MEASURED: ReadabilityMeasure = { words: 0, sentences: 0, syllables: 0, grade: null, longSentences: [] };

/**
 * What the report reads of a page's HTML, read page by page so each parsed page can go at once:
 * holding the parsed HTML of all 10,727 pages of a 10,000-physician build took more than a 1 GB heap.
 */
export function reportedPage(path: string, html: string): ReportedPage {
  const document = parseHtml(mainElementHtml(html));
  const { locale } = localeOfPath(path);
  const blocks = proseBlocks(document);
  if (locale === DEFAULT_LOCALE) return { path, readability: measureReadability(blocks), imagesWithoutAlt: imagesWithoutAlt(document) };
  const own = LOCALE_READABILITY[locale];
  return { path, readability: NOT_MEASURED, ...(own ? { localeReadability: { locale, ...own.measure(blocks) } } : {}), imagesWithoutAlt: imagesWithoutAlt(document) };
}

/**
 * The medical pages whose version in another locale is older than the default locale's: it was
 * updated, or medically reviewed, after the translation was last updated. Editors then know which
 * translations to bring up to date; the page in that locale is still built.
 */
export function staleTranslations(content: MedicalContent): StaleTranslation[] {
  return MEDICAL_CONTENT_TYPES.flatMap((type) =>
    (content[type] as readonly WithLocalizations<ContentEntry<typeof type>>[]).flatMap((entry) =>
      Object.entries(entry.localizations ?? {}).flatMap(([locale, version]): StaleTranslation[] => {
        const translatedAt = version.updatedAt;
        const reviewedAt = `${entry.medicalReview.lastReviewed}T23:59:59.999Z`;
        const why: StaleTranslation['why'] | null = entry.updatedAt > translatedAt ? 'updated' : reviewedAt < translatedAt ? null : 'reviewed';
        if (!why) return [];
        const pageOf = (slug: string) => medicalPagePath(type, { ...entry, slug } as ContentEntry<typeof type>);
        const pages = entryPageLocales(pageOf, entry as WithLocalizations<{ slug?: string }>);
        const here = pages.find((page) => page.locale === locale);
        const titleField = LOCALIZED_FIELDS[type].find((field) => field === 'name' || field === 'title');
        return [
          {
            type,
            slug: 'slug' in entry ? entry.slug : null,
            title: titleField ? String((version as Record<string, unknown>)[titleField] ?? titleOf(entry as Record<string, unknown>)) : titleOf(entry as Record<string, unknown>),
            locale: locale as LocaleCode,
            path: here?.path ?? pageOf('slug' in entry ? entry.slug : ''),
            defaultPath: pages[0]!.path,
            translatedAt,
            changedAt: why === 'updated' ? entry.updatedAt : entry.medicalReview.lastReviewed,
            why,
          },
        ];
      }),
    ),
  ).sort((a, b) => a.path.localeCompare(b.path));
}

/** Each other locale's pages measured with its own readability measure. */
function localeReadabilitySections(pages: readonly ReportedPage[]): { [locale: string]: LocaleReadabilitySection } {
  const sections: { [locale: string]: LocaleReadabilitySection } = {};
  for (const [locale, own] of Object.entries(LOCALE_READABILITY)) {
    const measured = pages
      .filter((page) => page.localeReadability?.locale === locale && page.localeReadability.score !== null)
      .map((page) => ({ path: page.path, score: page.localeReadability!.score, level: page.localeReadability!.level, words: page.localeReadability!.words, sentences: page.localeReadability!.sentences }));
    const belowTarget = measured.filter((page) => page.score! < own.target.score).sort((a, b) => a.score! - b.score! || a.path.localeCompare(b.path));
    sections[locale] = { measure: own.name, target: own.target, pages: measured, belowTarget };
  }
  return sections;
}

function titleOf(entry: Record<string, unknown>): string {
  for (const field of ['name', 'title'] as const) {
    if (typeof entry[field] === 'string') return entry[field];
  }
  return '';
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Every medical entry's review: when it is due, and for whom. */
function reviewFindings(content: MedicalContent): ReviewFinding[] {
  return MEDICAL_CONTENT_TYPES.flatMap((type) =>
    (content[type] as readonly ContentEntry<typeof type>[]).map((entry) => ({
      type,
      slug: 'slug' in entry ? entry.slug : null,
      title: titleOf(entry as Record<string, unknown>),
      path: medicalPagePath(type, entry),
      reviewer: entry.reviewedBy ? physicianDisplayName(entry.reviewedBy) : null,
      nextReviewDue: entry.medicalReview.nextReviewDue,
    })),
  );
}

export function buildContentReport(input: {
  pages: readonly ReportedPage[];
  content: MedicalContent;
  brokenLinks: readonly BrokenLink[];
  settings: ReportSettings;
  generatedAt?: Date;
}): ContentReport {
  const { settings } = input;
  const reviews = reviewFindings(input.content).sort((a, b) => a.nextReviewDue.localeCompare(b.nextReviewDue) || a.path.localeCompare(b.path));
  const dueSoonUntil = addDays(settings.date, DUE_SOON_DAYS);
  const overdueReviews = reviews.filter((review) => review.nextReviewDue < settings.date);
  const reviewsDueSoon = reviews.filter((review) => review.nextReviewDue >= settings.date && review.nextReviewDue <= dueSoonUntil);

  const pages = [...input.pages].sort((a, b) => a.path.localeCompare(b.path));
  const measured = pages.map((page) => ({ path: page.path, measure: page.readability }));
  const readabilityPages = measured
    .filter(({ measure }) => measure.grade !== null)
    .map(({ path, measure }) => ({ path, grade: measure.grade, words: measure.words, sentences: measure.sentences }));
  const aboveTarget = readabilityPages.filter((page) => page.grade! > settings.readingGradeTarget).sort((a, b) => b.grade! - a.grade! || a.path.localeCompare(b.path));
  const median = medianGrade(readabilityPages.map((page) => page.grade!));
  const longSentences = pages.flatMap(({ path, readability, localeReadability }) =>
    (localeReadability?.longSentences ?? readability.longSentences).map((sentence) => ({ page: path, words: sentence.words, sentence: sentence.text })),
  );
  const localeReadability = localeReadabilitySections(pages);
  const stale = staleTranslations(input.content);
  const missingAltText = pages.flatMap((page) => page.imagesWithoutAlt.map((image) => ({ page: page.path, ...image })));
  const brokenLinks = [...input.brokenLinks];

  return {
    generatedAt: (input.generatedAt ?? new Date()).toISOString(),
    settings,
    summary: {
      pages: pages.length,
      overdueReviews: overdueReviews.length,
      reviewsDueSoon: reviewsDueSoon.length,
      medianGrade: median,
      pagesAboveTarget: aboveTarget.length,
      longSentences: longSentences.length,
      missingAltText: missingAltText.length,
      brokenLinks: brokenLinks.length,
      pagesBelowLocaleTarget: Object.values(localeReadability).reduce((sum, section) => sum + section.belowTarget.length, 0),
      staleTranslations: stale.length,
    },
    overdueReviews,
    reviewsDueSoon,
    readability: { target: settings.readingGradeTarget, medianGrade: median, pages: readabilityPages, aboveTarget },
    localeReadability,
    longSentences,
    missingAltText,
    brokenLinks,
    staleTranslations: stale,
  };
}

/** The few lines the build prints. */
export function reportSummary(report: ContentReport, file: string): string {
  const { summary, settings } = report;
  return [
    `content report: ${summary.overdueReviews} overdue medical review(s), ${summary.reviewsDueSoon} due within ${DUE_SOON_DAYS} days (as of ${settings.date}).`,
    `content report: reading grade median ${summary.medianGrade ?? '–'}; ${summary.pagesAboveTarget} of ${report.readability.pages.length} pages above grade ${settings.readingGradeTarget}; ` +
      `${summary.longSentences} sentence(s) over ${LONG_SENTENCE_WORDS} words.`,
    ...Object.entries(report.localeReadability)
      .filter(([, section]) => section.pages.length > 0)
      .map(
        ([locale, section]) =>
          `content report (${locale}): ${section.belowTarget.length} of ${section.pages.length} pages read harder than ${section.measure} ${section.target.score} ("${section.target.level}"); ` +
          `${report.staleTranslations.filter((stale) => stale.locale === locale).length} translation(s) older than the ${DEFAULT_LOCALE} page.`,
      ),
    `content report: ${summary.missingAltText} image(s) without alt text, ${summary.brokenLinks} broken internal link(s). Written to ${file}`,
  ].join('\n');
}

const LISTED = 5;

function numbered(lines: string[]): string {
  const shown = lines.slice(0, LISTED).map((line, index) => `${index + 1}. ${line}`);
  if (lines.length > LISTED) shown.push(`…and ${lines.length - LISTED} more (see the content report).`);
  return shown.join('\n');
}

/**
 * Why the build must fail under REPORT_FAIL_ON, worded as the loader's refusals are ("…, so the
 * site was not built", then one numbered line per page to fix); null when it need not.
 */
export function reportFailure(report: ContentReport): string | null {
  const { failOn, readingGradeTarget } = report.settings;
  const reasons: string[] = [];
  if (failOn.includes('overdue') && report.overdueReviews.length > 0) {
    const { length } = report.overdueReviews;
    reasons.push(
      `content report: ${length} medical page(s) are past their review date (REPORT_FAIL_ON=overdue), so the site was not built.\n` +
        numbered(
          report.overdueReviews.map(
            (review) =>
              `${review.type}${review.slug ? ` '${review.slug}'` : ''} (${review.path}) was due for medical review on ${formatDate(review.nextReviewDue)}` +
              `${review.reviewer ? ` (reviewer ${review.reviewer})` : ''}: review it, then set the next review date in the CMS (field medicalReview.nextReviewDue) and publish it again.`,
          ),
        ),
    );
  }
  if (failOn.includes('readability') && report.readability.aboveTarget.length > 0) {
    const { length } = report.readability.aboveTarget;
    reasons.push(
      `content report: ${length} page(s) read above grade ${readingGradeTarget} (REPORT_FAIL_ON=readability, READING_GRADE_TARGET=${readingGradeTarget}), so the site was not built.\n` +
        numbered(
          report.readability.aboveTarget.map(
            (page) => `${page.path} reads at grade ${page.grade} (${page.words} words in ${page.sentences} sentences): shorten its sentences and use plainer words in the CMS.`,
          ),
        ),
    );
  }
  return reasons.length > 0 ? reasons.join('\n') : null;
}
