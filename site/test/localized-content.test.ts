import { describe, expect, test } from 'vitest';
import type { ContentEntry } from '@mbc/shared';
import { samplePhysician, sampleTreatment } from '../../shared/test/fixtures/rest-entries';
import { isTranslated, localizeEntry, translationIndex, type WithLocalizations } from '../src/lib/localized-content';

const meta = { id: 90, locale: 'es', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z', publishedAt: '2026-11-02T10:00:00.000Z' };

function content() {
  const physician = samplePhysician() as unknown as WithLocalizations<ContentEntry<'physician'>>;
  const location = physician.locations[0]!;
  const subtype = physician.subtypes[0]!;
  physician.localizations = { es: { ...meta, documentId: physician.documentId, title: 'Oncóloga médica', photoAlt: null, bio: [], clinicalInterests: 'Cáncer de mama', seo: null } as never };
  const locations = [{ documentId: location.documentId, localizations: { es: { ...meta, documentId: location.documentId, name: 'Clínica de Durham' } as never } }];
  const subtypes = [{ documentId: subtype.documentId }];
  const specialties = [{ documentId: physician.specialty!.documentId, localizations: { es: { ...meta, documentId: physician.specialty!.documentId, name: 'Oncología médica', description: 'x' } as never } }];
  return { physician, physicians: [physician], locations, subtypes, specialties };
}

describe('content in another locale', () => {
  test('takes the translated fields from the entry’s version and keeps every shared field', () => {
    const { physician, physicians, locations, subtypes, specialties } = content();
    const index = translationIndex('es', { physician: physicians, location: locations, subtype: subtypes, specialty: specialties });
    const spanish = localizeEntry('physician', physician, 'es', index);
    expect(spanish.title).toBe('Oncóloga médica');
    expect(spanish.clinicalInterests).toBe('Cáncer de mama');
    expect(spanish.inLanguage).toBe('es');
    expect(spanish.npi).toBe(physician.npi);
    expect(spanish.fullName).toBe(physician.fullName);
    expect(spanish.languages).toEqual(physician.languages);
    expect('localizations' in spanish).toBe(false);
  });

  test('shows related entries in the locale where they have a version, and says which are not', () => {
    const { physician, physicians, locations, subtypes, specialties } = content();
    const index = translationIndex('es', { physician: physicians, location: locations, subtype: subtypes, specialty: specialties });
    const spanish = localizeEntry('physician', physician, 'es', index);
    expect(spanish.locations[0]).toMatchObject({ name: 'Clínica de Durham', slug: physician.locations[0]!.slug, inLanguage: 'es' });
    // The address and phone are shared: only the translated fields the relation selects change.
    expect(spanish.locations[0]!.phone).toBe(physician.locations[0]!.phone);
    expect(spanish.specialty).toMatchObject({ name: 'Oncología médica', inLanguage: 'es' });
    expect(spanish.subtypes[0]).toMatchObject({ name: physician.subtypes[0]!.name, inLanguage: 'en' });
    expect(isTranslated(index, 'subtype', physician.subtypes[0]!.documentId, 'es')).toBe(false);
    expect(isTranslated(index, 'location', physician.locations[0]!.documentId, 'es')).toBe(true);
  });

  test('an entry without a version keeps its default-locale text and says so', () => {
    const treatment = sampleTreatment() as unknown as ContentEntry<'treatment'>;
    const spanish = localizeEntry('treatment', treatment, 'es', translationIndex('es', { treatment: [treatment] }));
    expect(spanish).toMatchObject({ name: 'Immunotherapy', slug: 'immunotherapy', inLanguage: 'en' });
  });

  test('in the default locale an entry is the same object, so its pages do not change', () => {
    const treatment = sampleTreatment() as unknown as ContentEntry<'treatment'>;
    expect(localizeEntry('treatment', treatment, 'en', translationIndex('en', { treatment: [treatment] }))).toBe(treatment);
    expect(isTranslated(translationIndex('en', {}), 'treatment', 'anything', 'en')).toBe(true);
  });
});
