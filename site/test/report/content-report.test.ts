import { describe, expect, it } from 'vitest';
import { parseContentEntry } from '@mbc/shared';
import { sampleTreatment } from '../../../shared/test/fixtures/rest-entries';
import { parseHtml } from '../../../scripts/rebuild/html';
import { buildContentReport, reportedPage, reportFailure, reportSettingsFromEnv, reportSummary, type MedicalContent, type ReportSettings } from '../../src/lib/report/content-report';
import { imagesWithoutAlt, mainElementHtml, proseBlocks } from '../../src/lib/report/page-content';
import { measureReadability } from '../../src/lib/report/readability';

const pageHtml = (main: string) => `<!doctype html><html><body><header><p>Call us today.</p></header><main>${main}</main><footer><p>Footer text.</p></footer></body></html>`;
const page = (main: string) => parseHtml(pageHtml(main));

describe('what text counts as prose', () => {
  it('takes the paragraphs and list items of <main>, each a block, and nothing else', () => {
    const document = page(`
      <nav aria-label="Breadcrumb"><ol><li>Home</li></ol></nav>
      <h1>Endocrine therapy</h1>
      <p>Hormone therapy <a href="/x/">blocks</a> estrogen.</p>
      <p class="review-date" data-not-prose>Medically reviewed on June 1, 2026 by Dr. Lee</p>
      <ul><li>Pills<ul><li>Taken daily</li></ul></li><li><h3>Shots</h3><p>Given monthly.</p></li></ul>
      <dl><dt>Phone</dt><dd>919-555-0100</dd></dl>
      <table><tr><td><p>In a table.</p></td></tr></table>
      <form><p>Pick a time.</p></form>
      <figure><img src="/a.png" alt="A clinic"><figcaption>The clinic.</figcaption></figure>
      <address><p>1 Main St.</p></address>
      <p hidden>Hidden.</p>`);
    expect(proseBlocks(document)).toEqual(['Hormone therapy blocks estrogen.', 'Pills', 'Taken daily', 'Given monthly.']);
  });

  it('has no prose without <main>', () => {
    expect(proseBlocks(parseHtml('<p>Outside.</p>'))).toEqual([]);
  });

  it('is all inside <main>, so the report parses only that part of a page', () => {
    const html = pageHtml('<p>Hormone therapy blocks estrogen.</p><img src="/scan.png">');

    expect(mainElementHtml(html)).toBe('<main><p>Hormone therapy blocks estrogen.</p><img src="/scan.png"></main>');
    expect(mainElementHtml('<main class="page">x</main>')).toBe('<main class="page">x</main>');
    expect(mainElementHtml('<p>Outside.</p>')).toBe('');
    expect(reportedPage('/', html)).toEqual({ path: '/', readability: measureReadability(proseBlocks(parseHtml(html))), imagesWithoutAlt: imagesWithoutAlt(parseHtml(html)) });
  });
});

describe('images without alt text', () => {
  it('lists a missing alt, and an empty one unless the template marks the image decorative', () => {
    const document = page(`
      <img src="/none.png">
      <img src="/empty.png" alt=" ">
      <img src="/card.png" alt="" data-decorative>
      <img src="/ok.png" alt="The Durham clinic">`);
    expect(imagesWithoutAlt(document)).toEqual([
      { src: '/none.png', problem: 'no alt attribute' },
      { src: '/empty.png', problem: 'empty alt text' },
    ]);
    expect(imagesWithoutAlt(parseHtml('<header><img src="/logo.png"></header>'))).toEqual([]);
  });
});

describe('the report settings', () => {
  const today = new Date('2026-12-01T12:00:00Z');

  it('defaults to grade 8, no failing findings and today', () => {
    expect(reportSettingsFromEnv({}, today)).toEqual({ readingGradeTarget: 8, failOn: [], date: '2026-12-01' });
    expect(reportSettingsFromEnv({ READING_GRADE_TARGET: '6.5', REPORT_FAIL_ON: ' overdue, readability ,overdue', REPORT_DATE: '2027-01-31' }, today)).toEqual({
      readingGradeTarget: 6.5,
      failOn: ['overdue', 'readability'],
      date: '2027-01-31',
    });
  });

  it('refuses a value it does not know, naming the setting and what it takes', () => {
    expect(() => reportSettingsFromEnv({ REPORT_FAIL_ON: 'overdue,spelling' }, today)).toThrow(
      'REPORT_FAIL_ON names "spelling", which the content report does not know: use a comma list of overdue, readability',
    );
    expect(() => reportSettingsFromEnv({ READING_GRADE_TARGET: 'eight' }, today)).toThrow('READING_GRADE_TARGET must be a US school grade above 0, such as 8; got "eight".');
    expect(() => reportSettingsFromEnv({ REPORT_DATE: '01/12/2026' }, today)).toThrow('REPORT_DATE must be a date (YYYY-MM-DD)');
  });
});

