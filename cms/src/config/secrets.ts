/**
 * The secrets Strapi needs, in one list. Local starts generate them into cms/.env
 * (see scripts/prepare-local-env.ts); production must supply them from the environment.
 */
export const STRAPI_SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/** Names of the variables production needs but the environment lacks. */
export function missingProductionVariables(env: NodeJS.ProcessEnv = process.env): string[] {
  const missing: string[] = STRAPI_SECRET_NAMES.filter((name) => !env[name]?.trim());
  if ((env.DATABASE_CLIENT ?? 'sqlite') === 'postgres' && !env.DATABASE_URL?.trim()) {
    missing.push('DATABASE_URL');
  }
  return missing;
}

/**
 * Production never generates secrets: it refuses to start, naming each missing variable,
 * so an operator knows exactly what to set.
 */
export function assertProductionSecrets(env: NodeJS.ProcessEnv = process.env): void {
  if (!isProduction(env)) return;
  const missing = missingProductionVariables(env);
  if (missing.length > 0) {
    throw new Error(
      `Refusing to start in production: missing environment variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. ` +
        'Production takes its secrets from the environment (see README, "Production"); generate each with `openssl rand -base64 32` ' +
        '(APP_KEYS is four such values separated by commas).',
    );
  }
}
