import { afterEach, describe, expect, test } from 'vitest';
import { sampleTreatment } from '../../shared/test/fixtures/rest-entries';
import type { ContentSource } from '../src/lib/cms/content-source';
import { strapiSource } from '../src/lib/cms/content-source';
import { ContentCheckError } from '../src/lib/cms/loader';
import { fetchTranslations } from '../src/lib/cms/strapi-client';
import { notFound, startFakeStrapi, strapiPage, type FakeStrapi } from './fake-strapi';
import { runLoader } from './loader-harness';

/** The CMS loader reads each other locale's versions of a type and keeps them with the entry (data.localizations). */

const treatment = sampleTreatment();
const spanish = {
  id: 31,
  documentId: treatment.documentId,
  locale: 'es',
  name: 'Inmunoterapia',
  slug: 'inmunoterapia',
  summary: 'Medicamentos que ayudan a su sistema inmunitario a encontrar y atacar las células del cáncer.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'La inmunoterapia ayuda a algunas personas.' }] }],
  sideEffects: [{ type: 'paragraph', children: [{ type: 'text', text: 'Cansancio, sarpullido o diarrea.' }] }],
  seo: null,
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-02T09:00:00.000Z',
  publishedAt: '2025-03-02T09:00:00.000Z',
};

/** A source holding `entries` in the default locale and `versions` in Spanish. */
function source(entries: unknown[], versions: unknown[]): () => ContentSource {
  return () => ({
    describe: () => 'test source',
    load: async () => entries,
    translations: async (_name, locale) => (locale === 'es' ? versions : []),
    mediaBaseUrl: 'https://media.example.org',
  });
}

describe('translations in the CMS loader', () => {
  test('each document keeps its other locales’ versions, with their translated fields only', async () => {
    const { recordOf, logger, store } = await runLoader('treatment', source([treatment], [{ ...spanish, category: 'surgery', subtypes: [{ id: 1 }] }]));
    expect(store.keys()).toEqual(['immunotherapy']);
    const record = recordOf('immunotherapy')!;
    expect(record.name).toBe('Immunotherapy');
    expect(record.category).toBe('immunotherapy');
    expect(record.localizations).toEqual({ es: spanish });
    expect(logger.lines).toEqual(['treatments: 1 entry (full sync: a snapshot is read whole; es: 1 version) from test source']);
  });

  test('a version in another language is held to the contract, and the message names the entry and its language', async () => {
    const build = runLoader('treatment', source([treatment], [{ ...spanish, slug: 'Inmunoterapia Nueva' }]));
    await expect(build).rejects.toThrow(ContentCheckError);
    await expect(build).rejects.toThrow(/The "es" version of treatment 'Inmunoterapia Nueva' \(documentId t7r6e5a4t3m2e1n0t9i8m7m1\) does not match[\s\S]*slug/);
  });

  test('a version whose default-locale entry is not published is left out, and the log says so', async () => {
    const { recordOf, logger } = await runLoader('treatment', source([treatment], [spanish, { ...spanish, id: 40, documentId: 'only-in-spanish', slug: 'solo-en-espanol' }]));
    expect(Object.keys(recordOf('immunotherapy')!.localizations as object)).toEqual(['es']);
    expect(logger.lines[0]).toMatch(/^warn: treatments: 1 "es" version is left out because the en version is not published \(documentIds only-in-spanish\)/);
  });

  test('two versions in one language with one slug would share a URL: the build stops and names both', async () => {
    const other = { ...treatment, id: 50, documentId: 'second-treatment', slug: 'chemotherapy', name: 'Chemotherapy' };
    await expect(runLoader('treatment', source([treatment, other], [spanish, { ...spanish, id: 51, documentId: 'second-treatment' }]))).rejects.toThrow(
      "Two treatments have the slug 'inmunoterapia' in \"es\" (documentIds t7r6e5a4t3m2e1n0t9i8m7m1 and second-treatment)",
    );
  });

  test('a translation removed since the last build is gone from the record', async () => {
    const first = await runLoader('treatment', source([treatment], [spanish]));
    expect(first.recordOf('immunotherapy')!.localizations).toBeDefined();
    const { recordOf } = await runLoader('treatment', source([treatment], []));
    expect(recordOf('immunotherapy')!.localizations).toBeUndefined();
  });
});

describe('reading a locale from Strapi', () => {
  let server: FakeStrapi | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test('asks for the translated fields in that locale, and leaves out versions in another', async () => {
    server = await startFakeStrapi(({ url }) => {
      if (url.pathname === '/api/condition-page') return notFound();
      return { status: 200, body: strapiPage([spanish, { ...spanish, id: 99, documentId: 'not-localized', locale: null }], url) };
    });
    const options = { baseUrl: server.baseUrl, token: 'site-token', retries: 0 };
    expect(await fetchTranslations('treatment', 'es', options)).toEqual([spanish]);
    const asked = server.requests[0]!.url.searchParams;
    expect(asked.get('locale')).toBe('es');
    expect([...asked].filter(([key]) => key.startsWith('fields[')).map(([, value]) => value)).toEqual(['createdAt', 'updatedAt', 'publishedAt', 'locale', 'name', 'slug', 'summary', 'body', 'sideEffects']);
    expect(asked.get('populate[seo]')).toBe('true');
    // A single type with no version in the locale has no translation; the build goes on.
    expect(await fetchTranslations('conditionPage', 'es', options)).toEqual([]);
    expect(await strapiSource(options).translations('conditionPage', 'es')).toEqual([]);
  });
});
