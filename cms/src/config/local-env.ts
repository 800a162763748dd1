import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { DEFAULTS } from './defaults';
import { STRAPI_SECRET_NAMES, isProduction } from './secrets';

/** Everything a local start needs besides Strapi's own secrets. */
const LOCAL_ONLY_NAMES = [
  'SITE_API_TOKEN',
  'PREVIEW_API_TOKEN',
  'PREVIEW_SECRET',
  'LOCAL_ADMIN_EMAIL',
  'LOCAL_ADMIN_PASSWORD',
  'REBUILD_WEBHOOK_SECRET',
  'REBUILD_WEBHOOK_URL',
] as const;

export const DEFAULT_LOCAL_ADMIN_EMAIL = DEFAULTS.localAdminEmail;

/** The local rebuild service (scripts/rebuild), see DESIGN.md ports. */
const DEFAULT_REBUILD_WEBHOOK_URL = DEFAULTS.rebuildWebhookUrl;

const base64Secret = () => randomBytes(32).toString('base64');

/** A password Strapi's admin accepts (8+ characters with upper case, lower case and a digit). */
export function generateAdminPassword(): string {
  const body = randomBytes(18).toString('base64url').replace(/[-_]/g, '');
  return `${body.slice(0, 16)}Aa7`;
}

function generateLocalValue(name: string): string {
  switch (name) {
    case 'APP_KEYS':
      return [base64Secret(), base64Secret(), base64Secret(), base64Secret()].join(',');
    case 'ENCRYPTION_KEY':
      return randomBytes(32).toString('base64');
    case 'SITE_API_TOKEN':
    case 'PREVIEW_API_TOKEN':
    case 'PREVIEW_SECRET':
    case 'REBUILD_WEBHOOK_SECRET':
      return randomBytes(48).toString('hex');
    case 'REBUILD_WEBHOOK_URL':
      return DEFAULT_REBUILD_WEBHOOK_URL;
    case 'LOCAL_ADMIN_EMAIL':
      return DEFAULT_LOCAL_ADMIN_EMAIL;
    case 'LOCAL_ADMIN_PASSWORD':
      return generateAdminPassword();
    default:
      return base64Secret();
  }
}

/** Parses an env file's KEY=value lines with Node's own dotenv reader (the one reader of the project). */
export function parseEnvFile(text: string): Map<string, string> {
  return new Map(Object.entries(parseEnv(text)) as [string, string][]);
}

export type LocalEnvResult = { file: string; generated: string[]; values: Map<string, string> };

/**
 * Makes sure the git-ignored env file holds every secret a local start needs, generating only
 * the missing ones (a second start reuses the database and the secrets). Values already set in the
 * process environment win and are not written. Refuses in production, which must bring its own.
 */
export function ensureLocalEnvFile(file: string, env: NodeJS.ProcessEnv = process.env): LocalEnvResult {
  if (isProduction(env)) {
    throw new Error('Refusing to generate secrets with NODE_ENV=production: production takes its secrets from the environment.');
  }
  const existingText = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const values = parseEnvFile(existingText);
  const generated: string[] = [];
  for (const name of [...STRAPI_SECRET_NAMES, ...LOCAL_ONLY_NAMES]) {
    if (values.has(name) || env[name]) continue;
    values.set(name, name === 'LOCAL_ADMIN_EMAIL' && env.ADMIN_EMAIL ? env.ADMIN_EMAIL : generateLocalValue(name));
    generated.push(name);
  }
  if (generated.length > 0) {
    const header = existingText
      ? existingText.replace(/\s*$/, '\n')
      : '# Local secrets generated on first start. Never commit this file; production sets these in its environment.\n';
    const added = generated.map((name) => `${name}=${values.get(name)}`).join('\n');
    writeFileSync(file, `${header}${added}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return { file, generated, values };
}
