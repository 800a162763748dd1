import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CMS_ENV_FILE = path.join(REPO_DIR, 'cms', '.env');

/**
 * The environment with cms/.env's values filled in where the process has none, so local tools
 * find the secrets the first start generated. Production sets real environment variables.
 * The file is read with Node's own dotenv reader (util.parseEnv), as the CMS reads it.
 */
export function withLocalEnv(env: NodeJS.ProcessEnv = process.env, file = CMS_ENV_FILE): NodeJS.ProcessEnv {
  if (!existsSync(file)) return { ...env };
  const merged: NodeJS.ProcessEnv = { ...env };
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8'))) as [string, string][]) merged[name] ??= value;
  return merged;
}
