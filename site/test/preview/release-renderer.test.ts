import { describe, expect, it } from 'vitest';
import { staticFileOf, staticImagePath } from '../../preview/release-renderer';

describe('staticFileOf: the file the static build writes a page to', () => {
  it('writes a page with a trailing slash as its folder’s index.html', () => {
    expect(staticFileOf('/')).toBe('index.html');
    expect(staticFileOf('/doctors/')).toBe('doctors/index.html');
    expect(staticFileOf('/es/doctors/ana-lopez/')).toBe('es/doctors/ana-lopez/index.html');
    expect(staticFileOf('/es/404/')).toBe('es/404/index.html');
  });

  it('writes an endpoint with a file name as that file', () => {
    expect(staticFileOf('/_astro/finder-index.c91f9ea5e039.json/')).toBe('_astro/finder-index.c91f9ea5e039.json');
    expect(staticFileOf('/robots.txt')).toBe('robots.txt');
    expect(staticFileOf('/404.html')).toBe('404.html');
  });

  it('refuses a path that is not from the site’s root', () => {
    expect(() => staticFileOf('doctors/')).toThrow(/URL path from the site's root/);
  });
});

describe('staticImagePath: the optimized image names of astro build', () => {
  const transform = { src: 'http://127.0.0.1:1337/uploads/physician_ana_lopez_1a2b3c.jpg', width: 96, height: 96, format: 'webp', quality: undefined };
  const properties = ['src', 'width', 'height', 'format', 'quality', 'fit', 'position'];

  it('names the file after the upload, a hash of the transform and the format, under /_astro/', () => {
    expect(staticImagePath(transform, properties)).toMatch(/^\/_astro\/physician_ana_lopez_1a2b3c_[A-Za-z0-9]+\.webp$/);
  });

  it('gives another name to another width, and the same name to the same transform', () => {
    expect(staticImagePath({ ...transform, width: 192 }, properties)).not.toBe(staticImagePath(transform, properties));
    expect(staticImagePath({ ...transform }, properties)).toBe(staticImagePath(transform, properties));
  });
});
