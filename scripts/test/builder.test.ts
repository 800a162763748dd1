import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentEntry } from '@mbc/shared';
import { sampleTreatment } from '../../shared/test/fixtures/rest-entries';
import { UnreviewedPagesError } from '../../site/src/lib/cms/loader';
import { unreviewedPages } from '../../site/src/lib/medical-review';
import { silentLogger } from '../rebuild/log';
import { buildAndDeploy, checkRelease, failureReason, type BuildSettings } from '../rebuild/builder';
import { liveReleaseId } from '../rebuild/releases';

/** A fake CMS that only answers the count queries the build check makes. */
let cms: http.Server;
let cmsUrl: string;
const totals: Record<string, number> = { subtypes: 1, treatments: 1, physicians: 2, locations: 1, 'clinical-trials': 1 };

beforeAll(async () => {
  cms = http.createServer((request, response) => {
    const endpoint = new URL(request.url!, 'http://x').pathname.replace('/api/', '');
    if (request.headers.authorization !== 'Bearer token') return void response.writeHead(401).end();
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ data: [], meta: { pagination: { total: totals[endpoint] } } }));
  });
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
  cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => cms.close(() => resolve())));

/** A stand-in for `npm run build -w site`: writes a tiny site into $SITE_OUT_DIR, or fails like the loader does. */
const FAKE_BUILD = `
const fs = require('fs'), path = require('path');
const out = process.env.SITE_OUT_DIR;
if (process.env.FAKE_BUILD_OUTPUT) { console.error(process.env.FAKE_BUILD_OUTPUT); process.exit(1); }
if (process.env.FAKE_INCREMENTAL_FAIL && process.env.SITE_INCREMENTAL_FROM) { console.error('Error: the incremental merge failed'); process.exit(1); }
if (process.env.FAKE_BUILD_FAIL) { console.error("ContentContractError: physician 'amara-okafor' (documentId abc) does not match the content contract: npi"); process.exit(1); }
if (process.env.FAKE_REPORT) fs.writeFileSync(path.join(path.dirname(out), 'content-report.json'), process.env.FAKE_REPORT);
if (process.env.FAKE_REPORT_FAIL) { console.error(process.env.FAKE_REPORT_FAIL); process.exit(1); }
const page = (p, html) => { fs.mkdirSync(path.dirname(path.join(out, p)), { recursive: true }); fs.writeFileSync(path.join(out, p), html); };
page('index.html', '<a href="/doctors/amara-okafor/">Dr. Okafor</a><a href="' + (process.env.FAKE_BROKEN_LINK || '/doctors/') + '">all</a>');
page('404.html', 'not found');
page('doctors/index.html', 'doctors');
for (const slug of ['amara-okafor', 'ben-li']) page('doctors/' + slug + '/index.html', slug + ' ' + (process.env.FAKE_LABEL || ''));
for (const route of ['subtypes/her2-positive', 'treatments/chemotherapy', 'locations/durham', 'clinical-trials/trial-one']) page(route + '/index.html', route);
// In Spanish: every doctor and clinic (the fake CMS has no Spanish versions of the rest).
for (const route of ['doctors/amara-okafor', 'doctors/ben-li', 'locations/durham']) page('es/' + route + '/index.html', route);
fs.mkdirSync(out + '.build', { recursive: true });
fs.writeFileSync(out + '.build/build.json', '{}');
const full = !process.env.SITE_INCREMENTAL_FROM || process.env.FAKE_FULL_REASON;
if (!full) console.log('Incremental build from ' + path.basename(process.env.SITE_INCREMENTAL_FROM) + ': 2 of 7 pages rendered, 5 kept from the live release');
else console.log('Full build: ' + (process.env.FAKE_FULL_REASON || 'no live release to build on (SITE_INCREMENTAL_FROM is not set)') + '.');
// A large build lists every page it renders, one line each.
for (let line = 0; line < Number(process.env.FAKE_PAGE_LINES || 0); line++) console.log('  ├─ /doctors/generated-doctor-' + line + '/index.html (+12ms)');
console.log((full ? 7 : 2) + ' page(s) built');
`;

/** Published treatments whose review names no reviewer (reviewedBy came back null). */
function unreviewedTreatments(slugs: string[]) {
  return slugs.map((slug, index) => parseContentEntry('treatment', { ...sampleTreatment(), id: 100 + index, documentId: `doc-${slug}`, slug, reviewedBy: null }));
}

