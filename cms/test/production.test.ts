import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRAPI_SECRET_NAMES } from '../src/config/secrets';

const cmsDir = path.resolve(__dirname, '..');

/** Starts the compiled CMS in a child process with NODE_ENV=production and the given variables. */
function startInProduction(variables: Record<string, string>) {
  const script = `
    const { createStrapi } = require('@strapi/strapi');
    createStrapi({ appDir: ${JSON.stringify(cmsDir)}, distDir: ${JSON.stringify(path.join(cmsDir, 'dist'))} })
      .load()
      .then(() => { console.log('STARTED'); process.exit(0); }, (error) => { console.error(error.message); process.exit(1); });`;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ENV_PATH: path.join(cmsDir, 'test', 'no-such.env'), ...variables };
  // Asynchronous on purpose: a blocking spawn would stall the test worker's event loop.
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: cmsDir, env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('production start', () => {
  it('refuses to start without secrets, naming every missing variable', async () => {
    const result = await startInProduction({});
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toContain('STARTED');
    for (const name of STRAPI_SECRET_NAMES) expect(result.stderr).toContain(name);
  });

  it('names the one variable that is missing', async () => {
    const all = Object.fromEntries(STRAPI_SECRET_NAMES.map((name) => [name, 'c2VjcmV0LXZhbHVlLWZvci10ZXN0cw==']));
    delete all.ADMIN_JWT_SECRET;
    const result = await startInProduction({ ...all, DATABASE_CLIENT: 'postgres', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.status).not.toBe(0);
    // Singular "variable" and a full stop right after the name: no other variable is listed.
    expect(result.stderr).toContain('missing environment variable ADMIN_JWT_SECRET.');
  });
});
