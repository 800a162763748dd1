import { describe, expect, test } from 'vitest';
import { dictionary } from '../src/i18n';
import { ariaCurrent, footerNavigation, mainNavigation } from '../src/lib/navigation';
import { mapsSearchUrl, paths, registryUrl } from '../src/lib/routes';

describe('navigation', () => {
  test('aria-current: page on the page, true on its section, nothing elsewhere', () => {
    expect(ariaCurrent('/doctors/', '/doctors/')).toBe('page');
    expect(ariaCurrent('/doctors/amara-okafor/', '/doctors/')).toBe('true');
    expect(ariaCurrent('/doctors/amara-okafor', '/doctors/')).toBe('true');
    expect(ariaCurrent('/doctors/', '/')).toBeUndefined();
    expect(ariaCurrent('/', '/')).toBe('page');
  });

  test('every link points at a route of the site', () => {
    const routes = new Set<string>(Object.values(paths).flatMap((value) => (typeof value === 'string' ? [value] : [])));
    const { nav } = dictionary('en');
    for (const item of [...mainNavigation(nav), ...footerNavigation(nav)]) expect(routes.has(item.href), item.href).toBe(true);
  });
});

describe('routes', () => {
  test('paths end with a slash (trailingSlash: always)', () => {
    expect(paths.doctor('amara-okafor')).toBe('/doctors/amara-okafor/');
    expect(paths.clinicalTrial('x')).toBe('/clinical-trials/x/');
  });

  test('registryUrl points at the study on ClinicalTrials.gov', () => {
    expect(registryUrl('NCT09900101')).toBe('https://clinicaltrials.gov/study/NCT09900101');
  });

  test('mapsSearchUrl searches for the whole address', () => {
    const url = new URL(mapsSearchUrl({ street: '4800 Magnolia Crest Boulevard', unit: 'Suite 200', city: 'Raleigh', state: 'NC', postalCode: '27609' }));
    expect(url.origin + url.pathname).toBe('https://www.google.com/maps/search/');
    expect(url.searchParams.get('api')).toBe('1');
    expect(url.searchParams.get('query')).toBe('4800 Magnolia Crest Boulevard, Suite 200, Raleigh, NC 27609');
  });
});
