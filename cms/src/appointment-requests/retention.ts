import type { Core } from '@strapi/strapi';
import { APPOINTMENT_REQUEST_UID } from './settings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which requests are past the retention period. */
function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * Deletes appointment requests received more than `retentionDays` days before `now`, and returns
 * how many went. Straight through the database layer: a deletion is not a content change, so no
 * webhook fires and no rebuild starts. A request without submittedAt (made in the admin by hand)
 * ages from when it was created.
 */
export async function deleteExpiredRequests(strapi: Core.Strapi, now: Date, retentionDays: number): Promise<number> {
  const cutoff = retentionCutoff(now, retentionDays);
  const { count } = await strapi.db.query(APPOINTMENT_REQUEST_UID).deleteMany({
    where: {
      $or: [{ submittedAt: { $lt: cutoff } }, { submittedAt: { $null: true }, createdAt: { $lt: cutoff } }],
    },
  });
  if (count > 0) {
    strapi.log.info(`Deleted ${count} appointment request(s) received before ${cutoff.toISOString()} (retention: ${retentionDays} days).`);
  }
  return count;
}
