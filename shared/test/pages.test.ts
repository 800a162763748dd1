import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, contentTypeNamed, hasPage, pagePathOf, paths, type ContentTypeName } from '../src/index';

describe('which page shows an entry', () => {
  it('gives each content type with a page the path the site builds for it', () => {
    const slug = 'an-entry';
    const expected: Record<ContentTypeName, string | null> = {
      subtype: '/subtypes/an-entry/',
      treatment: '/treatments/an-entry/',
      diagnosticTest: '/diagnosis/#an-entry',
      location: '/locations/an-entry/',
      physician: '/doctors/an-entry/',
      specialty: null,
      clinicalTrial: '/clinical-trials/an-entry/',
      supportService: '/support/#an-entry',
      conditionPage: '/',
      siteSettings: '/',
    };
    const actual = Object.fromEntries((Object.keys(CONTENT_TYPES) as ContentTypeName[]).map((name) => [name, pagePathOf(name, { slug })]));
    expect(actual).toEqual(expected);
  });

  it('has no page for an entry that lacks the slug its page needs, nor for a type without pages', () => {
    expect(pagePathOf('treatment', {})).toBeNull();
    expect(pagePathOf('physician', { slug: '' })).toBeNull();
    expect(pagePathOf('conditionPage', {})).toBe(paths.home);
    expect(hasPage('specialty')).toBe(false);
    expect(hasPage('treatment')).toBe(true);
  });

  it('finds a content type by its Strapi uid, and nothing for any other uid', () => {
    expect(contentTypeNamed('api::treatment.treatment')).toBe('treatment');
    expect(contentTypeNamed('api::site-setting.site-setting')).toBe('siteSettings');
    expect(contentTypeNamed('api::appointment-request.appointment-request')).toBeUndefined();
    expect(contentTypeNamed('treatment')).toBeUndefined();
  });
});

describe('paths in a locale', () => {
  it('keeps the default locale at today’s paths and puts every other under its code', async () => {
    const { localePath, localeOfPath } = await import('../src/pages.js');
    expect(localePath('en', '/treatments/immunotherapy/')).toBe('/treatments/immunotherapy/');
    expect(localePath('es', '/treatments/inmunoterapia/')).toBe('/es/treatments/inmunoterapia/');
    expect(localePath('es', '/')).toBe('/es/');
    expect(localeOfPath('/es/treatments/inmunoterapia/')).toEqual({ locale: 'es', path: '/treatments/inmunoterapia/' });
    expect(localeOfPath('/es/')).toEqual({ locale: 'es', path: '/' });
    expect(localeOfPath('/es')).toEqual({ locale: 'es', path: '/' });
    expect(localeOfPath('/en/treatments/')).toEqual({ locale: 'en', path: '/en/treatments/' });
    expect(localeOfPath('/esperanza/')).toEqual({ locale: 'en', path: '/esperanza/' });
    expect(localeOfPath('/')).toEqual({ locale: 'en', path: '/' });
  });
});
