import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core, UID } from '@strapi/strapi';
import { configureAdminLists, humanLabel, labelsFor, withAdminLists, type StoredConfiguration } from '../src/bootstrap/admin-lists';
import { adminApi, removeTestAdmins, signInWithRole } from './admin-users';
import { startCms } from './strapi';

let strapi: Core.Strapi;
beforeAll(async () => {
  ({ strapi } = await startCms());
});
afterAll(() => removeTestAdmins(strapi));

const contentTypeConfiguration = (uid: string) =>
  strapi.plugin('content-manager').service('content-types').findConfiguration(strapi.contentType(uid as UID.ContentType));
const componentConfiguration = (uid: string) => strapi.plugin('content-manager').service('components').findConfiguration(strapi.components[uid as UID.Component]);

describe('labels', () => {
  it('spell attribute names out as words, with acronyms and the admin\'s own "Status" kept apart', () => {
    expect(humanLabel('acceptingNewPatients')).toBe('Accepting new patients');
    expect(humanLabel('nextReviewDue')).toBe('Next review due');
    expect(humanLabel('npi')).toBe('NPI number');
    expect(humanLabel('fullName')).toBe('Full name');
    expect(humanLabel('howGiven')).toBe('How it is given');
    expect(humanLabel('title', 'api::physician.physician')).toBe('Job title');
    expect(humanLabel('title', 'api::clinical-trial.clinical-trial')).toBe('Title');
    expect(humanLabel('recruitmentStatus')).toBe('Recruitment status');
    expect(labelsFor('api::physician.physician', 'specialty')).toEqual({ edit: 'Specialty (required)', list: 'Specialty' });
    expect(labelsFor('api::subtype.subtype', 'medicalReview')).toEqual({ edit: 'Medical review', list: 'Medical review' });
  });
});

describe('applying a list view to a stored configuration', () => {
  const stored = (): StoredConfiguration => ({
    settings: { mainField: 'name', defaultSortBy: 'id', defaultSortOrder: 'ASC' },
    metadatas: { name: { edit: { label: 'name' }, list: { label: 'name' } }, sortOrder: { edit: { label: 'sortOrder' }, list: { label: 'sortOrder' } } },
    layouts: { list: ['id', 'name'] },
  });
  const model = { uid: 'api::example.example', attributes: { name: {}, sortOrder: {} } };

  it('keeps only columns the type has, and reports no change the second time', () => {
    const configuration = stored();
    const plan = { listView: { columns: ['name', 'medicalReview', 'sortOrder'], sortBy: 'sortOrder', sortOrder: 'ASC' as const } };
    expect(withAdminLists(configuration, model, plan)).toBe(true);
    expect(configuration.layouts.list).toEqual(['name', 'sortOrder']);
    expect(configuration.settings.defaultSortBy).toBe('sortOrder');
    expect(configuration.metadatas.sortOrder.list.label).toBe('Sort order');
    expect(withAdminLists(configuration, model, plan)).toBe(false);
  });
});

