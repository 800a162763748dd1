import { describe, expect, test } from 'vitest';
import { LIVE_SCRIPT_PATH, liveScript, problemPage, refusedPage, withPreviewBanner } from '../../preview/pages';

const ASTRO_PAGE = '<!doctype html><html lang="en"><head><title>Immunotherapy</title></head><body class="page" data-x="1"><a href="#main" class="skip-link">Skip to content</a><main id="main"></main></body></html>';

describe('withPreviewBanner', () => {
  test('puts the banner right after <body …>, before the skip link, and loads the reload script', () => {
    const html = withPreviewBanner(ASTRO_PAGE, 'draft');

    const afterBody = html.split('<body class="page" data-x="1">')[1]!;
    expect(afterBody.startsWith('<div data-preview-banner')).toBe(true);
    expect(afterBody.indexOf('data-preview-banner')).toBeLessThan(afterBody.indexOf('skip-link'));
    expect(afterBody).toContain(`<script type="module" src="${LIVE_SCRIPT_PATH}"></script>`);
    // The rest of the page is untouched.
    expect(html.replace(/<div data-preview-banner[\s\S]*?<\/script>/, '')).toBe(ASTRO_PAGE);
    expect(html.match(/data-preview-banner/g)).toHaveLength(1);
  });

  test('says whether the editor sees the draft or the published version', () => {
    expect(withPreviewBanner(ASTRO_PAGE, 'draft')).toContain('You are seeing the draft.');
    expect(withPreviewBanner(ASTRO_PAGE, 'published')).toContain('You are seeing the published version.');
    expect(withPreviewBanner(ASTRO_PAGE, 'published')).not.toContain('You are seeing the draft.');
  });

  test('finds <BODY> in any case, and leaves a fragment without a body as it is', () => {
    expect(withPreviewBanner('<html><BODY>x</BODY></html>', 'draft')).toMatch(/^<html><BODY><div data-preview-banner/);
    expect(withPreviewBanner('<p>a fragment</p>', 'draft')).toBe('<p>a fragment</p>');
  });
});

describe('problemPage', () => {
  test('names the entry by type, title and documentId, and each field with what to do, all HTML-escaped', () => {
    const html = problemPage(
      [
        {
          type: 'treatment',
          documentId: 'doc"1',
          slug: 'chemo',
          title: '<script>alert("x")</script> & chemo',
          fields: [{ field: 'summary', fix: 'This field is empty: fill it in. <b>now</b>' }],
          locale: 'en',
          pages: ['/treatments/chemo/'],
        },
      ],
      'https://cms.example.org',
    );

    expect(html).toContain('Treatment: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; chemo');
    expect(html).toContain('<code>doc&quot;1</code>');
    expect(html).toContain('<strong>summary</strong>: This field is empty: fill it in. &lt;b&gt;now&lt;/b&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a href="https://cms.example.org/admin">CMS admin</a>');
  });

  test('a missing single type is named by its type alone', () => {
    const html = problemPage([{ type: 'siteSettings', documentId: null, slug: null, title: null, fields: [{ field: '', fix: 'Create the site settings in the CMS.' }], locale: 'en', pages: [] }], 'http://127.0.0.1:1337');

    expect(html).toContain('<h2>Site settings</h2>');
    expect(html).toContain('<li>Create the site settings in the CMS.</li>');
  });

  test("a version in another locale says which language's version it is", () => {
    const html = problemPage(
      [{ type: 'treatment', documentId: 'd', slug: 'cirugia', title: 'Cirugía', fields: [{ field: 'summary', fix: 'Fill it in.' }], locale: 'es', pages: ['/es/treatments/cirugia/'] }],
      'http://127.0.0.1:1337',
    );
    expect(html).toContain('<h2>Treatment (Spanish version): Cirugía (documentId <code>d</code>)</h2>');
  });
});

describe('refusedPage and liveScript', () => {
  test('the refusal asks to open the preview from the CMS and says why', () => {
    expect(refusedPage('expired')).toContain('<h1>Open the preview from the CMS</h1>');
    expect(refusedPage('expired')).toContain('expired');
    expect(refusedPage('other-page')).toContain('for another page');
  });

  test('the reload script only listens to the admin origin', () => {
    expect(liveScript('https://cms.example.org')).toContain('const adminOrigin = "https://cms.example.org";');
    expect(liveScript('https://cms.example.org')).toContain('event.origin !== adminOrigin');
  });
});
