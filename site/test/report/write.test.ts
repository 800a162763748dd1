import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRecordDir } from '../../src/lib/incremental/build-record';
import { reportSettingsFromEnv, type MedicalContent, type ReportedPage } from '../../src/lib/report/content-report';
import { writeContentReport } from '../../src/lib/report/write';

const NO_CONTENT: MedicalContent = { subtype: [], treatment: [], diagnosticTest: [], clinicalTrial: [], supportService: [], conditionPage: [] };
const settings = reportSettingsFromEnv({ REPORT_DATE: '2026-12-01' });
const page = (words: string) => `<!doctype html><html><body><main><p>${words}</p></main></body></html>`;

function release(root: string, name: string, pages: Record<string, string>): string {
  const dir = path.join(root, 'releases', name);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

describe('the content report of a build', () => {
  it('keeps what it found on each page beside the release, and an incremental build reads only the pages it rendered', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'report-'));
    const live = release(root, 'live', { 'index.html': page('We treat cancer. We care for you.'), 'a/index.html': page('Short words help.') });
    const full = await writeContentReport({ outDir: live, content: NO_CONTENT, settings });
    expect(full.pagesRead).toBe(2);
    const kept = JSON.parse(readFileSync(path.join(buildRecordDir(live), 'report-pages.json'), 'utf8')) as ReportedPage[];
    expect(kept.map((finding) => finding.path).sort()).toEqual(['/', '/a/']);

    // The next build rendered / again and kept /a/ from the live release. To show which findings
    // were kept, the live record's finding for /a/ is made to say something no page says.
    const marked = kept.map((finding) => (finding.path === '/a/' ? { ...finding, readability: { ...finding.readability, grade: 42 } } : finding));
    writeFileSync(path.join(buildRecordDir(live), 'report-pages.json'), JSON.stringify(marked));
    const next = release(root, 'next', { 'index.html': page('We treat cancer. We care for you and your family.'), 'a/index.html': page('Short words help.') });
    const incremental = await writeContentReport({ outDir: next, content: NO_CONTENT, settings, keptFromLive: { liveDir: live, pages: new Set(['/a/']) } });

    expect(incremental.pagesRead).toBe(1);
    expect(incremental.report.readability.pages.find((finding) => finding.path === '/a/')?.grade).toBe(42);
    expect(incremental.report.summary.pages).toBe(2);
  });

  it('reads every page when the live release kept no findings', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'report-'));
    const live = release(root, 'live', { 'index.html': page('Hello there.') });
    const next = release(root, 'next', { 'index.html': page('Hello there.'), 'a/index.html': page('Hi.') });
    expect((await writeContentReport({ outDir: next, content: NO_CONTENT, settings, keptFromLive: { liveDir: live, pages: new Set(['/a/']) } })).pagesRead).toBe(2);
  });

  it('checks the links of the pages it rendered, and of the kept pages only where they name what the release no longer has', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'report-'));
    const live = release(root, 'live', {
      'index.html': page('<a href="/doctors/ana/">Ana</a> <a href="/doctors/ben/">Ben</a>'),
      'doctors/ana/index.html': page('<a href="/">Home</a>'),
      'doctors/ben/index.html': page('<a href="/">Home</a>'),
      'locations/a/index.html': page('<a href="/doctors/ben/">Ben</a>'),
      'locations/b/index.html': page('<a href="/doctors/ana/">Ana</a>'),
    });
    await writeContentReport({ outDir: live, content: NO_CONTENT, settings });
    // Ben's page is gone; the home page was rendered again (still naming him), the clinics kept.
    const next = release(root, 'next', {
      'index.html': page('<a href="/doctors/ana/">Ana</a> <a href="/doctors/ben/">Ben</a> <a href="/nowhere/">x</a>'),
      'doctors/ana/index.html': page('<a href="/">Home</a>'),
      'locations/a/index.html': page('<a href="/doctors/ben/">Ben</a>'),
      'locations/b/index.html': page('<a href="/doctors/ana/">Ana</a>'),
    });
    const kept = new Set(['/doctors/ana/', '/locations/a/', '/locations/b/']);
    const incremental = await writeContentReport({ outDir: next, content: NO_CONTENT, settings, keptFromLive: { liveDir: live, pages: kept } });
    expect(incremental.report.brokenLinks).toEqual([
      { page: 'index.html', url: '/doctors/ben/' },
      { page: 'index.html', url: '/nowhere/' },
      { page: path.join('locations', 'a', 'index.html'), url: '/doctors/ben/' },
    ]);
    // The home page (rendered) and the one kept page naming Ben's.
    expect(incremental.pagesLinkChecked).toBe(2);

    // With nothing removed, only the rendered pages are checked; a full build checks every page.
    const same = release(root, 'same', { 'index.html': page('<a href="/gone/">x</a>'), 'doctors/ana/index.html': page('<a href="/gone/">x</a>'), 'doctors/ben/index.html': page(''), 'locations/a/index.html': page(''), 'locations/b/index.html': page('') });
    const quiet = await writeContentReport({ outDir: same, content: NO_CONTENT, settings, keptFromLive: { liveDir: live, pages: new Set(['/doctors/ana/', '/doctors/ben/', '/locations/a/', '/locations/b/']) } });
    expect(quiet.report.brokenLinks).toEqual([{ page: 'index.html', url: '/gone/' }]);
    expect(quiet.pagesLinkChecked).toBe(1);
    expect((await writeContentReport({ outDir: same, content: NO_CONTENT, settings })).pagesLinkChecked).toBe(5);
  });
});
