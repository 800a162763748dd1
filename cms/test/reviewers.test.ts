/**
 * Medical pages keep naming their reviewer on the live site: the reviewer is each page's own
 * reviewedBy relation, which Strapi keeps on the published version however often the physician
 * is republished (a relation inside the review component was lost on unpublish → publish).
 * Publishing a page without a published reviewer is refused, and a database from before the
 * change gets its reviewers copied out of the component at start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { MEDICAL_CONTENT_TYPES, type MedicalContentTypeName } from '@mbc/shared';
import { copyLegacyReviewers, legacyReviewerOf, MEDICAL_PAGE_TYPES } from '../src/bootstrap/reviewers';
import { checkEntry } from '../src/validation/content-rules';
import { validPhysicianData, validTrialData, documents } from './fixtures';
import { adminApi, signInAsLocalAdmin } from './admin-users';
import { readAsTheSite, type SiteEntry } from './site-reads';
import { SITE_TOKEN, rest, restartCms, startCms } from './strapi';

const PHYSICIAN = 'api::physician.physician';
const TRIAL = 'api::clinical-trial.clinical-trial';

let strapi: Core.Strapi;
const createdTrials: string[] = [];
const createdPhysicians: string[] = [];

beforeAll(async () => {
  ({ strapi } = await startCms());
});

afterAll(async () => {
  for (const documentId of createdTrials) await documents(strapi, TRIAL).delete({ documentId });
  for (const documentId of createdPhysicians) await documents(strapi, PHYSICIAN).delete({ documentId });
});

/** The physician the published page names, as the site reads it. */
function reviewerOf(page: SiteEntry): { documentId: string; fullName: string } | null {
  return page.reviewedBy ? { documentId: page.reviewedBy.documentId, fullName: page.reviewedBy.fullName } : null;
}

/** page label → its reviewer, for every published medical page, read through REST with the site token. */
async function publishedReviewers(): Promise<Map<string, { type: MedicalContentTypeName; reviewer: ReturnType<typeof reviewerOf> }>> {
  const pages = new Map<string, { type: MedicalContentTypeName; reviewer: ReturnType<typeof reviewerOf> }>();
  for (const type of MEDICAL_CONTENT_TYPES) {
    for (const page of await readAsTheSite(type)) pages.set(`${type} '${page.slug ?? page.documentId}'`, { type, reviewer: reviewerOf(page) });
  }
  return pages;
}

/** A few reviewers who between them reviewed a page of every medical type. */
function reviewersCoveringEveryType(pages: Awaited<ReturnType<typeof publishedReviewers>>): string[] {
  const chosen: string[] = [];
  for (const type of MEDICAL_CONTENT_TYPES) {
    const ofType = [...pages.values()].filter((page) => page.type === type && page.reviewer);
    if (ofType.some((page) => chosen.includes(page.reviewer!.documentId))) continue;
    chosen.push(ofType[0]!.reviewer!.documentId);
  }
  return chosen;
}

describe('republishing a reviewer', () => {
  it('leaves every page they reviewed, of every medical type, naming them in the published version', async () => {
    const before = await publishedReviewers();
    for (const [page, { reviewer }] of before) expect(reviewer, `${page} names a reviewer before the test`).not.toBeNull();
    const republished = reviewersCoveringEveryType(before);
    const physicians = documents(strapi, PHYSICIAN);

    for (const documentId of republished) {
      const { title } = await physicians.findOne({ documentId, status: 'draft', fields: ['title'] });
      for (const round of [1, 2]) {
        await physicians.update({ documentId, data: { title: `${title} (edit ${round})` } });
        await physicians.publish({ documentId });
      }
      // (Unpublishing a reviewer of published pages is refused: see "unpublishing a reviewer" below.)
      await physicians.update({ documentId, data: { title } });
      await physicians.publish({ documentId });
    }

    const after = await publishedReviewers();
    const lost = [...before].filter(([page, { reviewer }]) => after.get(page)?.reviewer?.documentId !== reviewer?.documentId).map(([page]) => page);
    expect(lost, 'published pages that no longer name their reviewer').toEqual([]);
    // Every medical type had a page whose reviewer went through the whole cycle.
    const coveredTypes = new Set([...after.values()].filter((page) => republished.includes(page.reviewer?.documentId ?? '')).map((page) => page.type));
    expect([...coveredTypes].sort()).toEqual([...MEDICAL_CONTENT_TYPES].sort());
  });
});

