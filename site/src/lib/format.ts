import type {
  Address,
  ClinicalTrialPhase,
  ClinicalTrialStatus,
  DiagnosticTestCategory,
  EducationKind,
  Her2Status,
  HowGiven,
  OpeningHours,
  ReceptorStatus,
  SupportServiceCategory,
  TreatmentCategory,
  Weekday,
} from '@mbc/shared';

/**
 * Every way the site turns stored values into words: dates, times, phone links, addresses and the
 * labels of the CMS's enumerations. One formatter per thing, so a date reads the same everywhere.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const dateFormatter = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** '2026-06-15' (or an ISO date-time) → 'June 15, 2026'. The calendar date is kept as written. */
export function formatDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`formatDate: '${isoDate}' is not a date written YYYY-MM-DD`);
  const [, year, month, day] = match;
  return dateFormatter.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}

/** '07:30' → '7:30 a.m.', '18:00' → '6 p.m.', '12:00' → 'noon' (the style patients read in letters). */
export function formatTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) throw new Error(`formatTime: '${time}' is not a 24-hour time such as 08:00`);
  const hours = Number(match[1]);
  const minutes = match[2];
  if (hours === 12 && minutes === '00') return 'noon';
  if (hours === 0 && minutes === '00') return 'midnight';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? 'a.m.' : 'p.m.';
  return minutes === '00' ? `${hour12} ${suffix}` : `${hour12}:${minutes} ${suffix}`;
}

