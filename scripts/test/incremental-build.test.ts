/**
 * An incremental build is exactly as correct as a full one (issue: publishing at network scale).
 * A scripted sequence of edits through the CMS admin, each as an editor makes it (save, then
 * publish; unpublish; delete). After each, the rebuild service's own build (incremental from the
 * live release: scripts/rebuild/builder.ts, site/src/lib/incremental/) goes live, and a full build
 * of the same content is made beside it; the two releases must hold the same files, byte for byte.
 *
 * Build-specific files, left out of the comparison: none. Every file of a release, the search
 * index and the sitemap included, is a function of the content and the code.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndDeploy, type BuildOutcome, type BuildSettings } from '../rebuild/builder';
import { REPO_DIR } from '../rebuild/env-file';
import { silentLogger } from '../rebuild/log';
import { releaseDir } from '../rebuild/releases';
import { runCommand } from '../rebuild/run-command';
import { listFiles } from '../rebuild/site-files';
import { adminClient, type AdminClient } from './support/cms-admin';
import { startTestCms, type TestCms } from './support/test-cms';

const root = mkdtempSync(path.join(os.tmpdir(), 'incremental-build-'));
const layout = { releasesDir: path.join(root, 'releases'), liveLink: path.join(root, 'live') };
const SITE_URL = 'http://127.0.0.1:4321';
const PHYSICIAN = 'api::physician.physician';
const LOCATION = 'api::location.location';
const TRIAL = 'api::clinical-trial.clinical-trial';
const TREATMENT = 'api::treatment.treatment';
const SUBTYPE = 'api::subtype.subtype';
const SITE_SETTINGS = 'api::site-setting.site-setting';

let cms: TestCms;
let admin: AdminClient;
let settings: BuildSettings;

const siteBuildEnv = (cacheDir: string) => ({ ...process.env, SITE_URL, CONTENT_SOURCE: 'strapi', SITE_CACHE_DIR: path.join(root, cacheDir) });

/** The rebuild service's build: incremental once a release is live. */
async function publishBuild(): Promise<Extract<BuildOutcome, { ok: true }>> {
  const outcome = await buildAndDeploy(settings);
  if (!outcome.ok) throw new Error(`The rebuild service's build failed: ${outcome.reason}`);
  return outcome;
}

let fullBuilds = 0;
/** A full build of the CMS's content now, into a folder of its own, with a cache of its own. */
async function fullBuild(): Promise<string> {
  const outDir = path.join(root, `full-${++fullBuilds}`, 'dist');
  const { code, output } = await runCommand(['npm', 'run', 'build', '--workspace', 'site'], {
    name: 'full build',
    cwd: REPO_DIR,
    env: { ...siteBuildEnv('full-cache'), NODE_ENV: 'production', SITE_OUT_DIR: outDir, STRAPI_URL: cms.url, SITE_API_TOKEN: cms.token, SITE_FULL_BUILD: '1', SITE_FULL_SYNC: '1' },
    timeoutMs: 10 * 60_000,
  });
  if (code !== 0) throw new Error(`The full build failed:\n${output.slice(-3000)}`);
  return outDir;
}

/** Every file of a release with its hash. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

/** The release the rebuild service made live, against a full build of the same content. */
async function expectSameAsFullBuild(outcome: Extract<BuildOutcome, { ok: true }>): Promise<void> {
  const incremental = fingerprint(releaseDir(layout, outcome.id));
  const full = fingerprint(await fullBuild());
  const files = [...new Set([...Object.keys(incremental), ...Object.keys(full)])].sort();
  const differences = files.filter((file) => incremental[file] !== full[file]).map((file) =>
    !(file in incremental) ? `${file}: only in the full build` : !(file in full) ? `${file}: only in the incremental build` : `${file}: different bytes`,
  );
  expect(differences).toEqual([]);
}

