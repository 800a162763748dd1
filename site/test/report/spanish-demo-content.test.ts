/**
 * The Spanish demo content (cms/src/seed/data/es) against the English it translates: every page
 * the English has is there, names only documents that exist, holds only the fields the content
 * contract translates, fits the CMS's limits, has URL-safe unique slugs, and reads at
 * Fernández-Huerta 70 ("bastante fácil") or easier.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALIZED_FIELDS, type ContentTypeName } from '@mbc/shared';
import { describe, expect, it } from 'vitest';
import * as english from '../../../cms/src/seed/data';
import { spanish } from '../../../cms/src/seed/data/es';
import type { Block, InlineNode, SeedTranslation } from '../../../cms/src/seed/types';
import { measureSpanishReadability, SPANISH_READABILITY_TARGET } from '../../src/lib/report/readability-es';

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cms/src');

type CollectionKey = Exclude<keyof SeedTranslation, 'locale' | 'conditionPage' | 'siteSettings'>;

/** Each translated collection: its content type, its API folder, and the English entries it translates. */
const COLLECTIONS: Record<CollectionKey, { type: ContentTypeName; api: string; english: readonly { slug: string }[] }> = {
  specialties: { type: 'specialty', api: 'specialty', english: english.specialties },
  locations: { type: 'location', api: 'location', english: english.locations },
  physicians: { type: 'physician', api: 'physician', english: english.physicians },
  treatments: { type: 'treatment', api: 'treatment', english: english.treatments },
  subtypes: { type: 'subtype', api: 'subtype', english: english.subtypes },
  diagnosticTests: { type: 'diagnosticTest', api: 'diagnostic-test', english: english.diagnosticTests },
  clinicalTrials: { type: 'clinicalTrial', api: 'clinical-trial', english: english.clinicalTrials },
  supportServices: { type: 'supportService', api: 'support-service', english: english.supportServices },
};
const COLLECTION_KEYS = Object.keys(COLLECTIONS) as CollectionKey[];
/** Every collection except physicians must be translated in full; a physician left out shows English. */
const COMPLETE: CollectionKey[] = COLLECTION_KEYS.filter((key) => key !== 'physicians');
const TRANSLATED_SLUG: CollectionKey[] = ['treatments', 'subtypes', 'diagnosticTests', 'clinicalTrials', 'supportServices'];

const entriesOf = (key: CollectionKey) => Object.entries(spanish[key]) as [string, Record<string, unknown>][];

// --- prose, as the pages show it: paragraphs and list items, not headings ---

const inlineText = (node: InlineNode): string => (node.type === 'text' ? node.text : node.children.map(inlineText).join(''));
function proseOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') return [block.children.map(inlineText).join('')];
    if (block.type === 'list') return block.children.map((item) => item.children.map(inlineText).join(''));
    return [];
  });
}
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).filter((part) => part.trim() !== '');

/** Every Spanish page with medical or patient prose, and its prose in reading order. */
function spanishPages(): { page: string; prose: string[] }[] {
  const { conditionPage, siteSettings } = spanish;
  return [
    {
      page: 'overview',
      prose: [
        conditionPage.intro,
        ...conditionPage.goalsOfCare.map((goal) => goal.text),
        conditionPage.newlyDiagnosed.text,
        conditionPage.secondOpinion.text,
        ...conditionPage.whyChooseUs.map((reason) => reason.text),
        ...conditionPage.sections.flatMap((section) => proseOf(section.body)),
      ],
    },
    ...Object.entries(spanish.subtypes).map(([slug, subtype]) => ({ page: `subtype ${slug}`, prose: [subtype.summary, ...proseOf(subtype.body)] })),
    ...Object.entries(spanish.treatments).map(([slug, treatment]) => ({
      page: `treatment ${slug}`,
      prose: [treatment.summary, ...proseOf(treatment.body), ...proseOf(treatment.sideEffects)],
    })),
    ...Object.entries(spanish.diagnosticTests).map(([slug, test]) => ({ page: `diagnostic test ${slug}`, prose: [test.summary, ...proseOf(test.body)] })),
    ...Object.entries(spanish.supportServices).map(([slug, service]) => ({ page: `support service ${slug}`, prose: [service.summary, ...proseOf(service.body)] })),
    ...Object.entries(spanish.clinicalTrials).map(([slug, trial]) => ({
      page: `clinical trial ${slug}`,
      prose: [trial.plainLanguageSummary, ...trial.eligibilitySummary.split('\n')],
    })),
    ...Object.entries(spanish.physicians).map(([slug, physician]) => ({ page: `physician ${slug}`, prose: proseOf(physician.bio) })),
    { page: 'appointments', prose: paragraphsOf(siteSettings.appointmentPageText) },
    { page: 'second opinion', prose: paragraphsOf(siteSettings.secondOpinionPageText) },
  ];
}

