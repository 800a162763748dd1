import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { DUE_REVIEWS_WIDGET_PERMISSIONS, MEDICAL_PAGE_UIDS } from '../src/admin/medical-reviews/permissions';
import { dueText, entryDetails, summaryLine } from '../src/admin/medical-reviews/messages';
import { MEDICAL_PAGE_TYPES } from '../src/bootstrap/reviewers';
import { DUE_REVIEWS_PATH, mayReadDueReviews, parseWithinDays } from '../src/medical-reviews/admin-route';
import { classifyDue, dueReviews } from '../src/medical-reviews/due-reviews';
import { adminApi, removeTestAdmins, signInAsLocalAdmin, signInWithRole } from './admin-users';
import { documents, type Loose } from './fixtures';
import { daysFromToday, treatmentDueOn, TREATMENT } from './review-fixtures';
import { SITE_TOKEN, startCms } from './strapi';

const CONDITION_PAGE = 'api::condition-page.condition-page';

let strapi: Core.Strapi;
let baseUrl: string;
const created: string[] = [];

beforeAll(async () => {
  ({ strapi, baseUrl } = await startCms());
});
afterAll(async () => {
  for (const documentId of created) await documents(strapi, TREATMENT).delete({ documentId });
  await removeTestAdmins(strapi);
});

describe('classifyDue', () => {
  const now = new Date('2026-12-01T15:00:00Z');
  it('calls a date before today overdue, today and the next 30 days due soon, later dates not due', () => {
    expect(classifyDue('2026-11-30', now, 30)).toBe('overdue');
    expect(classifyDue('2025-01-01', now, 30)).toBe('overdue');
    expect(classifyDue('2026-12-01', now, 30)).toBe('due-soon');
    expect(classifyDue('2026-12-31', now, 30)).toBe('due-soon');
    expect(classifyDue('2027-01-01', now, 30)).toBeNull();
    expect(classifyDue('2026-12-02', now, 0)).toBeNull();
  });
  it('does not classify a missing or malformed date', () => {
    expect(classifyDue(null, now, 30)).toBeNull();
    expect(classifyDue('12/01/2026', now, 30)).toBeNull();
  });
});

describe('who may see the reviews due', () => {
  it('is a medical content editor or a super admin', () => {
    expect(mayReadDueReviews([{ code: 'strapi-super-admin', name: 'Super Admin' }])).toBe(true);
    expect(mayReadDueReviews([{ code: 'x', name: 'Medical content editor' }])).toBe(true);
    expect(mayReadDueReviews([{ code: 'strapi-editor', name: 'Editor' }, { code: 'y', name: 'Care coordinator' }])).toBe(false);
    expect(mayReadDueReviews(undefined)).toBe(false);
  });
  it('shows the widget to those who may edit every medical page (the admin\'s list of them is the contract\'s)', () => {
    expect([...MEDICAL_PAGE_UIDS].sort()).toEqual([...MEDICAL_PAGE_TYPES].sort());
    expect(DUE_REVIEWS_WIDGET_PERMISSIONS.map((permission) => permission.subject)).toEqual([...MEDICAL_PAGE_UIDS]);
  });
  it('reads ?withinDays as whole days, refusing anything else with the reason', () => {
    expect(parseWithinDays(undefined)).toEqual({ withinDays: 30 });
    expect(parseWithinDays('7')).toEqual({ withinDays: 7 });
    expect(parseWithinDays('-1')).toMatchObject({ refused: expect.stringMatching(/whole number of days from 0 to 365/) });
    expect(parseWithinDays('1000')).toHaveProperty('refused');
    expect(parseWithinDays(['1', '2'])).toHaveProperty('refused');
  });
});

describe('what the widget says', () => {
  it('dates a review in words, overdue or due, with the type and reviewer', () => {
    expect(dueText({ nextReviewDue: '2026-11-20', overdue: true }, 'en-US')).toBe('Overdue since November 20, 2026');
    expect(dueText({ nextReviewDue: '2026-12-20', overdue: false }, 'en-US')).toBe('Due December 20, 2026');
    expect(entryDetails({ typeName: 'Treatment', reviewer: { documentId: 'x', fullName: 'Amara Okafor' } })).toBe('Treatment · reviewed by Amara Okafor');
    expect(entryDetails({ typeName: 'Overview page', reviewer: null })).toBe('Overview page · no reviewer chosen');
    expect(summaryLine({ reviews: [], withinDays: 30 })).toBe('No medical review is overdue or due in the next 30 days.');
  });
});

