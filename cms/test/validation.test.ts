import { statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { rest, startCms } from './strapi';
import { validLocationData, validPhysicianData, validTrialData, documents } from './fixtures';

const PORTRAIT = path.resolve(__dirname, 'fixtures', 'portrait.png');

let strapi: Core.Strapi;
let writeToken: string;

beforeAll(async () => {
  ({ strapi } = await startCms());
  const tokens = strapi.service('admin::api-token-content-api');
  const created = await tokens.create({ name: 'validation tests (full access)', type: 'full-access', lifespan: null, description: '' });
  writeToken = created.accessKey;
});

type Case = { rule: string; field: string; endpoint: string; uid: string; data: () => Promise<Record<string, unknown>> };

function tomorrowPlus(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const cases: Case[] = [
  {
    rule: 'NPI must be 10 digits',
    field: 'npi',
    endpoint: 'physicians',
    uid: 'api::physician.physician',
    data: async () => ({ ...(await validPhysicianData(strapi, 'npi-short')), npi: '123456789' }),
  },
  {
    rule: 'NPI must pass the Luhn check with the 80840 prefix',
    field: 'npi',
    endpoint: 'physicians',
    uid: 'api::physician.physician',
    data: async () => ({ ...(await validPhysicianData(strapi, 'npi-luhn')), npi: '1234567890' }),
  },
  {
    rule: 'a physician needs at least one location',
    field: 'locations',
    endpoint: 'physicians',
    uid: 'api::physician.physician',
    data: async () => ({ ...(await validPhysicianData(strapi, 'no-location')), locations: [] }),
  },
  {
    rule: 'a physician needs a specialty',
    field: 'specialty',
    endpoint: 'physicians',
    uid: 'api::physician.physician',
    data: async () => {
      const { specialty: _specialty, ...data } = await validPhysicianData(strapi, 'no-specialty');
      return data;
    },
  },
  {
    rule: 'latitude within ±90',
    field: 'latitude',
    endpoint: 'locations',
    uid: 'api::location.location',
    data: async () => ({ ...validLocationData('latitude'), latitude: 95.5 }),
  },
  {
    rule: 'longitude within ±180',
    field: 'longitude',
    endpoint: 'locations',
    uid: 'api::location.location',
    data: async () => ({ ...validLocationData('longitude'), longitude: -200 }),
  },
  {
    rule: 'US phone format',
    field: 'phone',
    endpoint: 'locations',
    uid: 'api::location.location',
    data: async () => ({ ...validLocationData('phone'), phone: '555-0100' }),
  },
  {
    rule: 'NCT id is NCT and 8 digits',
    field: 'nctId',
    endpoint: 'clinical-trials',
    uid: 'api::clinical-trial.clinical-trial',
    data: () => validTrialData(strapi, 'nct-format', 'NCT1234'),
  },
  {
    rule: 'NCT id is unique',
    field: 'nctId',
    endpoint: 'clinical-trials',
    uid: 'api::clinical-trial.clinical-trial',
    data: async () => {
      const seeded = await documents(strapi, 'api::clinical-trial.clinical-trial').findFirst({ status: 'published' });
      return validTrialData(strapi, 'nct-duplicate', seeded.nctId);
    },
  },
  {
    rule: 'lastReviewed not in the future',
    field: 'medicalReview.lastReviewed',
    endpoint: 'clinical-trials',
    uid: 'api::clinical-trial.clinical-trial',
    data: async () => {
      const data = await validTrialData(strapi, 'review-future', 'NCT09999001');
      return { ...data, medicalReview: { ...data.medicalReview, lastReviewed: tomorrowPlus(5), nextReviewDue: tomorrowPlus(400) } };
    },
  },
  {
    rule: 'nextReviewDue after lastReviewed',
    field: 'medicalReview.nextReviewDue',
    endpoint: 'clinical-trials',
    uid: 'api::clinical-trial.clinical-trial',
    data: async () => {
      const data = await validTrialData(strapi, 'review-order', 'NCT09999002');
      return { ...data, medicalReview: { ...data.medicalReview, lastReviewed: '2026-06-01', nextReviewDue: '2026-05-01' } };
    },
  },
];

describe('content rules refuse bad data, naming the field', () => {
  it.each(cases)('$rule (document service)', async ({ uid, field, data }) => {
    const attempt = documents(strapi, uid).create({ data: (await data()) });
    await expect(attempt).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining(field),
      details: { errors: expect.arrayContaining([expect.objectContaining({ path: field.split('.') })]) },
    });
  });

  it.each(cases)('$rule (REST)', async ({ endpoint, field, data }) => {
    const response = await rest(`/api/${endpoint}`, { token: writeToken, method: 'POST', body: { data: await data() } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toContain(field);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toContain(field);
  });

  it('puts each rule under its field for the admin, with dates as the admin shows them', async () => {
    const data = await validTrialData(strapi, 'review-message', 'NCT09999003');
    const future = tomorrowPlus(5);
    const response = await rest('/api/clinical-trials', {
      token: writeToken,
      method: 'POST',
      body: { data: { ...data, medicalReview: { ...data.medicalReview, lastReviewed: future, nextReviewDue: tomorrowPlus(400) } } },
    });
    const readable = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${future}T00:00:00Z`));
    expect(response.body.error.message).toContain(`medicalReview.lastReviewed cannot be in the future (it is ${readable};`);
    expect(response.body.error.details.errors).toContainEqual({
      path: ['medicalReview', 'lastReviewed'],
      message: expect.stringMatching(new RegExp(`^Cannot be in the future \\(it is ${readable}; today is [A-Z][a-z]+ \\d{1,2}, \\d{4}\\)\\.$`)),
      name: 'ValidationError',
    });
  });

  it('accepts the same data once it is valid, through REST', async () => {
    const response = await rest('/api/locations', { token: writeToken, method: 'POST', body: { data: validLocationData('valid') } });
    expect(response.status).toBe(201);
    await documents(strapi, 'api::location.location').delete({ documentId: response.body.data.documentId });
  });

  it('requires alt text when a photo is set', async () => {
    const [photo] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: {},
        files: { filepath: PORTRAIT, originalFilename: 'portrait.png', mimetype: 'image/png', size: statSync(PORTRAIT).size },
      });
    const data = { ...(await validPhysicianData(strapi, 'photo')), photo: photo.id };
    await expect(documents(strapi, 'api::physician.physician').create({ data: data })).rejects.toMatchObject({
      message: expect.stringContaining('photoAlt'),
    });
    const response = await rest('/api/physicians', { token: writeToken, method: 'POST', body: { data } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('photoAlt');
    const created = await documents(strapi, 'api::physician.physician').create({ data: { ...data, photoAlt: 'Portrait of a test physician' } });
    await documents(strapi, 'api::physician.physician').delete({ documentId: created.documentId });
  });

  it('checks an update against the stored entry: removing the last location is refused, other edits pass', async () => {
    const physicians = documents(strapi, 'api::physician.physician');
    const created = await physicians.create({ data: (await validPhysicianData(strapi, 'update')), populate: { locations: true } });
    const locationIds = ((created).locations as { documentId: string }[]).map((location) => location.documentId);

    await expect(physicians.update({ documentId: created.documentId, data: { title: 'Breast Medical Oncologist' } })).resolves.toBeTruthy();
    await expect(physicians.update({ documentId: created.documentId, data: { locations: { disconnect: locationIds } } })).rejects.toMatchObject({
      message: expect.stringContaining('locations'),
    });
    const viaRest = await rest(`/api/physicians/${created.documentId}`, { token: writeToken, method: 'PUT', body: { data: { npi: '99' } } });
    expect(viaRest.status).toBe(400);
    expect(viaRest.body.error.message).toContain('npi');
    await physicians.delete({ documentId: created.documentId });
  });

  it('refuses a bad appointment phone in site settings', async () => {
    const response = await rest('/api/site-setting', { token: writeToken, method: 'PUT', body: { data: { appointmentPhone: 'ring us' } } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('appointmentPhone');
  });
});
