/**
 * The search index step (src/lib/search/): the real Pagefind, on a small output folder written
 * here the way the build writes pages, searched with the pagefind.js the search page loads.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { siteSearchIndex } from '../../src/lib/search/integration';
import { startSearchIndex } from '../../src/lib/search/search-index';
import { BIO_ONLY_WORDS, physician } from './fixtures';
import { openSearchBundle, type SearchResult } from './search-bundle';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

/** A page as BaseLayout renders it: only <main> is searchable, and only when the page is. */
function page(title: string, body: string, { searchable = true } = {}): string {
  return `<!doctype html><html lang="en-US"><head><title>${title} | Piedmont Valley</title></head><body>
<header><a href="/">Piedmont Valley Cancer Institute</a> <a href="/doctors/">Find a doctor</a></header>
<main${searchable ? ' data-pagefind-body' : ''}><h1>${title}</h1>${body}</main><footer>Call (919) 555-0100</footer></body></html>`;
}

/** An output folder with a treatment page, a physician's profile (with their bio), the search page and the 404 page. */
function builtSite(): string {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  folders.push(outDir);
  const files: Record<string, string> = {
    'index.html': page('Metastatic breast cancer', '<p>Care for people whose breast cancer has spread.</p>'),
    'treatments/endocrine-therapy/index.html': page('Endocrine (hormone) therapy', '<p>Tamoxifen and aromatase inhibitors lower the hormones that feed the cancer.</p>'),
    'doctors/amara-okafor/index.html': page('Amara Okafor, MD', `<p>Medical oncology</p><h2>About Amara Okafor</h2><p>Outside the clinic, Dr. Okafor enjoys ${BIO_ONLY_WORDS}.</p>`),
    'search/index.html': page('Search', '<p>Search this site</p>', { searchable: false }),
    '404.html': page('Page not found', '<p>We could not find that page.</p>', { searchable: false }),
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), html);
  }
  return outDir;
}

const okafor = physician();
const feldman = physician({
  documentId: 'doc-feldman',
  fullName: 'Naomi Feldman',
  slug: 'naomi-feldman',
  title: 'Radiation Oncologist',
  npi: '9950552882',
  specialty: { id: 5, documentId: 'spec-rad', name: 'Radiation oncology', slug: 'radiation-oncology' },
  languages: [{ id: 3, language: 'Hebrew' }],
  subtypes: [],
});

async function indexAndOpen(): Promise<{ outDir: string; search: (term: string) => Promise<SearchResult[]> }> {
  const outDir = builtSite();
  const build = startSearchIndex(Promise.resolve([{ locale: 'en', physicians: [okafor, feldman] }]));
  await build.addPages(outDir);
  const summary = await build.finished();
  // The search page and the 404 page ask not to be searched (no data-pagefind-body), so only two pages go to Pagefind.
  expect(summary).toMatchObject({ physicians: 2, pages: 2 });
  return { outDir, search: await openSearchBundle(path.join(outDir, 'pagefind')) };
}

const linksOf = (results: SearchResult[]) => results.map(({ url, title }) => ({ url, title }));

describe('the search index', () => {
  it('finds a physician by name, by specialty and by language: their profile, titled as its h1', async () => {
    const { search } = await indexAndOpen();
    const profile = { url: '/doctors/amara-okafor/', title: 'Amara Okafor, MD' };
    expect(linksOf(await search('Okafor'))).toEqual([profile]);
    expect(linksOf(await search('medical oncology'))).toContainEqual(profile);
    expect(linksOf(await search('Swahili'))).toEqual([profile]);
    expect(linksOf(await search('Hebrew'))).toEqual([{ url: '/doctors/naomi-feldman/', title: 'Naomi Feldman, MD' }]);
    expect(linksOf(await search('Durham'))).toEqual(expect.arrayContaining([profile, { url: '/doctors/naomi-feldman/', title: 'Naomi Feldman, MD' }]));
  });

  it("finds a content page from its HTML, under its address and h1, with <main>'s words only", async () => {
    const { search } = await indexAndOpen();
    const [result, ...others] = await search('tamoxifen');
    expect(others).toEqual([]);
    expect(result).toMatchObject({ url: '/treatments/endocrine-therapy/', title: 'Endocrine (hormone) therapy' });
    expect(result!.content).toContain('aromatase inhibitors');
    expect(result!.content).not.toContain('Call (919)');
  });

  it("does not read the physicians' profile pages: the words of a bio find nothing", async () => {
    const { search } = await indexAndOpen();
    expect(await search(BIO_ONLY_WORDS)).toEqual([]);
    const [profile] = await search('Okafor');
    expect(profile!.content).not.toContain('Outside the clinic');
  });

  it('leaves out the pages that are not searchable (the search page, the 404 page), as before', async () => {
    const { search } = await indexAndOpen();
    expect(await search('could not find')).toEqual([]);
    expect(await search('search this site')).toEqual([]);
  });
});

