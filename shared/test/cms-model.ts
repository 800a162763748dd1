import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CmsModel, CmsSchema } from '../src/contract-drift';

/** cms/src of this monorepo, next to shared/. */
export const CMS_SRC_DIR = fileURLToPath(new URL('../../cms/src', import.meta.url));

function readJson(file: string): CmsSchema {
  return JSON.parse(readFileSync(file, 'utf8')) as CmsSchema;
}

function subdirectories(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * Reads every content type (api/<api>/content-types/<name>/schema.json → uid api::<api>.<name>)
 * and component (components/<category>/<name>.json → uid <category>.<name>) of the CMS.
 */
export function loadCmsModel(cmsSrcDir: string = CMS_SRC_DIR): CmsModel {
  const model: CmsModel = { contentTypes: {}, components: {} };

  const apiDir = path.join(cmsSrcDir, 'api');
  for (const api of subdirectories(apiDir)) {
    const contentTypesDir = path.join(apiDir, api, 'content-types');
    // An api may hold only routes and controllers (api/site-build: the admin's build status).
    if (!existsSync(contentTypesDir)) continue;
    for (const name of subdirectories(contentTypesDir)) {
      model.contentTypes[`api::${api}.${name}`] = readJson(path.join(contentTypesDir, name, 'schema.json'));
    }
  }

  const componentsDir = path.join(cmsSrcDir, 'components');
  for (const category of subdirectories(componentsDir)) {
    for (const file of readdirSync(path.join(componentsDir, category)).filter((name) => name.endsWith('.json'))) {
      model.components[`${category}.${path.basename(file, '.json')}`] = readJson(path.join(componentsDir, category, file));
    }
  }

  return model;
}