describe('the Content Manager configuration after start', () => {
  it('lists physicians with specialty, locations and whether they take new patients, sorted by name', async () => {
    const configuration = await contentTypeConfiguration('api::physician.physician');
    expect(configuration.layouts.list).toEqual(['fullName', 'specialty', 'locations', 'acceptingNewPatients', 'offersTelehealth']);
    expect(configuration.settings).toMatchObject({ defaultSortBy: 'fullName', defaultSortOrder: 'ASC' });
    expect(configuration.metadatas.acceptingNewPatients.list.label).toBe('Accepting new patients');
    expect(configuration.metadatas.specialty.edit.label).toBe('Specialty (required)');
    expect(configuration.metadatas.locations.edit.label).toBe('Locations (required)');
  });

  it('labels the trial\'s recruitment status apart from the admin\'s draft/published "Status"', async () => {
    const configuration = await contentTypeConfiguration('api::clinical-trial.clinical-trial');
    expect(configuration.layouts.list).toContain('recruitmentStatus');
    expect(configuration.metadatas.recruitmentStatus.list.label).toBe('Recruitment status');
    expect(configuration.metadatas.recruitmentStatus.edit.label).toBe('Recruitment status');
  });

  it.each(['api::subtype.subtype', 'api::treatment.treatment', 'api::diagnostic-test.diagnostic-test', 'api::clinical-trial.clinical-trial', 'api::support-service.support-service'])(
    '%s shows the last and next review dates as sortable columns, kept out of the edit form',
    async (uid) => {
      const configuration = await contentTypeConfiguration(uid);
      expect(configuration.layouts.list).toEqual(expect.arrayContaining(['lastReviewed', 'nextReviewDue', 'reviewedBy']));
      expect(configuration.metadatas.lastReviewed.list).toMatchObject({ label: 'Last reviewed', sortable: true });
      expect(configuration.metadatas.nextReviewDue.list).toMatchObject({ label: 'Next review due', sortable: true });
      const editFields = (configuration.layouts.edit as { name: string }[][]).flat().map((field) => field.name);
      expect(editFields).toContain('medicalReview');
      expect(editFields).not.toContain('lastReviewed');
      expect(editFields).not.toContain('nextReviewDue');
    },
  );

  it('titles collapsed rows of repeatable components with what they hold, and a review by its next due date', async () => {
    expect((await componentConfiguration('location.opening-hours')).settings.mainField).toBe('day');
    expect((await componentConfiguration('physician.language')).settings.mainField).toBe('language');
    expect((await componentConfiguration('shared.medical-review')).settings.mainField).toBe('nextReviewDue');
  });

  it('leaves the appointment requests\' list to its own module', async () => {
    const configuration = await contentTypeConfiguration('api::appointment-request.appointment-request');
    expect(configuration.layouts.list).toEqual(['submittedAt', 'fullName', 'requestType', 'language', 'requestStatus']);
  });

  it('is set again at the next start, whatever was changed in between', async () => {
    const service = strapi.plugin('content-manager').service('content-types');
    const model = strapi.contentType('api::physician.physician');
    const { uid: _uid, ...changed } = await service.findConfiguration(model);
    await service.updateConfiguration(model, { ...changed, layouts: { ...changed.layouts, list: ['id'] } });
    await configureAdminLists(strapi);
    expect((await service.findConfiguration(model)).layouts.list[0]).toBe('fullName');
  });

  it('lets editors sort and filter a list by the next review due', async () => {
    const editor = await signInWithRole(strapi, 'Medical content editor', 'admin-lists-editor@tests.local');
    const path = '/content-manager/collection-types/api::subtype.subtype?page=1&pageSize=100';
    type Row = { documentId: string; nextReviewDue: string; lastReviewed: string };
    const sorted = await adminApi(editor, `${path}&sort=nextReviewDue:DESC`);
    expect(sorted.status).toBe(200);
    const rows = sorted.body.results as Row[];
    expect(rows.length).toBeGreaterThan(1);
    const dues = rows.map((row) => row.nextReviewDue);
    expect(dues).toEqual([...dues].sort().reverse());
    // The columns are the review's own dates.
    const drafts = await strapi.documents('api::subtype.subtype').findMany({ status: 'draft', populate: { medicalReview: true } });
    const reviews = new Map(drafts.map((draft) => [draft.documentId, draft.medicalReview]));
    for (const row of rows) {
      expect([row.lastReviewed, row.nextReviewDue]).toEqual([reviews.get(row.documentId)?.lastReviewed, reviews.get(row.documentId)?.nextReviewDue]);
    }
    const earliest = dues[dues.length - 1];
    const filtered = await adminApi(editor, `${path}&filters[$and][0][nextReviewDue][$lte]=${earliest}`);
    expect(filtered.status).toBe(200);
    expect(filtered.body.results.map((row: Row) => row.nextReviewDue)).toEqual(dues.filter((due) => due <= earliest));
  });
});
