import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LocaleCode, Physician } from '@mbc/shared';
import * as pagefind from 'pagefind';
import { listFiles } from '../../../../scripts/rebuild/site-files';
import { listPages } from '../../../../scripts/rebuild/site-pages';
import { linkOrCopy } from '../incremental/build-record';
import type { SearchIndexSummary } from './build-log';
import { physicianSearchRecord } from './physician-record';

/**
 * The site search's index (Pagefind, through its Node API), built alongside the Astro build
 * rather than after it:
 * - the physicians go in as records built from their data (physician-record.ts) as soon as the
 *   build starts, while Astro bundles and renders: Pagefind's service is a process of its own,
 *   so it works on the other core;
 * - every other page goes in from its HTML once the pages are written (the profiles are not read
 *   again: their records are already in);
 * - the bundle is then written to <outDir>/pagefind/, where the search page loads it from, while
 *   the build's last steps (the sitemap, the content report) run.
 * A failure anywhere is a SearchIndexError, which fails the build.
 *
 * In an incremental build, the bundle is the live release's when what goes into it is: the
 * physicians' records and the searchable pages' HTML, summed up as one digest kept in each
 * release's build record (src/lib/incremental/). Pagefind's bundle is a function of those inputs
 * (and of its version and options, which the build hash covers: a change to either makes the build
 * full), so the live release's files are hard-linked instead of written again; an edit to a bio,
 * which no search record holds, changes neither.
 */

/** Where the search page (SiteSearch.astro) loads the bundle from, inside the output folder. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Pages read and handed to Pagefind at a time. */
const PAGES_PER_BATCH = 32;

export class SearchIndexError extends Error {
  constructor(reason: string) {
    super(`The site search's index could not be built, so the site was not built: ${reason}`);
    this.name = 'SearchIndexError';
  }
}

/** The live release's search inputs, when this build is incremental and the live release recorded them. */
export interface LiveSearchIndex {
  liveDir: string;
  /** The digest of the inputs the live release's bundle was written from. */
  inputs: string;
}

export interface SearchIndexReuse {
  /** Called once the pages are written (astro:build:generated, after the incremental merge). */
  live: () => LiveSearchIndex | null;
  /** This build's inputs digest, for its build record. */
  recordInputs: (digest: string) => void;
}

/** The parts of the step a build calls, in this order. */
export interface SearchIndexBuild {
  /**
   * Once the pages are written: indexes their HTML, and resolves when it is in (never rejects:
   * finished() reports failures). Writing the bundle starts then and goes on after, so it runs
   * while the build finishes. Waiting for the HTML is faster than not: reading the pages here
   * while the sitemap and the content report read them too made all three slower on two cores.
   */
  addPages(outDir: string): Promise<void>;
  /** Waits for the bundle. Rejects with a SearchIndexError if any part failed. */
  finished(): Promise<SearchIndexSummary>;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Pagefind reports most problems as a list of errors rather than by rejecting. */
function failOn(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed while ${doing}: ${errors.join('; ')}`);
}

async function openIndex(): Promise<pagefind.PagefindIndex> {
  let created;
  try {
    created = await pagefind.createIndex({});
  } catch (error) {
    throw new SearchIndexError(
      `Pagefind did not start (${reasonOf(error)}). It runs the program of the @pagefind/${process.platform}-${process.arch} package, which npm installs with the site's dependencies: run npm ci.`,
    );
  }
  failOn(created.errors, 'starting');
  return created.index!;
}

/** The physicians in each locale (their profiles in it, shown in its words: localized-content.ts). */
export type PhysiciansInLocales = readonly { locale: LocaleCode; physicians: readonly Physician[] }[];

async function readPhysicians(physicians: Promise<PhysiciansInLocales>): Promise<PhysiciansInLocales> {
  try {
    return await physicians;
  } catch (error) {
    throw new SearchIndexError(`the physicians could not be read (${reasonOf(error)}).`);
  }
}

/**
 * Starts the index with the physicians' records, in every locale. `physicians` is the build's
 * content, read once for the sitemap, the content report and the search alike (astro.config.mjs).
 */
