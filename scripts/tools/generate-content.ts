/**
 * Generates a large, valid care-network directory (scripts/tools/lib/generate-directory.ts: fixed seed,
 * fictional people) and writes it into the local CMS's database or into a content snapshot.
 *
 *   npm run generate-content -- --physicians 10000 --into cms
 *   npm run generate-content -- --physicians 10000 --into snapshot --base demo.json --out big.json
 *
 * See --help.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSnapshotFile, writeSnapshotFile } from '../../site/src/lib/cms/snapshot';
import { addDirectoryToSnapshot, directorySizeFor, generateDirectory } from './lib/generate-directory';
import { importIntoLocalCms } from './lib/cms-import';

const HELP = `Usage: tsx scripts/tools/generate-content.ts --physicians N --into cms|snapshot [options]

Generates N physicians in all (the demo content's included), a clinic per 50 physicians and a
clinical trial per 20, deterministic for a given --seed, valid by every CMS rule.

  --into cms        bulk-import into the CMS's database (cms/.env: SQLite by default, or
                    DATABASE_CLIENT=postgres), through the Document Service in batched
                    transactions; entries whose slug exists are updated. Stop \`npm start\` first
                    when the database is SQLite: one process writes a SQLite file at a time.
  --into snapshot   add the directory to a content snapshot (--base, from npm run export-snapshot)
                    and write it to --out; build the site from it with
                    CONTENT_SOURCE=snapshot:FILE npm run build --workspace site

Options:
  --physicians N    total physicians (at least the demo content's 32)
  --seed N          random seed (default 20260115)
  --base FILE       the snapshot to add to (--into snapshot)
  --out FILE        where to write the snapshot (--into snapshot)
  --help            show this text`;

const { values } = parseArgs({
  options: {
    physicians: { type: 'string' },
    into: { type: 'string' },
    seed: { type: 'string', default: '20260115' },
    base: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${HELP}`);
  process.exit(2);
}

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const physicians = Number(values.physicians);
if (!Number.isInteger(physicians) || physicians < 1) fail(`--physicians must be a whole number, got "${values.physicians ?? ''}".`);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, got "${values.seed}".`);
if (values.into !== 'cms' && values.into !== 'snapshot') fail(`--into must be "cms" or "snapshot", got "${values.into ?? ''}".`);

const directory = generateDirectory(directorySizeFor(physicians, seed));
const counts = `${directory.physicians.length} physicians, ${directory.locations.length} locations and ${directory.clinicalTrials.length} trials`;

if (values.into === 'snapshot') {
  if (!values.base || !values.out) fail('--into snapshot needs --base FILE (a snapshot to add to) and --out FILE.');
  const snapshot = addDirectoryToSnapshot(readSnapshotFile(values.base), directory);
  await writeSnapshotFile(path.resolve(values.out), snapshot);
  console.log(`Added ${counts} to ${values.base}; wrote ${values.out} (${snapshot.content.physician.length} physicians in all).`);
} else {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'generate-content-'));
  const file = path.join(tempDir, 'directory.json');
  writeFileSync(file, JSON.stringify(directory));
  console.log(`Importing ${counts} into the CMS…`);
  const imported = await importIntoLocalCms(file);
  rmSync(tempDir, { recursive: true, force: true });
  if (!imported) {
    console.error('The import stopped; the batches before the error are imported, and a re-run updates them.');
    process.exit(1);
  }
}
