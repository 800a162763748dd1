// Builds the contract to JavaScript: dist/esm (ES modules, with type declarations) for the site
// and the scripts, dist/cjs (CommonJS) for the CMS, which Strapi compiles and runs as CommonJS.
// Runs on `npm install` (prepare) and before the tests; TypeScript is the only tool it needs.
//   node scripts/build.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.argv.includes('--help')) {
  console.log('usage: node scripts/build.mjs   builds shared/src into shared/dist/esm and shared/dist/cjs');
  process.exit(0);
}

const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(path.join(sharedDir, 'dist'), { recursive: true, force: true });
for (const project of ['tsconfig.build-esm.json', 'tsconfig.build-cjs.json']) {
  const run = spawnSync(process.execPath, [tsc, '-p', project], { cwd: sharedDir, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`@mbc/shared: tsc -p ${project} failed (exit ${run.status}); fix the errors above in shared/src.`);
    process.exit(1);
  }
}
// The package is "type": "module"; this marks the CommonJS build as CommonJS for Node.
mkdirSync(path.join(sharedDir, 'dist', 'cjs'), { recursive: true });
writeFileSync(path.join(sharedDir, 'dist', 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
