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
import { DEFAULT_LOCALE, appointmentRequestMessages, type FieldError, type LocaleCode } from '@mbc/shared';
import { SITE_PATHS } from './settings';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A page of the site in a language: the default locale's at its path, another locale's under /<locale>/ (as the site builds them). */
function inLanguage(path: string, language: LocaleCode): string {
  return language === DEFAULT_LOCALE ? path : `/${language}${path}`;
}

/** The form page a person came from, in their language: the second-opinion form or the appointment form. */
export function formUrlFor(siteUrl: string, requestType: unknown, language: LocaleCode = DEFAULT_LOCALE): string {
  return `${siteUrl}${inLanguage(requestType === 'second_opinion' ? SITE_PATHS.secondOpinion : SITE_PATHS.appointments, language)}`;
}

export function thankYouUrl(siteUrl: string, language: LocaleCode = DEFAULT_LOCALE): string {
  return `${siteUrl}${inLanguage(SITE_PATHS.thankYou, language)}`;
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
  /** The page's language (the request's), for its own words and `<html lang>`; the default locale if not given. */
  language?: LocaleCode;
};

function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:+${digits.length === 10 ? `1${digits}` : digits}`;
}

/** A complete, minimal HTML page (valid, WCAG-friendly: lang, title, one h1, a list, real links). */
export function problemPageHtml(page: ProblemPage): string {
  const language = page.language ?? DEFAULT_LOCALE;
  const words = appointmentRequestMessages(language).problemPage;
  const organization = page.organizationName ? ` – ${escapeHtml(page.organizationName)}` : '';
  const errors = page.errors ?? [];
  const list =
    errors.length > 0
      ? `<ul>\n${errors.map((error) => `      <li>${escapeHtml(error.message)}</li>`).join('\n')}\n    </ul>`
      : '';
  const call = page.phone
    ? `<p>${escapeHtml(words.callUs)} <a href="${escapeHtml(telHref(page.phone))}">${escapeHtml(page.phone)}</a>.</p>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
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
  <p>${escapeHtml(words.goBack)} <a href="${escapeHtml(page.formUrl)}">${escapeHtml(words.startAgain)}</a>.</p>
  ${call}
  <p>${escapeHtml(page.emergencyNote || words.emergency)}</p>
  </main>
</body>
</html>
`;
}