describe(`GET ${DUE_REVIEWS_PATH}`, () => {
  let past: Loose;
  let near: Loose;
  let far: Loose;
  beforeAll(async () => {
    past = await treatmentDueOn(strapi, 'review-test-past', daysFromToday(-10));
    near = await treatmentDueOn(strapi, 'review-test-near', daysFromToday(10));
    far = await treatmentDueOn(strapi, 'review-test-far', daysFromToday(90));
    created.push(past.documentId, near.documentId, far.documentId);
  });

  const ours = (reviews: { documentId: string }[]) => reviews.filter((review) => [past, near, far].some((entry) => entry.documentId === review.documentId));

  it('lists the past and near reviews, overdue first, with reviewer and a link to the entry, and not the far one', async () => {
    const answer = await adminApi(await signInAsLocalAdmin(), DUE_REVIEWS_PATH);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ today: daysFromToday(0), withinDays: 30 });
    expect(ours(answer.body.reviews)).toEqual([
      {
        type: 'treatment',
        typeName: 'Treatment',
        uid: TREATMENT,
        documentId: past.documentId,
        slug: 'review-test-past',
        title: 'Review test review-test-past',
        reviewer: { documentId: past.reviewedBy.documentId, fullName: past.reviewedBy.fullName },
        nextReviewDue: daysFromToday(-10),
        overdue: true,
        editPath: `/content-manager/collection-types/${TREATMENT}/${past.documentId}`,
      },
      expect.objectContaining({ documentId: near.documentId, nextReviewDue: daysFromToday(10), overdue: false }),
    ]);
    const reviews = answer.body.reviews as { overdue: boolean; nextReviewDue: string }[];
    const firstDueSoon = reviews.findIndex((review) => !review.overdue);
    expect(reviews.slice(firstDueSoon === -1 ? reviews.length : firstDueSoon).every((review) => !review.overdue)).toBe(true);
    expect(reviews.map((review) => review.nextReviewDue).filter((_, index) => reviews[index].overdue)).toEqual(
      reviews.filter((review) => review.overdue).map((review) => review.nextReviewDue).sort(),
    );
  });

  it('takes a wider window on request, and refuses a bad one with a reason', async () => {
    const admin = await signInAsLocalAdmin();
    const wide = await adminApi(admin, `${DUE_REVIEWS_PATH}?withinDays=120`);
    expect(ours(wide.body.reviews).map((review: Loose) => review.documentId)).toEqual([past.documentId, near.documentId, far.documentId]);
    const bad = await adminApi(admin, `${DUE_REVIEWS_PATH}?withinDays=soon`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/withinDays must be a whole number of days/);
  });

  it('drops an entry once its new review is saved', async () => {
    await documents(strapi, TREATMENT).update({ documentId: near.documentId, data: { medicalReview: { lastReviewed: daysFromToday(0), nextReviewDue: daysFromToday(365) } } });
    const due = await dueReviews(strapi, { now: new Date() });
    expect(due.map((review) => review.documentId)).not.toContain(near.documentId);
    expect(due.map((review) => review.documentId)).toContain(past.documentId);
  });

  it('links the overview page, a single type, to its single-type edit view', async () => {
    const page = await documents(strapi, CONDITION_PAGE).findFirst({ status: 'draft', populate: { medicalReview: true } });
    const { id: _id, ...review } = page.medicalReview;
    try {
      await strapi.db.query('shared.medical-review').update({ where: { id: page.medicalReview.id }, data: { nextReviewDue: daysFromToday(-3) } });
      const answer = await adminApi(await signInAsLocalAdmin(), DUE_REVIEWS_PATH);
      expect(answer.body.reviews).toContainEqual(
        expect.objectContaining({ type: 'conditionPage', typeName: 'Overview page', slug: null, overdue: true, editPath: `/content-manager/single-types/${CONDITION_PAGE}` }),
      );
    } finally {
      await strapi.db.query('shared.medical-review').update({ where: { id: page.medicalReview.id }, data: review });
    }
  });

  it('answers a medical content editor', async () => {
    const editor = await signInWithRole(strapi, 'Medical content editor', 'due-reviews-medical-editor@tests.local');
    const answer = await adminApi(editor, DUE_REVIEWS_PATH);
    expect(answer.status).toBe(200);
    expect(ours(answer.body.reviews).map((review: Loose) => review.documentId)).toContain(past.documentId);
  });

  it.each(['Care coordinator', 'Editor', 'Author'])('refuses the %s role with 403 and the reason', async (role) => {
    const token = await signInWithRole(strapi, role, `due-reviews-role-${role.toLowerCase().replace(/\W+/g, '-')}@tests.local`);
    const answer = await adminApi(token, DUE_REVIEWS_PATH);
    expect(answer.status).toBe(403);
    expect(answer.body.error.message).toBe('Which medical reviews are due is shown to medical content editors and super admins only.');
  });

  it('refuses anonymous callers and API tokens with 401', async () => {
    expect((await fetch(`${baseUrl}${DUE_REVIEWS_PATH}`)).status).toBe(401);
    expect((await fetch(`${baseUrl}${DUE_REVIEWS_PATH}`, { headers: { Authorization: `Bearer ${SITE_TOKEN}` } })).status).toBe(401);
  });
});
