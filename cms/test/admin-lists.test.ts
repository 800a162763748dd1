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
    expect(humanLabel('npi')).toBe('NPI');
    expect(humanLabel('recruitmentStatus')).toBe('Recruitment status');
    expect(labelsFor('api::physician.physician', 'specialty')).toEqual({ edit: 'Specialty (required)', list: 'Specialty' });
    expect(labelsFor('api::subtype.subtype', 'medicalReview')).toEqual({ edit: 'Medical review', list: 'Next review due' });
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
    '%s shows the next review due in its list',
    async (uid) => {
      const configuration = await contentTypeConfiguration(uid);
      expect(configuration.layouts.list).toContain('medicalReview');
      expect(configuration.metadatas.medicalReview.list.label).toBe('Next review due');
    },
  );

  it('titles collapsed rows of repeatable components with what they hold, and a review by its next due date', async () => {
    expect((await componentConfiguration('location.opening-hours')).settings.mainField).toBe('day');
    expect((await componentConfiguration('physician.language')).settings.mainField).toBe('language');
    expect((await componentConfiguration('shared.medical-review')).settings.mainField).toBe('nextReviewDue');
  });

  it('leaves the appointment requests\' list to its own module', async () => {
    const configuration = await contentTypeConfiguration('api::appointment-request.appointment-request');
    expect(configuration.layouts.list).toEqual(['submittedAt', 'fullName', 'requestType', 'requestStatus']);
  });

  it('is set again at the next start, whatever was changed in between', async () => {
    const service = strapi.plugin('content-manager').service('content-types');
    const model = strapi.contentType('api::physician.physician');
    const { uid: _uid, ...changed } = await service.findConfiguration(model);
    await service.updateConfiguration(model, { ...changed, layouts: { ...changed.layouts, list: ['id'] } });
    await configureAdminLists(strapi);
    expect((await service.findConfiguration(model)).layouts.list[0]).toBe('fullName');
  });

  it('gives editors the next review due in the list and lets them filter on it', async () => {
    const editor = await signInWithRole(strapi, 'Medical content editor', 'admin-lists-editor@tests.local');
    const list = await adminApi(editor, '/content-manager/collection-types/api::subtype.subtype?page=1&pageSize=100');
    expect(list.status).toBe(200);
    const dues = (list.body.results as { medicalReview: { nextReviewDue: string } }[]).map((subtype) => subtype.medicalReview.nextReviewDue).sort();
    expect(dues.length).toBeGreaterThan(1);
    const [earliest] = dues;
    const filtered = await adminApi(
      editor,
      `/content-manager/collection-types/api::subtype.subtype?page=1&pageSize=100&filters[$and][0][medicalReview][nextReviewDue][$lte]=${earliest}`,
    );
    expect(filtered.status).toBe(200);
    expect(filtered.body.results.map((subtype: { medicalReview: { nextReviewDue: string } }) => subtype.medicalReview.nextReviewDue)).toEqual(
      dues.filter((due) => due <= earliest),
    );
  });
});
