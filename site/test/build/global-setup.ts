/**
 * Global setup of the build tests: starts a seeded throwaway CMS, runs the real site build against
 * it (astro build, search index included) into a temporary folder, exports the CMS's published content next
 * to it, and stops the CMS. The tests read only the built files and that export.
 *
 * For quicker iterations on the tests themselves:
 *   KEEP_SITE_BUILD=1 npx vitest run test/build     keeps the build and prints its folder
 *   SITE_BUILD_DIR=<that folder> npx vitest run ...   reuses it (no CMS, no build)
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { TestProject } from 'vitest/node';
import { CONTENT_TYPES, DEFAULT_LOCALE, LOCALE_CODES, type ContentTypeName } from '@mbc/shared';
import { startTestCms } from '../../../scripts/test/support/test-cms';
import { buildSite, makeScratchBuildDir } from '../../../scripts/test/support/site-build';
import { fetchAllEntries, fetchTranslations } from '../../src/lib/cms/strapi-client';
import { CONTENT_FILE, DIST_FOLDER } from './build-dir';
import { LOCATION_WITHOUT_ALT, OVERDUE_HARD_TRIAL, REPORT_DATE } from './report-fixture';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding dist/ (the built site) and cms-content.json (the CMS's published content). */
    siteBuildDir: string;
  }
}

/** Canonical URLs, Open Graph and the sitemap use this origin in the tested build. */
const SITE_URL = 'https://cancer-center.example';

export default async function setup(project: TestProject) {
  const reuse = process.env.SITE_BUILD_DIR;
  if (reuse) {
    for (const needed of [DIST_FOLDER, CONTENT_FILE]) {
      if (!existsSync(path.join(reuse, needed))) throw new Error(`SITE_BUILD_DIR=${reuse} has no ${needed}: run once with KEEP_SITE_BUILD=1.`);
    }
    console.log(`Build tests on the existing build in ${reuse}`);
    project.provide('siteBuildDir', reuse);
    return;
  }

  const buildDir = makeScratchBuildDir('build-test-');
  const outDir = path.join(buildDir, DIST_FOLDER);
  // The demo content, plus what the content report must find (report-fixture.ts).
  const cms = await startTestCms({ directory: { clinicalTrials: [OVERDUE_HARD_TRIAL] } });
  try {
    removeAltText(cms.databaseFile, LOCATION_WITHOUT_ALT);
    const started = performance.now();
    const log: string[] = [];
    try {
      await buildSite({
        strapiUrl: cms.url,
        token: cms.token,
        outDir,
        // A public origin, as in production, so a URL left pointing at the (local) CMS stands out.
        // CMS_PUBLIC_URL stays unset: the appointment form then posts to this CMS's port, where
        // appointment-form.test.ts starts a CMS again to receive it.
        env: { SITE_URL, REPORT_DATE },
        onLog: (line) => log.push(line),
      });
    } catch (error) {
      throw new Error(`The site build against the test CMS failed.\n${(error as Error).message}`);
    }
    if (!existsSync(path.join(outDir, 'index.html'))) {
      throw new Error(`The site build wrote no ${outDir}/index.html: does astro.config.mjs take its outDir from SITE_OUT_DIR?\n${log.slice(-30).join('\n')}`);
    }
    console.log(`Built the site from the test CMS in ${((performance.now() - started) / 1000).toFixed(1)} s → ${outDir}`);

    // Each entry as the REST API gives it, with its versions in the other locales as the site's loader keeps them (`localizations`).
    const content: Record<string, unknown[]> = {};
    const options = { baseUrl: cms.url, token: cms.token };
    for (const name of Object.keys(CONTENT_TYPES) as ContentTypeName[]) {
      const entries = (await fetchAllEntries(name, options)) as { documentId: string; localizations?: Record<string, unknown> }[];
      for (const locale of LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)) {
        const versions = new Map(((await fetchTranslations(name, locale, options)) as { documentId: string }[]).map((version) => [version.documentId, version]));
        for (const entry of entries) {
          const version = versions.get(entry.documentId);
          if (version) entry.localizations = { ...entry.localizations, [locale]: version };
        }
      }
      content[name] = entries;
    }
    writeFileSync(path.join(buildDir, CONTENT_FILE), JSON.stringify(content, null, 2));
  } catch (error) {
    rmSync(buildDir, { recursive: true, force: true });
    throw error;
  } finally {
    await cms.stop();
  }

  project.provide('siteBuildDir', buildDir);
  return () => {
    if (process.env.KEEP_SITE_BUILD) console.log(`Kept the build: SITE_BUILD_DIR=${buildDir}`);
    else rmSync(buildDir, { recursive: true, force: true });
  };
}

/**
 * A location photo without alt text, as an editor can leave it (photoAlt is optional, and so is
 * the upload's alternativeText): written straight into the database, which the CMS reads per request.
 */
function removeAltText(databaseFile: string, locationSlug: string): void {
  const database = new Database(databaseFile);
  try {
    const locations = database.prepare('UPDATE locations SET photo_alt = NULL WHERE slug = ?').run(locationSlug);
    const files = database
      .prepare(
        "UPDATE files SET alternative_text = NULL WHERE id IN (SELECT file_id FROM files_related_mph WHERE related_type = 'api::location.location' AND related_id IN (SELECT id FROM locations WHERE slug = ?))",
      )
      .run(locationSlug);
    if (locations.changes === 0 || files.changes === 0) throw new Error(`The demo has no location '${locationSlug}' with a photo to take the alt text from.`);
  } finally {
    database.close();
  }
}
