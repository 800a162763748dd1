/**
 * Run by `npm test` before the suites start (the root package's test:prepare): builds the admin
 * panel the admin browser tests use, once, if its sources changed, so that no suite runs
 * `strapi build` (which also rewrites dist/) while another runs the CMS from dist/.
 *   tsx cms/test/prepare-admin.ts
 */
import { randomBytes } from 'node:crypto';
import { ensureAdminBuild } from './admin-panel';

// The build loads the CMS's configuration, which needs secrets; none of them reach the bundle.
for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
  process.env[name] ??= randomBytes(32).toString('base64');
}
ensureAdminBuild().then(
  () => console.log('The test admin panel build is current.'),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
