import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { startCms } from './strapi';

const srcDir = path.resolve(__dirname, '..', 'src');
// Every content type (an api without one, such as site-build's admin route, has no fields to describe) and component.
const SCHEMA_FILE = /^(api\/([^/]+)\/content-types\/\2\/schema|components\/[^/]+\/[^/]+)\.json$/;
const schemaFiles = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => SCHEMA_FILE.test(file))
  .sort();

let strapi: Core.Strapi;
beforeAll(async () => {
  ({ strapi } = await startCms());
});

describe('help text in the admin', () => {
  it('finds the schema files', () => {
    expect(schemaFiles.length).toBeGreaterThanOrEqual(18);
  });

  it.each(schemaFiles)('%s describes every field', (file) => {
    const schema = JSON.parse(readFileSync(path.join(srcDir, file), 'utf8'));
    const undescribed = Object.entries(schema.attributes as Record<string, { description?: string }>)
      .filter(([, attribute]) => !attribute.description || attribute.description.length < 10)
      .map(([name]) => name);
    expect(undescribed).toEqual([]);
  });

  it('shows each description in the content manager’s edit view', async () => {
    const contentTypes = strapi.plugin('content-manager').service('content-types');
    const physician = strapi.contentType('api::physician.physician');
    const configuration = await contentTypes.findConfiguration(physician);
    expect(configuration.metadatas.npi.edit.description).toBe((physician.attributes.npi as { description?: string }).description);
    expect(configuration.settings.mainField).toBe('fullName');
    const components = strapi.plugin('content-manager').service('components');
    const review = strapi.components['shared.medical-review'];
    const reviewConfiguration = await components.findConfiguration(review);
    expect(reviewConfiguration.metadatas.lastReviewed.edit.description).toMatch(/future/);
  });
});
