/**
 * Shapes of the demo content, written as plain data. Relations are given by slug and resolved to
 * documentIds by the seeder. Dates are fixed (not relative to today) so every database gets
 * identical content. Enumerations come from the content contract (@mbc/shared), which the drift
 * test holds to the CMS's schema.json.
 */
import type {
  ClinicalTrialPhase,
  ClinicalTrialStatus,
  DiagnosticTestCategory,
  EducationKind,
  Gender,
  Her2Status,
  HowGiven,
  LanguageName,
  ReceptorStatus,
  SupportServiceCategory,
  TreatmentCategory,
  Weekday,
} from '@mbc/shared';

export type TextNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean };
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: TextNode[] }
  | { type: 'list'; format: 'unordered' | 'ordered'; children: ListItemNode[] };

export type Review = {
  /** physician slug; the seed and the bulk import make it the page's reviewedBy */
  reviewer: string;
  lastReviewed: string;
  nextReviewDue: string;
};

export type Seo = { metaTitle?: string; metaDescription?: string };

export type SeedSpecialty = { slug: string; name: string; description: string };

export type SeedLocation = {
  slug: string;
  name: string;
  address: { street: string; unit?: string; city: string; state: string; postalCode: string };
  latitude: number;
  longitude: number;
  phone: string;
  fax?: string;
  hours: { day: Weekday; opens: string; closes: string }[];
  parkingAndDirections: string;
  /** one service per line */
  servicesOffered: string;
  photoAlt?: string;
};

export type SeedPhysician = {
  slug: string;
  fullName: string;
  credentials: string;
  title: string;
  /** 10 digits passing the NPI Luhn check; demo NPIs start with 99 so they can never be a real provider's */
  npi: string;
  /** work e-mail for review reminders, never published; the demo's reviewers have fictional example.org addresses */
  email?: string;
  /** specialty slug */
  specialty: string;
  gender?: Gender;
  languages: LanguageName[];
  acceptingNewPatients: boolean;
  offersTelehealth: boolean;
  offersSecondOpinions: boolean;
  bio: Block[];
  education: { kind: EducationKind; institution: string; field?: string; year: number }[];
  /** one per line */
  boardCertifications: string;
  /** one per line */
  clinicalInterests: string;
  /** location slugs, at least one */
  locations: string[];
  /** subtype slugs */
  subtypes: string[];
};

export type SeedTreatment = {
  slug: string;
  name: string;
  category: TreatmentCategory;
  howGiven: HowGiven;
  summary: string;
  body: Block[];
  sideEffects: Block[];
  review: Review;
  seo?: Seo;
};

export type SeedSubtype = {
  slug: string;
  name: string;
  shortName: string;
  sortOrder: number;
  estrogenReceptor: ReceptorStatus;
  progesteroneReceptor: ReceptorStatus;
  her2Status: Her2Status;
  summary: string;
  body: Block[];
  review: Review;
  /** treatment slugs */
  treatments: string[];
  seo?: Seo;
};

export type SeedDiagnosticTest = {
  slug: string;
  name: string;
  category: DiagnosticTestCategory;
  sortOrder: number;
  summary: string;
  body: Block[];
  review: Review;
};

export type SeedClinicalTrial = {
  slug: string;
  title: string;
  /** demo trials use NCT9xxxxxxx, a range decades from being issued, so they never point at a real study */
  nctId: string;
  phase: ClinicalTrialPhase;
  recruitmentStatus: ClinicalTrialStatus;
  plainLanguageSummary: string;
  /** one point per line */
  eligibilitySummary: string;
  review: Review;
  /** physician slug */
  principalInvestigator: string;
  subtypes: string[];
  treatments: string[];
  locations: string[];
};

export type SeedSupportService = {
  slug: string;
  name: string;
  category: SupportServiceCategory;
  summary: string;
  body: Block[];
  contactPhone?: string;
  review: Review;
  locations: string[];
};

export type SeedConditionPage = {
  title: string;
  intro: string;
  goalsOfCare: { title: string; text: string }[];
  newlyDiagnosed: { heading: string; text: string; linkLabel: string; linkHref: string };
  secondOpinion: { heading: string; text: string; linkLabel: string; linkHref: string };
  whyChooseUs: { title: string; text: string }[];
  sections: { anchor: string; heading: string; body: Block[] }[];
  review: Review;
  seo?: Seo;
  featuredSubtypes: string[];
  featuredTreatments: string[];
};

export type SeedSiteSettings = {
  organizationName: string;
  appointmentPhone: string;
  appointmentPageText: string;
  secondOpinionPageText: string;
  emergencyNote: string;
  footerText: string;
  defaultSeo: Seo;
  showDemoNotice: boolean;
  demoNotice: string;
};

/** Small builders so the data files read like text. */
export const paragraph = (...texts: string[]): Block => ({ type: 'paragraph', children: texts.map((text) => ({ type: 'text', text })) });
export const bullets = (...items: string[]): Block => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});
export const heading = (level: 2 | 3 | 4, text: string): Block => ({ type: 'heading', level, children: [{ type: 'text', text }] });

/**
 * One locale's translation of the demo content (other than the default locale's, which is the
 * data above). Entries are keyed by their default-locale slug; each holds only the fields
 * shared/src/locales.ts LOCALIZED_FIELDS lists for its type, and the seeder creates the
 * document's version in this locale from them. Everything else (relations, identifiers, dates)
 * is the default locale's. Links inside texts use the default locale's paths (/treatments/…):
 * the site points them at the same page in the reader's language.
 *
 * A document left out gets no version in this locale: a medical page then has no page in this
 * language (the site links to the default one); a physician or location still gets a page
 * built from its shared fields, with the default locale's text.
 */
export type SeedTranslation = {
  locale: string;
  specialties: Record<string, { name: string; description: string }>;
  locations: Record<string, { name: string; parkingAndDirections: string; servicesOffered: string; photoAlt?: string; seo?: Seo }>;
  physicians: Record<string, { title: string; bio: Block[]; clinicalInterests: string; photoAlt?: string; seo?: Seo }>;
  treatments: Record<string, { slug: string; name: string; summary: string; body: Block[]; sideEffects: Block[]; seo?: Seo }>;
  subtypes: Record<string, { slug: string; name: string; shortName: string; summary: string; body: Block[]; seo?: Seo }>;
  diagnosticTests: Record<string, { slug: string; name: string; summary: string; body: Block[] }>;
  clinicalTrials: Record<string, { slug: string; title: string; plainLanguageSummary: string; eligibilitySummary: string; seo?: Seo }>;
  supportServices: Record<string, { slug: string; name: string; summary: string; body: Block[] }>;
  conditionPage: Omit<SeedConditionPage, 'review' | 'featuredSubtypes' | 'featuredTreatments'>;
  siteSettings: Pick<SeedSiteSettings, 'appointmentPageText' | 'secondOpinionPageText' | 'emergencyNote' | 'footerText' | 'defaultSeo' | 'demoNotice'>;
};
