/**
 * The publishing loop end to end, with real processes: a seeded CMS (child process) whose webhook
 * points at the rebuild service, the real site build, and the static server.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, physicianToPublish, type AdminClient, type AdminEntry } from './support/cms-admin';
import { startLocalPublishing, type LocalPublishing } from './support/local-publishing';
import { freePort } from './support/ports';
import { byTag, parseXml, textOf } from '../rebuild/html';
import { htmlFiles } from '../rebuild/site-links';
import { makeScratchBuildDir } from './support/site-build';
import { startTestCms, type TestCms } from './support/test-cms';
import { liveReleaseId } from '../rebuild/releases';
import { SECRET_HEADER } from '../rebuild/webhook';

const SECRET = randomBytes(24).toString('hex');
const root = makeScratchBuildDir('publish-flow-');
const layout = { releasesDir: path.join(root, 'releases'), liveLink: path.join(root, 'live') };
const PHYSICIAN = 'api::physician.physician';
/** The day the builds' content report measures review dates against. */
const REPORT_DATE = '2026-12-01';

let cms: TestCms;
let publishing: LocalPublishing;
let rebuild: LocalPublishing['rebuild'];
let siteUrl: string;
let rebuildUrl: string;
let admin: AdminClient;
/** Webhook calls the rebuild service has answered: Strapi sends each a moment after the publish it reports. */
let webhooksAnswered = 0;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; rebuild status: ${JSON.stringify(rebuild.status())}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const pageStatus = async (pathname: string) => (await fetch(`${siteUrl}${pathname}`)).status;
const sitemapText = async () => {
  const index = await (await fetch(`${siteUrl}/sitemap-index.xml`)).text();
  const parts = byTag(parseXml(index), 'loc').map((loc) => new URL(textOf(loc)).pathname);
  return (await Promise.all(parts.map(async (part) => (await fetch(`${siteUrl}${part}`)).text()))).join('\n');
};

/** Every file of the live release with its hash: "byte-identical" made checkable. */
function liveFingerprint(): Record<string, string> {
  const live = path.join(layout.releasesDir, liveReleaseId(layout)!);
  return Object.fromEntries(htmlFiles(live).map((file) => [file, createHash('sha256').update(readFileSync(path.join(live, file))).digest('hex')]));
}

async function newPhysicianData(slug: string) {
  const [location] = (await admin('GET', `/content-manager/collection-types/api::location.location?page=1&pageSize=1`)).results;
  const [specialty] = (await admin('GET', `/content-manager/collection-types/api::specialty.specialty?page=1&pageSize=1`)).results;
  return physicianToPublish({
    fullName: 'Rowan E2E Testwell',
    slug,
    npiBase: '991234567',
    specialty: specialty!.documentId,
    location: location!.documentId,
    bio: 'A physician added by the end-to-end test.',
    offersSecondOpinions: true,
  });
}

beforeAll(async () => {
  const rebuildPort = await freePort();
  rebuildUrl = `http://127.0.0.1:${rebuildPort}`;
  cms = await startTestCms({ env: { REBUILD_WEBHOOK_URL: `${rebuildUrl}/hooks/strapi`, REBUILD_WEBHOOK_SECRET: SECRET } });
  publishing = await startLocalPublishing({
    cms,
    secret: SECRET,
    rebuildPort,
    layout,
    debounceMs: 1500,
    keepReleases: 4,
    buildTimeoutMs: 10 * 60_000,
    // Overdue medical reviews fail the build; measured against a fixed day, on which the demo has none.
    env: { REPORT_FAIL_ON: 'overdue', REPORT_DATE },
  });
  ({ rebuild, siteUrl } = publishing);
  rebuild.server.on('request', (request, response) => {
    if (request.method === 'POST' && request.url?.startsWith('/hooks/strapi')) response.once('finish', () => (webhooksAnswered += 1));
  });
  admin = await adminClient(cms);
  rebuild.scheduler.requestNow('first build');
  await rebuild.scheduler.whenIdle();
  expect(rebuild.status().lastSuccess, JSON.stringify(rebuild.status().lastFailure)).toBeTruthy();
}, 600_000);

