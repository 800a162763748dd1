import type { Core } from '@strapi/strapi';
import { deleteExpiredRequests } from '../src/appointment-requests/retention';
import { intakeSettings } from '../src/appointment-requests/settings';
import { sendReviewReminders } from '../src/medical-reviews/review-reminders';

export const APPOINTMENT_RETENTION_TASK = 'appointmentRequestRetention';
export const REVIEW_REMINDER_TASK = 'medicalReviewReminders';

/** Scheduled jobs, wired in config/server.ts (server.cron). */
export default {
  [APPOINTMENT_RETENTION_TASK]: {
    // Every day at 03:15 server time: delete requests older than APPOINTMENT_RETENTION_DAYS.
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await deleteExpiredRequests(strapi, new Date(), intakeSettings(process.env).retentionDays);
    },
    options: { rule: '15 3 * * *' },
  },
  [REVIEW_REMINDER_TASK]: {
    // Every day at 07:00 server time, before the working day: each reviewer's pages overdue or due within 30 days.
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await sendReviewReminders(strapi, { now: new Date() });
    },
    options: { rule: '0 7 * * *' },
  },
};
