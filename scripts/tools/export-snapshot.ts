/**
 * Exports all published CMS content to one JSON snapshot, so the site can be built without a
 * running CMS: CONTENT_SOURCE=snapshot:PATH (format: site/src/lib/cms/snapshot.ts).
 * It reads the CMS with the site's own client and parses every entry with the content contract,
 * so a snapshot only ever holds content the site build would accept.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_TYPES, type ContentTypeName } from '@mbc/shared';
import { strapiSettingsFromEnv } from '../../site/src/lib/cms/content-source';
import { readAllContent, readAllTranslations } from '../../site/src/lib/cms/read-all';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, writeSnapshotFile, type ContentSnapshot } from '../../site/src/lib/cms/snapshot';

const USAGE = `Usage: tsx scripts/tools/export-snapshot.ts --out PATH [--cms URL] [--token TOKEN]

Writes every published entry of every content type to one JSON snapshot (written to a
temporary file, then renamed over PATH). Build the site from it with
  CONTENT_SOURCE=snapshot:PATH npm run build --workspace site

  --out PATH      where to write the snapshot (required)
  --cms URL       the CMS (default: STRAPI_URL, else http://127.0.0.1:1337)
  --token TOKEN   read-only API token (default: SITE_API_TOKEN, else SITE_API_TOKEN from cms/.env)
  --help          show this text`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      cms: { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.out) {
    console.error(`--out PATH is required.\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }

  const env = { ...process.env };
  if (values.cms) env.STRAPI_URL = values.cms;
  if (values.token) env.SITE_API_TOKEN = values.token;
  const { baseUrl, token, tokenFrom } = strapiSettingsFromEnv(env);
  const out = resolve(values.out);
  const logger = { info: console.log, warn: console.warn };
  console.log(`Reading published content from ${baseUrl} (token from ${tokenFrom})…`);

  let content: ContentSnapshot['content'];
  let translations: NonNullable<ContentSnapshot['translations']>;
  try {
    [content, translations] = await Promise.all([readAllContent({ baseUrl, token, logger }), readAllTranslations({ baseUrl, token, logger })]);
  } catch (error) {
    throw new Error(`No snapshot written. ${error instanceof Error ? error.message : String(error)}`);
  }

  const snapshot: ContentSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: new Date().toISOString(),
    source: { cmsUrl: baseUrl },
    mediaBaseUrl: baseUrl,
    content,
    translations,
  };
  await writeSnapshotFile(out, snapshot);
  const counts = (Object.keys(CONTENT_TYPES) as ContentTypeName[]).map((name) => `${CONTENT_TYPES[name].restPath} ${content[name].length}`).join(', ');
  const translated = Object.entries(translations)
    .map(([locale, byType]) => `${locale}: ${Object.values(byType).reduce((sum, versions) => sum + (versions?.length ?? 0), 0)} versions`)
    .join(', ');
  console.log(`Wrote ${out}: ${counts}${translated ? `; ${translated}` : ''}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
