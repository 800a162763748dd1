import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenInternalLinks, internalUrls } from '../rebuild/site-links';

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

  it('names each page with a link to nothing, however many pages share that link', () => {
    mkdirSync(path.join(dir, 'doctors'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<a href="/doctors/">ok</a><a href="/gone/">gone</a>');
    writeFileSync(path.join(dir, 'doctors', 'index.html'), '<a href="/">ok</a><a href="/gone/#top">gone</a><img src="/gone/">');
    expect(findBrokenInternalLinks(dir)).toEqual([
      { page: path.join('doctors', 'index.html'), url: '/gone/#top' },
      { page: path.join('doctors', 'index.html'), url: '/gone/' },
      { page: 'index.html', url: '/gone/' },
    ]);
  });
});
