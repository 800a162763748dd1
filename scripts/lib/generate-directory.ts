/**
 * A large, valid, deterministic doctor directory for the finder benchmark: takes a content
 * snapshot (the demo content) and adds generated clinics and physicians until there are
 * `locations` and `physicians` in all. Same seed, same output. Everything passes the content
 * contract (the site parses the snapshot with it): slugs, Luhn-valid NPIs in the unissued 99…
 * demo range, US phone numbers from the fictional 555-01xx block, languages from the list the
 * CMS allows, clinics at real North Carolina towns' coordinates (jittered a few miles).
 */
import type { ContentSnapshot } from '../../site/src/lib/cms/snapshot';

export interface DirectoryOptions {
  physicians: number;
  locations: number;
  seed?: number;
}

/** mulberry32: small, fast, good enough to spread fake data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The NPI check digit: Luhn over "80840" + the first nine digits (as cms/src/validation/rules.ts checks it). */
export function npiWithCheckDigit(firstNine: string): string {
  const digits = `80840${firstNine}`;
  let sum = 0;
  // The check digit will sit at the right, so the rightmost of these digits is doubled.
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${firstNine}${(10 - (sum % 10)) % 10}`;
}

/** Real North Carolina towns (name, latitude, longitude, a ZIP code, area code). */
const TOWNS: [string, number, number, string, string][] = [
  ['Greensboro', 36.0726, -79.792, '27401', '336'],
  ['Winston-Salem', 36.0999, -80.2442, '27101', '336'],
  ['Charlotte', 35.2271, -80.8431, '28202', '704'],
  ['Fayetteville', 35.0527, -78.8784, '28301', '910'],
  ['Wilmington', 34.2257, -77.9447, '28401', '910'],
  ['Greenville', 35.6127, -77.3664, '27834', '252'],
  ['Asheville', 35.5951, -82.5515, '28801', '828'],
  ['Rocky Mount', 35.9382, -77.7905, '27804', '252'],
  ['Wilson', 35.7212, -77.9155, '27893', '252'],
  ['Burlington', 36.0957, -79.4378, '27215', '336'],
  ['Goldsboro', 35.3849, -77.9928, '27530', '919'],
  ['Sanford', 35.4799, -79.1803, '27330', '919'],
  ['Henderson', 36.3296, -78.3992, '27536', '252'],
  ['Smithfield', 35.5085, -78.3394, '27577', '919'],
  ['Roxboro', 36.3937, -78.9828, '27573', '336'],
  ['Pinehurst', 35.1954, -79.4695, '28374', '910'],
  ['Hickory', 35.7332, -81.3412, '28601', '828'],
  ['Concord', 35.4088, -80.5795, '28025', '704'],
  ['High Point', 35.9557, -80.0053, '27260', '336'],
  ['New Bern', 35.1085, -77.0441, '28560', '252'],
  ['Jacksonville', 34.7541, -77.4302, '28540', '910'],
  ['Boone', 36.2168, -81.6746, '28607', '828'],
  ['Statesville', 35.7826, -80.8873, '28677', '704'],
  ['Lumberton', 34.6182, -79.0086, '28358', '910'],
];
const CLINIC_KINDS = ['Cancer Clinic', 'Oncology Center', 'Infusion Center', 'Breast Care Clinic', 'Cancer Care Center'];
const STREETS = ['Oak Grove Road', 'Main Street', 'Medical Park Drive', 'Hospital Way', 'Pine Hollow Lane', 'College Avenue', 'Riverside Drive'];
const GIVEN_NAMES = [
  'Amara', 'Ben', 'Carmen', 'David', 'Elena', 'Farah', 'Grace', 'Hiro', 'Isabel', 'James', 'Kavya', 'Liam', 'Maya', 'Noah',
  'Olivia', 'Priya', 'Quinn', 'Rosa', 'Samuel', 'Tariq', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'José', 'Chloé',
];
const FAMILY_NAMES = [
  'Adeyemi', 'Brooks', 'Castillo', 'Delgado', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ibrahim', 'Jensen', 'Kim', 'Larsen',
  'Morales', 'Nguyen', 'Okafor', 'Patel', 'Quintero', 'Rossi', 'Shah', 'Tanaka', 'Usman', 'Varga', 'Walker', 'Xu', 'Yilmaz',
  'Zhang', "O'Brien", 'Núñez', 'Lee-Park', 'Whitfield',
];
const SECOND_LANGUAGES = ['Spanish', 'Mandarin', 'Vietnamese', 'Korean', 'Arabic', 'Hindi', 'French', 'Portuguese', 'Russian', 'Tagalog'];
const TITLES: Record<string, string> = {
  'medical-oncology': 'Medical Oncologist',
  'surgical-oncology': 'Surgical Oncologist',
  'radiation-oncology': 'Radiation Oncologist',
  'interventional-radiology': 'Interventional Radiologist',
  'palliative-care': 'Palliative Care Physician',
  'neuro-oncology': 'Neuro-Oncologist',
  'cancer-genetics': 'Cancer Geneticist',
};
const TIMESTAMP = '2026-01-15T12:00:00.000Z';

type Entry = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function generateDirectory(base: ContentSnapshot, options: DirectoryOptions): ContentSnapshot {
  const random = seededRandom(options.seed ?? 20_260_115);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const content = structuredClone(base.content) as Record<string, Entry[]>;
  const locations = content.location!;
  const physicians = content.physician!;
  const specialties = content.specialty!;
  const subtypes = content.subtype!;
  let nextId = 1_000_000;

  const place = (location: Entry) => ({
    id: location.id,
    documentId: location.documentId,
    name: location.name,
    slug: location.slug,
    phone: location.phone,
    latitude: location.latitude,
    longitude: location.longitude,
    address: location.address,
  });
  const link = (physician: Entry) => ({
    id: physician.id,
    documentId: physician.documentId,
    fullName: physician.fullName,
    slug: physician.slug,
    credentials: physician.credentials,
    title: physician.title,
  });

  for (let number = 1; locations.length < options.locations; number++) {
    const [town, latitude, longitude, zip, areaCode] = TOWNS[(number - 1) % TOWNS.length]!;
    const site = Math.ceil(number / TOWNS.length);
    const name = `${town} ${CLINIC_KINDS[(number - 1) % CLINIC_KINDS.length]}${site > 1 ? ` ${site}` : ''}`;
    const id = nextId++;
    const hours = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => ({ id: nextId++, day, opens: '08:00', closes: '17:00' }));
    locations.push({
      id,
      documentId: `generated-location-${number}`,
      createdAt: TIMESTAMP,
      updatedAt: TIMESTAMP,
      publishedAt: TIMESTAMP,
      name,
      slug: slugify(name),
      address: { id: nextId++, street: `${100 + Math.floor(random() * 900)} ${pick(STREETS)}`, unit: null, city: town, state: 'NC', postalCode: zip },
      latitude: Math.round((latitude + (random() - 0.5) * 0.08) * 10_000) / 10_000,
      longitude: Math.round((longitude + (random() - 0.5) * 0.08) * 10_000) / 10_000,
      phone: `(${areaCode}) 555-01${String(number % 100).padStart(2, '0')}`,
      fax: null,
      hours,
      parkingAndDirections: 'Free parking in front of the building.',
      servicesOffered: 'Medical oncology clinic\nInfusion center',
      photo: null,
      photoAlt: null,
      seo: null,
      physicians: [],
    });
  }

  const byDocumentId = new Map(locations.map((location) => [location.documentId, location]));
  for (let number = 1; physicians.length < options.physicians; number++) {
    const given = pick(GIVEN_NAMES);
    const family = pick(FAMILY_NAMES);
    const fullName = `${given} ${String.fromCharCode(65 + Math.floor(random() * 26))}. ${family}`;
    const specialty = pick(specialties);
    const home = Math.floor(random() * locations.length);
    const locationCount = random() < 0.6 ? 1 : random() < 0.8 ? 2 : 3;
    const chosen = new Set([home]);
    while (chosen.size < Math.min(locationCount, locations.length)) chosen.add(Math.floor(random() * locations.length));
    const focus = subtypes.filter(() => random() < 0.3);
    const languages = [{ id: nextId++, language: 'English' }];
    if (random() < 0.25) languages.push({ id: nextId++, language: pick(SECOND_LANGUAGES) });
    const physician: Entry = {
      id: nextId++,
      documentId: `generated-physician-${number}`,
      createdAt: TIMESTAMP,
      updatedAt: TIMESTAMP,
      publishedAt: TIMESTAMP,
      fullName,
      slug: `${slugify(`${given} ${family}`)}-${number}`,
      credentials: random() < 0.9 ? 'MD' : 'DO',
      title: TITLES[specialty.slug] ?? 'Physician',
      npi: npiWithCheckDigit(`99${String(number).padStart(7, '0')}`),
      specialty: { id: specialty.id, documentId: specialty.documentId, name: specialty.name, slug: specialty.slug },
      gender: null,
      languages,
      acceptingNewPatients: random() < 0.7,
      offersTelehealth: random() < 0.5,
      offersSecondOpinions: random() < 0.4,
      photo: null,
      photoAlt: null,
      bio: [],
      education: [],
      boardCertifications: null,
      clinicalInterests: null,
      locations: [...chosen].map((at) => place(locations[at]!)),
      subtypes: focus.map((subtype) => ({ id: subtype.id, documentId: subtype.documentId, name: subtype.name, slug: subtype.slug, shortName: subtype.shortName })),
      seo: null,
    };
    physicians.push(physician);
    for (const location of physician.locations) byDocumentId.get(location.documentId)!.physicians.push(link(physician));
    for (const subtype of subtypes) {
      if (focus.includes(subtype)) subtype.physicians.push(link(physician));
    }
  }

  return { ...base, exportedAt: TIMESTAMP, content: content as ContentSnapshot['content'] };
}