describe('publishing a medical page', () => {
  it('needs a reviewer: a draft may lack one, publishing it is refused naming reviewedBy', async () => {
    const { reviewedBy: _reviewedBy, ...data } = await validTrialData(strapi, 'no-reviewer', 'NCT09998001');
    const draft = await documents(strapi, TRIAL).create({ data: data });
    createdTrials.push(draft.documentId);

    await expect(documents(strapi, TRIAL).publish({ documentId: draft.documentId })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('choose the reviewing physician (field reviewedBy)'),
      details: { errors: [expect.objectContaining({ path: ['reviewedBy'] })] },
    });
    await expect(documents(strapi, TRIAL).create({ data: { ...data, slug: 'test-trial-no-reviewer-2', nctId: 'NCT09998002' }, status: 'published' })).rejects.toMatchObject({
      message: expect.stringContaining('reviewedBy'),
    });
    expect(await documents(strapi, TRIAL).findOne({ documentId: draft.documentId, status: 'published' })).toBeNull();
  });

  it('needs the reviewer’s profile published, since the live page could not name them otherwise', async () => {
    const unpublishedDoctor = await documents(strapi, PHYSICIAN).create({ data: (await validPhysicianData(strapi, 'unpublished-reviewer')) });
    createdPhysicians.push(unpublishedDoctor.documentId);
    const data = { ...(await validTrialData(strapi, 'draft-reviewer', 'NCT09998003')), reviewedBy: unpublishedDoctor.documentId };
    const draft = await documents(strapi, TRIAL).create({ data: data });
    createdTrials.push(draft.documentId);

    await expect(documents(strapi, TRIAL).publish({ documentId: draft.documentId })).rejects.toMatchObject({
      message: expect.stringContaining("reviewedBy names a physician whose profile is not published"),
    });

    await documents(strapi, PHYSICIAN).publish({ documentId: unpublishedDoctor.documentId });
    await documents(strapi, TRIAL).publish({ documentId: draft.documentId });
    const [published] = (await readAsTheSite('clinicalTrial')).filter((trial) => trial.documentId === draft.documentId);
    expect(published.reviewedBy.fullName).toBe('Test Physician unpublished-reviewer');
  });

  it('the rule: a review date at publish needs a reviewer; a draft save does not', () => {
    const values = { slug: 'x', nctId: 'NCT09998004', medicalReview: { lastReviewed: '2026-01-01', nextReviewDue: '2027-01-01' } };
    const reviewerErrors = (related: Record<string, { documentId?: string; published?: boolean }[]>, mode: 'save' | 'publish') =>
      checkEntry(TRIAL, { values, related }, new Date('2026-06-01'), mode).filter((error) => error.path[0] === 'reviewedBy');
    expect(reviewerErrors({ reviewedBy: [] }, 'save')).toEqual([]);
    expect(reviewerErrors({ reviewedBy: [] }, 'publish')).toHaveLength(1);
    expect(reviewerErrors({ reviewedBy: [{ documentId: 'p1', published: false }] }, 'publish')).toHaveLength(1);
    expect(reviewerErrors({ reviewedBy: [{ documentId: 'p1', published: true }] }, 'publish')).toEqual([]);
  });
});

