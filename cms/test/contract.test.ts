import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, parseContentEntry, type ContentTypeName } from '@mbc/shared';
import { readAsTheSite } from './site-reads';

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
