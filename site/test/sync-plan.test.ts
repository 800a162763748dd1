import { describe, expect, test } from 'vitest';
import { CONTENT_TYPES, type ContentTypeName, type Populate } from '@mbc/shared';
import { loadCmsModel } from '../../shared/test/cms-model';
import { entryVersion, planSync, syncFingerprint, versionPopulate } from '../src/lib/cms/sync-plan';

describe('versionPopulate', () => {
  test("asks for each relation's and media's updatedAt only, and leaves components out", () => {
    expect(versionPopulate(CONTENT_TYPES.physician.populate)).toEqual({
      specialty: { fields: ['updatedAt'] },
      photo: { fields: ['updatedAt'] },
      locations: { fields: ['updatedAt'] },
      subtypes: { fields: ['updatedAt'] },
    });
    expect(versionPopulate({ trials: { fields: ['title'], populate: { sites: { fields: ['name'] }, address: true } } })).toEqual({
      trials: { fields: ['updatedAt'], populate: { sites: { fields: ['updatedAt'] } } },
    });
  });

  // The version list tells relations from components by the presets' convention (a relation or
  // media selects its fields); checked here against the CMS's schema.json, so a preset that broke
  // it could not leave an embedded entry's changes unseen.
  const model = loadCmsModel();
  test.each(Object.keys(CONTENT_TYPES) as ContentTypeName[])('%s: every populated relation and media, and only those, is in the version list', (name) => {
    const attributes = model.contentTypes[CONTENT_TYPES[name].uid]!.attributes as Record<string, { type: string; component?: string }>;
    const populate: Populate = CONTENT_TYPES[name].populate;
    const linked = Object.keys(populate).filter((key) => ['relation', 'media'].includes(attributes[key]!.type));
    expect(Object.keys(versionPopulate(populate)).sort()).toEqual(linked.sort());
    // A component's row is the entry's, but a relation or media populated inside one is not
    // (`true` populates none): the version list would not see it change.
    for (const key of Object.keys(populate).filter((attribute) => !linked.includes(attribute))) {
      const entry = populate[key]!;
      const nested = entry === true ? [] : Object.keys(entry.populate ?? {});
      const component = attributes[key]!.component;
      for (const inner of nested) {
        const type = component ? (model.components[component]!.attributes as Record<string, { type: string }>)[inner]?.type : 'dynamic zone';
        expect(['relation', 'media'], `${name}.${key}.${inner}`).not.toContain(type);
      }
    }
  });
});

describe('entryVersion', () => {
  const row = { id: 12, documentId: 'doc-okafor', updatedAt: '2026-01-01T00:00:00.000Z', locations: [{ id: 5, documentId: 'loc-durham', updatedAt: '2026-01-01T00:00:00.000Z' }] };

  test('moves with the entry, a new row, and any entry it embeds; not with the order of keys', () => {
    const version = entryVersion(row).version;
    expect(entryVersion({ ...row, updatedAt: '2026-01-02T00:00:00.000Z' }).version).not.toBe(version);
    expect(entryVersion({ ...row, id: 13 }).version).not.toBe(version);
    expect(entryVersion({ ...row, locations: [{ ...row.locations[0], updatedAt: '2026-01-02T00:00:00.000Z' }] }).version).not.toBe(version);
    expect(entryVersion({ ...row, locations: [] }).version).not.toBe(version);
    expect(entryVersion({ locations: row.locations, updatedAt: row.updatedAt, documentId: row.documentId, id: row.id }).version).toBe(version);
  });

  test('refuses a row without a documentId', () => {
    expect(() => entryVersion({ id: 1 })).toThrow("The CMS's version list holds an entry without a documentId");
  });
});

describe('planSync', () => {
  test('reads new and changed entries (and any whose last version is unknown), drops the unlisted, keeps the rest', () => {
    const plan = planSync(
      [
        { documentId: 'a', version: '1' },
        { documentId: 'b', version: '1' },
        { documentId: 'c', version: '1' },
        { documentId: 'd', version: undefined },
      ],
      [
        { documentId: 'e', version: '1' },
        { documentId: 'a', version: '1' },
        { documentId: 'b', version: '2' },
        { documentId: 'd', version: '1' },
      ],
    );
    expect(plan.toFetch).toEqual(['e', 'b', 'd']);
    expect(plan.removed).toEqual(['c']);
    expect([...plan.unchanged]).toEqual(['a']);
  });
});

describe('syncFingerprint', () => {
  test('changes with the preset, the contract, the records format and the source', () => {
    const inputs = { contentType: 'physician', populate: CONTENT_TYPES.physician.populate, contractStamp: 'abc', recordsVersion: 1, source: 'Strapi http://cms', mediaBaseUrl: 'http://cms' };
    const fingerprint = syncFingerprint(inputs);
    expect(syncFingerprint({ ...inputs })).toBe(fingerprint);
    expect(syncFingerprint({ ...inputs, populate: { ...inputs.populate, specialty: { fields: ['name'] } } })).not.toBe(fingerprint);
    expect(syncFingerprint({ ...inputs, contractStamp: 'abd' })).not.toBe(fingerprint);
    expect(syncFingerprint({ ...inputs, recordsVersion: 2 })).not.toBe(fingerprint);
    expect(syncFingerprint({ ...inputs, mediaBaseUrl: 'https://cdn' })).not.toBe(fingerprint);
  });
});
