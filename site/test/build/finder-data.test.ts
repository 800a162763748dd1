/**
 * The doctor finder's data files in the build: one finder index, one cards file and one ZIP code table under
 * /_astro/, named by a hash of their content (so they are served immutable), holding only what
 * the finder needs, and matching the pages that point at them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byTag, findAll, textOf } from '../../../scripts/rebuild/html';
import { cacheControlFor, IMMUTABLE } from '../../../scripts/rebuild/http-headers';
import { parseFinderCards } from '../../src/lib/finder/card-data';
import { DIRECTORY_PAGE_SIZE, directoryPagePath } from '../../src/lib/finder/directory';
import { parseFinderIndex, type FinderIndexFile } from '../../src/lib/finder/finder-index';
import { parseZipTable } from '../../src/lib/finder/zip';
import { cmsContent, loadPage, outDir } from './site';

function dataFile(route: string, attribute: string): { url: string; body: string } {
  const element = findAll(loadPage(route).document, (candidate) => candidate.attrs[attribute] !== undefined)[0];
  const url = element?.attrs[attribute];
  if (!url) throw new Error(`${route} has no element with ${attribute}`);
  const file = path.join(outDir(), url);
  expect(existsSync(file), `${url} (from ${route}) is in the build`).toBe(true);
  return { url, body: readFileSync(file, 'utf8') };
}

const sha256 = (body: string) => createHash('sha256').update(body).digest('hex');

describe('finder index', () => {
  it('sits under /_astro/ with a name made from its content, so it is served immutable', () => {
    const { url, body } = dataFile('/doctors/', 'data-index-url');
    const match = /^\/_astro\/finder-index\.([0-9a-f]{12})\.json$/.exec(url);
    expect(match, url).not.toBeNull();
    expect(sha256(body).startsWith(match![1]!)).toBe(true);
    expect(cacheControlFor(url)).toBe(IMMUTABLE);
  });

  it('holds every published physician, in the order of the directory\'s cards (/doctors/, /doctors/page/N/), with only the finder\'s fields', () => {
    const { body } = dataFile('/doctors/', 'data-index-url');
    const file = JSON.parse(body) as FinderIndexFile;
    const data = parseFinderIndex(file);
    expect(Object.keys(file).sort()).toEqual(['languages', 'locations', 'physicians', 'specialties', 'subtypes', 'version']);
    const pageCount = Math.ceil(cmsContent().physician.length / DIRECTORY_PAGE_SIZE);
    const cards = Array.from({ length: pageCount }, (_, at) =>
      byTag(loadPage(directoryPagePath(at + 1)).document, 'li').filter((item) => item.parent && 'data-directory-list' in item.parent.attrs),
    ).flat();
    expect(cards).toHaveLength(cmsContent().physician.length);
    expect(data.doctors).toHaveLength(cards.length);
    data.doctors.forEach((doctor, at) => expect(textOf(cards[at]!)).toContain(doctor.fullName));
    // Names for the search, and numbers: no slugs, NPIs, photos or biographies of physicians.
    for (const physician of cmsContent().physician) {
      expect(body).not.toContain(physician.npi);
      expect(body).not.toContain(`"${physician.slug}"`);
    }
    for (const physician of cmsContent().physician) {
      const doctor = data.doctors.find((candidate) => candidate.fullName === physician.fullName)!;
      expect(doctor.locations.map((location) => data.locations[location]!.slug).sort()).toEqual(
        physician.locations.map((location: { slug: string }) => location.slug).sort(),
      );
    }
  });
});

describe('finder cards file', () => {
  it('sits under /_astro/ with a name made from its content', () => {
    const { url, body } = dataFile('/doctors/', 'data-cards-url');
    const match = /^\/_astro\/finder-cards\.([0-9a-f]{12})\.json$/.exec(url);
    expect(match, url).not.toBeNull();
    expect(sha256(body).startsWith(match![1]!)).toBe(true);
    expect(cacheControlFor(url)).toBe(IMMUTABLE);
  });

  it('has each doctor\'s card values in the index\'s order, photos as optimized files of the build, and nothing private', () => {
    const data = parseFinderIndex(JSON.parse(dataFile('/doctors/', 'data-index-url').body));
    const { body } = dataFile('/doctors/', 'data-cards-url');
    const cards = parseFinderCards(JSON.parse(body), { doctors: data.doctors.length, specialties: data.specialties.length });
    data.doctors.forEach((doctor, at) => {
      const physician = cmsContent().physician.find((entry) => entry.fullName === doctor.fullName)!;
      const card = cards.doctors[at]!;
      expect(card.slug).toBe(physician.slug);
      expect(card.title).toBe(physician.title);
      expect(card.credentials).toBe(physician.credentials.trim());
      expect(card.photo === null, `${physician.slug} has a photo`).toBe(!physician.photo);
      for (const url of card.photo ? [card.photo[0], ...card.photo[4].flatMap((srcset) => srcset.split(', ').map((entry) => entry.split(' ')[0]!))] : []) {
        expect(existsSync(path.join(outDir(), url)), `${url} is in the build`).toBe(true);
      }
    });
    // Photos stored once each.
    const photos = new Set(cmsContent().physician.filter((entry) => entry.photo).map((entry) => entry.photo.url));
    expect((JSON.parse(body) as { photos: unknown[] }).photos).toHaveLength(photos.size);
    for (const physician of cmsContent().physician) {
      expect(body).not.toContain(physician.npi);
      if (physician.email) expect(body).not.toContain(physician.email);
    }
  });
});

describe('ZIP code table', () => {
  it('is one hashed file under /_astro/, shared by /doctors/ and /locations/', () => {
    const doctors = dataFile('/doctors/', 'data-zip-url');
    const locations = dataFile('/locations/', 'data-zip-url');
    expect(locations.url).toBe(doctors.url);
    const match = /^\/_astro\/zip-codes\.([0-9a-f]{12})\.json$/.exec(doctors.url);
    expect(match, doctors.url).not.toBeNull();
    expect(sha256(doctors.body).startsWith(match![1]!)).toBe(true);
    expect(cacheControlFor(doctors.url)).toBe(IMMUTABLE);
  });

  it('knows the ZIP code of every location, and is trimmed to the area around them', () => {
    const table = parseZipTable(JSON.parse(dataFile('/doctors/', 'data-zip-url').body));
    for (const location of cmsContent().location) {
      expect(table.zips[location.address.postalCode], `${location.name}'s ZIP code ${location.address.postalCode}`).toBeDefined();
    }
    expect(Object.keys(table.zips).length).toBeLessThan(5000);
    expect(table.zips['10001'], 'New York City is far from the demo clinics').toBeUndefined();
  });
});
