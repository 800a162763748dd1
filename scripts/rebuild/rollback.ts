/**
 * Makes an earlier release live again.
 * Usage: tsx scripts/rebuild/rollback.ts [--to RELEASE_ID] [--list] [--help]
 */
import path from 'node:path';
import { REPO_DIR } from '../lib/env-file';
import { listReleases, liveReleaseId, rollback } from './releases';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('Usage: tsx scripts/rebuild/rollback.ts [--to RELEASE_ID] [--list]\nWithout --to, goes back to the release before the live one. --list shows the kept releases.');
  process.exit(0);
}
const layout = {
  releasesDir: path.resolve(REPO_DIR, process.env.SITE_RELEASES_DIR ?? 'site/releases'),
  liveLink: path.resolve(REPO_DIR, process.env.SITE_LIVE_DIR ?? 'site/live'),
};
if (args.includes('--list')) {
  const live = liveReleaseId(layout);
  for (const id of listReleases(layout)) console.log(`${id}${id === live ? '  (live)' : ''}`);
  process.exit(0);
}
try {
  const to = args.includes('--to') ? args[args.indexOf('--to') + 1] : undefined;
  console.log(`Live site is now release ${rollback(layout, to)}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
