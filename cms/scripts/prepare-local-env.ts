/**
 * Generates the missing local secrets into cms/.env before Strapi starts.
 * Usage: tsx scripts/prepare-local-env.ts [--help]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLocalEnvFile } from '../src/config/local-env';

if (process.argv.includes('--help')) {
  console.log('Usage: tsx scripts/prepare-local-env.ts\nWrites any missing Strapi secret, the site-build API token and the local admin login into cms/.env (git-ignored).');
  process.exit(0);
}

// ENV_PATH is where Strapi itself reads its env file from (default: cms/.env).
const envFile = process.env.ENV_PATH ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.env');
if (process.env.NODE_ENV === 'production') {
  console.log('NODE_ENV=production: not generating secrets; they must come from the environment.');
  process.exit(0);
}
const { generated } = ensureLocalEnvFile(envFile);
if (generated.length > 0) {
  // The admin password itself is printed once, by the CMS, when it creates the admin user.
  console.log(`Wrote ${generated.join(', ')} to ${envFile} (git-ignored).`);
}
