import qs from 'qs';
import { describe, expect, test } from 'vitest';
import { CONTENT_TYPES, physicianPopulate, restQueryString } from '../src/populate';

describe('restQueryString', () => {
  test('writes populate presets in the bracket syntax Strapi 5 parses', () => {
    const query = restQueryString({ populate: physicianPopulate });
    const parameters = decodeURIComponent(query).split('&');
    expect(parameters).toContain('populate[specialty][fields][0]=name');
    expect(parameters).toContain('populate[specialty][fields][1]=slug');
    expect(parameters).toContain('populate[languages]=true');
    expect(parameters).toContain('populate[locations][populate][address]=true');
    expect(parameters).toContain('populate[photo][fields][5]=formats');
  });

  test('round-trips through qs, as Strapi reads it', () => {
    const query = restQueryString({ populate: CONTENT_TYPES.subtype.populate, page: 2, pageSize: 50, sort: ['sortOrder:asc', 'name:asc'] });
    // qs hands every value back as a string, `true` included.
    expect(qs.parse(query, { depth: 10 })).toEqual({
      populate: JSON.parse(JSON.stringify(CONTENT_TYPES.subtype.populate, (_key, value) => (value === true ? 'true' : value))),
      pagination: { page: '2', pageSize: '50' },
      sort: ['sortOrder:asc', 'name:asc'],
    });
  });

  test('asks for a version, filters and fields as Strapi 5 reads them', () => {
    const query = restQueryString({ status: 'draft', filters: { updatedAt: { $gte: '2026-01-01T00:00:00.000Z' } }, fields: ['updatedAt'], sort: 'updatedAt:desc', pageSize: 1 });
    expect(qs.parse(query, { depth: 10 })).toEqual({
      status: 'draft',
      filters: { updatedAt: { $gte: '2026-01-01T00:00:00.000Z' } },
      fields: ['updatedAt'],
      sort: 'updatedAt:desc',
      pagination: { pageSize: '1' },
    });
  });

  test('encodes values only, and leaves out what is not asked for', () => {
    expect(restQueryString({ sort: 'name:asc' })).toBe('sort=name%3Aasc');
    expect(restQueryString({ populate: CONTENT_TYPES.specialty.populate })).toBe('');
    expect(restQueryString()).toBe('');
  });
});