/** What `astro build` prints when the CMS loader refuses content (as seen in a real build): the message without its error name, then where it was thrown. */
function astroRefusal(error: Error): string {
  return [
    '10:43:32 [content] Syncing content',
    '10:43:33 [cms:subtype] subtypes: 4 entries from Strapi http://127.0.0.1:1337',
    error.message,
    '  Location:',
    '    /app/site/src/lib/cms/loader.ts:83:38',
    '  Stack trace:',
    '    at parseContentEntries (/app/site/src/lib/cms/loader.ts:83:38)',
    '    at Object.load (/app/site/src/lib/cms/loader.ts:23:23)',
    '    at async syncData (/app/node_modules/astro/dist/content/content-layer.js:180:7)',
  ].join('\n');
}

function settings(env: NodeJS.ProcessEnv = {}): BuildSettings & { root: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'builder-'));
  return {
    root,
    repoDir: root,
    layout: { releasesDir: path.join(root, 'releases'), liveLink: path.join(root, 'live') },
    keepReleases: 3,
    command: [process.execPath, '-e', FAKE_BUILD],
    env: { PATH: process.env.PATH, ...env },
    cmsUrl,
    cmsToken: 'token',
    timeoutMs: 30_000,
    logger: silentLogger,
  };
}

describe('build and deploy', () => {
  it('builds into a new release and makes it live', async () => {
    const build = settings({ FAKE_LABEL: 'v1' });
    const outcome = await buildAndDeploy(build);
    expect(outcome).toMatchObject({ ok: true, pages: 7 });
    expect(liveReleaseId(build.layout)).toBe(outcome.id);
    expect(readFileSync(path.join(build.layout.liveLink, 'doctors', 'ben-li', 'index.html'), 'utf8')).toBe('ben-li v1');
  });

  it('says where the release took its time: the site build, the check, the swap and the pruning', async () => {
    const build = { ...settings({ FAKE_LABEL: 'v1' }), keepReleases: 1 };
    const first = await buildAndDeploy(build);
    const second = await buildAndDeploy(build);
    for (const outcome of [first, second]) {
      if (!outcome.ok) throw new Error(outcome.reason);
      const steps = outcome.steps!;
      for (const value of Object.values(steps)) expect(value).toBeGreaterThanOrEqual(0);
      // The fake build is a Node process: it takes some time, and the steps fit in the whole.
      expect(steps.siteBuildMs).toBeGreaterThan(0);
      expect(steps.siteBuildMs + steps.checkMs + steps.goLiveMs + steps.pruneMs).toBeLessThanOrEqual(outcome.durationMs);
    }
    // The second release replaced the first, which was deleted.
    expect(existsSync(path.join(build.layout.releasesDir, first.id))).toBe(false);
  });

  it('builds on the live release once there is one, and says which kind of build ran', async () => {
    const build = settings({ FAKE_LABEL: 'v1' });
    const first = await buildAndDeploy(build);
    expect(first).toMatchObject({ ok: true, pages: 7, build: { kind: 'full', reason: 'no live release yet', pagesRendered: 7 } });
    const second = await buildAndDeploy(build);
    expect(second).toMatchObject({ ok: true, pages: 7, build: { kind: 'incremental', from: first.id, pagesRendered: 2 } });
    expect(liveReleaseId(build.layout)).toBe(second.id);
  });

  it('replaces a failed incremental build with a full one at once', async () => {
    const build = settings({ FAKE_LABEL: 'v1' });
    await buildAndDeploy(build);
    const outcome = await buildAndDeploy({ ...build, env: { ...build.env, FAKE_INCREMENTAL_FAIL: '1' } });
    expect(outcome).toMatchObject({
      ok: true,
      build: { kind: 'full', reason: expect.stringMatching(/^the incremental build failed \(.*incremental merge failed.*\), so a full build ran$/), pagesRendered: 7 },
    });
    expect(liveReleaseId(build.layout)).toBe(outcome.id);
    // The failed build left neither its release nor its build record.
    expect(readdirSync(build.layout.releasesDir).filter((name) => name !== 'content-report.json').sort()).toHaveLength(4);
  });

  it('prunes old releases with their build records', async () => {
    const build = settings({ FAKE_LABEL: 'v1' });
    for (let run = 0; run < 5; run++) await buildAndDeploy(build);
    const names = readdirSync(build.layout.releasesDir).filter((name) => name !== 'content-report.json');
    expect(names.filter((name) => !name.endsWith('.build'))).toHaveLength(3);
    expect(names.filter((name) => name.endsWith('.build')).sort()).toEqual(names.filter((name) => !name.endsWith('.build')).map((name) => `${name}.build`).sort());
  });

  it('leaves the live site byte-identical when the build fails, and says why', async () => {
    const build = settings({ FAKE_LABEL: 'good' });
    const good = await buildAndDeploy(build);
    const before = readFileSync(path.join(build.layout.liveLink, 'doctors', 'amara-okafor', 'index.html'));
    const failed = await buildAndDeploy({ ...build, env: { ...build.env, FAKE_BUILD_FAIL: '1' } });
    expect(failed).toMatchObject({ ok: false, reason: expect.stringContaining("physician 'amara-okafor'") });
    expect(liveReleaseId(build.layout)).toBe(good.id);
    expect(readFileSync(path.join(build.layout.liveLink, 'doctors', 'amara-okafor', 'index.html'))).toEqual(before);
  });

  it('carries the content report the build wrote beside its release, and never an earlier build\'s', async () => {
    const build = settings({ FAKE_LABEL: 'good' });
    const report = { summary: { overdueReviews: 1 }, overdueReviews: [{ slug: 'immunotherapy' }] };
    const good = await buildAndDeploy({ ...build, env: { ...build.env, FAKE_REPORT: JSON.stringify(report) } });
    expect(good).toMatchObject({ ok: true, contentReport: report });
    expect(readdirSync(build.layout.releasesDir)).toContain('content-report.json');
    expect(readdirSync(path.join(build.layout.releasesDir, good.id))).not.toContain('content-report.json');

    const refusal = 'content report: 1 medical page(s) are past their review date (REPORT_FAIL_ON=overdue), so the site was not built.';
    const refused = await buildAndDeploy({ ...build, env: { ...build.env, FAKE_REPORT: JSON.stringify(report), FAKE_REPORT_FAIL: refusal } });
    expect(refused).toMatchObject({ ok: false, reason: expect.stringContaining(refusal), contentReport: report });
    expect(liveReleaseId(build.layout)).toBe(good.id);

    expect(await buildAndDeploy(build)).toMatchObject({ ok: true, contentReport: null });
  });

  it('does not deploy a build refused for a medical page without a reviewer, and says which page and which field', async () => {
    const build = settings({ FAKE_LABEL: 'good' });
    const good = await buildAndDeploy(build);
    const refusal = new UnreviewedPagesError('treatment', unreviewedPages('treatment', unreviewedTreatments(['immunotherapy'])), 8);

    const failed = await buildAndDeploy({ ...build, env: { ...build.env, FAKE_BUILD_OUTPUT: astroRefusal(refusal) } });

    expect(failed.ok).toBe(false);
    expect(failed).toMatchObject({
      reason: expect.stringContaining(
        "treatment 'immunotherapy' (/treatments/immunotherapy/) has a medical review without a reviewer: choose the reviewing physician in the CMS (field reviewedBy)",
      ),
    });
    expect(liveReleaseId(build.layout)).toBe(good.id);
  });

  it('does not deploy a build with broken internal links or missing entry pages', async () => {
    const build = settings();
    const broken = await buildAndDeploy({ ...build, env: { ...build.env, FAKE_BROKEN_LINK: '/doctors/nobody/' } });
    expect(broken).toMatchObject({ ok: false, reason: expect.stringContaining('/doctors/nobody/') });
    totals.physicians = 3;
    const short = await buildAndDeploy(build);
    totals.physicians = 2;
    expect(short).toMatchObject({ ok: false, reason: expect.stringContaining('/doctors/ has 2 entry pages but the CMS has 3 published physicians') });
    expect(liveReleaseId(build.layout)).toBeNull();
  });

  it('fails with the CMS’s answer when the CMS cannot be reached for the check', async () => {
    const build = settings();
    const outcome = await buildAndDeploy({ ...build, cmsUrl: 'http://127.0.0.1:9' });
    expect(outcome.ok).toBe(false);
    expect(liveReleaseId(build.layout)).toBeNull();
  });
});

