import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CmsModel, CmsSchema } from '../src/contract-drift';

/** cms/src of this monorepo, next to shared/. */
export const CMS_SRC_DIR = fileURLToPath(new URL('../../cms/src', import.meta.url));

function readJson(file: string): CmsSchema {
  return JSON.parse(readFileSync(file, 'utf8')) as CmsSchema;
}

/**
 * Reads every content type (api/<api>/content-types/<name>/schema.json → uid api::<api>.<name>)
 * and component (components/<category>/<name>.json → uid <category>.<name>) of the CMS.
 */
export function loadCmsModel(cmsSrcDir: string = CMS_SRC_DIR): CmsModel {
  const model: CmsModel = { contentTypes: {}, components: {} };

  // An api may hold only routes and controllers (api/site-build: the admin's build status): no schema.json.
  for (const file of readdirSync(cmsSrcDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const relative = file.split(path.sep).join('/');
    const contentType = /^api\/([^/]+)\/content-types\/([^/]+)\/schema\.json$/.exec(relative);
    if (contentType) model.contentTypes[`api::${contentType[1]}.${contentType[2]}`] = readJson(path.join(cmsSrcDir, file));
    const component = /^components\/([^/]+)\/([^/]+)\.json$/.exec(relative);
    if (component) model.components[`${component[1]}.${component[2]}`] = readJson(path.join(cmsSrcDir, file));
  }

  return model;
}
