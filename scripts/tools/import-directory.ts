/**
 * Bulk-imports a care network's directory (clinic locations, physicians, clinical trials) from a
 * JSON file into the CMS: npm run import-directory -- FILE. See --help.
 */
import { existsSync } from 'node:fs';
import { importIntoLocalCms } from './lib/cms-import';

const HELP = `Usage: npm run import-directory -- FILE

Imports FILE, a JSON object { "locations": [...], "physicians": [...], "clinicalTrials": [...] }
with relations given by slug (format: cms/src/bulk-import/import-directory.ts, the same shapes as
the demo seed in cms/src/seed/data/), into the CMS's database (cms/.env). Every entry is validated
as an editor's would be and published; an entry whose slug exists is updated. Entries are written
in batches of 250, each all-or-nothing; the first bad entry stops the import and is named, and a
re-run after fixing it picks up where it stopped. Stop \`npm start\` first when the database is SQLite.`;

const [file] = process.argv.slice(2);
if (!file || file === '--help') {
  console.log(HELP);
  process.exit(file ? 0 : 2);
}
if (!existsSync(file)) {
  console.error(`${file} does not exist.\n\n${HELP}`);
  process.exit(2);
}
process.exit((await importIntoLocalCms(file)) ? 0 : 1);