export function startSearchIndex(physicians: Promise<PhysiciansInLocales>, reuse?: SearchIndexReuse): SearchIndexBuild {
  const started = performance.now();

  const withPhysicians = (async () => {
    // Side by side, so that whichever fails first is the error, and neither goes unhandled.
    const [index, entries] = await Promise.all([openIndex(), readPhysicians(physicians)]);
    // In the order of their addresses, not the content's: Pagefind's bundle depends on the order
    // records go in, and the CMS lists an entry later once it is published again (a new row), so
    // the same records in the content's order would make another bundle after any edit.
    const records = entries
      .flatMap(({ locale, physicians: inLocale }) => inLocale.map((entry) => physicianSearchRecord(entry, locale)))
      .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    added.forEach((response, position) => failOn(response.errors, `adding the physician ${records[position]!.url}`));
    const recordLines = records.map((record) => `record ${JSON.stringify(record)}\n`);
    return { index, recordLines, profileUrls: new Set(records.map((record) => record.url)) };
  })();

  let written: Promise<SearchIndexSummary> | undefined;
  const addPages = async (outDir: string) => {
    const pagesWritten = performance.now();
    const withPages = (async () => {
      const { index, recordLines, profileUrls } = await withPhysicians;
      const pages = listPages(outDir).filter((page) => !profileUrls.has(page.route));
      /** The pages that ask to be searched (BaseLayout's data-pagefind-body), read a batch at a time, with their HTML. */
      const eachSearchable = async (use: (files: { url: string; content: string }[]) => Promise<void>) => {
        // A batch at a time: holding every page's HTML at once, in this process and in Pagefind's
        // queue, was the build's peak memory at 10,000 physicians in two languages.
        for (let start = 0; start < pages.length; start += PAGES_PER_BATCH) {
          const batch = pages.slice(start, start + PAGES_PER_BATCH);
          const contents = await Promise.all(batch.map((page) => readFile(page.file, 'utf8')));
          // Pagefind would skip the others anyway once any page has it, but not before they crossed to its process.
          await use(batch.flatMap((page, at) => (contents[at]!.includes('data-pagefind-body') ? [{ url: page.route, content: contents[at]! }] : [])));
        }
      };
      const pageLines: string[] = [];
      const digestPages = (files: { url: string; content: string }[]) => {
        for (const file of files) pageLines.push(`page ${file.url} ${createHash('sha256').update(file.content).digest('hex')}\n`);
      };
      const addToIndex = async (files: { url: string; content: string }[]) => {
        const added = await Promise.all(files.map((file) => index.addHTMLFile(file)));
        added.forEach((response, position) => failOn(response.errors, `reading the page ${files[position]!.url}`));
      };
      // With no live bundle to compare with (a full build), the pages are read once, digested and
      // added; with one, they are digested first, and read again only if the bundle must be written.
      const live = reuse?.live() ?? null;
      await eachSearchable(async (files) => {
        digestPages(files);
        if (!live) await addToIndex(files);
      });
      const searched = pageLines.length;
      const inputs = createHash('sha256');
      // The pages come sorted by file (listPages), the order they go to Pagefind in.
      for (const line of [...recordLines, ...pageLines]) inputs.update(line);
      const digest = inputs.digest('hex');
      reuse?.recordInputs(digest);
      const liveBundle = live ? path.join(live.liveDir, SEARCH_BUNDLE_DIR) : '';
      if (live && live.inputs === digest && existsSync(liveBundle)) {
        linkTree(liveBundle, path.join(outDir, SEARCH_BUNDLE_DIR));
        return { index, physicians: profileUrls.size, pages: searched, keptFrom: live.liveDir };
      }
      if (live) await eachSearchable(addToIndex);
      return { index, physicians: profileUrls.size, pages: searched, keptFrom: undefined };
    })();
    written = (async () => {
      const { index, physicians, pages, keptFrom } = await withPages;
      if (!keptFrom) {
        const { errors } = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_BUNDLE_DIR) });
        failOn(errors, `writing ${path.join(outDir, SEARCH_BUNDLE_DIR)}`);
      }
      const done = performance.now();
      return { physicians, pages, totalMs: done - started, afterPagesMs: done - pagesWritten, ...(keptFrom ? { keptFrom: path.basename(keptFrom) } : {}) };
    })();
    // Reported by finished(); until then a failure must not count as an unhandled rejection.
    written.catch(() => {});
    await withPages.catch(() => {});
  };
  withPhysicians.catch(() => {});

  return {
    addPages,
    async finished() {
      try {
        if (!written) throw new SearchIndexError('the build finished without reporting its pages written (astro:build:generated did not run).');
        return await written;
      } catch (error) {
        throw error instanceof SearchIndexError ? error : new SearchIndexError(reasonOf(error));
      } finally {
        // Pagefind's service holds the index in memory until it stops.
        await pagefind.close();
      }
    },
  };
}

/** Hard-links every file under `from` into `to` (a kept search bundle: the live release's files are never written in place). */
function linkTree(from: string, to: string): void {
  for (const file of listFiles(from)) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    linkOrCopy(path.join(from, file), path.join(to, file));
  }
}
