/**
 * An incremental build is exactly as correct as a full one, at demo size: the scripted edits of
 * support/incremental-equality.ts, each release compared file by file with a full build of the
 * same content (npm run bench runs the same at 1,000 physicians).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from './support/cms-admin';
import { incrementalEquality, type IncrementalEquality } from './support/incremental-equality';
import { makeScratchBuildDir } from './support/site-build';
import { startTestCms, type TestCms } from './support/test-cms';

const root = makeScratchBuildDir('incremental-build-');
let cms: TestCms;
let edits: IncrementalEquality;

beforeAll(async () => {
  cms = await startTestCms();
  edits = incrementalEquality({ cms, admin: await adminClient(cms), root });
  const first = await edits.first();
  expect(first.build).toMatchObject({ kind: 'full', reason: 'no live release yet' });
}, 600_000);

afterAll(async () => {
  await edits?.close();
  await cms?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('an incremental build equals a full build of the same content', () => {
  it('after a physician’s bio is edited: only the pages that show them are rendered', async () => {
    const result = await edits.editBio();
    expect(result.build.kind).toBe('incremental');
    expect(result.build.pagesRendered).toBeLessThan(result.pages / 2);
    expect(result.differences).toEqual([]);
    // The release renderer, from the same content, writes every page of the full build as it is.
    expect(result.rendererDifferences).toEqual([]);
    expect(result.rendered!.files).toBeGreaterThan(100);
    // No search record holds a bio, and no searchable page shows one: the live release's search bundle is kept.
    expect(result.searchBundleKept).toBe(true);
  });

  it('after a location is renamed', async () => {
    const result = await edits.renameLocation();
    // The physicians' search records name their locations: the bundle is written again.
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [], rendererDifferences: [], searchBundleKept: false });
  });

  it('after a physician is unpublished', async () => {
    const result = await edits.unpublishPhysician();
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [], rendererDifferences: [] });
  });

  it('after a clinical trial is deleted', async () => {
    const result = await edits.deleteTrial();
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [], rendererDifferences: [] });
  });

  it('after a treatment gains a subtype link', async () => {
    const result = await edits.linkSubtype();
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [], rendererDifferences: [] });
  });

  it('after a Spanish version is edited: its Spanish page is rendered again, and the release equals a full build', async () => {
    const result = await edits.editSpanishVersion();
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [], rendererDifferences: [] });
    expect(result.build.pagesRendered).toBeLessThan(result.pages / 2);
  });

  it('after a Spanish version is unpublished: only its Spanish page is gone, its English one stays', async () => {
    const result = await edits.unpublishSpanishVersion();
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [], rendererDifferences: [] });
    expect(existsSync(path.join(result.releaseDir, result.paths.spanish, 'index.html')), result.paths.spanish).toBe(false);
    expect(existsSync(path.join(result.releaseDir, result.paths.english, 'index.html')), result.paths.english).toBe(true);
    // Nor in the search: no Pagefind fragment names it any more, and the English page's still does.
    const searchable = (page: string) =>
      readdirSync(path.join(result.releaseDir, 'pagefind', 'fragment')).some((file) =>
        gunzipSync(readFileSync(path.join(result.releaseDir, 'pagefind', 'fragment', file))).includes(`"url":"${page}"`),
      );
    expect(searchable(result.paths.spanish)).toBe(false);
    expect(searchable(result.paths.english)).toBe(true);
    // The Spanish list links the English page now.
    const spanishList = readFileSync(path.join(result.releaseDir, 'es', 'subtypes', 'index.html'), 'utf8');
    expect(spanishList).not.toContain(`href="${result.paths.spanish}"`);
    expect(spanishList).toContain(`href="${result.paths.english}"`);
  });

  it('after the site settings change, the build is a full one and says why', async () => {
    const result = await edits.changeSiteSettings();
    expect(result.build).toMatchObject({ kind: 'full', reason: expect.stringMatching(/site settings/i) });
    expect(result.build.pagesRendered).toBe(result.pages);
  });
});
