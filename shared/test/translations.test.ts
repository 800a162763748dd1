import { describe, expect, it, test } from 'vitest';
import { CONTENT_TYPES, LOCALIZED_FIELDS, type ContentTypeName } from '../src/index.js';
import { translationQuery, translationSchema } from '../src/translations.js';

const meta = { id: 7, documentId: 'doc1', locale: 'es', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z', publishedAt: '2026-11-02T10:00:00.000Z' };

describe('a translation as the site reads it', () => {
  it('asks for the translated fields, their components populated, and the version timestamps', () => {
    expect(translationQuery('subtype')).toEqual({
      fields: ['createdAt', 'updatedAt', 'publishedAt', 'locale', 'name', 'slug', 'shortName', 'summary', 'body'],
      populate: { seo: true },
    });
    expect(translationQuery('conditionPage').populate).toEqual({ goalsOfCare: true, newlyDiagnosed: true, secondOpinion: true, whyChooseUs: true, sections: true, seo: true });
  });

  it('never asks for a relation or a shared field', () => {
    for (const name of Object.keys(CONTENT_TYPES) as ContentTypeName[]) {
      const { fields, populate } = translationQuery(name);
      expect([...fields.slice(4), ...Object.keys(populate)].sort()).toEqual([...LOCALIZED_FIELDS[name]].sort());
      for (const entry of Object.values(populate)) expect(entry).toBe(true);
    }
  });

  it('holds the translated fields to the entry’s own rules and drops everything else', () => {
    const schema = translationSchema('treatment');
    const parsed = schema.parse({ ...meta, name: 'Terapia hormonal', slug: 'terapia-hormonal', summary: 'Resumen.', body: [], sideEffects: [], seo: null, category: 'endocrine' });
    expect(parsed).toEqual({ ...meta, name: 'Terapia hormonal', slug: 'terapia-hormonal', summary: 'Resumen.', body: [], sideEffects: [], seo: null });
    const bad = schema.safeParse({ ...meta, name: 'Terapia', slug: 'Terapia Hormonal', summary: 'x', body: [], sideEffects: [], seo: null });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues.map((issue) => issue.path))).toContain('slug');
  });
});

describe('the relation targets the site localizes related entries by', () => {
  test('name every relation each populate preset reads, with the CMS schema’s own target', async () => {
    const { loadCmsModel } = await import('./cms-model');
    const { RELATION_TARGETS, contentTypeNamed } = await import('../src/populate.js');
    const cms = loadCmsModel();
    for (const name of Object.keys(CONTENT_TYPES) as ContentTypeName[]) {
      const attributes = cms.contentTypes[CONTENT_TYPES[name].uid]!.attributes;
      const relations = Object.keys(CONTENT_TYPES[name].populate).filter((attribute) => attributes[attribute]?.type === 'relation');
      const targets = Object.fromEntries(relations.map((attribute) => [attribute, contentTypeNamed(attributes[attribute]!.target!)]));
      expect(RELATION_TARGETS[name], name).toEqual(targets);
    }
  });
});
