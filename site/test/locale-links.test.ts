import { describe, expect, it } from 'vitest';
import { linkLanguage, pathsIn } from '../src/lib/locale-links';

describe('links in a locale', () => {
  it('keeps the default locale’s links as they are', () => {
    const en = pathsIn('en');
    expect(en.treatments).toBe('/treatments/');
    expect(en.treatment({ slug: 'immunotherapy' })).toBe('/treatments/immunotherapy/');
    expect(en.doctor('amara-okafor')).toBe('/doctors/amara-okafor/');
    expect(linkLanguage('en', { inLanguage: 'es' })).toBeUndefined();
  });

  it('links a translated entry’s page in the locale, and an untranslated one’s in its own language', () => {
    const es = pathsIn('es');
    expect(es.home).toBe('/es/');
    expect(es.treatment({ slug: 'inmunoterapia', inLanguage: 'es' })).toBe('/es/treatments/inmunoterapia/');
    expect(es.treatment({ slug: 'surgery', inLanguage: 'en' })).toBe('/treatments/surgery/');
    expect(linkLanguage('es', { inLanguage: 'en' })).toBe('en');
    expect(linkLanguage('es', { inLanguage: 'es' })).toBeUndefined();
    // Doctors and clinics have a page in every locale.
    expect(es.doctor('amara-okafor')).toBe('/es/doctors/amara-okafor/');
    expect(es.location('durham')).toBe('/es/locations/durham/');
  });
});

describe('links written in content', async () => {
  const { localizedHref, pathsInLocale } = await import('../src/lib/locale-links');
  const inSpanish = pathsInLocale('es', {
    subtypes: [{ slug: 'her2-positive', localizations: { es: { slug: 'her2-positivo' } } }],
    treatments: [{ slug: 'immunotherapy', localizations: { es: { slug: 'inmunoterapia' } } }, { slug: 'surgery' }],
    clinicalTrials: [],
    diagnosticTests: [{ slug: 'bone-scan', localizations: { es: { slug: 'gammagrafia-osea' } } }],
    supportServices: [{ slug: 'support-group' }],
  });

  it('go to the same page in the locale, or to the English page and say so', () => {
    expect(localizedHref('/treatments/immunotherapy/', 'es', inSpanish)).toEqual({ href: '/es/treatments/inmunoterapia/' });
    expect(localizedHref('/treatments/surgery/', 'es', inSpanish)).toEqual({ href: '/treatments/surgery/', lang: 'en' });
    expect(localizedHref('/diagnosis/#bone-scan', 'es', inSpanish)).toEqual({ href: '/es/diagnosis/#gammagrafia-osea' });
    expect(localizedHref('/support/#support-group', 'es', inSpanish)).toEqual({ href: '/es/support/#support-group' });
    expect(localizedHref('/second-opinion/', 'es', inSpanish)).toEqual({ href: '/es/second-opinion/' });
    expect(localizedHref('/doctors/amara-okafor/', 'es', inSpanish)).toEqual({ href: '/es/doctors/amara-okafor/' });
    expect(localizedHref('/doctors/?language=spanish', 'es', inSpanish)).toEqual({ href: '/es/doctors/?language=spanish' });
    expect(localizedHref('/treatments/immunotherapy/#side-effects', 'es', inSpanish)).toEqual({ href: '/es/treatments/inmunoterapia/#side-effects' });
    expect(localizedHref('/nowhere/', 'es', inSpanish)).toEqual({ href: '/nowhere/', lang: 'en' });
    expect(localizedHref('https://clinicaltrials.gov/', 'es', inSpanish)).toEqual({ href: 'https://clinicaltrials.gov/' });
    expect(localizedHref('/treatments/immunotherapy/', 'en', inSpanish)).toEqual({ href: '/treatments/immunotherapy/' });
  });
});
