import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildHash, buildRecordContentDir, readBuildRecord, writeBuildRecord } from '../src/lib/incremental/build-record';
import type { ContentTypeName } from '@mbc/shared';
import { writeCmsRecords } from '../src/lib/cms/records';
import { assertSamePages, renderPlanFor } from '../src/lib/incremental/integration';
import type { SiteContent } from '../src/lib/lastmod';
import { pagesShowing } from '../src/lib/touched-pages';
import { siteContentOf, storedSite } from './site-content-fixtures';
import { fileOfPage, mergeWithLiveRelease } from '../src/lib/incremental/merge';
import { plannedRoutes, writeRenderPlan } from '../src/lib/incremental/render-plan';

const temporary = () => mkdtempSync(path.join(os.tmpdir(), 'incremental-'));
function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
const inode = (file: string) => statSync(file).ino;

describe('the merge with the live release', () => {
  function liveRelease(): string {
    const live = temporary();
    write(live, 'index.html', '<img src="/_astro/home.1.webp">');
    write(live, 'doctors/a/index.html', '<img src="/_astro/a.1.webp" srcset="/_astro/a.1.avif 2x">');
    write(live, 'doctors/b/index.html', '<img src="/_astro/b.1.webp">');
    write(live, 'doctors/gone/index.html', '<img src="/_astro/gone.1.webp">');
    for (const image of ['home.1.webp', 'a.1.webp', 'a.1.avif', 'b.1.webp', 'gone.1.webp']) write(live, `_astro/${image}`, image);
    write(live, '_astro/site.1.css', 'body{}');
    return live;
  }

  it('links the pages it did not render and the images they show, and drops what no page shows', () => {
    const live = liveRelease();
    const out = temporary();
    // This build rendered the home page and b (b's photo changed), not a; "gone" was removed.
    write(out, 'index.html', '<img src="/_astro/home.1.webp">');
    write(out, 'doctors/b/index.html', '<img src="/_astro/b.2.webp">');
    write(out, '_astro/b.2.webp', 'b2');
    write(out, '_astro/home.1.webp', 'home.1.webp');
    write(out, '_astro/site.2.css', 'body{}');

    const summary = mergeWithLiveRelease({ liveDir: live, outDir: out, pages: ['/', '/doctors/a/', '/doctors/b/'] });

    expect(summary).toEqual({ linkedPages: ['/doctors/a/'], keptImages: 2, removedImages: 2 });
    expect(inode(path.join(out, 'doctors/a/index.html'))).toBe(inode(path.join(live, 'doctors/a/index.html')));
    expect(existsSync(path.join(out, 'doctors/gone/index.html'))).toBe(false);
    expect(readFileSync(path.join(out, 'doctors/b/index.html'), 'utf8')).toContain('b.2.webp');
    for (const kept of ['a.1.webp', 'a.1.avif', 'b.2.webp', 'home.1.webp']) expect(existsSync(path.join(out, '_astro', kept)), kept).toBe(true);
    // b's old photo and the removed page's photo are not linked back; nor is the old stylesheet (the build writes its own).
    for (const dropped of ['b.1.webp', 'gone.1.webp', 'site.1.css']) expect(existsSync(path.join(out, '_astro', dropped)), dropped).toBe(false);
    // The live release is untouched.
    expect(readFileSync(path.join(live, 'doctors/b/index.html'), 'utf8')).toContain('b.1.webp');
    expect(existsSync(path.join(live, '_astro/b.1.webp'))).toBe(true);
  });

  it('keeps an image a finder file names, even when no page does', () => {
    const live = liveRelease();
    const out = temporary();
    write(out, 'index.html', 'home');
    write(out, '_astro/finder-cards.1.json', '{"photo":"/_astro/gone.1.webp"}');
    const summary = mergeWithLiveRelease({ liveDir: live, outDir: out, pages: ['/'] });
    expect(existsSync(path.join(out, '_astro/gone.1.webp'))).toBe(true);
    expect(summary.removedImages).toBe(4);
  });

  it('fails, naming the page, when a page it did not render is not in the live release', () => {
    const live = liveRelease();
    const out = temporary();
    expect(() => mergeWithLiveRelease({ liveDir: live, outDir: out, pages: ['/doctors/new/'] })).toThrow(/did not render \/doctors\/new\/.*no doctors\/new\/index.html/);
  });

  it('writes pages to the files the site serves them from', () => {
    expect(fileOfPage('/')).toBe('index.html');
    expect(fileOfPage('/doctors/page/2/')).toBe('doctors/page/2/index.html');
    expect(fileOfPage('/404.html')).toBe('404.html');
  });
});