describe('migrating a database from before reviewedBy', () => {
  /** A published trial as an older CMS stored it: no reviewedBy, the reviewer inside the review component. */
  async function legacyTrial(suffix: string, nctId: string, legacy: { draft: string | null; published: string | null; publishedReviewDate?: string }) {
    const created = await documents(strapi, TRIAL).create({ data: (await validTrialData(strapi, suffix, nctId)), status: 'published' });
    createdTrials.push(created.documentId);
    const rows = await strapi.db.query(TRIAL).findMany({ where: { documentId: created.documentId }, populate: { medicalReview: true } });
    for (const row of rows) {
      const physicianDocument = row.publishedAt ? legacy.published : legacy.draft;
      const physician = physicianDocument
        ? await strapi.db.query(PHYSICIAN).findOne({ where: { documentId: physicianDocument, publishedAt: row.publishedAt ? { $notNull: true } : { $null: true } } })
        : null;
      await strapi.db.query(TRIAL).update({ where: { id: row.id }, data: { reviewedBy: null } });
      await strapi.db.query('shared.medical-review').update({
        where: { id: row.medicalReview.id },
        data: { reviewer: physician?.id ?? null, ...(row.publishedAt && legacy.publishedReviewDate ? { lastReviewed: legacy.publishedReviewDate } : {}) },
      });
    }
    return created.documentId;
  }

  async function publishedReviewerSlug(documentId: string): Promise<string | null> {
    const [trial] = (await readAsTheSite('clinicalTrial')).filter((entry) => entry.documentId === documentId);
    return trial.reviewedBy?.slug ?? null;
  }

  it('copies the component’s reviewer into reviewedBy at start, and a second start changes nothing', async () => {
    const [first, second] = await documents(strapi, PHYSICIAN).findMany({ status: 'published', fields: ['slug'], sort: 'slug:asc', limit: 2 });
    const kept = await legacyTrial('legacy-kept', 'NCT09998101', { draft: first.documentId, published: first.documentId });
    // The defect: the published version lost its reviewer, the draft (same review) still has it.
    const lost = await legacyTrial('legacy-lost', 'NCT09998102', { draft: second.documentId, published: null });
    // A draft with a newer review than the published page: its reviewer is not the published review's.
    const newer = await legacyTrial('legacy-newer', 'NCT09998103', { draft: second.documentId, published: null, publishedReviewDate: '2025-06-01' });
    expect(await publishedReviewerSlug(kept)).toBeNull();

    ({ strapi } = await restartCms());

    expect(await publishedReviewerSlug(kept)).toBe(first.slug);
    expect(await publishedReviewerSlug(lost)).toBe(second.slug);
    expect(await publishedReviewerSlug(newer)).toBeNull();
    const draft = await documents(strapi, TRIAL).findOne({ documentId: newer, status: 'draft', populate: { reviewedBy: { fields: ['slug'] } } });
    expect(draft.reviewedBy.slug).toBe(second.slug);
    expect(await copyLegacyReviewers(strapi)).toBe(0);
  });

  it('never replaces a reviewer already chosen in reviewedBy', () => {
    const row = (reviewer: string | null, reviewedBy: number | null, publishedAt: string | null = null) => ({
      id: 1,
      documentId: 'd',
      locale: null,
      publishedAt,
      medicalReview: { lastReviewed: '2026-01-01', reviewer: reviewer ? { documentId: reviewer } : null },
      reviewedBy: reviewedBy ? { id: reviewedBy } : null,
    });
    expect(legacyReviewerOf(row('old', 7), undefined)).toBeNull();
    expect(legacyReviewerOf(row('old', null), undefined)).toBe('old');
    expect(legacyReviewerOf(row(null, null, '2026-02-01T00:00:00.000Z'), row('draft-reviewer', null))).toBe('draft-reviewer');
    expect(legacyReviewerOf(row(null, null, '2026-02-01T00:00:00.000Z'), row('draft-reviewer', 3))).toBeNull();
  });
});

