import type { Core } from '@strapi/strapi';
import {
  clinicalTrials,
  conditionPage,
  diagnosticTests,
  locations,
  physicians,
  siteSettings,
  specialties,
  subtypes,
  supportServices,
  treatments,
} from '../seed/data';
import type { Review } from '../seed/types';
import { isProduction } from '../config/secrets';
import { buildingSvg, portraitSvg, renderDemoImage } from '../seed/portraits';

/** Bumped when the demo content changes shape; a database seeded with an older version is left alone. */
export const DEMO_SEED_VERSION = 1;

type Uid = Parameters<Core.Strapi['documents']>[0];

/** Demo content goes into local databases only, unless SEED_DEMO_CONTENT says otherwise. */
export function shouldSeedDemoContent(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SEED_DEMO_CONTENT === 'true') return true;
  if (env.SEED_DEMO_CONTENT === 'false') return false;
  return !isProduction(env);
}

function seedMarker(strapi: Core.Strapi) {
  return strapi.store({ type: 'core', name: 'demo-content', key: 'seed' });
}

/**
 * Writes the demo content through the Document Service, so every entry passes the same
 * validation an editor's would. Runs once per database: a marker in the core store records the
 * finished seed, and entries are created only when their slug is missing, so an interrupted seed
 * resumes and a finished one never brings back content an editor deleted.
 */
