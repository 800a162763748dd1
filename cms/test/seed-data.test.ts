import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { planTranslation, type TranslationLookups } from '../src/bootstrap/seed-translations';
import { translations } from '../src/seed/data/translations';
import {
  specialties,
  locations,
  physicians,
  treatments,
  subtypes,
  diagnosticTests,
  clinicalTrials,
  supportServices,
  conditionPage,
  siteSettings,
} from '../src/seed/data';
import type { Review, SeedTranslation } from '../src/seed/types';
import {
  checkNpi,
  checkUsPhone,
  checkLatitude,
  checkLongitude,
  checkLastReviewed,
  checkNextReviewDue,
  checkNctId,
  checkTimeRange,
  checkSlug,
  CONTENT_TYPES,
  DEFAULT_LOCALE,
  LOCALIZED_FIELDS,
  type ContentTypeName,
} from '@mbc/shared';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NOW = new Date('2026-11-27');

const slugsOf = (items: { slug: string }[]) => new Set(items.map((item) => item.slug));
const specialtySlugs = slugsOf(specialties);
const locationSlugs = slugsOf(locations);
const physicianSlugs = slugsOf(physicians);
const treatmentSlugs = slugsOf(treatments);
const subtypeSlugs = slugsOf(subtypes);

const reviews: { where: string; review: Review }[] = [
  ...treatments.map((t) => ({ where: `treatment ${t.slug}`, review: t.review })),
  ...subtypes.map((s) => ({ where: `subtype ${s.slug}`, review: s.review })),
  ...diagnosticTests.map((d) => ({ where: `diagnostic test ${d.slug}`, review: d.review })),
  ...clinicalTrials.map((c) => ({ where: `trial ${c.slug}`, review: c.review })),
  ...supportServices.map((s) => ({ where: `support service ${s.slug}`, review: s.review })),
  { where: 'condition page', review: conditionPage.review },
];

/** Collect every text string inside a list of blocks. */
type AnyNode = { text?: string; children?: AnyNode[] };
const blockText = (blocks: AnyNode[]): string =>
  blocks.map((node) => (node.text ?? '') + (node.children ? ' ' + blockText(node.children) : '')).join(' ');

describe('demo content: counts', () => {
  it('has the four subtypes', () => {
    expect(subtypes.length).toBeGreaterThanOrEqual(4);
    for (const slug of ['hr-positive-her2-negative', 'her2-positive', 'her2-low', 'triple-negative']) {
      expect(subtypeSlugs.has(slug), slug).toBe(true);
    }
  });

  it('has enough treatments, tests, locations, physicians, trials and services', () => {
    expect(treatments.length).toBeGreaterThanOrEqual(8);
    expect(diagnosticTests.length).toBeGreaterThanOrEqual(5);
    expect(locations.length).toBeGreaterThanOrEqual(6);
    expect(physicians.length).toBeGreaterThanOrEqual(30);
    expect(clinicalTrials.length).toBeGreaterThanOrEqual(8);
    expect(supportServices.length).toBeGreaterThanOrEqual(5);
  });

  it('uses at least six specialties', () => {
    const used = new Set(physicians.map((p) => p.specialty));
    expect(used.size).toBeGreaterThanOrEqual(6);
  });
});

