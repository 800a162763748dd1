import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresCluster } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseClient: 'sqlite' | 'postgres';
    databaseUrl: string;
    sqliteFile: string;
    publicDir: string;
  }
}

const cmsDir = path.resolve(__dirname, '..');

/** Compiles the CMS (when its sources changed) and prepares an empty database (SQLite file or a throwaway PostgreSQL cluster). */
export default async function setup(project: TestProject) {
  // Strapi loads an env file when its modules load: never the developer's cms/.env in tests.
  process.env.ENV_PATH = path.join(cmsDir, 'test', 'no-such.env');
  // The CMS requires @mbc/shared's CommonJS build (shared/dist): build it if its sources changed, so
  // the tests run today's rules; then compile the CMS into dist/ if its sources changed.
  execFileSync(process.execPath, [path.resolve(cmsDir, '..', 'shared', 'scripts', 'build.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(cmsDir, 'scripts', 'compile.mjs')], { cwd: cmsDir, stdio: 'inherit' });

  const databaseClient = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-'));
  let cluster: PostgresCluster | undefined;
  if (databaseClient === 'postgres') cluster = await startPostgres();

  project.provide('databaseClient', databaseClient);
  project.provide('databaseUrl', cluster?.url ?? '');
  project.provide('sqliteFile', path.join(tempDir, 'data.db'));
  mkdirSync(path.join(tempDir, 'public', 'uploads'), { recursive: true });
  project.provide('publicDir', path.join(tempDir, 'public'));
  console.log(`CMS tests on ${databaseClient}${cluster ? ` (${cluster.url})` : ''}`);

  return () => {
    cluster?.stop();
    rmSync(tempDir, { recursive: true, force: true });
  };
}
