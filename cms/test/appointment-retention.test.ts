import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { deleteExpiredRequests } from '../src/appointment-requests/retention';
import { VALID_REQUEST } from './appointment-fixtures';
import { startCms } from './strapi';
import { documents } from './fixtures';

const UID = 'api::appointment-request.appointment-request';
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-09-01T12:00:00.000Z');

let strapi: Core.Strapi;

async function requestReceived(daysAgo: number, label: string): Promise<void> {
  await documents(strapi, UID).create({
    data: { ...VALID_REQUEST, fullName: label, submittedAt: new Date(NOW.getTime() - daysAgo * DAY).toISOString(), requestStatus: 'new' },
  });
}

async function remaining(): Promise<string[]> {
  const rows = await strapi.db.query(UID).findMany({ select: ['fullName'], orderBy: { fullName: 'asc' } });
  return rows.map((row: { fullName: string }) => row.fullName);
}

beforeAll(async () => {
  ({ strapi } = await startCms());
});

beforeEach(async () => {
  await strapi.db.query(UID).deleteMany({});
});

describe('the retention job', () => {
  it('deletes only requests received more than the retention period ago', async () => {
    await requestReceived(400, 'a year old');
    await requestReceived(90.01, 'just past 90 days');
    await requestReceived(89.99, 'just inside 90 days');
    await requestReceived(1, 'yesterday');
    await requestReceived(0, 'today');

    expect(await deleteExpiredRequests(strapi, NOW, 90)).toBe(2);
    expect(await remaining()).toEqual(['just inside 90 days', 'today', 'yesterday']);
    expect(await deleteExpiredRequests(strapi, NOW, 90)).toBe(0);
    expect(await deleteExpiredRequests(strapi, NOW, 1)).toBe(1);
    expect(await remaining()).toEqual(['today', 'yesterday']);
  });

  it('is scheduled daily in Strapi’s cron and runs with APPOINTMENT_RETENTION_DAYS (default 90)', async () => {
    const jobs = (strapi).cron.jobs as { name: string | null; options: { rule: string }; job: { invoke: () => Promise<void> } }[];
    const retention = jobs.find((job) => job.name === 'appointmentRequestRetention');
    expect(retention).toBeTruthy();
    expect(retention!.options.rule).toMatch(/^\d+ \d+ \* \* \*$/);

    const now = Date.now();
    await documents(strapi, UID).create({ data: { ...VALID_REQUEST, fullName: 'old', submittedAt: new Date(now - 91 * DAY).toISOString(), requestStatus: 'closed' } });
    await documents(strapi, UID).create({ data: { ...VALID_REQUEST, fullName: 'recent', submittedAt: new Date(now - 89 * DAY).toISOString(), requestStatus: 'new' } });
    await retention!.job.invoke();
    expect(await remaining()).toEqual(['recent']);
  });
});
