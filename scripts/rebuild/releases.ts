import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Each build goes into its own directory under `releasesDir`; the live site is a symlink that is
 * replaced in one rename(2), so a visitor gets either the old site or the new one, never a mix.
 */
export type ReleaseLayout = { releasesDir: string; liveLink: string };

const RELEASE_ID = /^\d{8}T\d{6}\d{3}Z(-[a-z0-9]+)?$/;

export function newReleaseId(now: Date = new Date(), suffix = Math.random().toString(36).slice(2, 6)): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${suffix}`;
}

export function releaseDir(layout: ReleaseLayout, id: string): string {
  return path.join(layout.releasesDir, id);
}

/** Release ids, oldest first (ids sort by time). */
export function listReleases(layout: ReleaseLayout): string[] {
  if (!existsSync(layout.releasesDir)) return [];
  return readdirSync(layout.releasesDir)
    .filter((name) => RELEASE_ID.test(name) && statSync(path.join(layout.releasesDir, name)).isDirectory())
    .sort();
}

/** The id of the release the live link points at, or null when there is no live site yet. */
export function liveReleaseId(layout: ReleaseLayout): string | null {
  if (!existsSync(layout.liveLink) || !lstatSync(layout.liveLink).isSymbolicLink()) return null;
  return path.basename(readlinkSync(layout.liveLink));
}

export function prepareReleaseDir(layout: ReleaseLayout, id: string): string {
  mkdirSync(layout.releasesDir, { recursive: true });
  const directory = releaseDir(layout, id);
  rmSync(directory, { recursive: true, force: true });
  return directory;
}

/** Points the live link at release `id` atomically. */
export function goLive(layout: ReleaseLayout, id: string): void {
  const target = releaseDir(layout, id);
  if (!existsSync(path.join(target, 'index.html'))) throw new Error(`Release ${id} has no index.html; refusing to make it live.`);
  if (existsSync(layout.liveLink) && !lstatSync(layout.liveLink).isSymbolicLink()) {
    throw new Error(`${layout.liveLink} is a real directory, not a release link; move it away before the first deploy.`);
  }
  const temporaryLink = `${layout.liveLink}.next-${process.pid}`;
  rmSync(temporaryLink, { force: true });
  symlinkSync(path.relative(path.dirname(layout.liveLink), target), temporaryLink);
  renameSync(temporaryLink, layout.liveLink);
}

/**
 * Deletes a release that is not live, with its build record beside it (`<id>.build/`: what the
 * site build rendered it from, for the next incremental build; site/src/lib/incremental/).
 * Asynchronously: a release of 20,000 pages takes seconds to delete, and the process that deletes
 * it (the rebuild service) also answers webhooks, /status and, under `npm start`, the site itself.
 */
export async function removeRelease(layout: ReleaseLayout, id: string): Promise<void> {
  if (id === liveReleaseId(layout)) throw new Error(`Release ${id} is live; refusing to delete it.`);
  await rm(releaseDir(layout, id), { recursive: true, force: true });
  await rm(`${releaseDir(layout, id)}.build`, { recursive: true, force: true });
}

/** Deletes old releases, keeping the newest `keep` and always the live one. */
export async function pruneReleases(layout: ReleaseLayout, keep: number): Promise<string[]> {
  const live = liveReleaseId(layout);
  const releases = listReleases(layout);
  const removable = releases.slice(0, Math.max(0, releases.length - keep)).filter((id) => id !== live);
  for (const id of removable) await removeRelease(layout, id);
  return removable;
}

/** Makes the release before the live one (or `to`) live again. Returns its id. */
export function rollback(layout: ReleaseLayout, to?: string): string {
  const releases = listReleases(layout);
  const live = liveReleaseId(layout);
  let target = to;
  if (!target) {
    const liveIndex = live ? releases.indexOf(live) : releases.length;
    target = releases[liveIndex - 1];
  }
  if (!target || !releases.includes(target)) {
    throw new Error(to ? `No release "${to}" in ${layout.releasesDir} (have: ${releases.join(', ') || 'none'}).` : 'No earlier release to roll back to.');
  }
  goLive(layout, target);
  return target;
}
