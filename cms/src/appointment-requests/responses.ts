/**
 * What the intake answers. A script (fetch with JSON) gets JSON; a plain HTML form post gets a
 * 303 to the site's thank-you page, or, when something must be fixed, a small accessible HTML
 * page that lists each problem and sends the person back to the form.
 *
 * Why an HTML page from the CMS rather than a redirect back to the static form: a static page
 * cannot read a query string without JavaScript, so it could not say what was wrong. The page
 * here can, and the browser's Back button returns to the form with everything still typed in.
 * It never repeats what was typed (no personal data echoed, nothing to inject).
 */
import type { FieldError } from '@mbc/shared';
import { SITE_PATHS } from './settings';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The form page a person came from: the second-opinion form or the appointment form. */
export function formUrlFor(siteUrl: string, requestType: unknown): string {
  return `${siteUrl}${requestType === 'second_opinion' ? SITE_PATHS.secondOpinion : SITE_PATHS.appointments}`;
}

export function thankYouUrl(siteUrl: string): string {
  return `${siteUrl}${SITE_PATHS.thankYou}`;
}

export type ProblemPage = {
  title: string;
  /** Sentences shown above the list (plain text). */
  intro: string;
  errors?: FieldError[];
  formUrl: string;
  /** The appointment phone from site settings, when known. */
  phone?: string | null;
  organizationName?: string | null;
  /** What to do in an emergency, from site settings. */
  emergencyNote?: string | null;
};

function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:+${digits.length === 10 ? `1${digits}` : digits}`;
}

/** A complete, minimal HTML page (valid, WCAG-friendly: lang, title, one h1, a list, real links). */
export function problemPageHtml(page: ProblemPage): string {
  const organization = page.organizationName ? ` – ${escapeHtml(page.organizationName)}` : '';
  const errors = page.errors ?? [];
  const list =
    errors.length > 0
      ? `<ul>\n${errors.map((error) => `      <li>${escapeHtml(error.message)}</li>`).join('\n')}\n    </ul>`
      : '';
  const call = page.phone
    ? `<p>You can also call us at <a href="${escapeHtml(telHref(page.phone))}">${escapeHtml(page.phone)}</a>.</p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>${escapeHtml(page.title)}${organization}</title>
  <style>
    body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #0b0c0c; }
    .problem { border: 4px solid #b10e1e; padding: 1rem 1.25rem; }
    a { color: #1d4f91; }
    a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
  </style>
</head>
<body>
  <main>
  <div class="problem">
    <h1>${escapeHtml(page.title)}</h1>
    <p>${escapeHtml(page.intro)}</p>
    ${list}
  </div>
  <p>Use your browser’s Back button to return to the form: what you typed is still there. Or <a href="${escapeHtml(page.formUrl)}">start the form again</a>.</p>
  ${call}
  <p>${escapeHtml(page.emergencyNote || 'In an emergency, call 911.')}</p>
  </main>
</body>
</html>
`;
}
