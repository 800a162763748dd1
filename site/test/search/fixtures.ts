/**
 * Physicians for the search tests, checked against the content contract so they are what the
 * build's content holds.
 */
import { physicianSchema, type Physician } from '@mbc/shared';

const META = { createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z', publishedAt: '2026-01-05T10:00:00.000Z' };

const durham = {
  id: 1,
  documentId: 'loc-durham',
  name: 'Piedmont Valley Durham Clinic',
  slug: 'durham',
  phone: '(919) 555-0142',
  latitude: 35.994,
  longitude: -78.8986,
  address: { id: 1, street: '2150 Sycamore Ridge Drive', unit: null, city: 'Durham', state: 'NC', postalCode: '27705' },
};

/** Words that appear only in a bio, so a search for them tells whether bios were indexed. */
export const BIO_ONLY_WORDS = 'kayaking marathons';

export function physician(changes: Partial<Record<keyof Physician, unknown>> = {}): Physician {
  return physicianSchema.parse({
    id: 30,
    documentId: 'doc-okafor',
    ...META,
    fullName: 'Amara Okafor',
    slug: 'amara-okafor',
    credentials: 'MD',
    title: 'Medical Oncologist',
    npi: '9950552882',
    specialty: { id: 4, documentId: 'spec-med', name: 'Medical oncology', slug: 'medical-oncology' },
    gender: 'female',
    languages: [
      { id: 1, language: 'English' },
      { id: 2, language: 'Swahili' },
    ],
    acceptingNewPatients: true,
    offersTelehealth: true,
    offersSecondOpinions: false,
    photo: null,
    photoAlt: null,
    bio: [{ type: 'paragraph', children: [{ type: 'text', text: `Outside the clinic, Dr. Okafor enjoys ${BIO_ONLY_WORDS}.` }] }],
    education: [],
    boardCertifications: null,
    clinicalInterests: null,
    locations: [durham],
    subtypes: [{ id: 2, documentId: 'sub-tn', name: 'Triple-negative', slug: 'triple-negative', shortName: 'TNBC' }],
    seo: null,
    ...changes,
  });
}
