/**
 * An incremental build is exactly as correct as a full one, at demo size: the scripted edits of
 * support/incremental-equality.ts, each release compared file by file with a full build of the
 * same content (npm run bench runs the same at 1,000 physicians).
 */
import { rmSync } from 'node:fs';
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
  await cms?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('an incremental build equals a full build of the same content', () => {
  it('after a physician’s bio is edited: only the pages that show them are rendered', async () => {
    const result = await edits.editBio();
    expect(result.build.kind).toBe('incremental');
    expect(result.build.pagesRendered).toBeLessThan(result.pages / 2);
    expect(result.differences).toEqual([]);
  });

  it('after a location is renamed', async () => {
    const result = await edits.renameLocation();
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [] });
  });

  it('after a physician is unpublished', async () => {
    const result = await edits.unpublishPhysician();
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [] });
  });

  it('after a clinical trial is deleted', async () => {
    const result = await edits.deleteTrial();
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [] });
  });

  it('after a treatment gains a subtype link', async () => {
    const result = await edits.linkSubtype();
    expect(result).toMatchObject({ build: { kind: 'incremental' }, differences: [] });
  });

  it('after the site settings change, the build is a full one and says why', async () => {
    const result = await edits.changeSiteSettings();
    expect(result.build).toMatchObject({ kind: 'full', reason: expect.stringMatching(/site settings/i) });
    expect(result.build.pagesRendered).toBe(result.pages);
  });
});
