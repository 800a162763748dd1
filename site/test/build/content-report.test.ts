/**
 * The content report of the tested build (README, "The content report"): written beside the
 * output folder, never served, listing what report-fixture.ts added to the demo content.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { serveSite, type ServedSite } from '../../../scripts/rebuild/static-server';
import { silentLogger } from '../../../scripts/rebuild/log';
import type { ContentReport } from '../../src/lib/report/content-report';
import { CONTENT_REPORT_FILE } from '@mbc/shared/content-report-file';
import { LOCATION_WITHOUT_ALT, OVERDUE_HARD_TRIAL, REPORT_DATE } from './report-fixture';
import { outDir, pagesOf } from './site';

const reportFile = () => path.join(inject('siteBuildDir'), CONTENT_REPORT_FILE);
const report = (): ContentReport => JSON.parse(readFileSync(reportFile(), 'utf8')) as ContentReport;
const trialPage = `/clinical-trials/${OVERDUE_HARD_TRIAL.slug}/`;

describe('the content report', () => {
  it('is written beside the output folder, not inside it', () => {
    expect(existsSync(reportFile())).toBe(true);
    expect(path.dirname(reportFile())).toBe(path.dirname(outDir()));
    expect(existsSync(path.join(outDir(), CONTENT_REPORT_FILE))).toBe(false);
  });

  it('lists the overdue review, with type, slug, title, reviewer and due date', () => {
    expect(report().settings.date).toBe(REPORT_DATE);
    expect(report().overdueReviews).toEqual([
      {
        type: 'clinicalTrial',
        slug: OVERDUE_HARD_TRIAL.slug,
        title: OVERDUE_HARD_TRIAL.title,
        path: trialPage,
        reviewer: expect.stringContaining('Amara Okafor'),
        nextReviewDue: OVERDUE_HARD_TRIAL.review.nextReviewDue,
      },
    ]);
    expect(report().summary.overdueReviews).toBe(1);
  });

  it('measures every page with prose and lists the pages above the reading grade target', () => {
    const { readability, summary } = report();
    expect(readability.target).toBe(8);
    const trial = readability.pages.find((page) => page.path === trialPage);
    expect(trial?.grade).toBeGreaterThan(8);
    expect(readability.aboveTarget).toContainEqual(trial);
    expect(readability.aboveTarget.every((page) => page.grade! > 8)).toBe(true);
    expect(summary.pagesAboveTarget).toBe(readability.aboveTarget.length);
    // Every medical detail page has prose to measure.
    for (const page of [...pagesOf('treatment'), ...pagesOf('subtype'), ...pagesOf('trial')]) {
      expect(readability.pages.map((measured) => measured.path)).toContain(page.route);
    }
  });

  it('lists sentences over 25 words with their page, and leaves the review line out of the prose', () => {
    const long = report().longSentences.filter((sentence) => sentence.page === trialPage);
    expect(long).toEqual([expect.objectContaining({ sentence: expect.stringMatching(/^This investigational randomized/) })]);
    expect(long[0]!.words).toBeGreaterThan(25);
    expect(report().longSentences.some((sentence) => sentence.sentence.includes('Medically reviewed on'))).toBe(false);
  });

  it('lists the image without alt text, and not the decorative portraits of doctor cards', () => {
    const missing = report().missingAltText;
    expect(missing).toContainEqual({ page: `/locations/${LOCATION_WITHOUT_ALT}/`, src: expect.any(String), problem: 'empty alt text' });
    expect(missing.map((image) => image.page)).not.toContain('/doctors/');
  });

  it('finds no broken internal links in a build the release check lets through', () => {
    expect(report().brokenLinks).toEqual([]);
  });
});

describe('the content report is not served', () => {
  let site: ServedSite;
  beforeAll(async () => {
    site = await serveSite({ liveDir: outDir(), logger: silentLogger });
  });
  afterAll(() => site.close());

  it('answers 404 for it, and refuses to climb out of the site to it', async () => {
    expect((await fetch(`${site.origin}/${CONTENT_REPORT_FILE}`)).status).toBe(404);
    expect((await fetch(`${site.origin}/%2e%2e/${CONTENT_REPORT_FILE}`)).status).not.toBe(200);
  });
});
