import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, parseContentEntry, restQueryString, type ContentTypeName } from '@mbc/shared';
import { SITE_TOKEN, rest } from './strapi';

/** Reads every published entry of a type the way the site build does: the token, the preset, every page. */
async function readAsTheSite(name: ContentTypeName): Promise<unknown[]> {
  const contract = CONTENT_TYPES[name];
  if (contract.kind === 'single') {
    const response = await rest(`/api/${contract.pluralApiId}?${restQueryString({ populate: contract.populate })}`, { token: SITE_TOKEN });
    expect(response.status, name).toBe(200);
    return [response.body.data];
  }
  const entries: unknown[] = [];
  for (let page = 1; ; page += 1) {
    const query = restQueryString({ populate: contract.populate, page, pageSize: 10, sort: ['slug:asc'] });
    const response = await rest(`/api/${contract.pluralApiId}?${query}`, { token: SITE_TOKEN });
    expect(response.status, name).toBe(200);
    entries.push(...response.body.data);
    if (page >= response.body.meta.pagination.pageCount) {
      expect(entries).toHaveLength(response.body.meta.pagination.total);
      return entries;
    }
  }
}

describe('the content contract', () => {
  it.each(Object.keys(CONTENT_TYPES) as ContentTypeName[])('every seeded %s parses with its shared schema', async (name) => {
    const entries = await readAsTheSite(name);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(() => parseContentEntry(name, entry)).not.toThrow();
  });

  it('reports the entry and the field when an entry breaks the contract', async () => {
    const [physician] = (await readAsTheSite('physician')) as Record<string, unknown>[];
    expect(() => parseContentEntry('physician', { ...physician, npi: 'not-an-npi' })).toThrow(
      new RegExp(`physician '${physician.slug}' \\(documentId ${physician.documentId}\\)[\\s\\S]*npi`),
    );
  });
});
