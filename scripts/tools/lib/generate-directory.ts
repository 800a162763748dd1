/**
 * A large, valid, deterministic care-network directory for benchmarks: clinic locations,
 * physicians and clinical trials on top of the demo content. Same size and seed, same output.
 *
 * `generateDirectory()` returns the bulk-import format (cms/src/bulk-import/import-directory.ts,
 * relations by slug), which goes into Strapi through the Document Service
 * (scripts/tools/import-directory.ts, or CMS_IMPORT_FILE for a test CMS); `addDirectoryToSnapshot()`
 * turns it into a content snapshot the site builds from without a CMS.
 *
 * Everything passes the CMS's rules (shared/src/rules/) and the content contract:
 * Luhn-valid NPIs in the unissued 99… range, NCT ids in the NCT9… range (decades from being issued), phone
 * numbers from the fictional 555-01xx block, languages the CMS allows, review dates in the past,
 * clinics at real North Carolina towns' coordinates (moved a few miles). People are fictional.
 */
import type { Directory } from '../../../cms/src/bulk-import/import-directory';
import type { LanguageName } from '@mbc/shared';
import type { Block, SeedClinicalTrial, SeedLocation, SeedPhysician } from '../../../cms/src/seed/types';
import * as demo from '../../../cms/src/seed/data';
import { withNpiCheckDigit } from '@mbc/shared';
import type { ContentSnapshot } from '../../../site/src/lib/cms/snapshot';

export type { Directory };

/** How much to generate (added to whatever content there already is). */
export interface DirectorySize {
  physicians: number;
  locations: number;
  clinicalTrials: number;
  /** Random seed (default 20260115). */
  seed?: number;
}

/** What generated entries may link to: slugs of content that already exists (the demo seed by default). */
export interface DirectoryReferences {
  specialties: readonly { slug: string }[];
  subtypes: readonly { slug: string }[];
  treatments: readonly { slug: string }[];
  /** NPIs and NCT ids already taken: generated ones skip them (each must be unique). */
  physicians: readonly { npi: string }[];
  clinicalTrials: readonly { nctId: string }[];
}

export const DEMO_REFERENCES: DirectoryReferences = {
  specialties: demo.specialties,
  subtypes: demo.subtypes,
  treatments: demo.treatments,
  physicians: demo.physicians,
  clinicalTrials: demo.clinicalTrials,
};

/**
 * The benchmark sizes: a clinic per 50 physicians and a trial per 20, as a regional network might
 * have. `physicians` is the total, demo content included.
 */
