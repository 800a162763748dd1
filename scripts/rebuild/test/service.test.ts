import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../log';
import type { BuildOutcome, ContentReport } from '../builder';
import { createRebuildService } from '../service';
import { SECRET_HEADER } from '../webhook';

const SECRET = 'test-secret-value';
let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  close = undefined;
});

async function startService(options: { buildMs?: number; fail?: string; debounceMs?: number; contentReport?: ContentReport } = {}) {
  const builds: { events: number }[] = [];
  const build = async (trigger: { events: number }): Promise<BuildOutcome> => {
    builds.push(trigger);
    await new Promise((resolve) => setTimeout(resolve, options.buildMs ?? 50));
    const now = new Date().toISOString();
    const contentReport = options.contentReport ?? null;
    return options.fail
      ? { ok: false, id: `r${builds.length}`, startedAt: now, finishedAt: now, durationMs: 1, reason: options.fail, contentReport }
      : { ok: true, id: `r${builds.length}`, startedAt: now, finishedAt: now, durationMs: 1, pages: 3, contentReport };
  };
  const service = createRebuildService({
    secret: SECRET,
    maxBodyBytes: 4096,
    debounceMs: options.debounceMs ?? 300,
    maxWaitMs: 10_000,
    build,
    liveRelease: () => (builds.length > 0 && !options.fail ? `r${builds.length}` : null),
    logger: silentLogger,
  });
  await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => service.server.close(() => resolve()));
  const hook = (body: unknown, headers: Record<string, string> = { [SECRET_HEADER]: SECRET }) =>
    fetch(`${baseUrl}/hooks/strapi`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { service, builds, baseUrl, hook };
}

const publish = (documentId: string) => ({ event: 'entry.publish', uid: 'api::physician.physician', entry: { documentId, slug: documentId, publishedAt: '2026-11-27T10:00:00Z' } });

describe('the rebuild service', () => {
  it('refuses a wrong or missing secret with 401 and builds nothing', async () => {
    const { hook, builds, service } = await startService();
    expect((await hook(publish('a'), {})).status).toBe(401);
    expect((await hook(publish('a'), { [SECRET_HEADER]: 'wrong' })).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(builds).toHaveLength(0);
    expect(service.scheduler.state().phase).toBe('idle');
  });

  it('refuses an oversized body with 413 and bad JSON with 400', async () => {
    const { hook, builds } = await startService();
    expect((await hook({ ...publish('a'), padding: 'x'.repeat(10_000) })).status).toBe(413);
    expect((await hook('{not json')).status).toBe(400);
    expect(builds).toHaveLength(0);
  });

  it('acknowledges a draft save without building', async () => {
    const { hook, builds } = await startService();
    const response = await hook({ ...publish('a'), event: 'entry.update' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ accepted: false, reason: expect.stringMatching(/draft/) });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(builds).toHaveLength(0);
  });

  it('turns twenty publishes within two seconds into at most two builds', async () => {
    const { hook, builds, service } = await startService({ buildMs: 400, debounceMs: 300 });
    for (let index = 0; index < 20; index += 1) {
      expect((await hook(publish(`doc-${index}`))).status).toBe(202);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    await service.scheduler.whenIdle();
    expect(builds.length).toBeGreaterThanOrEqual(1);
    expect(builds.length).toBeLessThanOrEqual(2);
    expect(builds.reduce((sum, build) => sum + build.events, 0)).toBe(20);
  });

  it('reports the live build, the last success and the last failure with its reason', async () => {
    const ok = await startService();
    await ok.hook(publish('a'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await ok.service.scheduler.whenIdle();
    const status = await (await fetch(`${ok.baseUrl}/status`)).json();
    expect(status).toMatchObject({ live: { id: 'r1' }, lastSuccess: { ok: true, id: 'r1' }, lastFailure: null, queue: { phase: 'idle', queued: false } });
    await close?.();

    const failing = await startService({ fail: "physician 'x' does not match the content contract: npi" });
    await failing.hook(publish('b'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await failing.service.scheduler.whenIdle();
    const failed = await (await fetch(`${failing.baseUrl}/status`)).json();
    expect(failed.lastFailure).toMatchObject({ ok: false, reason: expect.stringContaining('npi') });
    expect(failed.live.id).toBeNull();
  });

  it("shows the latest build's content report under contentReport, also for a build the report failed", async () => {
    const overdue = { type: 'treatment', slug: 'immunotherapy', title: 'Immunotherapy', path: '/treatments/immunotherapy/', reviewer: 'Maya Okafor, MD', nextReviewDue: '2026-01-05' };
    const contentReport: ContentReport = { summary: { overdueReviews: 1, medianGrade: 7.9 }, overdueReviews: [overdue] };
    const ok = await startService({ contentReport });
    await ok.hook(publish('a'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await ok.service.scheduler.whenIdle();
    const status = await (await fetch(`${ok.baseUrl}/status`)).json();
    expect(status.contentReport).toEqual({ ...contentReport, build: { id: 'r1', deployed: true, finishedAt: status.lastSuccess.finishedAt } });
    // Once, under contentReport: not copied into lastSuccess.
    expect(status.lastSuccess).not.toHaveProperty('contentReport');
    await close?.();

    const refused = await startService({ fail: 'content report: 1 medical page(s) are past their review date (REPORT_FAIL_ON=overdue), so the site was not built.', contentReport });
    await refused.hook(publish('b'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await refused.service.scheduler.whenIdle();
    const failed = await (await fetch(`${refused.baseUrl}/status`)).json();
    expect(failed.contentReport).toMatchObject({ overdueReviews: [overdue], build: { id: 'r1', deployed: false } });
    expect(failed.lastFailure.reason).toContain('REPORT_FAIL_ON=overdue');
  });

  it('names the entry and field a failed build refused, for the CMS admin', async () => {
    const reason =
      "physicians: 1 of 9 entries does not match the content contract, so the site was not built.\n1. physician 'rowan-lindqvist' (documentId d7) does not match the content contract (shared/src/schemas), so the site cannot show it.\n✖ must be exactly 10 digits (the NPI)\n→ at npi";
    const failing = await startService({ fail: reason });
    await failing.hook(publish('c'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await failing.service.scheduler.whenIdle();
    const status = await (await fetch(`${failing.baseUrl}/status`)).json();
    expect(status.lastFailure.failedEntry).toEqual({ type: 'physician', slug: 'rowan-lindqvist', documentId: 'd7', field: 'npi', message: 'must be exactly 10 digits (the NPI)' });

    const other = await startService({ fail: 'Could not read physicians from the CMS: fetch failed.' });
    await other.hook(publish('d'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await other.service.scheduler.whenIdle();
    expect((await (await fetch(`${other.baseUrl}/status`)).json()).lastFailure).toMatchObject({ reason: expect.stringContaining('fetch failed'), failedEntry: null });
  });

  it('answers 404 and 405 for other routes', async () => {
    const { baseUrl } = await startService();
    expect((await fetch(`${baseUrl}/nope`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/hooks/strapi`)).status).toBe(405);
  });
});
