import type { Core } from '@strapi/strapi';
import { isIntakePath } from '../appointment-requests/cors';
import { requestKind, sendProblem } from '../appointment-requests/http';
import { APPOINTMENT_REQUEST_UID } from '../appointment-requests/settings';
import type { AppointmentIntake } from '../api/appointment-request/services/appointment-request';

/**
 * Guards the public appointment intake before Strapi reads the body (it runs ahead of
 * strapi::body, which a route middleware could not): counts the attempt against the client's
 * hourly limit (429 with Retry-After), accepts only a form post or JSON (415), and refuses a
 * body without a declared length (411) or over the cap (413). The body parser then reads no more
 * than the declared length.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || !isIntakePath(ctx.path)) return next();
    const intake = strapi.service(APPOINTMENT_REQUEST_UID as any) as unknown as AppointmentIntake;
    const { settings } = intake;
    const kind = requestKind(ctx);
    ctx.set('Cache-Control', 'no-store');
    const refuse = async (status: number, title: string, message: string) =>
      sendProblem(ctx, kind, status, { title, message }, { settings, contact: await intake.siteContact() });

    // ctx.ip honours X-Forwarded-For only when server.proxy.koa is on (IS_PROXIED).
    const decision = intake.rateLimiter.hit(ctx.ip, Date.now());
    if ('retryAfterSeconds' in decision) {
      ctx.set('Retry-After', String(decision.retryAfterSeconds));
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      return refuse(
        429,
        'Too many requests',
        `We have received several requests from your connection in the last hour. Please call us, or try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      );
    }
    if (!kind) {
      return refuse(415, 'Unsupported format', 'Send the form as a form post (application/x-www-form-urlencoded) or as JSON (application/json).');
    }
    const length = ctx.request.length as number | undefined;
    if (length === undefined) {
      return refuse(411, 'Length required', 'Send the request with a Content-Length header.');
    }
    if (length > settings.maxBodyBytes) {
      return refuse(
        413,
        'Your request is too long',
        `Your request is larger than we accept (${Math.round(settings.maxBodyBytes / 1024)} KB). Please shorten your message and send it again.`,
      );
    }
    await next();
  };
};