export function directorySizeFor(totalPhysicians: number, seed?: number): DirectorySize {
  const physicians = Math.max(0, totalPhysicians - demo.physicians.length);
  // Generated physicians work at generated clinics, so there is at least one when there are any.
  const atLeastOne = physicians > 0 ? 1 : 0;
  return {
    physicians,
    locations: Math.max(atLeastOne, Math.ceil(totalPhysicians / 50) - demo.locations.length),
    clinicalTrials: Math.max(0, Math.ceil(totalPhysicians / 20) - demo.clinicalTrials.length),
    seed,
  };
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
const SECOND_LANGUAGES: LanguageName[] = ['Spanish', 'Mandarin', 'Vietnamese', 'Korean', 'Arabic', 'Hindi', 'French', 'Portuguese', 'Russian', 'Tagalog'];
const TITLES: Record<string, string> = {
  'medical-oncology': 'Medical Oncologist',
  'surgical-oncology': 'Surgical Oncologist',
  'radiation-oncology': 'Radiation Oncologist',
  'interventional-radiology': 'Interventional Radiologist',
  'palliative-care': 'Palliative Care Physician',
  'neuro-oncology': 'Neuro-Oncologist',
  'cancer-genetics': 'Cancer Geneticist',
};
const CERTIFICATIONS: Record<string, string> = {
  'medical-oncology': 'Medical Oncology, American Board of Internal Medicine',
  'surgical-oncology': 'Complex General Surgical Oncology, American Board of Surgery',
  'radiation-oncology': 'Radiation Oncology, American Board of Radiology',
  'interventional-radiology': 'Interventional Radiology and Diagnostic Radiology, American Board of Radiology',
  'palliative-care': 'Hospice and Palliative Medicine, American Board of Internal Medicine',
  'neuro-oncology': 'Neuro-Oncology, United Council for Neurologic Subspecialties',
  'cancer-genetics': 'Clinical Genetics and Genomics, American Board of Medical Genetics and Genomics',
};
const INTERESTS = [
  'Hormone receptor-positive metastatic breast cancer',
  'HER2-positive breast cancer',
  'Triple-negative breast cancer',
  'Cancer that has spread to the bones',
  'Cancer that has spread to the brain',
  'Managing side effects of treatment',
  'Clinical trials of new treatments',
  'Care for older adults with cancer',
];
const SCHOOLS = ['a state medical school', 'a university medical school', 'a teaching hospital'];
const PHASES: SeedClinicalTrial['phase'][] = ['phase_1', 'phase_1_2', 'phase_2', 'phase_2_3', 'phase_3'];
const RECRUITMENT: SeedClinicalTrial['recruitmentStatus'][] = ['recruiting', 'recruiting', 'recruiting', 'not_yet_recruiting', 'active_not_recruiting', 'completed'];
const TRIAL_TOPICS = [
  ['a new hormone pill', 'hormone therapy'],
  ['a new antibody-drug conjugate', 'targeted treatment'],
  ['shorter courses of radiation', 'radiation'],
  ['an exercise program during treatment', 'supportive care'],
  ['a blood test that tracks the cancer', 'monitoring'],
  ['a new way to ease nerve pain from chemotherapy', 'supportive care'],
] as const;
const LAST_REVIEWED = '2026-01-15';
const NEXT_REVIEW_DUE = '2027-01-15';

const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Generated entries, linked to each other and to `references`. Generated physicians work at
 * generated clinics; a generated trial is led by a generated physician at one to three clinics.
 */
export function generateDirectory(size: DirectorySize, references: DirectoryReferences = DEMO_REFERENCES): Required<Directory> {
  for (const key of ['physicians', 'locations', 'clinicalTrials'] as const) {
    if (!Number.isInteger(size[key]) || size[key] < 0) throw new RangeError(`${key} must be a whole number of at least 0, got ${size[key]}.`);
  }
  if (size.physicians > 0 && size.locations === 0) throw new RangeError('Generated physicians need at least one generated location to work at.');
  if (size.clinicalTrials > 0 && size.physicians === 0) throw new RangeError('Generated trials need at least one generated physician to lead them.');
  if (size.physicians > 9_000_000) throw new RangeError('At most 9,000,000 physicians fit the demo NPI range.');
  if (size.clinicalTrials > 80_000) throw new RangeError('At most 80,000 trials fit the demo NCT range.');
  const random = seededRandom(size.seed ?? 20_260_115);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], chance: number): T[] => items.filter(() => random() < chance);

  const locations: SeedLocation[] = [];
  for (let number = 1; number <= size.locations; number++) {
    const [town, latitude, longitude, zip, areaCode] = TOWNS[(number - 1) % TOWNS.length]!;
    const site = Math.ceil(number / TOWNS.length);
    const name = `${town} ${CLINIC_KINDS[(number - 1) % CLINIC_KINDS.length]}${site > 1 ? ` ${site}` : ''}`;
    locations.push({
      slug: `${slugify(name)}-g${number}`,
      name,
      address: { street: `${100 + Math.floor(random() * 900)} ${pick(STREETS)}`, city: town, state: 'NC', postalCode: zip },
      latitude: Math.round((latitude + (random() - 0.5) * 0.08) * 10_000) / 10_000,
      longitude: Math.round((longitude + (random() - 0.5) * 0.08) * 10_000) / 10_000,
      phone: `(${areaCode}) 555-01${String(number % 100).padStart(2, '0')}`,
      hours: (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const).map((day) => ({ day, opens: '08:00', closes: '17:00' })),
      parkingAndDirections: `Free parking in front of the building. The clinic is on the first floor, to the left of the main entrance.`,
      servicesOffered: ['Medical oncology clinic', 'Infusion center', ...some(['Radiation oncology', 'Imaging', 'Lab draws', 'Nutrition counseling'], 0.5)].join('\n'),
      photoAlt: undefined,
    });
  }

  const takenNpis = new Set(references.physicians.map((physician) => physician.npi));
  let npiSerial = 0;
  const nextNpi = () => {
    for (;;) {
      const npi = withNpiCheckDigit(`99${String(++npiSerial).padStart(7, '0')}`);
      if (!takenNpis.has(npi)) return npi;
    }
  };
  const physicians: SeedPhysician[] = [];
  for (let number = 1; number <= size.physicians; number++) {
    const given = pick(GIVEN_NAMES);
    const family = pick(FAMILY_NAMES);
    const fullName = `${given} ${String.fromCharCode(65 + Math.floor(random() * 26))}. ${family}`;
    const specialty = pick(references.specialties).slug;
    const title = TITLES[specialty] ?? 'Physician';
    const home = Math.floor(random() * locations.length);
    const clinicCount = random() < 0.6 ? 1 : random() < 0.8 ? 2 : 3;
    const clinics = new Set([home]);
    while (clinics.size < Math.min(clinicCount, locations.length)) clinics.add(Math.floor(random() * locations.length));
    const languages: LanguageName[] = ['English'];
    if (random() < 0.25) languages.push(pick(SECOND_LANGUAGES));
    const interests = some(INTERESTS, 0.3);
    const residencyYear = 1990 + Math.floor(random() * 30);
    physicians.push({
      slug: `${slugify(`${given} ${family}`)}-g${number}`,
      fullName,
      credentials: random() < 0.9 ? 'MD' : 'DO',
      title,
      npi: nextNpi(),
      specialty,
      languages,
      acceptingNewPatients: random() < 0.7,
      offersTelehealth: random() < 0.5,
      offersSecondOpinions: random() < 0.4,
      bio: [
        paragraph(`Dr. ${fullName} is a ${title.toLowerCase()} who cares for people with breast cancer that has spread.`),
        paragraph(`${given} takes time to explain each choice in plain words and works closely with the rest of the care team.`),
      ],
      education: [
        { kind: 'medical_school', institution: `Medical degree, ${pick(SCHOOLS)}`, year: residencyYear - 4 },
        { kind: 'residency', institution: `Residency, ${pick(SCHOOLS)}`, field: 'Internal Medicine', year: residencyYear },
      ],
      boardCertifications: CERTIFICATIONS[specialty] ?? '',
      clinicalInterests: interests.join('\n'),
      locations: [...clinics].map((index) => locations[index]!.slug),
      subtypes: some(references.subtypes, 0.3).map((subtype) => subtype.slug),
    });
  }

  const takenNctIds = new Set(references.clinicalTrials.map((trial) => trial.nctId));
  let nctSerial = 10_000;
  const nextNctId = () => {
    for (;;) {
      const nctId = `NCT990${String(++nctSerial).padStart(5, '0')}`;
      if (!takenNctIds.has(nctId)) return nctId;
    }
  };
  const clinicalTrials: SeedClinicalTrial[] = [];
  for (let number = 1; number <= size.clinicalTrials; number++) {
    const [what, kind] = pick(TRIAL_TOPICS);
    const leader = pick(physicians);
    const subtypes = some(references.subtypes, 0.4).map((subtype) => subtype.slug);
    const sites = new Set([pick(leader.locations)]);
    while (random() < 0.5 && sites.size < 3) sites.add(pick(locations).slug);
    clinicalTrials.push({
      slug: `trial-${number}-${slugify(what)}`,
      title: `Study ${number}: ${what} for metastatic breast cancer`,
      nctId: nextNctId(),
      phase: pick(PHASES),
      recruitmentStatus: pick(RECRUITMENT),
      plainLanguageSummary:
        `This study tests ${what} (${kind}) for people whose breast cancer has spread. ` +
        'People in the study get care from the study team and regular check-ups, and can leave the study at any time.',
      eligibilitySummary: ['Adults 18 or older with metastatic breast cancer', 'Able to do most daily activities on your own', 'Not pregnant or breastfeeding'].join('\n'),
      review: { reviewer: leader.slug, lastReviewed: LAST_REVIEWED, nextReviewDue: NEXT_REVIEW_DUE },
      principalInvestigator: leader.slug,
      subtypes,
      treatments: some(references.treatments, 0.15).map((treatment) => treatment.slug),
      locations: [...sites],
    });
  }

  return { locations, physicians, clinicalTrials };
}