const first = async (uid: string, query = '') => (await admin('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=100${query}`)).results;
/** Saves fields of an entry and publishes it, as the editor's Save and Publish do. */
async function saveAndPublish(uid: string, documentId: string, data: Record<string, unknown>): Promise<void> {
  await admin('PUT', `/content-manager/collection-types/${uid}/${documentId}`, data);
  await admin('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish`, {});
}

beforeAll(async () => {
  cms = await startTestCms();
  admin = await adminClient(cms);
  settings = {
    repoDir: REPO_DIR,
    layout,
    keepReleases: 3,
    command: ['npm', 'run', 'build', '--workspace', 'site'],
    env: siteBuildEnv('service-cache'),
    cmsUrl: cms.url,
    cmsToken: cms.token,
    siteOrigin: SITE_URL,
    timeoutMs: 10 * 60_000,
    logger: silentLogger,
  };
  const firstBuild = await publishBuild();
  expect(firstBuild.build).toMatchObject({ kind: 'full', reason: 'no live release yet' });
}, 600_000);

afterAll(async () => {
  await cms?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('an incremental build equals a full build of the same content', () => {
  it('after a physician’s bio is edited: only the pages that show them are rendered', async () => {
    const [physician] = await first(PHYSICIAN, '&sort=slug:ASC');
    await saveAndPublish(PHYSICIAN, physician!.documentId, {
      bio: [{ type: 'paragraph', children: [{ type: 'text', text: 'Sees patients with metastatic breast cancer and their families, and explains each choice in plain words.' }] }],
    });
    const outcome = await publishBuild();
    expect(outcome.build).toMatchObject({ kind: 'incremental' });
    expect(outcome.build!.pagesRendered).toBeLessThan(outcome.pages / 2);
    await expectSameAsFullBuild(outcome);
  });

  it('after a location is renamed', async () => {
    const [location] = await first(LOCATION, '&sort=slug:ASC');
    await saveAndPublish(LOCATION, location!.documentId, { name: `${String(location!.name)} Pavilion` });
    const outcome = await publishBuild();
    expect(outcome.build).toMatchObject({ kind: 'incremental' });
    await expectSameAsFullBuild(outcome);
  });

  it('after a physician is unpublished', async () => {
    // The CMS refuses to unpublish a physician named as reviewer on published pages: take one who is not.
    const physicians = await first(PHYSICIAN, '&sort=slug:DESC');
    let unpublished = false;
    for (const physician of physicians) {
      try {
        await admin('POST', `/content-manager/collection-types/${PHYSICIAN}/${physician.documentId}/actions/unpublish`, {});
        unpublished = true;
        break;
      } catch (error) {
        if (!/medical reviewer named on published pages/.test((error as Error).message)) throw error;
      }
    }
    expect(unpublished, 'a physician who reviews no published page').toBe(true);
    const outcome = await publishBuild();
    expect(outcome.build).toMatchObject({ kind: 'incremental' });
    await expectSameAsFullBuild(outcome);
  });

  it('after a clinical trial is deleted', async () => {
    const [trial] = await first(TRIAL, '&sort=slug:ASC');
    await admin('DELETE', `/content-manager/collection-types/${TRIAL}/${trial!.documentId}`);
    const outcome = await publishBuild();
    expect(outcome.build).toMatchObject({ kind: 'incremental' });
    await expectSameAsFullBuild(outcome);
  });

  it('after a treatment gains a subtype link', async () => {
    // A treatment and a subtype it is not linked to yet, as the site reads the published treatments.
    const subtypes = await first(SUBTYPE);
    const published = await fetch(`${cms.url}/api/treatments?populate[subtypes][fields][0]=documentId&pagination[pageSize]=100`, { headers: { Authorization: `Bearer ${cms.token}` } });
    const treatments = ((await published.json()) as { data: { documentId: string; subtypes: { documentId: string }[] }[] }).data;
    const pair = treatments
      .map((treatment) => ({ treatment, subtype: subtypes.find((candidate) => !treatment.subtypes.some((linked) => linked.documentId === candidate.documentId)) }))
      .find(({ subtype }) => subtype);
    expect(pair, 'a treatment not linked to every subtype').toBeDefined();
    await saveAndPublish(TREATMENT, pair!.treatment.documentId, { subtypes: { connect: [{ documentId: pair!.subtype!.documentId }] } });
    const outcome = await publishBuild();
    expect(outcome.build).toMatchObject({ kind: 'incremental' });
    await expectSameAsFullBuild(outcome);
  });

  it('after the site settings change, the build is a full one and says why', async () => {
    const current = (await admin('GET', `/content-manager/single-types/${SITE_SETTINGS}`)).data;
    await admin('PUT', `/content-manager/single-types/${SITE_SETTINGS}`, { organizationName: `${String(current.organizationName)} Network` });
    await admin('POST', `/content-manager/single-types/${SITE_SETTINGS}/actions/publish`, {});
    const outcome = await publishBuild();
    expect(outcome.build).toMatchObject({ kind: 'full', reason: expect.stringMatching(/site settings/i) });
    expect(outcome.build!.pagesRendered).toBe(outcome.pages);
  });
});
