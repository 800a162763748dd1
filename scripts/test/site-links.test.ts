import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenInternalLinks, internalUrls, pagesToCheckAfter } from '../rebuild/site-links';

describe('the link check', () => {
  it('reads internal URLs from href, src, srcset and the site-origin og:image, entities decoded', () => {
    const html =
      '<!doctype html><html><head><meta property="og:image" content="https://site.example/_astro/a.jpg">' +
      '<meta name="description" content="/not/a/link"><link rel="canonical" href="https://site.example/doctors/"></head>' +
      '<body><a href="/doctors/?subtype=her2&amp;page=2">x</a><a href="//cdn.example/x">y</a><a href="https://other.example/">z</a>' +
      '<img src="/_astro/b.webp" srcset="/_astro/b-1x.webp 1x, /_astro/b-2x.webp 2x"><script type="application/ld+json">{"href":"/nope/"}</script></body></html>';
    expect(internalUrls(html, 'https://site.example')).toEqual([
      '/_astro/a.jpg',
      '/doctors/',
      '/doctors/?subtype=her2&page=2',
      '/_astro/b.webp',
      '/_astro/b-1x.webp',
      '/_astro/b-2x.webp',
    ]);
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'site-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each page with a link to nothing, however many pages share that link', async () => {
    mkdirSync(path.join(dir, 'doctors'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<a href="/doctors/">ok</a><a href="/gone/">gone</a>');
    writeFileSync(path.join(dir, 'doctors', 'index.html'), '<a href="/">ok</a><a href="/gone/#top">gone</a><img src="/gone/">');
    expect(await findBrokenInternalLinks(dir)).toEqual([
      { page: path.join('doctors', 'index.html'), url: '/gone/#top' },
      { page: path.join('doctors', 'index.html'), url: '/gone/' },
      { page: 'index.html', url: '/gone/' },
    ]);
  });

  it('checks only the given pages when asked', async () => {
    expect(await findBrokenInternalLinks(dir, { pages: ['index.html'] })).toEqual([{ page: 'index.html', url: '/gone/' }]);
  });

  it('after an incremental build, leaves out the kept pages that name nothing the live release had and this one has not', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'site-links-'));
    const write = (release: string, files: Record<string, string>) => {
      for (const [file, html] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, release, file)), { recursive: true });
        writeFileSync(path.join(root, release, file), html);
      }
      return path.join(root, release);
    };
    const live = write('live', { 'index.html': '', 'doctors/ben/index.html': '', '_astro/old.css': '', 'a/index.html': '<a href="/doctors/ben">', 'b/index.html': '<link href="/_astro/old.css">', 'c/index.html': '<a href="/">' });
    const next = write('next', { 'index.html': '', 'a/index.html': '<a href="/doctors/ben">', 'b/index.html': '<link href="/_astro/old.css">', 'c/index.html': '<a href="/">' });
    const kept = new Set(['a/index.html', 'b/index.html', 'c/index.html']);
    expect(await pagesToCheckAfter(next, live, kept)).toEqual(['a/index.html', 'b/index.html', 'index.html']);
    // Nothing removed: only the pages the build rendered.
    expect(await pagesToCheckAfter(next, next, kept)).toEqual(['index.html']);
    // Files of a folder no page names (the search bundle, written while the report runs) do not count as removed.
    const withBundle = write('bundle', { 'index.html': '', 'a/index.html': '', 'b/index.html': '', 'c/index.html': '', 'pagefind/fragment/en_\u00e9.pf_fragment': '' });
    expect(await pagesToCheckAfter(next, withBundle, kept, ['pagefind'])).toEqual(['index.html']);
    expect(await pagesToCheckAfter(next, withBundle, kept)).toHaveLength(4);
    // A removed path a page could spell another way (percent-encoded): every page is checked.
    const spelled = write('spelled', { 'index.html': '', 'doctors/jos\u00e9/index.html': '', 'a/index.html': '', 'b/index.html': '', 'c/index.html': '' });
    expect(await pagesToCheckAfter(next, spelled, kept)).toEqual(['a/index.html', 'b/index.html', 'c/index.html', 'index.html']);
    rmSync(root, { recursive: true, force: true });
  });
});
