/**
 * Writing the intake's answers on a Koa context. The content is decided in responses.ts; this
 * picks JSON or HTML by what was sent and sets the status and headers.
 */
import { DEFAULT_LOCALE, appointmentRequestMessages, type FieldError, type LocaleCode } from '@mbc/shared';
import { formUrlFor, problemPageHtml, thankYouUrl } from './responses';
import type { IntakeSettings } from './settings';

/** A plain HTML form post ('form') or a script sending JSON ('json'); null for anything else. */
export type RequestKind = 'form' | 'json';

export function requestKind(ctx: { is: (...types: string[]) => string | false | null }): RequestKind | null {
  if (ctx.is('application/x-www-form-urlencoded')) return 'form';
  if (ctx.is('application/json')) return 'json';
  return null;
}

/** The site's contact details for the problem page, from site settings. */
export type SiteContact = { phone: string | null; organizationName: string | null; emergencyNote: string | null };

type Context = {
  status: number;
  body: unknown;
  type: string;
  set: (name: string, value: string) => void;
  redirect: (url: string) => void;
};

/** Success, and also the answer a likely script gets, so it cannot tell it was dropped; a form post goes to the thank-you page in the request's language. */
export function sendAccepted(ctx: Context, kind: RequestKind, settings: IntakeSettings, language: LocaleCode = DEFAULT_LOCALE): void {
  if (kind === 'form') {
    ctx.redirect(thankYouUrl(settings.siteUrl, language));
    ctx.status = 303;
    return;
  }
  ctx.status = 201;
  ctx.body = { ok: true };
}

export function sendFieldErrors(
  ctx: Context,
  kind: RequestKind,
  errors: FieldError[],
  page: { settings: IntakeSettings; contact: SiteContact; requestType: unknown; language: LocaleCode },
): void {
  ctx.status = 400;
  if (kind === 'json') {
    ctx.body = { ok: false, errors };
    return;
  }
  const words = appointmentRequestMessages(page.language).problemPage;
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = problemPageHtml({
    title: words.title,
    intro: words.intro(errors.length),
    errors,
    formUrl: formUrlFor(page.settings.siteUrl, page.requestType, page.language),
    ...page.contact,
    language: page.language,
  });
}

/** A refusal that is not about one field (too many requests, too large, wrong format). */
export function sendProblem(
  ctx: Context,
  kind: RequestKind | null,
  status: number,
  problem: { title: string; message: string },
  page: { settings: IntakeSettings; contact: SiteContact },
): void {
  ctx.status = status;
  if (kind !== 'form') {
    ctx.body = { ok: false, errors: [{ field: null, message: problem.message }] };
    return;
  }
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = problemPageHtml({
    title: problem.title,
    intro: problem.message,
    formUrl: formUrlFor(page.settings.siteUrl, null),
    ...page.contact,
  });
}
