/**
 * Writes a directory file (cms/src/bulk-import/import-directory.ts format) into the CMS's own
 * database: loads the compiled CMS in a child process with the CMS's settings (cms/.env, as
 * `npm start` uses), imports through the Document Service, and stops. Used by
 * scripts/tools/import-directory.ts and scripts/tools/generate-content.ts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLocalEnvFile } from '../../../cms/src/config/local-env';
import { CMS_DIR, compileTestCms } from '../../test/support/test-cms';

const CHILD_SCRIPT = fileURLToPath(new URL('../../test/support/test-cms-child.mjs', import.meta.url));

/** Resolves true when every entry was imported; the child prints progress and names a bad entry. */
export async function importIntoLocalCms(file: string): Promise<boolean> {
  // As `npm start` does: the CMS's local secrets (cms/.env, or ENV_PATH), generated when missing.
  if (process.env.NODE_ENV !== 'production') ensureLocalEnvFile(process.env.ENV_PATH ?? path.join(CMS_DIR, '.env'));
  const { appDir, distDir } = await compileTestCms();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_SCRIPT, 'import', appDir, distDir, path.resolve(file)], { cwd: appDir, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  return code === 0;
}
