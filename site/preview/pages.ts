/**
 * The preview server's own pages and additions, as HTML: why it refuses (401), what an entry
 * lacks (422), that it cannot reach the CMS (502), the banner on every preview page, and the
 * script that reloads the page when the editor saves. None of this is in the public build.
 */
import type { PreviewAccess } from './access';
import { DEFAULT_LOCALE } from '@mbc/shared';
import { TYPE_LABELS, languageName, type EntryProblem } from './problems';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>body{font:1.0625rem/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:42rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.5rem}code{background:#f1f1f1;padding:0 .2em}li{margin:.5rem 0}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const REFUSALS: Record<Extract<PreviewAccess, { ok: false }>['reason'] | 'other-page', string> = {
  missing: 'This address needs a preview link.',
  malformed: 'This preview link is not one the CMS made.',
  altered: 'This preview link has been changed, so it no longer works.',
  expired: 'This preview link has expired (links last an hour).',
  'other-page': 'This preview link is for another page.',
};

/** 401: no link, or a link that does not let you in here. */
export function refusedPage(reason: keyof typeof REFUSALS): string {
  return page(
    'Open the preview from the CMS',
    `<h1>Open the preview from the CMS</h1>
<p>${REFUSALS[reason]}</p>
<p>Drafts can only be seen by editors. Open the entry in the CMS admin and choose <strong>Preview</strong>: it opens a fresh link.</p>`,
  );
}

/** 422: the entry (or one the page needs) cannot be shown yet; each field, and what to do. */
export function problemPage(problems: readonly EntryProblem[], adminOrigin: string): string {
  const items = problems
    .map((problem) => {
      const where = problem.documentId ? ` (documentId <code>${escapeHtml(problem.documentId)}</code>)` : '';
      const fields = problem.fields
        .map((field) => `<li>${field.field ? `<strong>${escapeHtml(field.field)}</strong>: ` : ''}${escapeHtml(field.fix)}</li>`)
        .join('\n');
      return `<section>
<h2>${escapeHtml(TYPE_LABELS[problem.type])}${problem.locale === DEFAULT_LOCALE ? '' : ` (${escapeHtml(languageName(problem.locale))} version)`}${problem.title ? `: ${escapeHtml(problem.title)}` : ''}${where}</h2>
<ul>
${fields}
</ul>
</section>`;
    })
    .join('\n');
  return page(
    'This draft cannot be shown yet',
    `<h1>This draft cannot be shown yet</h1>
<p>The site could not build this page from the draft. Fix the fields below in the <a href="${escapeHtml(adminOrigin)}/admin">CMS admin</a> and save; the preview reloads.</p>
${items}`,
  );
}

/** 502: the CMS did not answer. */
export function cmsUnreachablePage(message: string): string {
  return page(
    'The preview cannot reach the CMS',
    `<h1>The preview cannot reach the CMS</h1>
<p>${escapeHtml(message)}</p>
<p>Try again in a moment. If it goes on, tell the web team.</p>`,
  );
}

/** 404: the preview link's entry is not in the CMS (deleted since the link was made). */
export function missingEntryPage(): string {
  return page(
    'This entry is no longer in the CMS',
    `<h1>This entry is no longer in the CMS</h1>
<p>The entry this preview link was made for has been deleted, or that version of it no longer exists. Open the preview again from the CMS.</p>`,
  );
}

/** Where the preview's own script is served; the banner loads it. */
export const LIVE_SCRIPT_PATH = '/__preview/live.js';

/**
 * The banner every preview page starts with, and the script that reloads on a save (Strapi posts
 * `{ type: 'strapiUpdate' }` to the preview's frame; only the admin's messages count).
 */
export function previewBanner(status: 'draft' | 'published'): string {
  const version = status === 'draft' ? 'You are seeing the draft.' : 'You are seeing the published version.';
  return (
    `<div data-preview-banner role="region" aria-label="Draft preview" style="background:#ffd84d;color:#1b1b1b;border-bottom:3px solid #1b1b1b;padding:.5rem 1rem;font:600 1rem/1.4 system-ui,sans-serif;text-align:center">` +
    `Draft preview — not published. <span style="font-weight:400">${version} Patients do not see this page until it is published.</span></div>` +
    `<script type="module" src="${LIVE_SCRIPT_PATH}"></script>`
  );
}

/** The banner inserted right after <body …> (the page's skip link follows it). */
export function withPreviewBanner(html: string, status: 'draft' | 'published'): string {
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return html;
  const end = body.index + body[0].length;
  return `${html.slice(0, end)}${previewBanner(status)}${html.slice(end)}`;
}

export function liveScript(adminOrigin: string): string {
  return `// The draft preview reloads when the editor saves in the CMS (Strapi posts strapiUpdate to this frame).
const adminOrigin = ${JSON.stringify(adminOrigin)};
window.addEventListener('message', (event) => {
  if (event.origin !== adminOrigin) return;
  if (event.data && event.data.type === 'strapiUpdate') window.location.reload();
});
`;
}