describe("an incremental build's index", () => {
  /** Indexes a built site, as a build on `live` would; resolves with its digest, its summary and the inode of each bundle file. */
  async function indexOn(outDir: string, physicians: ReturnType<typeof physician>[], live: { liveDir: string; inputs: string } | null) {
    let inputs = '';
    const build = startSearchIndex(Promise.resolve([{ locale: 'en', physicians }]), { live: () => live, recordInputs: (digest) => (inputs = digest) });
    await build.addPages(outDir);
    const summary = await build.finished();
    const bundle = path.join(outDir, 'pagefind');
    const inodes = new Map(
      readdirSync(bundle, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [path.relative(bundle, path.join(entry.parentPath, entry.name)), statSync(path.join(entry.parentPath, entry.name)).ino]),
    );
    return { inputs, summary, inodes };
  }

  it("keeps the live release's bundle, hard-linked, when the records and the searchable pages are the same", async () => {
    const liveDir = builtSite();
    const live = await indexOn(liveDir, [okafor, feldman], null);
    expect(live.inputs).toMatch(/^[0-9a-f]{64}$/);
    expect(live.summary.keptFrom).toBeUndefined();

    // The next build: the same pages, but a bio changed on the profile (which the index never reads).
    const outDir = builtSite();
    writeFileSync(path.join(outDir, 'doctors/amara-okafor/index.html'), page('Amara Okafor, MD', '<p>Medical oncology</p><p>A new bio.</p>'));
    const next = await indexOn(outDir, [okafor, feldman], { liveDir, inputs: live.inputs });
    expect(next.inputs).toBe(live.inputs);
    expect(next.summary).toMatchObject({ physicians: 2, pages: 2, keptFrom: path.basename(liveDir) });
    expect([...next.inodes.keys()].sort()).toEqual([...live.inodes.keys()].sort());
    for (const [file, inode] of next.inodes) expect(inode, file).toBe(live.inodes.get(file));
    const search = await openSearchBundle(path.join(outDir, 'pagefind'));
    expect(linksOf(await search('Hebrew'))).toEqual([{ url: '/doctors/naomi-feldman/', title: 'Naomi Feldman, MD' }]);
  });

  it('writes a new bundle when a searchable page changed, or a physician did', async () => {
    const liveDir = builtSite();
    const live = await indexOn(liveDir, [okafor, feldman], null);

    const pageChanged = builtSite();
    writeFileSync(path.join(pageChanged, 'treatments/endocrine-therapy/index.html'), page('Endocrine (hormone) therapy', '<p>Fulvestrant blocks the hormone receptor.</p>'));
    const afterPage = await indexOn(pageChanged, [okafor, feldman], { liveDir, inputs: live.inputs });
    expect(afterPage.inputs).not.toBe(live.inputs);
    expect(afterPage.summary.keptFrom).toBeUndefined();
    expect([...afterPage.inodes].some(([file, inode]) => live.inodes.get(file) === inode)).toBe(false);
    expect(linksOf(await (await openSearchBundle(path.join(pageChanged, 'pagefind')))('fulvestrant'))).toEqual([{ url: '/treatments/endocrine-therapy/', title: 'Endocrine (hormone) therapy' }]);

    const physicianChanged = await indexOn(builtSite(), [okafor], { liveDir, inputs: live.inputs });
    expect(physicianChanged.inputs).not.toBe(live.inputs);
    expect(physicianChanged.summary).toMatchObject({ physicians: 1 });
    expect(physicianChanged.summary.keptFrom).toBeUndefined();
  });
});

describe('when the index cannot be built', () => {
  it('fails, saying the site was not built and what to do, when Pagefind cannot run', async () => {
    vi.stubEnv('PAGEFIND_EXTENDED_BINARY_PATH', '/nonexistent/pagefind_extended');
    const build = startSearchIndex(Promise.resolve([{ locale: 'en', physicians: [okafor] }]));
    await build.addPages(builtSite());
    await expect(build.finished()).rejects.toThrow(/^The site search's index could not be built, so the site was not built: Pagefind did not start .*run npm ci\.$/s);
  });

  it('fails naming the cause when the physicians could not be read', async () => {
    const build = startSearchIndex(Promise.reject(new Error('snapshot.json is not a content snapshot')));
    await build.addPages(builtSite());
    await expect(build.finished()).rejects.toThrow("The site search's index could not be built, so the site was not built: the physicians could not be read (snapshot.json is not a content snapshot).");
  });

  it('fails the build: the integration throws from astro:build:done, and logs nothing as done', async () => {
    const logged: string[] = [];
    const logger = { info: (line: string) => logged.push(line), warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;
    const integration = siteSearchIndex({ physicians: async () => Promise.reject(new Error('the CMS answered 500')) });
    const hooks = integration.hooks as Record<string, (options: object) => unknown>;
    await hooks['astro:build:start']!({ logger });
    await hooks['astro:build:generated']!({ dir: new URL(`file://${builtSite()}/`), logger });
    await expect(hooks['astro:build:done']!({ logger })).rejects.toThrow(/could not be built.*the CMS answered 500/);
    expect(logged).toEqual([]);
  });
});