describe('the build record', () => {
  it('keeps the hash, the pages and the content beside the release', () => {
    const root = temporary();
    const outDir = path.join(root, 'releases', 'r1');
    mkdirSync(outDir, { recursive: true });
    const records = temporary();
    write(records, 'physicians.json', '{"entries":[]}');
    writeBuildRecord(outDir, { buildHash: 'h', kind: 'full', builtAt: '2026-12-01T00:00:00.000Z', pages: ['/'] }, records);
    expect(readBuildRecord(outDir)).toEqual({ ok: true, record: expect.objectContaining({ buildHash: 'h', kind: 'full', pages: ['/'] }) });
    expect(inode(path.join(buildRecordContentDir(outDir), 'physicians.json'))).toBe(inode(path.join(records, 'physicians.json')));
  });

  it('says why a release has none that can be used', () => {
    const outDir = temporary();
    expect(readBuildRecord(outDir)).toEqual({ ok: false, reason: expect.stringContaining('has no build record') });
    write(`${outDir}.build`, 'build.json', '{"format":"other"}');
    expect(readBuildRecord(outDir)).toEqual({ ok: false, reason: expect.stringContaining('is not one this build reads') });
    write(`${outDir}.build`, 'build.json', '{');
    expect(readBuildRecord(outDir)).toEqual({ ok: false, reason: expect.stringContaining('could not be read') });
  });

  it('hashes the code, the contract, the lock file and the build environment, not the outputs', () => {
    const repo = temporary();
    write(repo, 'site/src/pages/index.astro', 'v1');
    write(repo, 'shared/dist/esm/index.js', 'contract');
    write(repo, 'package-lock.json', '{}');
    const site = path.join(repo, 'site');
    const hash = () => buildHash({ siteDir: site, repoDir: repo, env: { SITE_URL: 'https://example.org' } });
    const first = hash();
    write(repo, 'site/dist/index.html', 'output');
    write(repo, 'site/node_modules/.astro/data-store.json', 'cache');
    write(repo, 'site/test/x.test.ts', 'test');
    expect(hash()).toBe(first);
    write(repo, 'site/src/pages/index.astro', 'v2');
    const second = hash();
    expect(second).not.toBe(first);
    write(repo, 'shared/dist/esm/index.js', 'contract 2');
    expect(hash()).not.toBe(second);
    expect(buildHash({ siteDir: site, repoDir: repo, env: { SITE_URL: 'https://example.com' } })).not.toBe(hash());
  });
});

describe('the render plan', () => {
  afterEach(() => vi.unstubAllEnvs());
  const routes = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];
  const pathOf = (route: { slug: string }) => `/doctors/${route.slug}/`;

  it('keeps every route without a plan (dev server, draft preview) and in a full build', () => {
    expect(plannedRoutes(routes, pathOf)).toEqual(routes);
    const file = path.join(temporary(), 'plan.json');
    writeRenderPlan(file, { kind: 'full', reason: 'test' });
    vi.stubEnv('RENDER_PLAN_FILE', file);
    expect(plannedRoutes(routes, pathOf)).toEqual(routes);
  });

  it('keeps only the planned routes in an incremental build', () => {
    const file = path.join(temporary(), 'plan.json');
    writeRenderPlan(file, { kind: 'incremental', from: '/live', render: ['/doctors/b/'], remove: [], pages: [] });
    vi.stubEnv('RENDER_PLAN_FILE', file);
    expect(plannedRoutes(routes, pathOf)).toEqual([{ slug: 'b' }]);
  });
});

