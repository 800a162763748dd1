/**
 * Uploaded media are served with a year-long immutable Cache-Control (src/middlewares/uploads-headers.ts),
 * so the site build reuses the images it optimized in earlier builds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { UPLOADS_CACHE_CONTROL } from '../src/middlewares/uploads-headers';
import { startCms } from './strapi';
import { documents } from './fixtures';

let strapi: Core.Strapi;
let baseUrl: string;

beforeAll(async () => {
  ({ strapi, baseUrl } = await startCms());
});

describe('uploaded media', () => {
  it('are cacheable for a year: the file name carries its content hash', async () => {
    const physician = await documents(strapi, 'api::physician.physician').findFirst({ status: 'published', populate: { photo: true } });
    expect(physician.photo.url).toMatch(/^\/uploads\/.+_[0-9a-f]{10}\.\w+$/);

    const response = await fetch(`${baseUrl}${physician.photo.url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(UPLOADS_CACHE_CONTROL);
    expect(UPLOADS_CACHE_CONTROL).toBe('public, max-age=31536000, immutable');
  });

  it('but a missing file is not cached', async () => {
    const response = await fetch(`${baseUrl}/uploads/no-such-file_0123456789.jpg`);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).not.toBe(UPLOADS_CACHE_CONTROL);
  });
});