/** '(919) 555-0100' → 'tel:+19195550100'. US numbers get +1; other digits are kept as written. */
export function telHref(phone: string): string {
  const withoutExtension = phone.split(/\s*(?:x|ext\.?|extension)\s*\d+\s*$/i)[0] ?? phone;
  const digits = withoutExtension.replace(/\D/g, '');
  if (digits.length === 0) throw new Error(`telHref: '${phone}' has no digits`);
  if (withoutExtension.trim().startsWith('+')) return `tel:+${digits}`;
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/** The same number in the international format schema.org recommends: '+1-919-555-0100'. */
export function internationalPhone(phone: string): string {
  const digits = telHref(phone).slice('tel:'.length).replace(/^\+/, '');
  if (digits.length === 11 && digits.startsWith('1')) {
    return `+1-${digits.slice(1, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
  }
  return `+${digits}`;
}

const listFormatter = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/** ['English', 'Spanish'] → 'English and Spanish'. */
/** 12500 → "12,500". */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

export function formatList(items: readonly string[]): string {
  return listFormatter.format(items);
}

/** Text fields the CMS asks to fill "one per line" → the non-empty lines. */
export function splitLines(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Plain multi-paragraph text (paragraphs separated by a blank line) → paragraphs. */
export function splitParagraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** The lines of a postal address, as printed on an envelope. */
export function addressLines(address: Omit<Address, 'id'>): string[] {
  const lines = [address.street];
  if (address.unit) lines.push(address.unit);
  lines.push(`${address.city}, ${address.state} ${address.postalCode}`);
  return lines;
}

/** The address on one line, e.g. for a maps search. */
export function formatAddress(address: Omit<Address, 'id'>): string {
  return addressLines(address).join(', ');
}

/** 'Amara Okafor' + 'MD' → 'Amara Okafor, MD'. */
export function physicianDisplayName(physician: { fullName: string; credentials: string }): string {
  const credentials = physician.credentials.trim();
  return credentials ? `${physician.fullName}, ${credentials}` : physician.fullName;
}

// ---------------------------------------------------------------- opening hours

export const WEEKDAYS: readonly Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Consecutive days with the same hours, e.g. Monday to Friday 8 a.m. to 5 p.m.; closed days have no times. */
export interface OpeningHoursGroup {
  days: Weekday[];
  /** 'Monday to Friday', 'Saturday', 'Saturday and Sunday' */
  label: string;
  opens: string | null;
  closes: string | null;
  /** '8 a.m. to 5 p.m.' or 'Closed' */
  hoursLabel: string;
}

/** A full week, Monday first, with consecutive days that keep the same hours grouped together. */
export function groupOpeningHours(hours: readonly Pick<OpeningHours, 'day' | 'opens' | 'closes'>[]): OpeningHoursGroup[] {
  const byDay = new Map(hours.map((row) => [row.day, row]));
  const groups: OpeningHoursGroup[] = [];
  for (const day of WEEKDAYS) {
    const row = byDay.get(day);
    const opens = row?.opens ?? null;
    const closes = row?.closes ?? null;
    const previous = groups.at(-1);
    if (previous && previous.opens === opens && previous.closes === closes) {
      previous.days.push(day);
    } else {
      groups.push({ days: [day], label: '', opens, closes, hoursLabel: '' });
    }
  }
  for (const group of groups) {
    const first = group.days[0] as Weekday;
    const last = group.days.at(-1) as Weekday;
    group.label = group.days.length === 1 ? first : group.days.length === 2 ? `${first} and ${last}` : `${first} to ${last}`;
    group.hoursLabel = group.opens && group.closes ? `${formatTime(group.opens)} to ${formatTime(group.closes)}` : 'Closed';
  }
  return groups;
}

// ---------------------------------------------------------------- enumeration labels

export const TREATMENT_CATEGORY_LABELS: Record<TreatmentCategory, string> = {
  endocrine: 'Hormone (endocrine) therapy',
  her2_targeted: 'HER2-targeted therapy',
  chemotherapy: 'Chemotherapy',
  immunotherapy: 'Immunotherapy',
  targeted_other: 'Other targeted therapy',
  surgery: 'Surgery',
  radiation: 'Radiation therapy',
  supportive: 'Supportive care',
};

/** The order treatment groups appear in on the treatments page. */
export const TREATMENT_CATEGORY_ORDER = Object.keys(TREATMENT_CATEGORY_LABELS) as TreatmentCategory[];

export const HOW_GIVEN_LABELS: Record<HowGiven, string> = {
  pill: 'By mouth (pill)',
  iv: 'Into a vein (IV)',
  injection: 'As a shot (injection)',
  procedure: 'As a procedure',
  several: 'In more than one way',
};

export const TRIAL_PHASE_LABELS: Record<ClinicalTrialPhase, string> = {
  early_phase_1: 'Early phase 1',
  phase_1: 'Phase 1',
  phase_1_2: 'Phase 1/2',
  phase_2: 'Phase 2',
  phase_2_3: 'Phase 2/3',
  phase_3: 'Phase 3',
  phase_4: 'Phase 4',
};

export const TRIAL_STATUS_LABELS: Record<ClinicalTrialStatus, string> = {
  not_yet_recruiting: 'Not yet recruiting',
  recruiting: 'Recruiting',
  enrolling_by_invitation: 'Enrolling by invitation',
  active_not_recruiting: 'Active, not recruiting',
  suspended: 'Suspended',
  completed: 'Completed',
  terminated: 'Stopped early',
  withdrawn: 'Withdrawn',
};

/** One plain sentence per status, for people who do not know the registry's terms. */
export const TRIAL_STATUS_DESCRIPTIONS: Record<ClinicalTrialStatus, string> = {
  not_yet_recruiting: 'This study will start looking for people to join soon.',
  recruiting: 'This study is looking for people to join now.',
  enrolling_by_invitation: 'This study only takes people who are invited by the study team.',
  active_not_recruiting: 'This study is going on, but it is not taking new people.',
  suspended: 'This study has been paused and is not taking new people.',
  completed: 'This study has ended.',
  terminated: 'This study was stopped early.',
  withdrawn: 'This study was stopped before anyone joined.',
};

export const DIAGNOSTIC_TEST_CATEGORY_LABELS: Record<DiagnosticTestCategory, string> = {
  imaging: 'Imaging tests',
  biopsy: 'Biopsy',
  lab: 'Lab tests',
  genomic: 'Genomic tests',
};

export const DIAGNOSTIC_TEST_CATEGORY_ORDER = Object.keys(DIAGNOSTIC_TEST_CATEGORY_LABELS) as DiagnosticTestCategory[];

export const SUPPORT_SERVICE_CATEGORY_LABELS: Record<SupportServiceCategory, string> = {
  support_group: 'Support groups',
  family_therapy: 'Family therapy',
  palliative_care: 'Palliative care',
  financial_counseling: 'Financial counseling',
  nutrition: 'Nutrition',
  social_work: 'Social work',
  integrative_therapies: 'Integrative therapies',
  genetic_counseling: 'Genetic counseling',
  counseling: 'Counseling and mental health',
  spiritual_care: 'Spiritual care',
  hospice: 'Hospice care',
};

export const SUPPORT_SERVICE_CATEGORY_ORDER = Object.keys(SUPPORT_SERVICE_CATEGORY_LABELS) as SupportServiceCategory[];

export const EDUCATION_KIND_LABELS: Record<EducationKind, string> = {
  medical_school: 'Medical school',
  residency: 'Residency',
  fellowship: 'Fellowship',
  graduate_school: 'Graduate school',
  internship: 'Internship',
};

export const RECEPTOR_STATUS_LABELS: Record<ReceptorStatus, string> = {
  positive: 'Positive',
  negative: 'Negative',
  either: 'Positive or negative',
};

export const HER2_STATUS_LABELS: Record<Her2Status, string> = {
  positive: 'Positive',
  negative: 'Negative',
  either: 'Any level',
};

export function acceptingNewPatientsLabel(accepting: boolean): string {
  return accepting ? 'Accepting new patients' : 'Not accepting new patients';
}