describe('the report', () => {
  const treatment = (slug: string, nextReviewDue: string) =>
    parseContentEntry('treatment', { ...sampleTreatment(), documentId: `doc-${slug}`, slug, medicalReview: { id: 1, lastReviewed: '2025-01-05', nextReviewDue } });
  const content: MedicalContent = {
    subtype: [],
    treatment: [treatment('immunotherapy', '2026-11-30'), treatment('chemotherapy', '2026-12-31'), treatment('surgery', '2027-01-01')],
    diagnosticTest: [],
    clinicalTrial: [],
    supportService: [],
    conditionPage: [],
  };
  const settings = (failOn: ReportSettings['failOn'] = []): ReportSettings => ({ readingGradeTarget: 8, failOn, date: '2026-12-01' });
  const hard = 'Comprehensive individualized multidisciplinary evaluation characterizes heterogeneous metastatic presentations.';
  const report = (failOn: ReportSettings['failOn'] = []) =>
    buildContentReport({
      pages: [
        reportedPage('/treatments/immunotherapy/', pageHtml(`<p>${hard}</p><img src="/x.png" alt="">`)),
        reportedPage('/', pageHtml('<p>We treat cancer. We care for you.</p>')),
        reportedPage('/search/', pageHtml('<form><p>Search the site.</p></form>')),
      ],
      content,
      brokenLinks: [{ page: 'index.html', url: '/nowhere/' }],
      settings: settings(failOn),
      generatedAt: new Date('2026-12-01T10:00:00Z'),
    });

  it('lists reviews past due and due within 30 days, from the content', () => {
    const { overdueReviews, reviewsDueSoon } = report();
    expect(overdueReviews.map((review) => review.slug)).toEqual(['immunotherapy']);
    expect(overdueReviews[0]).toEqual({
      type: 'treatment',
      slug: 'immunotherapy',
      title: sampleTreatment().name,
      path: '/treatments/immunotherapy/',
      reviewer: 'Maya R. Okafor, MD, PhD',
      nextReviewDue: '2026-11-30',
    });
    expect(report().summary).toMatchObject({ overdueReviews: 1, reviewsDueSoon: 1 });
    expect(reviewsDueSoon.map((review) => review.slug)).toEqual(['chemotherapy']);
  });

  it('measures each page with prose, lists those above the target, long sentences, images and broken links', () => {
    const { readability, summary, missingAltText, brokenLinks } = report();
    expect(readability.pages.map((measured) => measured.path)).toEqual(['/', '/treatments/immunotherapy/']);
    expect(readability.aboveTarget.map((measured) => measured.path)).toEqual(['/treatments/immunotherapy/']);
    expect(missingAltText).toEqual([{ page: '/treatments/immunotherapy/', src: '/x.png', problem: 'empty alt text' }]);
    expect(brokenLinks).toEqual([{ page: 'index.html', url: '/nowhere/' }]);
    expect(summary).toMatchObject({ pages: 3, pagesAboveTarget: 1, missingAltText: 1, brokenLinks: 1, longSentences: 0 });
    expect(reportSummary(report(), '/srv/content-report.json')).toContain('1 of 2 pages above grade 8');
  });

  it('fails only on the findings REPORT_FAIL_ON names, worded like the loader\'s refusals', () => {
    expect(reportFailure(report())).toBeNull();
    const overdue = reportFailure(report(['overdue']))!;
    expect(overdue.split('\n')[0]).toMatch(/^content report: 1 medical page\(s\) are past their review date \(REPORT_FAIL_ON=overdue\), so the site was not built\.$/);
    expect(overdue).toContain(
      "treatment 'immunotherapy' (/treatments/immunotherapy/) was due for medical review on November 30, 2026 (reviewer Maya R. Okafor, MD, PhD): review it, then set the next review date in the CMS (field medicalReview.nextReviewDue) and publish it again.",
    );
    expect(overdue).not.toContain('grade');
    const readability = reportFailure(report(['readability']))!;
    expect(readability).toMatch(/^content report: 1 page\(s\) read above grade 8 \(REPORT_FAIL_ON=readability, READING_GRADE_TARGET=8\), so the site was not built\.\n1\. \/treatments\/immunotherapy\/ reads at grade/);
  });
});