export async function seedDemoContent(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!shouldSeedDemoContent(env)) return;
  const marker = seedMarker(strapi);
  if (await marker.get()) return;

  const started = Date.now();
  const ids = new Map<string, string>();
  const key = (uid: Uid, slug: string) => `${uid}:${slug}`;
  const idOf = (uid: Uid, slug: string): string => {
    const documentId = ids.get(key(uid, slug));
    if (!documentId) throw new Error(`Demo content refers to ${uid} "${slug}", which was not seeded.`);
    return documentId;
  };
  const idsOf = (uid: Uid, slugs: string[]) => slugs.map((slug) => idOf(uid, slug));
  /** A page's review: the dates in its medicalReview component, the physician in its own reviewedBy relation. */
  const reviewed = (entry: Review) => ({
    medicalReview: { lastReviewed: entry.lastReviewed, nextReviewDue: entry.nextReviewDue },
    reviewedBy: idOf('api::physician.physician', entry.reviewer),
  });

  /** Creates and publishes an entry unless one with this slug exists; remembers its documentId. */
  async function ensurePublished(uid: Uid, slug: string, data: Record<string, unknown> | (() => Promise<Record<string, unknown>>)): Promise<void> {
    const documents = strapi.documents(uid);
    const existing = await documents.findFirst({ filters: { slug } as any, status: 'draft', fields: ['documentId'] as any });
    if (existing) {
      ids.set(key(uid, slug), existing.documentId);
      return;
    }
    const fields = typeof data === 'function' ? await data() : data;
    const created = await documents.create({ data: { ...fields, slug } as any, status: 'published' });
    ids.set(key(uid, slug), created.documentId);
  }

  /** Uploads a drawn demo image to the media library and returns its id. */
  async function uploadDemoImage(svg: string, name: string, alternativeText: string): Promise<number> {
    const { file, cleanup } = await renderDemoImage(svg, name);
    try {
      const [uploaded] = await strapi
        .plugin('upload')
        .service('upload')
        .upload({ data: { fileInfo: { name: file.originalFilename, alternativeText } }, files: file });
      return uploaded.id;
    } finally {
      cleanup();
    }
  }

  async function ensureSingle(uid: Uid, data: Record<string, unknown>): Promise<void> {
    const documents = strapi.documents(uid);
    if (await documents.findFirst({ status: 'draft' })) return;
    await documents.create({ data: data as any, status: 'published' });
  }

  for (const specialty of specialties) {
    await ensurePublished('api::specialty.specialty', specialty.slug, { name: specialty.name, description: specialty.description });
  }
  for (const { slug, ...location } of locations) {
    await ensurePublished('api::location.location', slug, async () => {
      const photoAlt = location.photoAlt ?? `Illustration of the ${location.name} building (demo image)`;
      return { ...location, photoAlt, photo: await uploadDemoImage(buildingSvg(slug), `location-${slug}`, photoAlt) };
    });
  }
  // Physicians first without subtypes: subtypes need physicians as medical reviewers.
  for (const { slug, specialty, locations: locationSlugs, subtypes: _subtypes, languages, ...physician } of physicians) {
    await ensurePublished('api::physician.physician', slug, async () => {
      const photoAlt = `Illustrated placeholder portrait for Dr. ${physician.fullName} (demo image)`;
      return {
        ...physician,
        photo: await uploadDemoImage(portraitSvg(slug), `physician-${slug}`, photoAlt),
        photoAlt,
        languages: languages.map((language) => ({ language })),
        specialty: idOf('api::specialty.specialty', specialty),
        locations: idsOf('api::location.location', locationSlugs),
      };
    });
  }
  for (const { slug, review: treatmentReview, ...treatment } of treatments) {
    await ensurePublished('api::treatment.treatment', slug, { ...treatment, ...reviewed(treatmentReview) });
  }
  for (const { slug, review: subtypeReview, treatments: treatmentSlugs, ...subtype } of subtypes) {
    await ensurePublished('api::subtype.subtype', slug, {
      ...subtype,
      ...reviewed(subtypeReview),
      treatments: idsOf('api::treatment.treatment', treatmentSlugs),
    });
  }
  for (const physician of physicians) {
    if (physician.subtypes.length === 0) continue;
    const documentId = idOf('api::physician.physician', physician.slug);
    const physicianDocuments = strapi.documents('api::physician.physician');
    const current = await physicianDocuments.findOne({ documentId, status: 'draft', populate: { subtypes: { fields: ['slug'] } } as any });
    if (((current as any)?.subtypes ?? []).length > 0) continue;
    await physicianDocuments.update({ documentId, data: { subtypes: idsOf('api::subtype.subtype', physician.subtypes) } as any });
    await physicianDocuments.publish({ documentId });
  }
  for (const { slug, review: testReview, ...diagnosticTest } of diagnosticTests) {
    await ensurePublished('api::diagnostic-test.diagnostic-test', slug, { ...diagnosticTest, ...reviewed(testReview) });
  }
  for (const { slug, review: trialReview, principalInvestigator, subtypes: subtypeSlugs, treatments: treatmentSlugs, locations: locationSlugs, ...trial } of clinicalTrials) {
    await ensurePublished('api::clinical-trial.clinical-trial', slug, {
      ...trial,
      ...reviewed(trialReview),
      principalInvestigator: idOf('api::physician.physician', principalInvestigator),
      subtypes: idsOf('api::subtype.subtype', subtypeSlugs),
      treatments: idsOf('api::treatment.treatment', treatmentSlugs),
      locations: idsOf('api::location.location', locationSlugs),
    });
  }
  for (const { slug, review: serviceReview, locations: locationSlugs, ...service } of supportServices) {
    await ensurePublished('api::support-service.support-service', slug, {
      ...service,
      ...reviewed(serviceReview),
      locations: idsOf('api::location.location', locationSlugs),
    });
  }
  const { review: pageReview, featuredSubtypes, featuredTreatments, ...page } = conditionPage;
  await ensureSingle('api::condition-page.condition-page', {
    ...page,
    ...reviewed(pageReview),
    featuredSubtypes: idsOf('api::subtype.subtype', featuredSubtypes),
    featuredTreatments: idsOf('api::treatment.treatment', featuredTreatments),
  });
  await ensureSingle('api::site-setting.site-setting', siteSettings);

  await seedMarker(strapi).set({ value: { version: DEMO_SEED_VERSION, completedAt: new Date().toISOString() } });
  strapi.log.info(`Seeded the demo content in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
