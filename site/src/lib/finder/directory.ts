import { paths } from '../routes';
import { PAGE_SIZE } from './state';

/**
 * The doctor directory without JavaScript: every doctor, by family name (the order getPhysicians()
 * returns), in pages of DIRECTORY_PAGE_SIZE. Page 1 is /doctors/ (the finder's page), page N is
 * /doctors/page/N/. The pages link to every page and carry an A–Z jump list: each letter links to
 * the page and card where family names with that letter start. Pure functions, tested without
 * Astro (test/finder/directory.test.ts).
 */

/**
 * Doctors per directory page: 10,000 doctors take 417 pages. A whole number of the finder's own
 * pages (PAGE_SIZE, 12: each filter change lays out one page of cards, so the finder keeps its
 * pages small), so the finder's "Load more" ends where a directory page ends.
 */
export const DIRECTORY_PAGE_SIZE = 2 * PAGE_SIZE;

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;

/** How many pages `total` doctors take (at least one: an empty directory still has /doctors/). */
export function directoryPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
}

/** '/doctors/' for page 1 (there is no /doctors/page/1/), '/doctors/page/N/' after it. */
export function directoryPagePath(page: number): string {
  return page <= 1 ? paths.doctors : `${paths.doctors}page/${page}/`;
}

/** The page (1-based) that lists the doctor at this position of the directory (0-based). */
export function directoryPageOf(position: number): number {
  return Math.floor(position / DIRECTORY_PAGE_SIZE) + 1;
}

export interface DirectoryPage<Entry> {
  page: number;
  pageCount: number;
  /** Positions in the whole directory, 1-based, of the first and last doctor on this page (0 and 0 when empty). */
  first: number;
  last: number;
  total: number;
  entries: Entry[];
  path: string;
  previous: string | null;
  next: string | null;
}

/** One page of the directory; throws for a page that does not exist. */
export function directoryPage<Entry>(entries: readonly Entry[], page: number): DirectoryPage<Entry> {
  const pageCount = directoryPageCount(entries.length);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) {
    throw new RangeError(`The doctor directory has pages 1 to ${pageCount}; there is no page ${page}.`);
  }
  const start = (page - 1) * DIRECTORY_PAGE_SIZE;
  const onPage = entries.slice(start, start + DIRECTORY_PAGE_SIZE);
  return {
    page,
    pageCount,
    first: onPage.length > 0 ? start + 1 : 0,
    last: start + onPage.length,
    total: entries.length,
    entries: onPage,
    path: directoryPagePath(page),
    previous: page > 1 ? directoryPagePath(page - 1) : null,
    next: page < pageCount ? directoryPagePath(page + 1) : null,
  };
}

/** The pages after the first, for getStaticPaths: [2, 3, …, pageCount]. */
export function laterDirectoryPages(total: number): number[] {
  return Array.from({ length: directoryPageCount(total) - 1 }, (_, at) => at + 2);
}

/** The letter a family name is listed under: 'Ábrego' → 'A', "O'Neil" → 'O'; null when it starts with no letter A–Z. */
export function familyInitial(familyName: string): string | null {
  const initial = familyName
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .charAt(0)
    .toUpperCase();
  return (ALPHABET as readonly string[]).includes(initial) ? initial : null;
}

/** The id of the card where a letter starts: 'family-names-b'. */
export function letterAnchor(letter: string): string {
  return `family-names-${letter.toLowerCase()}`;
}

export interface LetterJump {
  letter: string;
  /** Where family names with this letter start ('/doctors/page/3/#family-names-c'); null when none do. */
  href: string | null;
  page: number | null;
}

/**
 * The A–Z jump list for the directory, from each doctor's family name in directory order. A letter
 * links to the first doctor listed under it.
 */
export function alphabetJump(familyNames: readonly string[]): LetterJump[] {
  const firstAt = letterStarts(familyNames);
  return ALPHABET.map((letter) => {
    const position = firstAt.get(letter);
    if (position === undefined) return { letter, href: null, page: null };
    const page = directoryPageOf(position);
    return { letter, href: `${directoryPagePath(page)}#${letterAnchor(letter)}`, page };
  });
}

/** Position in the directory (0-based) → the letter whose first doctor it is. The cards there carry letterAnchor(letter). */
export function letterStarts(familyNames: readonly string[]): Map<string, number> {
  const firstAt = new Map<string, number>();
  familyNames.forEach((name, position) => {
    const letter = familyInitial(name);
    if (letter && !firstAt.has(letter)) firstAt.set(letter, position);
  });
  return firstAt;
}

/**
 * The anchors of one page: position in the page (0-based) → id, for the cards where a letter
 * starts. Takes the family names, or their letterStarts() when many pages are made from one list.
 */
export function anchorsOnPage(familyNames: readonly string[] | ReadonlyMap<string, number>, page: number): Map<number, string> {
  const start = (page - 1) * DIRECTORY_PAGE_SIZE;
  const anchors = new Map<number, string>();
  const starts = Array.isArray(familyNames) ? letterStarts(familyNames) : (familyNames as ReadonlyMap<string, number>);
  for (const [letter, position] of starts) {
    if (position >= start && position < start + DIRECTORY_PAGE_SIZE) anchors.set(position - start, letterAnchor(letter));
  }
  return anchors;
}

/** The pages the pagination links: every page, 1…pageCount, so any page is one step from any other. */
export function pageNumbers(pageCount: number): number[] {
  return Array.from({ length: pageCount }, (_, at) => at + 1);
}
