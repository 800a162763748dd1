import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What a release was built from, kept beside it (`<release>.build/`, never served: the servers and
 * the CDN upload serve the release folder only), so the next build can render only what changed:
 *
 *   build.json   the build hash (below), the kind of build, its page paths and the digest of what
 *                its search index was written from (src/lib/search/search-index.ts)
 *   content/     the CMS records the release was rendered from (src/lib/cms/records.ts), hard links
 *                to the cache dir's files (the loader replaces those by rename, never in place)
 */
export interface BuildRecord {
  format: 'mbc-build-record';
  version: 1;
  buildHash: string;
  kind: 'full' | 'incremental';
  builtAt: string;
  /** Every page of the release (URL paths), sorted. */
  pages: string[];
  /** The digest of the search index's inputs (the physicians' records, the searchable pages' HTML); absent in older records. */
  searchInputs?: string;
}

export function buildRecordDir(outDir: string): string {
  return `${path.resolve(outDir)}.build`;
}

export function buildRecordContentDir(outDir: string): string {
  return path.join(buildRecordDir(outDir), 'content');
}

/** The record of the release in `outDir`, or why there is none that can be used. */
export function readBuildRecord(outDir: string): { ok: true; record: BuildRecord } | { ok: false; reason: string } {
  const file = path.join(buildRecordDir(outDir), 'build.json');
  if (!existsSync(file)) return { ok: false, reason: `the live release has no build record (${file})` };
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;
    if (record.format !== 'mbc-build-record' || record.version !== 1 || !Array.isArray(record.pages)) {
      return { ok: false, reason: `the live release's build record ${file} is not one this build reads` };
    }
    return { ok: true, record };
  } catch (error) {
    return { ok: false, reason: `the live release's build record ${file} could not be read (${(error as Error).message})` };
  }
}

/** Writes the record beside `outDir`, with the records folder's files; replaces any earlier one whole. */
export function writeBuildRecord(outDir: string, record: Omit<BuildRecord, 'format' | 'version'>, recordsDir: string): void {
  const dir = buildRecordDir(outDir);
  const next = `${dir}.${process.pid}.tmp`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(path.join(next, 'content'), { recursive: true });
  for (const name of readdirSync(recordsDir).filter((name) => name.endsWith('.json'))) {
    linkOrCopy(path.join(recordsDir, name), path.join(next, 'content', name));
  }
  const full: BuildRecord = { format: 'mbc-build-record', version: 1, ...record };
  writeFileSync(path.join(next, 'build.json'), `${JSON.stringify(full, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(next, dir);
}

/** A hard link (same file system: instant, no space); a copy across file systems. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}

/**
 * Environment the pages' bytes depend on (astro.config.mjs). The content report's settings are not
 * here: the report is beside the release and is written whole by every build.
 */
export const BUILD_ENV = ['SITE_URL', 'STRAPI_URL', 'MEDIA_BASE_URL', 'CMS_PUBLIC_URL'] as const;

/**
 * What of the site folder its pages are built from. Named one by one: the site folder also holds
 * outputs (dist/, and the rebuild service's releases/ and live link under npm start), caches and tests.
 */
const SITE_CODE = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

function hashTree(hash: ReturnType<typeof createHash>, root: string, relative = ''): void {
  const dir = path.join(root, relative);
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(relative, name);
    const stat = statSync(path.join(root, file));
    if (stat.isDirectory()) hashTree(hash, root, file);
    else if (stat.isFile()) hash.update(`${file}\n`).update(readFileSync(path.join(root, file))).update('\n');
  }
}

function hashPath(hash: ReturnType<typeof createHash>, root: string, relative: string): void {
  const full = path.join(root, relative);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) hashTree(hash, root, relative);
  else hash.update(`${relative}\n`).update(readFileSync(full)).update('\n');
}

/**
 * The build hash: what, besides the content, a release's bytes come from. The site's code, its
 * public files and configuration, the content contract's built code, the locked dependencies, the
 * rebuild service's page helpers the build uses, Node's version and the environment above (no page
 * shows the date it was built). A live release with another hash is never built on: the
 * next build is a full one.
 */
export function buildHash(options: { siteDir: string; repoDir: string; env: NodeJS.ProcessEnv }): string {
  const hash = createHash('sha256');
  for (const part of SITE_CODE) hashPath(hash, options.siteDir, part);
  for (const file of ['shared/dist', 'package-lock.json', 'scripts/rebuild/site-links.ts', 'scripts/rebuild/site-pages.ts', 'scripts/rebuild/site-files.ts', 'scripts/rebuild/html.ts']) {
    hashPath(hash, options.repoDir, file);
  }
  hash.update(`node ${process.version}\n`);
  for (const name of BUILD_ENV) hash.update(`${name}=${options.env[name]?.trim() ?? ''}\n`);
  return hash.digest('hex');
}
