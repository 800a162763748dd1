import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { syncReviewDateCopies, withReviewDates } from '../src/medical-reviews/review-dates';
import { documents, type Loose } from './fixtures';
import { daysFromToday, treatmentDueOn, TREATMENT } from './review-fixtures';
import { SITE_TOKEN, rest, startCms } from './strapi';

let strapi: Core.Strapi;
let treatment: Loose;
beforeAll(async () => {
  ({ strapi } = await startCms());
  treatment = await treatmentDueOn(strapi, 'review-dates-copy', daysFromToday(50));
});
afterAll(async () => {
  if (treatment) await documents(strapi, TREATMENT).delete({ documentId: treatment.documentId });
});

const storedCopies = async (documentId: string, status: 'draft' | 'published' = 'draft') =>
  (await strapi.db.query(TREATMENT).findOne({
    where: { documentId, publishedAt: status === 'draft' ? { $null: true } : { $notNull: true } },
    select: ['lastReviewed', 'nextReviewDue'],
  })) as { lastReviewed: string | null; nextReviewDue: string | null } | null;

describe('the review dates as list columns', () => {
  it('are copied from the review on a save, and cannot be written apart from it', () => {
    expect(withReviewDates({ name: 'x', medicalReview: { lastReviewed: '2026-01-01', nextReviewDue: '2027-01-01' } })).toEqual({
      name: 'x',
      medicalReview: { lastReviewed: '2026-01-01', nextReviewDue: '2027-01-01' },
      lastReviewed: '2026-01-01',
      nextReviewDue: '2027-01-01',
    });
    expect(withReviewDates({ name: 'x', nextReviewDue: '2099-01-01' })).toEqual({ name: 'x' });
    expect(withReviewDates({ medicalReview: null })).toEqual({ medicalReview: null, lastReviewed: null, nextReviewDue: null });
  });

  it('follow the review on create, update and publish', async () => {
    expect(await storedCopies(treatment.documentId)).toEqual({ lastReviewed: daysFromToday(-400), nextReviewDue: daysFromToday(50) });
    await documents(strapi, TREATMENT).update({
      documentId: treatment.documentId,
      data: { nextReviewDue: '2099-01-01', medicalReview: { lastReviewed: daysFromToday(-1), nextReviewDue: daysFromToday(300) } },
    });
    expect(await storedCopies(treatment.documentId)).toEqual({ lastReviewed: daysFromToday(-1), nextReviewDue: daysFromToday(300) });
    // A save that leaves the review alone leaves the copies alone, whatever it sends for them.
    await documents(strapi, TREATMENT).update({ documentId: treatment.documentId, data: { summary: `${treatment.summary} Again.`, nextReviewDue: '2099-01-01' } });
    expect(await storedCopies(treatment.documentId)).toEqual({ lastReviewed: daysFromToday(-1), nextReviewDue: daysFromToday(300) });
    await documents(strapi, TREATMENT).publish({ documentId: treatment.documentId });
    expect(await storedCopies(treatment.documentId, 'published')).toEqual({ lastReviewed: daysFromToday(-1), nextReviewDue: daysFromToday(300) });
  });

  it('are put right at start where a stored version differs from its review', async () => {
    await strapi.db.query(TREATMENT).update({ where: { documentId: treatment.documentId, publishedAt: { $null: true } }, data: { nextReviewDue: '2099-01-01' } });
    expect(await syncReviewDateCopies(strapi)).toBe(1);
    expect((await storedCopies(treatment.documentId))?.nextReviewDue).toBe(daysFromToday(300));
    expect(await syncReviewDateCopies(strapi)).toBe(0);
  });

  it('never reach the site: the API leaves them out', async () => {
    const answer = await rest(`/api/treatments?filters[slug][$eq]=review-dates-copy&populate[medicalReview]=true`, { token: SITE_TOKEN });
    expect(answer.status).toBe(200);
    const [entry] = answer.body.data;
    expect(entry.medicalReview.nextReviewDue).toBe(daysFromToday(300));
    expect(entry).not.toHaveProperty('nextReviewDue');
    expect(entry).not.toHaveProperty('lastReviewed');
  });
});
