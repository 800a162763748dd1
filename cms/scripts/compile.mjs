// Compiles the CMS's server code (src/, config/) to dist/ with Strapi's compiler, unless dist/ was
// compiled from the same sources: a stamp, dist/.compiled-from, records a hash of them. A lock
// (dist/.compile-lock, holding the compiling process's pid) makes test suites that start side by side wait for one compile instead of
// writing dist/ at the same time.
//   node scripts/compile.mjs           (from cms/; exits 1 with Strapi's errors if the code does not compile)
//   node scripts/compile.mjs --record  only records that dist/ holds today's sources (after a `strapi build`, which compiles them too)
// Its own process on purpose: Strapi's compiler exits the process it runs in on a TypeScript error.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(cmsDir, 'dist');
const stampFile = path.join(distDir, '.compiled-from');
const lockDir = path.join(distDir, '.compile-lock');
const requireFromCms = createRequire(path.join(cmsDir, 'package.json'));

/** A hash of every file the server build of `appDir` is made from (the admin panel has its own build) and Strapi's version. */
export function serverSourcesHash(appDir = cmsDir, strapiVersion = requireFromCms('@strapi/strapi/package.json').version) {
  const hash = createHash('sha256');
  hash.update(`strapi ${strapiVersion}\n`);
  const files = ['package.json', 'tsconfig.json'];
  for (const folder of ['src', 'config', 'database', 'types']) {
    if (!existsSync(path.join(appDir, folder))) continue;
    for (const entry of readdirSync(path.join(appDir, folder), { recursive: true, withFileTypes: true })) {
      const file = path.relative(appDir, path.join(entry.parentPath, entry.name));
      if (entry.isFile() && !file.startsWith(path.join('src', 'admin') + path.sep)) files.push(file);
    }
  }
  for (const file of files.sort()) hash.update(`${file}\n`).update(readFileSync(path.join(appDir, file)));
  return hash.digest('hex');
}

const upToDate = (wanted) => existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted;

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the lock, waiting while another running compile holds it; a lock left by a killed process is taken over. */
async function lock() {
  mkdirSync(distDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      // Strapi's compiler may end the process on a TypeScript error: never leave the lock behind.
      process.on('exit', () => rmSync(lockDir, { recursive: true, force: true }));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
      } catch {
        // just created, its pid not written yet
      }
      if (Number.isInteger(holder) && holder > 0 && !isRunning(holder)) rmSync(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function main() {
  if (process.argv.includes('--record')) {
    mkdirSync(distDir, { recursive: true });
    writeFileSync(stampFile, serverSourcesHash());
    return;
  }
  const wanted = serverSourcesHash();
  if (upToDate(wanted)) return;
  await lock();
  try {
    // Another process may have compiled these very sources while this one waited.
    const current = serverSourcesHash();
    if (upToDate(current)) return;
    rmSync(stampFile, { force: true });
    const { compileStrapi } = requireFromCms('@strapi/strapi');
    await compileStrapi({ appDir: cmsDir, ignoreDiagnostics: false });
    writeFileSync(stampFile, current);
    console.log('Compiled the CMS into dist/.');
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Never the developer's cms/.env: compiling needs no secrets.
  process.env.ENV_PATH ??= path.join(cmsDir, 'test', 'no-such.env');
  await main();
}
