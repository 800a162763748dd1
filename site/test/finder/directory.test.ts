import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import {
  alphabetJump,
  anchorsOnPage,
  DIRECTORY_PAGE_SIZE,
  directoryPage,
  directoryPageCount,
  directoryPageOf,
  directoryPagePath,
  familyInitial,
  laterDirectoryPages,
  letterAnchor,
} from '../../src/lib/finder/directory';
import { PAGE_SIZE } from '../../src/lib/finder/state';

/** 10,000 doctors need 417 pages of 24; the finder's "Load more" adds pages of 12, two to a directory page. */
describe('directory pages', () => {
  it('are pages of 24, two of the finder\'s pages, page 1 at /doctors/ and N at /doctors/page/N/', () => {
    expect(DIRECTORY_PAGE_SIZE).toBe(24);
    expect(DIRECTORY_PAGE_SIZE % PAGE_SIZE).toBe(0);
    expect(directoryPageCount(0)).toBe(1);
    expect(directoryPageCount(24)).toBe(1);
    expect(directoryPageCount(25)).toBe(2);
    expect(directoryPageCount(10_000)).toBe(417);
    expect(directoryPagePath(1)).toBe('/doctors/');
    expect(directoryPagePath(2)).toBe('/doctors/page/2/');
    expect(laterDirectoryPages(24)).toEqual([]);
    expect(laterDirectoryPages(49)).toEqual([2, 3]);
  });

  it('put each doctor on exactly one page, in order', () => {
    const doctors = Array.from({ length: 1001 }, (_, at) => at);
    const pages = [1, ...laterDirectoryPages(doctors.length)].map((page) => directoryPage(doctors, page));
    expect(pages.flatMap((page) => page.entries)).toEqual(doctors);
    expect(pages.every((page, at) => page.entries.every((doctor) => directoryPageOf(doctor) === at + 1))).toBe(true);
    const last = pages[pages.length - 1]!;
    expect(last).toMatchObject({ page: 42, pageCount: 42, first: 985, last: 1001, total: 1001, previous: '/doctors/page/41/', next: null });
    expect(pages[0]).toMatchObject({ first: 1, last: 24, path: '/doctors/', previous: null, next: '/doctors/page/2/' });
    expect(pages[1]).toMatchObject({ previous: '/doctors/', next: '/doctors/page/3/' });
  });

  it('refuse a page that does not exist', () => {
    expect(() => directoryPage([1, 2, 3], 2)).toThrow(/pages 1 to 1; there is no page 2/);
    expect(() => directoryPage([1, 2, 3], 0)).toThrow(RangeError);
    expect(directoryPage([], 1)).toMatchObject({ first: 0, last: 0, entries: [], pageCount: 1 });
  });

  it('are titled and described for people and search engines', () => {
    expect(dictionary('en').directory.title(1, 209)).toBe('Find a doctor');
    expect(dictionary('en').directory.title(2, 209)).toBe('Find a doctor, page 2 of 209');
    expect(dictionary('en').directory.range(25, 48, 10_000, 'Baker', 'Brown')).toBe('Doctors 25 to 48 of 10,000, by family name: Baker to Brown.');
    expect(dictionary('en').directory.range(49, 49, 49, 'Zhou', 'Zhou')).toBe('Doctor 49 of 49, by family name: Zhou.');
    expect(dictionary('en').directory.range(0, 0, 0, '', '')).toBe('No doctors are listed.');
  });
});

describe('the A–Z jump list', () => {
  it('files a family name under its first letter, accents and punctuation aside', () => {
    expect(familyInitial('Ábrego')).toBe('A');
    expect(familyInitial("O'Neil")).toBe('O');
    expect(familyInitial('Østergaard')).toBe(null);
    expect(familyInitial('çelik')).toBe('C');
    expect(familyInitial('')).toBe(null);
    expect(letterAnchor('B')).toBe('family-names-b');
  });

  it('links each letter to the page and card where its family names start, and no letter without them', () => {
    // 30 family names: A × 23, B × 3 (the first on page 1, at position 23), D × 4 (page 2).
    const names = [...Array.from({ length: 23 }, () => 'Adams'), 'Baker', 'Bell', 'Brown', 'Diaz', 'Dunn', 'Dunn', 'Dyer'];
    const letters = alphabetJump(names);
    expect(letters).toHaveLength(26);
    expect(letters.map((entry) => entry.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(letters[0]).toEqual({ letter: 'A', href: '/doctors/#family-names-a', page: 1 });
    expect(letters[1]).toEqual({ letter: 'B', href: '/doctors/#family-names-b', page: 1 });
    expect(letters[2]).toEqual({ letter: 'C', href: null, page: null });
    expect(letters[3]).toEqual({ letter: 'D', href: '/doctors/page/2/#family-names-d', page: 2 });
    expect(letters.filter((entry) => entry.href).map((entry) => entry.letter)).toEqual(['A', 'B', 'D']);
    expect([...anchorsOnPage(names, 1)]).toEqual([
      [0, 'family-names-a'],
      [23, 'family-names-b'],
    ]);
    expect([...anchorsOnPage(names, 2)]).toEqual([[2, 'family-names-d']]);
  });
});