describe('release checks', () => {
  it('names the missing pages', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'check-'));
    mkdirSync(path.join(dir, 'doctors'));
    writeFileSync(path.join(dir, 'index.html'), '<img src="/_astro/missing.webp" srcset="/_astro/missing.webp 1x, /_astro/also.avif 2x">');
    const none = { subtypes: 0, treatments: 0, physicians: 0, locations: 0, 'clinical-trials': 0 };
    const problems = await checkRelease(dir, { en: { ...none, physicians: 1 }, es: none });
    expect(problems).toEqual([
      'the build has no 404.html',
      '/doctors/ has 0 entry pages but the CMS has 1 published physicians',
      expect.stringContaining('2 broken internal link(s): /_astro/missing.webp (on index.html), /_astro/also.avif (on index.html)'),
    ]);
  });

  it("counts each locale's entry pages under its prefix: a Spanish treatment page missing is named", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'check-'));
    for (const page of ['index.html', '404.html', 'treatments/surgery/index.html', 'es/treatments/cirugia/index.html']) {
      mkdirSync(path.dirname(path.join(dir, page)), { recursive: true });
      writeFileSync(path.join(dir, page), '<p>a page</p>');
    }
    const none = { subtypes: 0, treatments: 0, physicians: 0, locations: 0, 'clinical-trials': 0 };
    expect(await checkRelease(dir, { en: { ...none, treatments: 1 }, es: { ...none, treatments: 1 } })).toEqual([]);
    expect(await checkRelease(dir, { en: { ...none, treatments: 1 }, es: { ...none, treatments: 2 } })).toEqual([
      '/es/treatments/ has 1 entry pages but the CMS has 2 published treatments in "es"',
    ]);
  });

  it("takes the broken links from the build's content report when it wrote one, and checks every page itself when not", async () => {
    const build = settings({ FAKE_LABEL: 'good' });
    // The pages link to nothing missing; the report says a page does: the report's link check is the release's.
    const report = { summary: { brokenLinks: 1 }, brokenLinks: [{ page: 'index.html', url: '/doctors/gone/' }] };
    const refused = await buildAndDeploy({ ...build, env: { ...build.env, FAKE_REPORT: JSON.stringify(report) } });
    expect(refused).toMatchObject({ ok: false, reason: expect.stringContaining('1 broken internal link(s): /doctors/gone/ (on index.html)') });
    // No report: the pages' own broken link is found here.
    const unreported = await buildAndDeploy({ ...build, env: { ...build.env, FAKE_BROKEN_LINK: '/doctors/nobody/' } });
    expect(unreported).toMatchObject({ ok: false, reason: expect.stringContaining('/doctors/nobody/ (on index.html)') });
    expect(liveReleaseId(build.layout)).toBeNull();
  });

  it("says why a build was full from its log's first lines, however long the log grows after them", async () => {
    const build = settings({ FAKE_LABEL: 'good' });
    await buildAndDeploy(build);
    // 10,000 lines of pages: more than the output a build keeps for its failure reason.
    const outcome = await buildAndDeploy({ ...build, env: { ...build.env, FAKE_FULL_REASON: 'the site settings changed, and every page shows it', FAKE_PAGE_LINES: '10000' } });
    expect(outcome).toMatchObject({ ok: true, build: { kind: 'full', reason: 'the site settings changed, and every page shows it', pagesRendered: 7 } });
  });

  it('picks the explanatory line out of build output', () => {
    expect(failureReason('building…\n\u001b[31m[ERROR]\u001b[39m Could not read physicians from the CMS: 503\nat x\n')).toMatch(/^\[ERROR\] Could not read physicians/);
    expect(failureReason('')).toBe('the build failed without output');
    // An error without "Error:" (Astro prints a Node error by its code), then npm's own lines.
    const output = "[ENOENT] ENOENT: no such file or directory, stat '/app/site/x'\n  Stack trace:\n    at statSync\nnpm error Lifecycle script `build` failed with error:\nnpm error code 1\nnpm error command failed";
    expect(failureReason(output)).toBe("[ENOENT] ENOENT: no such file or directory, stat '/app/site/x'\nStack trace:\nat statSync");
  });

  it("keeps the loader's refusal from its first line, which Astro prints without an error name", () => {
    const slugs = ['immunotherapy', 'chemotherapy', 'surgery', 'radiation', 'endocrine-therapy', 'her2-targeted-therapy'];
    const reason = failureReason(astroRefusal(new UnreviewedPagesError('treatment', unreviewedPages('treatment', unreviewedTreatments(slugs)), 8)));
    const [first, ...pages] = reason.split('\n');
    expect(first).toBe('treatments: 6 of 8 published entries name no medical reviewer, so the site was not built (every medical page says "Medically reviewed on DATE by NAME").');
    expect(pages).toHaveLength(5);
    expect(pages[0]).toMatch(/^1\. treatment 'immunotherapy' \(\/treatments\/immunotherapy\/\) has a medical review without a reviewer/);
  });
});