describe('the report in every locale', () => {
  const spanishPage = (text: string) => reportedPage('/es/treatments/inmunoterapia/', pageHtml(`<p>${text}</p>`));

  it('measures a Spanish page by Fernández-Huerta, and leaves it out of the English grades', () => {
    const easy = spanishPage('La inmunoterapia ayuda a su cuerpo. Usted la recibe por la vena. Su equipo le explica cómo.');
    const hard = spanishPage('La caracterización inmunohistoquímica pormenorizada condiciona sustancialmente la administración terapéutica individualizada.');
    expect(easy.readability.grade).toBeNull();
    expect(easy.localeReadability).toMatchObject({ locale: 'es' });
    expect(easy.localeReadability!.score).toBeGreaterThan(70);
    const report = buildContentReport({
      pages: [easy, { ...hard, path: '/es/treatments/quimioterapia/' }, reportedPage('/', pageHtml('<p>We treat cancer.</p>'))],
      content: { subtype: [], treatment: [], diagnosticTest: [], clinicalTrial: [], supportService: [], conditionPage: [] },
      brokenLinks: [],
      settings: { readingGradeTarget: 8, failOn: [], date: '2026-12-01' },
    });
    expect(report.readability.pages.map((page) => page.path)).toEqual(['/']);
    expect(report.localeReadability.es!.measure).toBe('Fernández-Huerta');
    expect(report.localeReadability.es!.pages.map((page) => page.path)).toEqual(['/es/treatments/inmunoterapia/', '/es/treatments/quimioterapia/']);
    expect(report.localeReadability.es!.belowTarget.map((page) => page.path)).toEqual(['/es/treatments/quimioterapia/']);
    expect(report.summary.pagesBelowLocaleTarget).toBe(1);
  });

  it('lists the translations older than the English page: updated, or reviewed, after the translation', () => {
    const version = (updatedAt: string) => ({ id: 2, documentId: 'x', locale: 'es', slug: 'inmunoterapia', name: 'Inmunoterapia', createdAt: updatedAt, updatedAt, publishedAt: updatedAt });
    const base = sampleTreatment();
    const entry = (documentId: string, slug: string, updatedAt: string, lastReviewed: string, translatedAt: string) => ({
      ...parseContentEntry('treatment', { ...base, documentId, slug, updatedAt, medicalReview: { id: 1, lastReviewed, nextReviewDue: '2027-06-01' } }),
      localizations: { es: { ...version(translatedAt), documentId, slug: `${slug}-es` } },
    });
    const content: MedicalContent = {
      subtype: [],
      treatment: [
        entry('doc-edited', 'edited', '2026-10-02T10:00:00.000Z', '2026-01-01', '2026-10-01T10:00:00.000Z'),
        entry('doc-reviewed', 'reviewed', '2026-01-01T10:00:00.000Z', '2026-10-05', '2026-10-01T10:00:00.000Z'),
        entry('doc-current', 'current', '2026-09-01T10:00:00.000Z', '2026-09-01', '2026-10-01T10:00:00.000Z'),
      ] as never,
      diagnosticTest: [],
      clinicalTrial: [],
      supportService: [],
      conditionPage: [],
    };
    const report = buildContentReport({ pages: [], content, brokenLinks: [], settings: { readingGradeTarget: 8, failOn: [], date: '2026-12-01' } });
    expect(report.staleTranslations).toEqual([
      expect.objectContaining({ slug: 'edited', locale: 'es', path: '/es/treatments/edited-es/', defaultPath: '/treatments/edited/', why: 'updated', changedAt: '2026-10-02T10:00:00.000Z' }),
      expect.objectContaining({ slug: 'reviewed', locale: 'es', path: '/es/treatments/reviewed-es/', why: 'reviewed', changedAt: '2026-10-05', title: 'Inmunoterapia' }),
    ]);
    expect(report.summary.staleTranslations).toBe(2);
  });
});
