// Builds the contract to JavaScript: dist/esm (ES modules, with type declarations) for the site
// and the scripts, dist/cjs (CommonJS) for the CMS, which Strapi compiles and runs as CommonJS.
// Runs on `npm install` (prepare) and before the tests; TypeScript is the only tool it needs.
//   node scripts/build.mjs
//
// It builds only when the sources changed since the build in dist/ (a stamp, dist/.built-from,
// records a hash of them), and swaps the new build in by renames: test suites that run side by side
// and each call this never see a half-written dist/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.argv.includes('--help')) {
  console.log('usage: node scripts/build.mjs   builds shared/src into shared/dist/esm and shared/dist/cjs (skipped when dist/ is up to date)');
  process.exit(0);
}

const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(sharedDir, 'dist');
const stampFile = path.join(distDir, '.built-from');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const PROJECTS = ['tsconfig.build-esm.json', 'tsconfig.build-cjs.json'];

function sourcesHash() {
  const hash = createHash('sha256');
  const files = [
    'package.json',
    'tsconfig.json',
    ...PROJECTS,
    'scripts/build.mjs',
    ...readdirSync(path.join(sharedDir, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(sharedDir, path.join(entry.parentPath, entry.name))),
  ].sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(path.join(sharedDir, file)));
  return hash.digest('hex');
}

const wanted = sourcesHash();
if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) process.exit(0);

const buildDir = path.join(sharedDir, `.dist-${process.pid}`);
rmSync(buildDir, { recursive: true, force: true });
for (const project of PROJECTS) {
  const run = spawnSync(process.execPath, [tsc, '-p', project, '--outDir', path.join(buildDir, project.includes('cjs') ? 'cjs' : 'esm')], { cwd: sharedDir, stdio: 'inherit' });
  if (run.status !== 0) {
    rmSync(buildDir, { recursive: true, force: true });
    console.error(`@mbc/shared: tsc -p ${project} failed (exit ${run.status}); fix the errors above in shared/src.`);
    process.exit(1);
  }
}
// The package is "type": "module"; this marks the CommonJS build as CommonJS for Node.
mkdirSync(path.join(buildDir, 'cjs'), { recursive: true });
writeFileSync(path.join(buildDir, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
writeFileSync(path.join(buildDir, '.built-from'), wanted);
const oldDir = path.join(sharedDir, `.dist-old-${process.pid}`);
if (existsSync(distDir)) renameSync(distDir, oldDir);
renameSync(buildDir, distDir);
rmSync(oldDir, { recursive: true, force: true });