describe('demo content: slugs', () => {
  const collections: [string, { slug: string }[]][] = [
    ['specialties', specialties],
    ['locations', locations],
    ['physicians', physicians],
    ['treatments', treatments],
    ['subtypes', subtypes],
    ['diagnosticTests', diagnosticTests],
    ['clinicalTrials', clinicalTrials],
    ['supportServices', supportServices],
  ];

  it.each(collections)('%s slugs are unique and URL-safe', (_name, items) => {
    const slugs = items.map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });

  it('condition-page section anchors are unique and URL-safe', () => {
    const anchors = conditionPage.sections.map((s) => s.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(anchor).toMatch(SLUG);
  });
});

describe('demo content: relations point at existing entries', () => {
  it('physicians reference existing specialties, locations and subtypes', () => {
    for (const p of physicians) {
      expect(specialtySlugs.has(p.specialty), `${p.slug} specialty ${p.specialty}`).toBe(true);
      expect(p.locations.length, `${p.slug} has no location`).toBeGreaterThan(0);
      for (const l of p.locations) expect(locationSlugs.has(l), `${p.slug} location ${l}`).toBe(true);
      for (const s of p.subtypes) expect(subtypeSlugs.has(s), `${p.slug} subtype ${s}`).toBe(true);
    }
  });

  it('every location has at least one physician', () => {
    for (const l of locations) {
      expect(physicians.some((p) => p.locations.includes(l.slug)), l.slug).toBe(true);
    }
  });

  it('subtypes reference existing treatments', () => {
    for (const s of subtypes) {
      expect(s.treatments.length).toBeGreaterThan(0);
      for (const t of s.treatments) expect(treatmentSlugs.has(t), `${s.slug} treatment ${t}`).toBe(true);
    }
  });

  it('trials reference existing physicians, subtypes, treatments and locations', () => {
    for (const c of clinicalTrials) {
      expect(physicianSlugs.has(c.principalInvestigator), `${c.slug} PI`).toBe(true);
      for (const s of c.subtypes) expect(subtypeSlugs.has(s), `${c.slug} subtype ${s}`).toBe(true);
      for (const t of c.treatments) expect(treatmentSlugs.has(t), `${c.slug} treatment ${t}`).toBe(true);
      expect(c.locations.length).toBeGreaterThan(0);
      for (const l of c.locations) expect(locationSlugs.has(l), `${c.slug} location ${l}`).toBe(true);
    }
  });

  it('support services reference existing locations', () => {
    for (const s of supportServices) {
      for (const l of s.locations) expect(locationSlugs.has(l), `${s.slug} location ${l}`).toBe(true);
    }
  });

  it('every reviewer is an existing physician', () => {
    for (const { where, review } of reviews) {
      expect(physicianSlugs.has(review.reviewer), `${where} reviewer ${review.reviewer}`).toBe(true);
    }
  });

  it('every reviewer has a fictional e-mail address for the review reminders', () => {
    const reviewerSlugs = new Set(reviews.map(({ review }) => review.reviewer));
    for (const physician of physicians.filter((p) => reviewerSlugs.has(p.slug))) {
      expect(physician.email, physician.slug).toMatch(/^[a-z]+\.[a-z-]+@example\.org$/);
    }
    const emails = physicians.flatMap((p) => (p.email ? [p.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('condition page features existing subtypes and treatments', () => {
    expect(conditionPage.featuredSubtypes.length).toBeGreaterThan(0);
    expect(conditionPage.featuredTreatments.length).toBeGreaterThan(0);
    for (const s of conditionPage.featuredSubtypes) expect(subtypeSlugs.has(s), s).toBe(true);
    for (const t of conditionPage.featuredTreatments) expect(treatmentSlugs.has(t), t).toBe(true);
  });
});

describe('demo content: validation rules', () => {
  it('every physician NPI passes the check and is unique', () => {
    for (const p of physicians) expect(checkNpi(p.npi), `${p.slug} ${p.npi}`).toBeNull();
    expect(new Set(physicians.map((p) => p.npi)).size).toBe(physicians.length);
  });

  it('every phone number is a valid US number', () => {
    const phones = [
      siteSettings.appointmentPhone,
      ...locations.flatMap((l) => (l.fax ? [l.phone, l.fax] : [l.phone])),
      ...supportServices.flatMap((s) => (s.contactPhone ? [s.contactPhone] : [])),
    ];
    expect(phones.length).toBeGreaterThan(locations.length);
    for (const phone of phones) expect(checkUsPhone(phone), phone).toBeNull();
  });

  it('every location has valid coordinates, a ZIP code and sensible hours', () => {
    for (const l of locations) {
      expect(checkLatitude(l.latitude), l.slug).toBeNull();
      expect(checkLongitude(l.longitude), l.slug).toBeNull();
      expect(l.address.postalCode).toMatch(/^\d{5}(-\d{4})?$/);
      expect(l.address.state).toMatch(/^[A-Z]{2}$/);
      for (const h of l.hours) {
        expect(h.opens).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(h.closes).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(checkTimeRange(h.opens, h.closes), `${l.slug} ${h.day}`).toBeNull();
      }
    }
  });

  it('every review date is in the past and the next review comes after it', () => {
    for (const { where, review } of reviews) {
      expect(checkLastReviewed(review.lastReviewed, NOW), where).toBeNull();
      expect(checkNextReviewDue(review.nextReviewDue, review.lastReviewed), where).toBeNull();
    }
  });

  it('every NCT id is well formed and unique', () => {
    for (const c of clinicalTrials) expect(checkNctId(c.nctId), c.slug).toBeNull();
    expect(new Set(clinicalTrials.map((c) => c.nctId)).size).toBe(clinicalTrials.length);
  });
});

describe('demo content: field limits', () => {
  it('summaries and descriptions stay within 400 characters', () => {
    const texts = [
      ...treatments.map((t) => t.summary),
      ...subtypes.map((s) => s.summary),
      ...diagnosticTests.map((d) => d.summary),
      ...supportServices.map((s) => s.summary),
      ...specialties.map((s) => s.description),
    ];
    for (const text of texts) {
      expect(text.length, text.slice(0, 60)).toBeGreaterThan(0);
      expect(text.length, text.slice(0, 60)).toBeLessThanOrEqual(400);
    }
  });

  it('trial texts stay within their limits', () => {
    for (const c of clinicalTrials) {
      expect(c.title.length).toBeLessThanOrEqual(250);
      expect(c.plainLanguageSummary.length, c.slug).toBeLessThanOrEqual(1200);
      expect(c.eligibilitySummary.length, c.slug).toBeLessThanOrEqual(1500);
    }
  });

  it('SEO fields stay within their limits', () => {
    const seos = [siteSettings.defaultSeo, conditionPage.seo, ...treatments.map((t) => t.seo), ...subtypes.map((s) => s.seo)];
    for (const seo of seos) {
      if (!seo) continue;
      if (seo.metaTitle) expect(seo.metaTitle.length, seo.metaTitle).toBeLessThanOrEqual(70);
      if (seo.metaDescription) expect(seo.metaDescription.length, seo.metaDescription).toBeLessThanOrEqual(160);
    }
  });

  it('site settings and overview texts stay within their limits', () => {
    expect(siteSettings.emergencyNote.length).toBeLessThanOrEqual(400);
    expect(siteSettings.demoNotice.length).toBeLessThanOrEqual(400);
    expect(siteSettings.footerText.length).toBeLessThanOrEqual(800);
    expect(siteSettings.appointmentPageText.length).toBeLessThanOrEqual(1500);
    expect(siteSettings.secondOpinionPageText.length).toBeLessThanOrEqual(1500);
    expect(conditionPage.intro.length).toBeLessThanOrEqual(800);
    for (const item of [...conditionPage.goalsOfCare, ...conditionPage.whyChooseUs]) {
      expect(item.title.length).toBeLessThanOrEqual(120);
      expect(item.text.length).toBeLessThanOrEqual(600);
    }
  });
});

describe('demo content: variety and substance', () => {
  it('no physician lacks a location, and languages vary', () => {
    expect(physicians.every((p) => p.locations.length > 0)).toBe(true);
    const languages = new Set(physicians.flatMap((p) => p.languages));
    expect(languages.size).toBeGreaterThanOrEqual(5);
  });

  it('both values of acceptingNewPatients and offersTelehealth occur', () => {
    expect(new Set(physicians.map((p) => p.acceptingNewPatients))).toEqual(new Set([true, false]));
    expect(new Set(physicians.map((p) => p.offersTelehealth))).toEqual(new Set([true, false]));
  });

  it('every physician has a bio, education and a plausible NPI for demo data', () => {
    for (const p of physicians) {
      expect(p.npi.startsWith('99'), p.slug).toBe(true);
      expect(p.bio.length, p.slug).toBeGreaterThanOrEqual(2);
      expect(p.education.some((e) => e.kind === 'medical_school'), p.slug).toBe(true);
    }
  });

  it('demo trials use the NCT9 range, decades from being issued', () => {
    for (const c of clinicalTrials) expect(c.nctId.startsWith('NCT9'), c.slug).toBe(true);
  });

  it('open and closed trials both occur', () => {
    const statuses = clinicalTrials.map((trial) => trial.recruitmentStatus);
    expect(statuses.filter((s) => s === 'recruiting' || s === 'not_yet_recruiting').length).toBeGreaterThanOrEqual(5);
    expect(statuses).toContain('completed');
    expect(statuses).toContain('active_not_recruiting');
  });

  it('the triple-negative subtype is negative for ER, PR and HER2', () => {
    const tnbc = subtypes.find((s) => s.slug === 'triple-negative');
    expect(tnbc).toMatchObject({ estrogenReceptor: 'negative', progesteroneReceptor: 'negative', her2Status: 'negative' });
  });

  it('medical pages have body text', () => {
    for (const t of treatments) {
      expect(t.body.length, t.slug).toBeGreaterThanOrEqual(3);
      expect(t.sideEffects.length, t.slug).toBeGreaterThanOrEqual(1);
      expect(blockText(t.body as AnyNode[]).length, t.slug).toBeGreaterThan(200);
    }
    for (const d of diagnosticTests) expect(blockText(d.body as AnyNode[]).length, d.slug).toBeGreaterThan(200);
  });

  it('the demo notice is on and says the content is fictional', () => {
    expect(siteSettings.showDemoNotice).toBe(true);
    expect(siteSettings.demoNotice.toLowerCase()).toContain('fictional');
    expect(siteSettings.emergencyNote).toContain('911');
  });
});

describe('demo content: translations', () => {
  /** The translated fields each content type's schema.json requires. */
  const requiredFields = (contentType: ContentTypeName): string[] => {
    const api = CONTENT_TYPES[contentType].uid.split('.').pop()!;
    const schema = JSON.parse(readFileSync(path.join(__dirname, '..', 'src', 'api', api, 'content-types', api, 'schema.json'), 'utf8')) as {
      attributes: Record<string, { required?: boolean }>;
    };
    return (LOCALIZED_FIELDS[contentType] as readonly string[]).filter((field) => schema.attributes[field]?.required);
  };
  const slugsByType: Partial<Record<ContentTypeName, Set<string>>> = {
    specialty: specialtySlugs,
    location: locationSlugs,
    physician: physicianSlugs,
    treatment: treatmentSlugs,
    subtype: subtypeSlugs,
    diagnosticTest: slugsOf(diagnosticTests),
    clinicalTrial: slugsOf(clinicalTrials),
    supportService: slugsOf(supportServices),
  };
  const demoLookups: TranslationLookups = {
    documentOf: (contentType, slug) =>
      (CONTENT_TYPES[contentType].kind === 'single' ? slug === '' : slugsByType[contentType]?.has(slug))
        ? { documentId: `${contentType}:${slug}`, published: true, translated: false }
        : undefined,
    requiredFields,
  };

  it.each(translations.map((translation) => [translation.locale, translation] as const))(
    'the %s translation names only demo entries, by their default-locale slug, and gives every required translated field',
    (_locale, translation) => {
      const planned = planTranslation(translation, demoLookups);
      expect(planned.length).toBeGreaterThan(0);
      for (const version of planned) {
        if ('slug' in version.data) expect(checkSlug(version.data.slug), version.where).toBeNull();
      }
    },
  );

  it('refuses, naming the entry, a slug the demo content lacks, a missing required field and a field every language shares', () => {
    const [translation] = translations;
    const broken: SeedTranslation = {
      ...translation!,
      treatments: { 'no-such-treatment': { slug: 'ninguno', name: 'Ninguno', summary: 'x', body: [], sideEffects: [] } },
      specialties: { 'medical-oncology': { name: '', description: 'Descripción.' } },
      locations: { durham: { name: 'Clínica', parkingAndDirections: 'x', servicesOffered: 'x', phone: '(919) 555-0100' } as never },
    };
    expect(() => planTranslation(broken, demoLookups)).toThrow(/treatments\["no-such-treatment"\] names treatment "no-such-treatment", which the demo content does not have/);
    expect(() => planTranslation(broken, demoLookups)).toThrow(/specialties\["medical-oncology"\]\.name is missing/);
    expect(() => planTranslation(broken, demoLookups)).toThrow(/locations\["durham"\]\.phone is not a translated field of location/);
    expect(() => planTranslation({ ...translation!, locale: DEFAULT_LOCALE }, demoLookups)).toThrow(/not a locale to translate into/);
  });
});
