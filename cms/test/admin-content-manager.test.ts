import { describe, expect, it } from 'vitest';
import { contentManagerLanding } from '../src/admin/content-manager/landing';

const read = (subject: string) => ({ action: 'plugin::content-manager.explorer.read', subject });

describe('where the Content Manager opens', () => {
  it('opens on subtypes for anyone who may read them, not on the alphabetically first appointment requests', () => {
    expect(contentManagerLanding([read('api::appointment-request.appointment-request'), read('api::treatment.treatment'), read('api::subtype.subtype')])).toBe(
      '/content-manager/collection-types/api::subtype.subtype',
    );
  });
  it('opens on the next editor\'s type the user may read, a single type included', () => {
    expect(contentManagerLanding([read('api::treatment.treatment')])).toBe('/content-manager/collection-types/api::treatment.treatment');
    expect(contentManagerLanding([read('api::site-setting.site-setting')])).toBe('/content-manager/single-types/api::site-setting.site-setting');
  });
  it('opens a care coordinator\'s requests, and Strapi\'s no-access page for someone who may read nothing', () => {
    expect(contentManagerLanding([read('api::appointment-request.appointment-request'), { action: 'admin::users.read', subject: null }])).toBe(
      '/content-manager/collection-types/api::appointment-request.appointment-request',
    );
    expect(contentManagerLanding([{ action: 'plugin::content-manager.explorer.create', subject: 'api::subtype.subtype' }])).toBe('/content-manager/403');
  });
});
