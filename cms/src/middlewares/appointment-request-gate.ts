import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { clientAddress } from '../appointment-requests/client-address';
import { isIntakePath } from '../appointment-requests/cors';
import { requestKind, sendProblem } from '../appointment-requests/http';
import { APPOINTMENT_REQUEST_UID } from '../appointment-requests/settings';
import type { AppointmentIntake } from '../api/appointment-request/services/appointment-request';

/**
 * Guards the public appointment intake around Strapi's body parser (it runs ahead of
 * strapi::body, which a route middleware could not):
 * - before the body is read: the client's hourly limits (429 with Retry-After), only a form post
 *   or JSON (415), only an uncompressed body (415: a compressed one would get past the size cap),
 *   a declared length (411) within the cap (413). The body parser then reads no more than that.
 * - while it is read: a body the parser cannot read (malformed JSON) gets the intake's own answer
 *   (400), not Strapi's error envelope.
 * - once answered: the attempt counts as accepted or refused (the limits are apart, so a person
 *   can fix a few mistakes and still send).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || !isIntakePath(ctx.path)) return next();
    const intake = strapi.service(APPOINTMENT_REQUEST_UID) as unknown as AppointmentIntake;
    const { settings } = intake;
    const kind = requestKind(ctx);
    ctx.set('Cache-Control', 'no-store');
    const refuse = async (status: number, title: string, message: string) =>
      sendProblem(ctx, kind, status, { title, message }, { settings, contact: await intake.siteContact() });

    // Not ctx.ip: that is whatever Koa's proxy settings make of the header; this is explicit.
    const client = clientAddress(
      { forwardedFor: ctx.get('X-Forwarded-For'), socketAddress: ctx.socket?.remoteAddress },
      settings.trustedProxyHops,
    );
    const admission = intake.rateLimit.admit(client, Date.now());
    if ('retryAfterSeconds' in admission) {
      ctx.set('Retry-After', String(admission.retryAfterSeconds));
      const minutes = Math.ceil(admission.retryAfterSeconds / 60);
      const wait = `${minutes} minute${minutes === 1 ? '' : 's'}`;
      return refuse(
        429,
        'Too many requests',
        admission.limit === 'accepted'
          ? `We have received several requests from your connection in the last hour. Please call us, or try again in ${wait}.`
          : `We have received many requests from your connection in the last hour that we could not accept. Please call us, or try again in ${wait}.`,
      );
    }
    try {
      if (!kind) {
        return await refuse(415, 'Unsupported format', 'Send the form as a form post (application/x-www-form-urlencoded) or as JSON (application/json).');
      }
      const encoding = String(ctx.get('Content-Encoding') ?? '').trim().toLowerCase();
      if (encoding !== '' && encoding !== 'identity') {
        return await refuse(415, 'Unsupported format', 'Send the form uncompressed (without a Content-Encoding).');
      }
      const length = ctx.request.length as number | undefined;
      if (length === undefined) {
        return await refuse(411, 'Length required', 'Send the request with a Content-Length header.');
      }
      if (length > settings.maxBodyBytes) {
        return await refuse(
          413,
          'Your request is too long',
          `Your request is larger than we accept (${Math.round(settings.maxBodyBytes / 1024)} KB). Please shorten your message and send it again.`,
        );
      }
      try {
        await next();
      } catch (error) {
        // strapi::body sets ctx.request.body once it has read the body: without it, the error is the parser's.
        const status = (error as { status?: unknown })?.status;
        if (ctx.request.body !== undefined || typeof status !== 'number' || status < 400 || status >= 500) throw error;
        return await refuse(
          400,
          'We could not read your request',
          error instanceof SyntaxError
            ? 'We could not read your request: it is not valid JSON. Send the form’s fields as one JSON object.'
            : 'We could not read your request. Please send the form again.',
        );
      }
    } finally {
      admission.settle(ctx.status < 400 ? 'accepted' : 'refused');
    }
  };
};
