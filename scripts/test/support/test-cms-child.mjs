// The Strapi processes started by scripts/test/support/test-cms.ts and scripts/tools/generate-content.ts
// (configuration comes from the environment):
//   node test-cms-child.mjs start <appDir> <distDir>          runs the compiled CMS; with CMS_IMPORT_FILE set, first
//                                                             bulk-imports that directory file (see below)
//   node test-cms-child.mjs import <appDir> <distDir> <file>  bulk-imports a directory file into the CMS's database, then exits
// A directory file is JSON in the format of cms/src/bulk-import/import-directory.ts (locations,
// physicians, clinical trials with relations by slug); it is written through the Document Service.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [command, appDir, distDir, importFile] = process.argv.slice(2);
const usage = 'usage: node test-cms-child.mjs start <appDir> <distDir> | import <appDir> <distDir> <file>';
const valid =
  (command === 'start' && appDir && distDir) || (command === 'import' && appDir && distDir && importFile);
if (!valid) {
  console.error(usage);
  process.exit(2);
}

// Strapi's ESM build does not load under Node's ESM resolver; use its CommonJS build, as the CMS does.
const requireFromCms = createRequire(path.join(appDir, 'package.json'));
const { createStrapi } = requireFromCms('@strapi/strapi');

/** Loads Strapi (bootstrap and seed included), then writes the directory file through the Document Service. */
async function importInto(app, file) {
  const { importDirectory } = requireFromCms(path.join(distDir, 'src', 'bulk-import', 'import-directory.js'));
  const directory = JSON.parse(readFileSync(file, 'utf8'));
  await app.load();
  const summary = await importDirectory(app, directory, { log: (message) => app.log.info(message) });
  // One line the caller can parse: how long the writes took.
  console.log(`CMS_IMPORT_DONE ${JSON.stringify(summary)}`);
}

try {
  if (command === 'import') {
    const app = createStrapi({ appDir, distDir, serveAdminPanel: false, autoReload: false });
    await importInto(app, importFile);
    await app.destroy();
    process.exit(0);
  } else {
    const app = createStrapi({ appDir, distDir, serveAdminPanel: false, autoReload: false });
    if (process.env.CMS_IMPORT_FILE) await importInto(app, process.env.CMS_IMPORT_FILE);
    // Strapi handles SIGTERM/SIGINT itself (destroy, then exit); stop() in test-cms.ts sends SIGTERM.
    await app.start();
  }
} catch (error) {
  console.error(error?.name === 'DirectoryImportError' ? error.message : error);
  process.exit(1);
}
