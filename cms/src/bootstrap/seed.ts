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
import { translations } from '../seed/data/translations';
import { slugLinkedWriter } from '../bulk-import/slug-linked-writer';
import { isProduction } from '../config/secrets';
import { buildingSvg, portraitSvg, renderDemoImage } from '../seed/portraits';
import { seedDemoTranslations } from './seed-translations';

/** Bumped when the demo content changes shape; a database seeded with an older version is left alone. */
const DEMO_SEED_VERSION = 1;

type Uid = Parameters<Core.Strapi['documents']>[0];

/** Demo content goes into local databases only, unless SEED_DEMO_CONTENT says otherwise. */
function shouldSeedDemoContent(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SEED_DEMO_CONTENT === 'true') return true;
  if (env.SEED_DEMO_CONTENT === 'false') return false;
  return !isProduction(env);
}

function seedMarker(strapi: Core.Strapi) {
  return strapi.store({ type: 'core', name: 'demo-content', key: 'seed' });
}

/**
 * The demo content in the default locale (seedDefaultLocale), then its translations into the
 * other locales (./seed-translations.ts), each once per database.
 */
export async function seedDemoContent(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!shouldSeedDemoContent(env)) return;
  if (!(await seedMarker(strapi).get())) await seedDefaultLocale(strapi);
  await seedDemoTranslations(strapi, translations);
}

/**
 * Writes the demo content with the bulk import's slug-linked writer (src/bulk-import/slug-linked-writer.ts),
 * through the Document Service, so every entry passes the same validation an editor's would. Runs
 * once per database: a marker in the core store records the finished seed, and entries are created
 * only when their slug is missing, so an interrupted seed resumes and a finished one never brings
 * back content an editor deleted.
 */
async function seedDefaultLocale(strapi: Core.Strapi): Promise<void> {
  const started = Date.now();
  const writer = await slugLinkedWriter(strapi, { existing: 'keep', transactions: false });
  const { idOf, idsOf, reviewed } = writer;

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
    await documents.create({ data: data as never, status: 'published' });
  }

  await writer.write('specialty', 'specialties', specialties, ({ name, description }) => ({ name, description }));
  await writer.write('location', 'locations', locations, async ({ slug, ...location }) => {
    const photoAlt = location.photoAlt ?? `Illustration of the ${location.name} building (demo image)`;
    return { ...location, photoAlt, photo: await uploadDemoImage(buildingSvg(slug), `location-${slug}`, photoAlt) };
  });
  // Physicians first without subtypes: subtypes need physicians as medical reviewers.
  await writer.write('physician', 'physicians', physicians, async ({ slug, specialty, locations: locationSlugs, subtypes: _subtypes, languages, ...physician }, where) => {
    const photoAlt = `Illustrated placeholder portrait for Dr. ${physician.fullName} (demo image)`;
    return {
      ...physician,
      photo: await uploadDemoImage(portraitSvg(slug), `physician-${slug}`, photoAlt),
      photoAlt,
      languages: languages.map((language) => ({ language })),
      specialty: idOf('specialty', specialty, where, 'specialty'),
      locations: idsOf('location', locationSlugs, where, 'locations'),
    };
  });
  await writer.write('treatment', 'treatments', treatments, ({ slug: _slug, review, ...treatment }, where) => ({ ...treatment, ...reviewed(review, where) }));
  await writer.write('subtype', 'subtypes', subtypes, ({ slug: _slug, review, treatments: treatmentSlugs, ...subtype }, where) => ({
    ...subtype,
    ...reviewed(review, where),
    treatments: idsOf('treatment', treatmentSlugs, where, 'treatments'),
  }));
  for (const [index, physician] of physicians.entries()) {
    if (physician.subtypes.length === 0) continue;
    const where = `physicians[${index}] ("${physician.slug}")`;
    const documentId = idOf('physician', physician.slug, where, 'slug');
    const physicianDocuments = strapi.documents('api::physician.physician');
    const current = (await physicianDocuments.findOne({ documentId, status: 'draft', populate: { subtypes: { fields: ['slug'] } } } as never)) as { subtypes?: unknown[] } | null;
    if ((current?.subtypes ?? []).length > 0) continue;
    await physicianDocuments.update({ documentId, data: { subtypes: idsOf('subtype', physician.subtypes, where, 'subtypes') } as never });
    await physicianDocuments.publish({ documentId });
  }
  await writer.write('diagnosticTest', 'diagnosticTests', diagnosticTests, ({ slug: _slug, review, ...diagnosticTest }, where) => ({
    ...diagnosticTest,
    ...reviewed(review, where),
  }));
  await writer.write(
    'clinicalTrial',
    'clinicalTrials',
    clinicalTrials,
    ({ slug: _slug, review, principalInvestigator, subtypes: subtypeSlugs, treatments: treatmentSlugs, locations: locationSlugs, ...trial }, where) => ({
      ...trial,
      ...reviewed(review, where),
      principalInvestigator: idOf('physician', principalInvestigator, where, 'principalInvestigator'),
      subtypes: idsOf('subtype', subtypeSlugs, where, 'subtypes'),
      treatments: idsOf('treatment', treatmentSlugs, where, 'treatments'),
      locations: idsOf('location', locationSlugs, where, 'locations'),
    }),
  );
  await writer.write('supportService', 'supportServices', supportServices, ({ slug: _slug, review, locations: locationSlugs, ...service }, where) => ({
    ...service,
    ...reviewed(review, where),
    locations: idsOf('location', locationSlugs, where, 'locations'),
  }));
  const { review: pageReview, featuredSubtypes, featuredTreatments, ...page } = conditionPage;
  await ensureSingle('api::condition-page.condition-page', {
    ...page,
    ...reviewed(pageReview, 'conditionPage'),
    featuredSubtypes: idsOf('subtype', featuredSubtypes, 'conditionPage', 'featuredSubtypes'),
    featuredTreatments: idsOf('treatment', featuredTreatments, 'conditionPage', 'featuredTreatments'),
  });
  await ensureSingle('api::site-setting.site-setting', siteSettings);

  await seedMarker(strapi).set({ value: { version: DEMO_SEED_VERSION, completedAt: new Date().toISOString() } });
  strapi.log.info(`Seeded the demo content in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