type Entry = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const TIMESTAMP = '2026-01-15T12:00:00.000Z';

/**
 * The snapshot a CMS holding `base` plus `directory` would export: entries shaped as the REST API
 * returns them with the site's populate presets, relations filled in both directions. Relations
 * to content in `base` (specialties, subtypes, treatments) are found by slug.
 */
export function addDirectoryToSnapshot(base: ContentSnapshot, directory: Directory): ContentSnapshot {
  const content = structuredClone(base.content) as Record<string, Entry[]>;
  let nextId = 1_000_000;
  const meta = (kind: string, slug: string) => ({ id: nextId++, documentId: `generated-${kind}-${slug}`, createdAt: TIMESTAMP, updatedAt: TIMESTAMP, publishedAt: TIMESTAMP });
  const bySlug = (name: string) => new Map((content[name] ?? []).map((entry) => [entry.slug as string, entry]));
  const find = (index: Map<string, Entry>, slug: string, what: string) => {
    const entry = index.get(slug);
    if (!entry) throw new Error(`The directory names ${what} "${slug}", which is not in the snapshot.`);
    return entry;
  };
  const ref = (entry: Entry, fields: string[]) => Object.fromEntries([['id', entry.id], ['documentId', entry.documentId], ...fields.map((field) => [field, entry[field] ?? null])]);
  const place = (location: Entry) => ref(location, ['name', 'slug', 'phone', 'latitude', 'longitude', 'address']);
  const physicianLink = (physician: Entry) => ref(physician, ['fullName', 'slug', 'credentials', 'title']);
  const subtypeLink = (subtype: Entry) => ref(subtype, ['name', 'slug', 'shortName']);
  const withIds = <T extends object>(items: T[] = []) => items.map((item) => ({ id: nextId++, ...item }));

  const specialties = bySlug('specialty');
  const subtypes = bySlug('subtype');
  const treatments = bySlug('treatment');
  for (const location of directory.locations ?? []) {
    content.location!.push({
      ...meta('location', location.slug),
      ...location,
      address: { id: nextId++, unit: null, ...location.address },
      fax: location.fax ?? null,
      hours: withIds(location.hours),
      photo: null,
      photoAlt: location.photoAlt ?? null,
      seo: null,
      physicians: [],
    });
  }
  const locations = bySlug('location');
  for (const physician of directory.physicians ?? []) {
    const entry: Entry = {
      ...meta('physician', physician.slug),
      ...physician,
      gender: physician.gender ?? null,
      specialty: ref(find(specialties, physician.specialty, 'specialty'), ['name', 'slug']),
      languages: physician.languages.map((language) => ({ id: nextId++, language })),
      photo: null,
      photoAlt: null,
      education: withIds(physician.education).map((item) => ({ field: null, ...item })),
      boardCertifications: physician.boardCertifications ?? null,
      clinicalInterests: physician.clinicalInterests ?? null,
      locations: physician.locations.map((slug) => place(find(locations, slug, 'location'))),
      subtypes: physician.subtypes.map((slug) => subtypeLink(find(subtypes, slug, 'subtype'))),
      seo: null,
    };
    content.physician!.push(entry);
    for (const slug of physician.locations) find(locations, slug, 'location').physicians.push(physicianLink(entry));
    for (const slug of physician.subtypes) find(subtypes, slug, 'subtype').physicians.push(physicianLink(entry));
  }
  const physicians = bySlug('physician');
  for (const trial of directory.clinicalTrials ?? []) {
    const { review, principalInvestigator, ...fields } = trial;
    const entry: Entry = {
      ...meta('trial', trial.slug),
      ...fields,
      medicalReview: { id: nextId++, lastReviewed: review.lastReviewed, nextReviewDue: review.nextReviewDue },
      reviewedBy: ref(find(physicians, review.reviewer, 'physician'), ['fullName', 'slug', 'credentials']),
      seo: null,
      principalInvestigator: principalInvestigator ? physicianLink(find(physicians, principalInvestigator, 'physician')) : null,
      subtypes: trial.subtypes.map((slug) => subtypeLink(find(subtypes, slug, 'subtype'))),
      treatments: trial.treatments.map((slug) => ref(find(treatments, slug, 'treatment'), ['name', 'slug'])),
      locations: trial.locations.map((slug) => place(find(locations, slug, 'location'))),
    };
    content.clinicalTrial!.push(entry);
    const trialLink = ref(entry, ['title', 'slug', 'nctId', 'phase', 'recruitmentStatus']);
    for (const slug of trial.subtypes) find(subtypes, slug, 'subtype').clinicalTrials.push(trialLink);
    for (const slug of trial.treatments) find(treatments, slug, 'treatment').clinicalTrials.push(trialLink);
  }
  return { ...base, exportedAt: TIMESTAMP, content: content as ContentSnapshot['content'] };
}
