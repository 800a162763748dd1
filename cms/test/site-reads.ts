import { expect } from 'vitest';
import { CONTENT_TYPES, restQueryString, type ContentTypeName } from '@mbc/shared';
import { SITE_TOKEN, rest } from './strapi';
import type { Loose } from './fixtures';

/** A published entry as the REST API serves it to the site: checked by the contract, read here by field. */
export type SiteEntry = { documentId: string; slug?: string; [field: string]: Loose };

/** Reads every published entry of a type the way the site build does: the token, the preset, every page. */
export async function readAsTheSite(name: ContentTypeName): Promise<SiteEntry[]> {
  const contract = CONTENT_TYPES[name];
  if (contract.kind === 'single') {
    const response = await rest(`/api/${contract.restPath}?${restQueryString({ populate: contract.populate })}`, { token: SITE_TOKEN });
    expect(response.status, name).toBe(200);
    return [response.body.data];
  }
  const entries: SiteEntry[] = [];
  for (let page = 1; ; page += 1) {
    const query = restQueryString({ populate: contract.populate, page, pageSize: 10, sort: ['slug:asc'] });
    const response = await rest(`/api/${contract.restPath}?${query}`, { token: SITE_TOKEN });
    expect(response.status, name).toBe(200);
    entries.push(...response.body.data);
    if (page >= response.body.meta.pagination.pageCount) {
      expect(entries).toHaveLength(response.body.meta.pagination.total);
      return entries;
    }
  }
}
