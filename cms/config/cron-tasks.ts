import type { Core } from '@strapi/strapi';
import { deleteExpiredRequests } from '../src/appointment-requests/retention';
import { intakeSettings } from '../src/appointment-requests/settings';

export const APPOINTMENT_RETENTION_TASK = 'appointmentRequestRetention';

/** Scheduled jobs, wired in config/server.ts (server.cron). */
export default {
  [APPOINTMENT_RETENTION_TASK]: {
    // Every day at 03:15 server time: delete requests older than APPOINTMENT_RETENTION_DAYS.
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await deleteExpiredRequests(strapi, new Date(), intakeSettings(process.env).retentionDays);
    },
    options: { rule: '15 3 * * *' },
  },
};