// --- the CMS's length limits, read from its schema.json and component files ---

type Attribute = { type: string; maxLength?: number; component?: string; repeatable?: boolean };
const readJson = (file: string) => JSON.parse(readFileSync(path.join(cmsRoot, file), 'utf8')) as { attributes: Record<string, Attribute> };
const contentTypeAttributes = (api: string) => readJson(`api/${api}/content-types/${api}/schema.json`).attributes;
const componentAttributes = (uid: string) => {
  const [category, name] = uid.split('.');
  return readJson(`components/${category}/${name}.json`).attributes;
};

/** Every text in `value` longer than its attribute's maxLength, as "field.path (length > max)". */
function overLimit(value: Record<string, unknown>, attributes: Record<string, Attribute>, at: string): string[] {
  return Object.entries(value).flatMap(([field, fieldValue]) => {
    const attribute = attributes[field];
    if (!attribute) return [`${at}${field}: not an attribute of the content type`];
    if (attribute.type === 'component' && attribute.component) {
      const inner = componentAttributes(attribute.component);
      const items = attribute.repeatable ? (fieldValue as Record<string, unknown>[]) : [fieldValue as Record<string, unknown>];
      return items.flatMap((item, index) => overLimit(item, inner, `${at}${field}${attribute.repeatable ? `[${index}]` : ''}.`));
    }
    if (typeof fieldValue === 'string' && attribute.maxLength !== undefined && fieldValue.length > attribute.maxLength) {
      return [`${at}${field} (${fieldValue.length} > ${attribute.maxLength})`];
    }
    return [];
  });
}

