import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureLocalEnvFile, generateAdminPassword, parseEnvFile } from '../src/config/local-env';
import { STRAPI_SECRET_NAMES, assertProductionSecrets, missingProductionVariables } from '../src/config/secrets';

const tempFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'local-env-')), '.env');

describe('local secrets', () => {
  it('generates every secret on the first start into a private file, and reuses them on the second', () => {
    const file = tempFile();
    const first = ensureLocalEnvFile(file, { NODE_ENV: 'development' });
    expect(first.generated).toEqual(expect.arrayContaining([...STRAPI_SECRET_NAMES, 'SITE_API_TOKEN', 'LOCAL_ADMIN_PASSWORD']));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const firstText = readFileSync(file, 'utf8');
    expect(parseEnvFile(firstText).get('APP_KEYS')!.split(',')).toHaveLength(4);
    const second = ensureLocalEnvFile(file, { NODE_ENV: 'development' });
    expect(second.generated).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(firstText);
  });
  it('adds only what is missing and keeps what an operator wrote', () => {
    const file = tempFile();
    writeFileSync(file, '# mine\nJWT_SECRET=keep-me\n');
    const result = ensureLocalEnvFile(file, { NODE_ENV: 'development', ADMIN_EMAIL: 'editor@example.org' });
    expect(result.generated).not.toContain('JWT_SECRET');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# mine\nJWT_SECRET=keep-me\n')).toBe(true);
    expect(parseEnvFile(text).get('LOCAL_ADMIN_EMAIL')).toBe('editor@example.org');
  });
  it('never generates secrets in production', () => {
    expect(() => ensureLocalEnvFile(tempFile(), { NODE_ENV: 'production' })).toThrow(/production/);
  });
  it('makes admin passwords that meet Strapi’s policy', () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const password = generateAdminPassword();
      expect(password.length).toBeGreaterThanOrEqual(8);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/\d/);
    }
  });
});

describe('production secrets', () => {
  const complete = Object.fromEntries(STRAPI_SECRET_NAMES.map((name) => [name, 'x'])) as NodeJS.ProcessEnv;
  it('names each missing variable', () => {
    expect(missingProductionVariables({ ...complete, JWT_SECRET: '' })).toEqual(['JWT_SECRET']);
    expect(missingProductionVariables({ ...complete, DATABASE_CLIENT: 'postgres' })).toEqual(['DATABASE_URL']);
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', ...complete, APP_KEYS: undefined })).toThrow(/APP_KEYS/);
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', ...complete })).not.toThrow();
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });
});
