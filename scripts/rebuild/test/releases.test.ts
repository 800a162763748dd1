import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goLive, listReleases, liveReleaseId, newReleaseId, prepareReleaseDir, pruneReleases, rollback } from '../releases';

function layoutWithReleases(count: number) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'releases-'));
  const layout = { releasesDir: path.join(root, 'releases'), liveLink: path.join(root, 'live') };
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = newReleaseId(new Date(Date.UTC(2026, 10, 27, 10, index)), `r${index}`);
    const dir = prepareReleaseDir(layout, id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), `<h1>release ${index}</h1>`);
    ids.push(id);
  }
  return { layout, ids };
}

describe('releases', () => {
  it('makes a release live by swapping the link, and reports it', () => {
    const { layout, ids } = layoutWithReleases(2);
    expect(liveReleaseId(layout)).toBeNull();
    goLive(layout, ids[0]);
    expect(readFileSync(path.join(layout.liveLink, 'index.html'), 'utf8')).toBe('<h1>release 0</h1>');
    goLive(layout, ids[1]);
    expect(liveReleaseId(layout)).toBe(ids[1]);
    expect(readFileSync(path.join(layout.liveLink, 'index.html'), 'utf8')).toBe('<h1>release 1</h1>');
  });

  it('refuses to make an empty build live', () => {
    const { layout } = layoutWithReleases(0);
    const id = newReleaseId();
    mkdirSync(prepareReleaseDir(layout, id), { recursive: true });
    expect(() => goLive(layout, id)).toThrow(/no index.html/);
  });

  it('keeps the newest releases and never deletes the live one', async () => {
    const { layout, ids } = layoutWithReleases(6);
    goLive(layout, ids[0]);
    const removed = await pruneReleases(layout, 3);
    expect(removed).toEqual([ids[1], ids[2]]);
    expect(listReleases(layout)).toEqual([ids[0], ids[3], ids[4], ids[5]]);
    expect(existsSync(path.join(layout.liveLink, 'index.html'))).toBe(true);
  });

  it('deletes old releases without holding up the process (which also serves the site and the webhook)', async () => {
    const { layout, ids } = layoutWithReleases(2);
    for (let page = 0; page < 2000; page += 1) {
      const dir = path.join(layout.releasesDir, ids[0], 'doctors', `doctor-${page}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), `<h1>doctor ${page}</h1>`);
    }
    goLive(layout, ids[1]);
    let turns = 0;
    let pruning = true;
    const tick = () => {
      if (!pruning) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const removed = await pruneReleases(layout, 1);
    pruning = false;
    expect(removed).toEqual([ids[0]]);
    expect(existsSync(path.join(layout.releasesDir, ids[0]))).toBe(false);
    // Other work ran while the 2,000 pages were deleted.
    expect(turns).toBeGreaterThan(10);
  });

  it('rolls back to the previous release, or to a named one', () => {
    const { layout, ids } = layoutWithReleases(3);
    goLive(layout, ids[2]);
    expect(rollback(layout)).toBe(ids[1]);
    expect(liveReleaseId(layout)).toBe(ids[1]);
    expect(rollback(layout, ids[2])).toBe(ids[2]);
    expect(() => rollback(layout, 'nope')).toThrow(/No release "nope"/);
    goLive(layout, ids[0]);
    expect(() => rollback(layout)).toThrow(/No earlier release/);
  });
});