describe('the Spanish demo content', () => {
  it('is the es locale', () => {
    expect(spanish.locale).toBe('es');
  });

  it.each(COMPLETE)('translates every English entry of %s', (key) => {
    const missing = COLLECTIONS[key].english.map((entry) => entry.slug).filter((slug) => !(slug in spanish[key]));
    expect(missing, `${key} without a Spanish version`).toEqual([]);
  });

  it('translates every physician who is a medical reviewer or a trial principal investigator', () => {
    const reviewers = new Set(
      [english.subtypes, english.treatments, english.diagnosticTests, english.clinicalTrials, english.supportServices]
        .flatMap((entries: readonly { review: { reviewer: string } }[]) => entries.map((entry) => entry.review.reviewer))
        .concat(english.conditionPage.review.reviewer, english.clinicalTrials.map((trial) => trial.principalInvestigator)),
    );
    expect([...reviewers].filter((slug) => !(slug in spanish.physicians)).sort()).toEqual([]);
  });

  it.each(COLLECTION_KEYS)('names only English slugs that exist in %s', (key) => {
    const known = new Set(COLLECTIONS[key].english.map((entry) => entry.slug));
    expect(Object.keys(spanish[key]).filter((slug) => !known.has(slug))).toEqual([]);
  });

  it.each(COLLECTION_KEYS)('holds only the translated fields of %s (shared/src/locales.ts)', (key) => {
    const allowed = new Set<string>(LOCALIZED_FIELDS[COLLECTIONS[key].type]);
    const extra = entriesOf(key).flatMap(([slug, entry]) => Object.keys(entry).filter((field) => !allowed.has(field)).map((field) => `${slug}.${field}`));
    expect(extra).toEqual([]);
  });

  it('holds only the translated fields of the overview and the site settings', () => {
    const allowedOverview = new Set<string>(LOCALIZED_FIELDS.conditionPage);
    const allowedSettings = new Set<string>(LOCALIZED_FIELDS.siteSettings);
    expect(Object.keys(spanish.conditionPage).filter((field) => !allowedOverview.has(field))).toEqual([]);
    expect(Object.keys(spanish.siteSettings).filter((field) => !allowedSettings.has(field))).toEqual([]);
  });

  it.each(TRANSLATED_SLUG)('gives %s Spanish slugs that are URL-safe, unique, and not another document’s English slug', (key) => {
    const entries = entriesOf(key).map(([englishSlug, entry]) => ({ englishSlug, slug: entry.slug as string }));
    expect(entries.filter(({ slug }) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))).toEqual([]);
    const slugs = entries.map(({ slug }) => slug);
    expect(slugs.filter((slug, index) => slugs.indexOf(slug) !== index)).toEqual([]);
    const englishSlugs = new Set(COLLECTIONS[key].english.map((entry) => entry.slug));
    expect(entries.filter(({ englishSlug, slug }) => slug !== englishSlug && englishSlugs.has(slug))).toEqual([]);
  });

  it.each(COLLECTION_KEYS)('keeps every text of %s within the CMS schema’s maxLength', (key) => {
    const attributes = contentTypeAttributes(COLLECTIONS[key].api);
    expect(entriesOf(key).flatMap(([slug, entry]) => overLimit(entry, attributes, `${slug}.`))).toEqual([]);
  });

  it('keeps the overview and the site settings within the CMS schema’s maxLength', () => {
    expect(overLimit(spanish.conditionPage, contentTypeAttributes('condition-page'), 'conditionPage.')).toEqual([]);
    expect(overLimit(spanish.siteSettings, contentTypeAttributes('site-setting'), 'siteSettings.')).toEqual([]);
  });

  it('is not English text left in place', () => {
    const same = COMPLETE.flatMap((key) =>
      COLLECTIONS[key].english.flatMap((entry) => {
        const translated = spanish[key][entry.slug] as Record<string, unknown> | undefined;
        const englishEntry = entry as unknown as Record<string, unknown>;
        return ['summary', 'description', 'plainLanguageSummary', 'parkingAndDirections']
          .filter((field) => translated?.[field] !== undefined && translated[field] === englishEntry[field])
          .map((field) => `${key}.${entry.slug}.${field}`);
      }),
    );
    expect(same).toEqual([]);
  });

  it('keeps links inside texts on the English paths (the site maps them to the reader’s language)', () => {
    const urls: string[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const node = value as { type?: string; url?: string };
        if (node.type === 'link' && node.url) urls.push(node.url);
        Object.values(value).forEach(visit);
      }
    };
    visit(spanish);
    expect(urls.filter((url) => url.startsWith('/es/'))).toEqual([]);
    expect([spanish.conditionPage.newlyDiagnosed.linkHref, spanish.conditionPage.secondOpinion.linkHref]).toEqual([
      english.conditionPage.newlyDiagnosed.linkHref,
      english.conditionPage.secondOpinion.linkHref,
    ]);
  });

  it.each(spanishPages().map(({ page, prose }) => [page, prose] as const))(
    `reads at Fernández-Huerta ${SPANISH_READABILITY_TARGET.score} or more: %s`,
    (_page, prose) => {
      const measure = measureSpanishReadability(prose);
      expect(measure.words).toBeGreaterThan(0);
      expect(measure.score!, `${measure.words} words, ${measure.sentences} sentences, ${measure.syllables} syllables`).toBeGreaterThanOrEqual(SPANISH_READABILITY_TARGET.score);
      expect(measure.longSentences.map((sentence) => sentence.text)).toEqual([]);
    },
  );
});
