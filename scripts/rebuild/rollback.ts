/**
 * Makes an earlier release live again.
 * Usage: npm run rollback -- [--to RELEASE_ID] [--list] [--help]
 */
import { releaseLayoutFromEnv } from './config';
import { listReleases, liveReleaseId, rollback } from './releases';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('Usage: npm run rollback -- [--to RELEASE_ID] [--list]\nWithout --to, goes back to the release before the live one. --list shows the kept releases.');
  process.exit(0);
}
const layout = releaseLayoutFromEnv(process.env);
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