describe('the full build’s page check', () => {
  it('passes when the build emitted exactly the listed pages, and names the difference otherwise', () => {
    expect(() => assertSamePages(['/', '/doctors/'], ['/doctors/', '/'])).not.toThrow();
    expect(() => assertSamePages(['/', '/doctors/x/'], ['/', '/doctors/y/'])).toThrow(/built but not listed: \/doctors\/x\/; listed but not built: \/doctors\/y\//);
  });
});

describe('what a build renders', () => {
  const TYPES: Record<keyof SiteContent, ContentTypeName> = {
    conditionPage: 'conditionPage',
    siteSettings: 'siteSettings',
    subtypes: 'subtype',
    treatments: 'treatment',
    diagnosticTests: 'diagnosticTest',
    locations: 'location',
    physicians: 'physician',
    specialties: 'specialty',
    clinicalTrials: 'clinicalTrial',
    supportServices: 'supportService',
  };
  /** A live release built from `content` with `hash`: its folder, with the build record beside it. */
  async function liveRelease(content: SiteContent, hash: string): Promise<string> {
    const root = temporary();
    const live = path.join(root, 'live');
    mkdirSync(live);
    const records = path.join(root, 'records');
    for (const [key, name] of Object.entries(TYPES) as [keyof SiteContent, ContentTypeName][]) {
      const value = content[key];
      const entries = (Array.isArray(value) ? value : [value]) as { slug?: string }[];
      await writeCmsRecords(records, name, entries.map((entry) => ({ id: entry.slug ?? name, digest: 'd', data: entry as Record<string, unknown> })));
    }
    writeBuildRecord(live, { buildHash: hash, kind: 'full', builtAt: '2026-12-01T00:00:00.000Z', pages: [...pagesShowing(content).keys()] }, records);
    return live;
  }
  const plan = (from: string | undefined, content: SiteContent, hash = 'h', fullBuild?: string) =>
    renderPlanFor({ from, fullBuild, buildHash: hash, content, pages: [...pagesShowing(content).keys()].sort() });

  it('renders only the pages a bio edit touches', async () => {
    const site = storedSite();
    const live = await liveRelease(siteContentOf(site), 'h');
    site.physicians[0]!.bio = [{ type: 'paragraph', children: [{ type: 'text', text: 'A new bio.' }] }];
    const result = plan(live, siteContentOf(site));
    expect(result).toMatchObject({ kind: 'incremental', from: live, remove: [] });
    expect(result.kind === 'incremental' && result.render).toContain(`/doctors/${String(site.physicians[0]!.slug)}/`);
    expect(result.kind === 'incremental' && result.render).toContain(`/es/doctors/${String(site.physicians[0]!.slug)}/`);
    // Her profile, the finder, her directory page, her clinic and its list, in each locale: not the site's 70 pages.
    expect(result.kind === 'incremental' && result.render.length).toBeLessThan(16);
  });

  it('builds in full, saying why, without a live release, when asked, without a record, after a code change, and after a site-settings change', async () => {
    const site = storedSite();
    const content = siteContentOf(site);
    const live = await liveRelease(content, 'h');
    expect(plan(undefined, content)).toEqual({ kind: 'full', reason: expect.stringContaining('SITE_INCREMENTAL_FROM is not set') });
    expect(plan(live, content, 'h', '1')).toEqual({ kind: 'full', reason: expect.stringContaining('SITE_FULL_BUILD=1') });
    expect(plan(temporary(), content)).toEqual({ kind: 'full', reason: expect.stringContaining('has no build record') });
    expect(plan(live, content, 'other')).toEqual({ kind: 'full', reason: "the site's code, dependencies or configuration changed since the live release" });
    site.siteSettings.organizationName = 'Another Name';
    expect(plan(live, siteContentOf(site))).toEqual({ kind: 'full', reason: expect.stringMatching(/site settings changed, and every page shows it/) });
  });
});
