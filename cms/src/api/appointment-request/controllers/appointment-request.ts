import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { judgeSubmission } from '../../../appointment-requests/bot-check';
import { requestKind, sendAccepted, sendFieldErrors } from '../../../appointment-requests/http';
import { APPOINTMENT_REQUEST_UID } from '../../../appointment-requests/settings';
import { appointmentRequestLanguage, validateAppointmentRequest } from '@mbc/shared';
import type { AppointmentIntake } from '../services/appointment-request';

/**
 * The one public action: take a request from the site's form. Size, format and rate were checked
 * before the body was read (src/middlewares/appointment-request-gate.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Context) {
    const intake = strapi.service(APPOINTMENT_REQUEST_UID) as unknown as AppointmentIntake;
    const kind = requestKind(ctx) ?? 'json';
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const now = new Date();
    // The answer, errors included, is in the language the request names (its `language` field).
    const language = appointmentRequestLanguage(body);
    ctx.set('Cache-Control', 'no-store');

    const verdict = judgeSubmission(body, now.getTime(), intake.settings.minFillSeconds);
    if (verdict.kind === 'automated') {
      // Same answer as a success, so a script learns nothing; nothing is stored.
      strapi.log.info(`Dropped an appointment request that looks automated (${verdict.reason}).`);
      return sendAccepted(ctx, kind, intake.settings, language);
    }

    const result = validateAppointmentRequest(body, { locations: await intake.locationSlugs() });
    if ('errors' in result) {
      return sendFieldErrors(ctx, kind, result.errors, {
        settings: intake.settings,
        contact: await intake.siteContact(language),
        requestType: body.requestType,
        language,
      });
    }
    const sentUnusuallyFast = verdict.kind === 'unusually-fast';
    if (sentUnusuallyFast) strapi.log.info(`Stored an appointment request flagged for a check (${verdict.reason}).`);
    await intake.store(result.data, now, { sentUnusuallyFast });
    return sendAccepted(ctx, kind, intake.settings, language);
  },
});