describe('the review component’s old reviewer', () => {
  it('is hidden from editors in the admin, who choose the reviewer in reviewedBy', async () => {
    const token = await signInAsLocalAdmin();
    const components = await adminApi(token, '/content-manager/components');
    expect(components.status).toBe(200);
    const review = components.body.data.find((component: { uid: string }) => component.uid === 'shared.medical-review');
    expect(Object.keys(review.attributes)).toEqual(expect.arrayContaining(['lastReviewed', 'nextReviewDue']));
    expect(review.attributes).not.toHaveProperty('reviewer');
    const contentTypes = await adminApi(token, '/content-manager/content-types');
    const treatment = contentTypes.body.data.find((contentType: { uid: string }) => contentType.uid === 'api::treatment.treatment');
    expect(treatment.attributes.reviewedBy).toMatchObject({ type: 'relation', target: PHYSICIAN });
  });

  it('is never served by the API', async () => {
    const response = await rest('/api/treatments?populate[medicalReview][populate][reviewer]=true', { token: SITE_TOKEN });
    // Strapi either refuses to populate a private field or leaves it out.
    expect([200, 400]).toContain(response.status);
    const served = response.status === 200 ? response.body.data.map((treatment: { medicalReview?: unknown }) => treatment.medicalReview) : [];
    expect(served.filter((review: object | null) => review && 'reviewer' in review)).toEqual([]);
  });
});

describe('the medical page types (the contract\'s MEDICAL_CONTENT_TYPES)', () => {
  it('are exactly the CMS types with a reviewedBy relation to a physician and a required medical review', () => {
    const withReviewer = Object.entries(strapi.contentTypes)
      .filter(([uid]) => uid.startsWith('api::'))
      .filter(([, contentType]) => {
        const attributes = contentType.attributes as Record<string, { type: string; target?: string; component?: string; required?: boolean }>;
        return attributes.reviewedBy?.type === 'relation' && attributes.reviewedBy.target === PHYSICIAN && attributes.medicalReview?.component === 'shared.medical-review';
      })
      .map(([uid]) => uid);
    expect(withReviewer.sort()).toEqual([...MEDICAL_PAGE_TYPES].sort());
    expect(MEDICAL_PAGE_TYPES).toHaveLength(MEDICAL_CONTENT_TYPES.length);
  });
});

describe('unpublishing or deleting a reviewer', () => {
  it('is refused while published pages name them, with those pages named; once they name someone else it goes through', async () => {
    const token = await signInAsLocalAdmin();
    const reviewed = await documents(strapi, 'api::treatment.treatment').findFirst({ status: 'published', populate: { reviewedBy: true } });
    const reviewer = reviewed.reviewedBy;
    const cm = `/content-manager/collection-types/${PHYSICIAN}`;

    for (const attempt of [
      () => adminApi(token, `${cm}/${reviewer.documentId}/actions/unpublish`, { method: 'POST', body: {} }),
      () => adminApi(token, `${cm}/${reviewer.documentId}`, { method: 'DELETE' }),
    ]) {
      const answer = await attempt();
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.error.message).toContain(`${reviewer.fullName} is the medical reviewer named on published pages`);
      expect(answer.body.error.message).toContain(`treatment '${reviewed.slug}'`);
      expect(answer.body.error.message).toContain('Choose another reviewer on those pages (field reviewedBy)');
    }
    expect(await documents(strapi, PHYSICIAN).findOne({ documentId: reviewer.documentId, status: 'published' })).not.toBeNull();

    // A new, unpublished-nothing physician can be unpublished at once.
    const newcomer = await documents(strapi, PHYSICIAN).create({ data: (await validPhysicianData(strapi, 'reviews-nothing')), status: 'published' });
    createdPhysicians.push(newcomer.documentId);
    await expect(documents(strapi, PHYSICIAN).unpublish({ documentId: newcomer.documentId })).resolves.toBeTruthy();
  });
});