afterAll(async () => {
  await publishing?.close();
  await cms?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('publishing in the CMS reaches the live site', () => {
  let documentId: string;
  const slug = 'rowan-e2e-testwell';

  it('serves a newly published physician, in the sitemap too', async () => {
    const created = await admin('POST', `/content-manager/collection-types/${PHYSICIAN}/actions/publish`, await newPhysicianData(slug));
    documentId = created.data.documentId;
    await waitFor('the new physician page', async () => (await pageStatus(`/doctors/${slug}/`)) === 200);
    expect(await sitemapText()).toContain(`/doctors/${slug}/`);
  });

  it('removes the page and the sitemap entry when the physician is unpublished', async () => {
    await admin('POST', `/content-manager/collection-types/${PHYSICIAN}/${documentId}/actions/unpublish`, {});
    await waitFor('the unpublished page to go', async () => (await pageStatus(`/doctors/${slug}/`)) === 404);
    expect(await sitemapText()).not.toContain(`/doctors/${slug}/`);
  });

  it('removes a deleted physician', async () => {
    // A physician who reviewed no published page (deleting a reviewer is refused until the pages name someone else).
    const { results } = await admin('GET', `/content-manager/collection-types/${PHYSICIAN}?page=1&pageSize=100&sort=slug:ASC`);
    const reviewedSomething = (physician: AdminEntry) =>
      Object.entries(physician).some(([field, value]) => field.startsWith('reviewed') && ((value as { count?: number } | null)?.count ?? 0) > 0);
    const victim = results.find((physician) => physician.status === 'published' && !reviewedSomething(physician))!;
    expect(victim, 'a published physician who reviewed no page').toBeTruthy();
    expect(await pageStatus(`/doctors/${victim.slug}/`)).toBe(200);
    await admin('DELETE', `/content-manager/collection-types/${PHYSICIAN}/${victim.documentId}`);
    await waitFor('the deleted page to go', async () => (await pageStatus(`/doctors/${victim.slug}/`)) === 404);
    expect(await sitemapText()).not.toContain(`/doctors/${victim.slug}/`);
  });
});

describe('the webhook endpoint', () => {
  it('answers a wrong or missing secret with 401 and an oversized body with 413, building nothing', async () => {
    await rebuild.scheduler.whenIdle();
    const before = rebuild.status().queue.buildsStarted;
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${rebuildUrl}/hooks/strapi`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
    const event = JSON.stringify({ event: 'entry.publish', uid: PHYSICIAN, entry: { documentId: 'x', publishedAt: 'now' } });
    expect((await post({}, event)).status).toBe(401);
    expect((await post({ [SECRET_HEADER]: 'wrong' }, event)).status).toBe(401);
    expect((await post({ [SECRET_HEADER]: SECRET }, JSON.stringify({ event: 'entry.publish', entry: { documentId: 'x' }, padding: 'x'.repeat(300 * 1024) }))).status).toBe(413);
    // An accepted webhook asks for a build before it is answered (the queue leaves "idle" at once):
    // after these answers, an idle, empty queue means none of them asked.
    expect(rebuild.status().queue).toMatchObject({ buildsStarted: before, phase: 'idle', pendingEvents: 0 });
  });

  it('turns twenty publishes within two seconds into at most two builds', async () => {
    await rebuild.scheduler.whenIdle();
    const before = rebuild.status().queue.buildsStarted;
    // Twenty publishes at once, of twenty different entries.
    const entries = [];
    for (const uid of ['api::treatment.treatment', 'api::diagnostic-test.diagnostic-test', 'api::support-service.support-service']) {
      const { results } = await admin('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=10`);
      entries.push(...results.slice(0, 10).map((entry: { documentId: string }) => ({ uid, documentId: entry.documentId })));
    }
    const burst = entries.slice(0, 20);
    expect(burst).toHaveLength(20);
    const started = Date.now();
    const answeredBefore = webhooksAnswered;
    await Promise.all(burst.map(({ uid, documentId }) => admin('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish`, {})));
    console.log(`20 publishes sent in ${Date.now() - started} ms`);
    // Every publish's webhook in (REBUILD_EVENTS: one entry.publish each), then the builds they asked for.
    await waitFor('the 20 publish webhooks', async () => webhooksAnswered - answeredBefore >= 20, 60_000);
    console.log(`20 webhooks answered ${Date.now() - started} ms after the first publish`);
    await rebuild.scheduler.whenIdle();
    const builds = rebuild.status().queue.buildsStarted - before;
    expect(builds).toBeGreaterThanOrEqual(1);
    expect(builds).toBeLessThanOrEqual(2);
  });
});

describe('a failed build leaves the live site as it was', () => {
  it('reports invalid content with its reason, and goes live again once it is fixed', async () => {
    await rebuild.scheduler.whenIdle();
    const live = liveReleaseId(layout);
    const before = liveFingerprint();
    // Content that slipped past the CMS's rules (an import, a manual database edit): the contract catches it.
    const database = new Database(cms.databaseFile);
    const broken = database.prepare("SELECT slug, npi FROM physicians WHERE published_at IS NOT NULL ORDER BY slug LIMIT 1").get() as { slug: string; npi: string };
    // It bumps updated_at as any write does: the build's content sync reads again only entries whose version changed (site/src/lib/cms/sync-plan.ts).
    database.prepare('UPDATE physicians SET npi = ?, updated_at = updated_at + 1 WHERE slug = ?').run('12-34', broken.slug);
    const failuresBefore = rebuild.status().builds.failed;

    const { results } = await admin('GET', `/content-manager/collection-types/api::treatment.treatment?page=1&pageSize=1`);
    await admin('POST', `/content-manager/collection-types/api::treatment.treatment/${results[0].documentId}/actions/publish`, {});
    await waitFor('the failed build', async () => rebuild.status().builds.failed > failuresBefore);
    const status = await (await fetch(`${rebuildUrl}/status`)).json();
    expect(status.lastFailure.reason).toContain(broken.slug);
    expect(status.lastFailure.reason).toContain('npi');
    expect(status.live.id).toBe(live);
    expect(liveFingerprint()).toEqual(before);

    database.prepare('UPDATE physicians SET npi = ?, updated_at = updated_at + 1 WHERE slug = ?').run(broken.npi, broken.slug);
    database.close();
    const successesBefore = rebuild.status().builds.succeeded;
    await admin('POST', `/content-manager/collection-types/api::treatment.treatment/${results[0].documentId}/actions/publish`, {});
    await waitFor('the fixed build', async () => rebuild.status().builds.succeeded > successesBefore);
    expect(liveReleaseId(layout)).not.toBe(live);
  });

  it('shows the content report in /status; with REPORT_FAIL_ON=overdue an overdue review fails the build and the live site stays as it was', async () => {
    await rebuild.scheduler.whenIdle();
    const live = liveReleaseId(layout);
    const before = liveFingerprint();
    const first = await (await fetch(`${rebuildUrl}/status`)).json();
    expect(first.contentReport).toMatchObject({ overdueReviews: [], settings: { failOn: ['overdue'], date: REPORT_DATE }, build: { id: live, deployed: true } });
    expect(first.contentReport.readability.pages.length).toBeGreaterThan(20);

    // A treatment whose review fell due before the report's day, as time would make it.
    const slug = 'surgery';
    const database = new Database(cms.databaseFile);
    const reviewsOf = "SELECT cmp_id FROM treatments_cmps WHERE field = 'medicalReview' AND entity_id IN (SELECT id FROM treatments WHERE slug = ?)";
    const setReview = (lastReviewed: string, nextReviewDue: string) =>
      database.prepare(`UPDATE components_shared_medical_reviews SET last_reviewed = ?, next_review_due = ? WHERE id IN (${reviewsOf})`).run(lastReviewed, nextReviewDue, slug);
    const saved = database.prepare(`SELECT last_reviewed, next_review_due FROM components_shared_medical_reviews WHERE id IN (${reviewsOf})`).get(slug) as {
      last_reviewed: string;
      next_review_due: string;
    };
    const { document_id: documentId } = database.prepare('SELECT document_id FROM treatments WHERE slug = ? LIMIT 1').get(slug) as { document_id: string };
    expect(setReview('2025-05-01', '2026-05-01').changes).toBeGreaterThan(0);
    const failuresBefore = rebuild.status().builds.failed;
    await admin('POST', `/content-manager/collection-types/api::treatment.treatment/${documentId}/actions/publish`, {});
    await waitFor('the build refused for the overdue review', async () => rebuild.status().builds.failed > failuresBefore);

    const status = await (await fetch(`${rebuildUrl}/status`)).json();
    expect(status.lastFailure.reason).toContain('past their review date (REPORT_FAIL_ON=overdue), so the site was not built');
    expect(status.lastFailure.reason).toContain(`treatment '${slug}' (/treatments/${slug}/) was due for medical review on May 1, 2026`);
    expect(status.contentReport).toMatchObject({
      overdueReviews: [{ type: 'treatment', slug, path: `/treatments/${slug}/`, nextReviewDue: '2026-05-01', reviewer: expect.any(String) }],
      build: { id: status.lastFailure.id, deployed: false },
    });
    expect(status.live.id).toBe(live);
    expect(liveFingerprint()).toEqual(before);

    setReview(saved.last_reviewed, saved.next_review_due);
    database.close();
    const successesBefore = rebuild.status().builds.succeeded;
    await admin('POST', `/content-manager/collection-types/api::treatment.treatment/${documentId}/actions/publish`, {});
    await waitFor('the build after the review date was set again', async () => rebuild.status().builds.succeeded > successesBefore);
    expect((await (await fetch(`${rebuildUrl}/status`)).json()).contentReport.overdueReviews).toEqual([]);
  });

  it('fails after retries when the CMS stops during a build, and keeps the live site', async () => {
    await rebuild.scheduler.whenIdle();
    const live = liveReleaseId(layout);
    const before = liveFingerprint();
    const failuresBefore = rebuild.status().builds.failed;
    rebuild.scheduler.requestNow('build while the CMS goes away');
    await cms.stop();
    await rebuild.scheduler.whenIdle();
    expect(rebuild.status().builds.failed).toBe(failuresBefore + 1);
    expect(rebuild.status().lastFailure).toMatchObject({ ok: false, reason: expect.stringMatching(/CMS|ECONNREFUSED|fetch failed/i) });
    expect(liveReleaseId(layout)).toBe(live);
    expect(liveFingerprint()).toEqual(before);
    expect(await pageStatus('/')).toBe(200);
  });
});
