/**
 * The built site's search index (src/lib/search/), searched from Node with the bundle's own
 * pagefind.js: physicians are found from their data under their profile's address and title,
 * every other page from its HTML. (site-search.test.ts drives the same search in Chromium.)
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { first, textOf } from '../../../scripts/rebuild/html';
import { openSearchBundle, type SearchResult } from '../search/search-bundle';
import { cmsContent, loadPage, outDir } from './site';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Entry = any;

let search: (term: string) => Promise<SearchResult[]>;
beforeAll(async () => {
  search = await openSearchBundle(path.join(outDir(), 'pagefind'));
});

/** The page's h1, as a visitor reads it: what its search result must be titled. */
function headingOf(route: string): string {
  const h1 = first(loadPage(route).document, (element) => element.tag === 'h1');
  if (!h1) throw new Error(`${route} has no h1`);
  return textOf(h1).replace(/\s+/g, ' ').trim();
}

const linksOf = (results: SearchResult[]) => results.map(({ url, title }) => ({ url, title }));

/** A physician who speaks a language besides English, so the language search means something. */
function multilingualPhysician(): Entry {
  const physician = cmsContent().physician.find((entry: Entry) => entry.languages.some(({ language }: Entry) => language !== 'English') && entry.specialty);
  if (!physician) throw new Error('The test content has no physician who speaks a language besides English.');
  return physician;
}

describe('the search index of the build', () => {
  it('finds a physician by name, by specialty and by language: their profile, titled as its h1', async () => {
    const physician = multilingualPhysician();
    const route = `/doctors/${physician.slug}/`;
    const profile = { url: route, title: headingOf(route) };
    const language = physician.languages.find(({ language }: Entry) => language !== 'English').language;
    expect(linksOf(await search(physician.fullName))).toContainEqual(profile);
    expect(linksOf(await search(physician.specialty.name))).toContainEqual(profile);
    expect(linksOf(await search(language))).toContainEqual(profile);
  });

  it("indexes a physician's data, not their profile's HTML: the bio is not searched", async () => {
    const physician = multilingualPhysician();
    const bioStart: string = physician.bio[0].children[0].text;
    const result = (await search(physician.fullName)).find(({ url }) => url === `/doctors/${physician.slug}/`)!;
    expect(result.content).toContain(physician.specialty.name);
    expect(result.content).not.toContain(bioStart.slice(0, 40));
    expect(linksOf(await search(bioStart.split(/\s+/).slice(0, 8).join(' ')))).not.toContainEqual(expect.objectContaining({ url: `/doctors/${physician.slug}/` }));
  });

  it('finds the other pages from their HTML, titled as their h1: a treatment, a location, a trial', async () => {
    const { treatment: treatments, location: locations, clinicalTrial: trials } = cmsContent();
    for (const [route, words] of [
      [`/treatments/${treatments[0].slug}/`, treatments[0].name],
      [`/locations/${locations[0].slug}/`, locations[0].name],
      [`/clinical-trials/${trials[0].slug}/`, trials[0].title],
    ] as const) {
      expect(linksOf(await search(words)), words).toContainEqual({ url: route, title: headingOf(route) });
    }
  });

  it("finds a doctor at their profile, and never on the directory's later pages that list them", async () => {
    // The directory lists doctors by family name, 24 a page: the first page is /doctors/ (the finder), the others are not searched.
    for (const physician of cmsContent().physician) {
      const urls = (await search(physician.fullName)).map(({ url }) => url);
      expect(urls, physician.fullName).toContain(`/doctors/${physician.slug}/`);
      expect(urls.filter((url) => url.startsWith('/doctors/page/')), physician.fullName).toEqual([]);
    }
  });

  it('leaves out the pages that are not searchable: the search page and the 404 page', async () => {
    const urls = (await search('search')).map(({ url }) => url);
    expect(urls).not.toContain('/search/');
    expect(urls).not.toContain('/404.html');
  });
});
