/**
 * A small, hand-checkable doctor finder index: six doctors at four real Triangle towns, built
 * with the same buildFinderIndex the site uses, then parsed as the browser parses it.
 */
import { buildFinderIndex, parseFinderIndex, type FinderData, type FinderIndexInput } from '../../src/lib/finder/finder-index';

export const TOWNS = {
  durham: { latitude: 35.994, longitude: -78.8986 },
  raleigh: { latitude: 35.7796, longitude: -78.6382 },
  chapelHill: { latitude: 35.9132, longitude: -79.0558 },
  cary: { latitude: 35.7915, longitude: -78.7811 },
  hillsborough: { latitude: 36.0754, longitude: -79.0997 },
  wakeForest: { latitude: 35.9799, longitude: -78.5097 },
} as const;

const ref = (documentId: string, slug: string) => ({ id: 1, documentId, slug, name: slug });
const place = (documentId: string, slug: string, town: { latitude: number; longitude: number }) => ({
  ...ref(documentId, slug),
  phone: '(919) 555-0100',
  latitude: town.latitude,
  longitude: town.longitude,
  address: { id: 1, street: '1 Main St', unit: null, city: slug, state: 'NC', postalCode: '27701' },
});

export const LOCATIONS = [
  { ...place('loc-durham', 'durham', TOWNS.durham), name: 'Durham Cancer Center' },
  { ...place('loc-raleigh', 'raleigh', TOWNS.raleigh), name: 'Raleigh Breast Oncology Clinic' },
  { ...place('loc-chapel-hill', 'chapel-hill', TOWNS.chapelHill), name: 'Chapel Hill Cancer Pavilion' },
  { ...place('loc-cary', 'cary', TOWNS.cary), name: 'Cary Oncology and Infusion Center' },
];
const [durham, raleigh, chapelHill, cary] = LOCATIONS;

const subtypeRef = (documentId: string, slug: string) => ({ ...ref(documentId, slug), shortName: slug });
export const SUBTYPES = [subtypeRef('sub-hr', 'hr-positive-her2-negative'), subtypeRef('sub-her2', 'her2-positive'), subtypeRef('sub-tn', 'triple-negative')];
const [hr, her2, tn] = SUBTYPES;
export const SPECIALTIES = [ref('spec-med', 'medical-oncology'), ref('spec-surg', 'surgical-oncology'), ref('spec-pall', 'palliative-care')];
const [medical, surgical, palliative] = SPECIALTIES;

type PhysicianInput = FinderIndexInput['physicians'][number];
type LanguageName = PhysicianInput['languages'][number]['language'];
const language = (name: LanguageName) => ({ id: 1, language: name });
const physician = (fields: Partial<PhysicianInput> & Pick<PhysicianInput, 'fullName'>): PhysicianInput => ({
  documentId: `doc-${fields.fullName}`,
  slug: fields.fullName.toLowerCase().replace(/\W+/g, '-'),
  specialty: null,
  acceptingNewPatients: false,
  offersTelehealth: false,
  offersSecondOpinions: false,
  locations: [],
  subtypes: [],
  languages: [language('English')],
  ...fields,
} as PhysicianInput);

/** In the order of the /doctors/ page (by family name). */
export const PHYSICIANS: PhysicianInput[] = [
  // 0: Durham + Chapel Hill, medical oncology, HR+ and HER2+, English + Spanish, accepting, telehealth, second opinions
  physician({
    fullName: 'Maya R. Alvarez',
    specialty: medical!,
    acceptingNewPatients: true,
    offersTelehealth: true,
    offersSecondOpinions: true,
    locations: [chapelHill!, durham!],
    subtypes: [hr!, her2!],
    languages: [language('English'), language('Spanish')],
  }),
  // 1: Raleigh, surgical oncology, accepting
  physician({ fullName: 'Katherine Osei', specialty: surgical!, acceptingNewPatients: true, locations: [raleigh!], subtypes: [tn!] }),
  // 2: Cary, medical oncology, HER2+, Mandarin, telehealth
  physician({
    fullName: 'Wei Chen',
    specialty: medical!,
    offersTelehealth: true,
    locations: [cary!],
    subtypes: [her2!],
    languages: [language('English'), language('Mandarin')],
  }),
  // 3: Raleigh + Durham, palliative care, accepting, telehealth
  physician({ fullName: 'José Núñez-Díaz', specialty: palliative!, acceptingNewPatients: true, offersTelehealth: true, locations: [raleigh!, durham!], languages: [language('Spanish')] }),
  // 4: Chapel Hill, medical oncology, triple-negative, second opinions, not accepting
  physician({ fullName: "Sarah O'Neil", specialty: medical!, offersSecondOpinions: true, locations: [chapelHill!], subtypes: [tn!, hr!] }),
  // 5: no location, no specialty (both unpublished)
  physician({ fullName: 'Ann Lee' }),
];

export function fixtureIndex() {
  return buildFinderIndex({ physicians: PHYSICIANS, locations: LOCATIONS, subtypes: SUBTYPES, specialties: SPECIALTIES });
}

/** The index as the browser gets it: through JSON and parseFinderIndex. */
export function fixtureData(): FinderData {
  return parseFinderIndex(JSON.parse(JSON.stringify(fixtureIndex())));
}

/** Names of the doctors at the given index positions. */
export function names(data: FinderData, positions: readonly number[]): string[] {
  return positions.map((position) => data.doctors[position]!.fullName);
}
