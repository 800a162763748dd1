import type { Core } from '@strapi/strapi';
import { isProduction } from '../config/secrets';
import { DEFAULT_LOCAL_ADMIN_EMAIL } from '../config/local-env';


/**
 * On a local (non-production) start with no admin yet, creates a super admin from
 * LOCAL_ADMIN_EMAIL / LOCAL_ADMIN_PASSWORD (generated into cms/.env) and prints the login once.
 * Production never gets a default admin: the first admin registers in the admin panel.
 */
export async function ensureLocalAdmin(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (isProduction(env)) return;
  const password = env.LOCAL_ADMIN_PASSWORD;
  if (!password) return;
  /** The parts of Strapi's admin user service used here. */
  const users = strapi.service('admin::user') as unknown as {
    exists(): Promise<boolean>;
    createFirstAdmin(user: { email: string; password: string; firstname: string; lastname: string }): Promise<unknown>;
  };
  if (await users.exists()) return;
  const email = env.LOCAL_ADMIN_EMAIL || DEFAULT_LOCAL_ADMIN_EMAIL;
  await users.createFirstAdmin({ email, password, firstname: 'Local', lastname: 'Admin' });
  strapi.log.info(
    [
      'Created the local admin user. Sign in at /admin with:',
      `  email:    ${email}`,
      `  password: ${password}`,
      '(also kept in cms/.env as LOCAL_ADMIN_EMAIL / LOCAL_ADMIN_PASSWORD)',
    ].join('\n'),
  );
}
