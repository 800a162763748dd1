import { clinicalTrialPhaseSchema, clinicalTrialStatusSchema, diagnosticTestCategorySchema, educationKindSchema, her2StatusSchema, howGivenSchema, receptorStatusSchema, supportServiceCategorySchema, treatmentCategorySchema } from '@mbc/shared';
import { describe, expect, test } from 'vitest';
import { LOCALE_CODES } from '@mbc/shared';
import { dictionary } from '../src/i18n';
import {
  addressLines,
  formatAddress,
  formatDate,
  formatTime,
  groupOpeningHours,
  internationalPhone,
  physicianDisplayName,
  splitLines,
  splitParagraphs,
  telHref,
} from '../src/lib/format';
import { DIAGNOSTIC_TEST_CATEGORY_ORDER, SUPPORT_SERVICE_CATEGORY_ORDER, TREATMENT_CATEGORY_ORDER } from '../src/lib/category-orders';

const en = dictionary('en');

describe('formatDate', () => {
  test('writes dates the way patients read them', () => {
    expect(formatDate('2026-06-15')).toBe('June 15, 2026');
    expect(formatDate('2027-01-01')).toBe('January 1, 2027');
  });

  test('keeps the calendar date of a date-time, whatever the time zone', () => {
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('December 31, 2026');
  });

  test('refuses something that is not a date', () => {
    expect(() => formatDate('15/06/2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('formatTime', () => {
  test.each([
    ['07:30', '7:30 a.m.'],
    ['08:00', '8 a.m.'],
    ['12:00', 'noon'],
    ['12:30', '12:30 p.m.'],
    ['17:30', '5:30 p.m.'],
    ['18:00', '6 p.m.'],
    ['00:00', 'midnight'],
    ['00:15', '12:15 a.m.'],
  ])('%s → %s', (time, words) => {
    expect(formatTime(time, en.hours.clock)).toBe(words);
  });
});

describe('phone numbers', () => {
  test.each([
    ['(919) 555-0100', 'tel:+19195550100'],
    ['919-555-0100', 'tel:+19195550100'],
    ['1 (919) 555-0100', 'tel:+19195550100'],
    ['+1 919 555 0100', 'tel:+19195550100'],
    ['(919) 555-0100 ext. 12', 'tel:+19195550100'],
    ['+44 20 7946 0000', 'tel:+442079460000'],
  ])('telHref(%j) → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  test('telHref refuses a number without digits', () => {
    expect(() => telHref('call us')).toThrow(/no digits/);
  });

  test('internationalPhone writes the E.164-style form schema.org suggests', () => {
    expect(internationalPhone('(919) 555-0100')).toBe('+1-919-555-0100');
  });
});

describe('text fields', () => {
  test('splitLines gives the non-empty lines, trimmed', () => {
    expect(splitLines('Infusion center\n\n  Pharmacy \r\nLab\n')).toEqual(['Infusion center', 'Pharmacy', 'Lab']);
    expect(splitLines(null)).toEqual([]);
  });

  test('splitParagraphs splits on blank lines and joins wrapped lines', () => {
    expect(splitParagraphs('First line\ncontinues.\n\nSecond paragraph.\n \nThird.')).toEqual(['First line continues.', 'Second paragraph.', 'Third.']);
  });

  test('formatCount groups thousands', () => {
    expect(en.formatCount(7)).toBe('7');
    expect(en.formatCount(12500)).toBe('12,500');
  });

  test('formatList joins with "and"', () => {
    expect(en.formatList(['English'])).toBe('English');
    expect(en.formatList(['English', 'Spanish'])).toBe('English and Spanish');
    expect(en.formatList(['English', 'Spanish', 'Mandarin'])).toBe('English, Spanish, and Mandarin');
  });
});

describe('addresses and names', () => {
  const address = { street: '2150 Sycamore Ridge Drive', unit: 'Building A', city: 'Durham', state: 'NC', postalCode: '27705' };

  test('addressLines puts the unit on its own line', () => {
    expect(addressLines(address)).toEqual(['2150 Sycamore Ridge Drive', 'Building A', 'Durham, NC 27705']);
    expect(addressLines({ ...address, unit: null })).toEqual(['2150 Sycamore Ridge Drive', 'Durham, NC 27705']);
  });

  test('formatAddress writes it on one line', () => {
    expect(formatAddress(address)).toBe('2150 Sycamore Ridge Drive, Building A, Durham, NC 27705');
  });

  test('physicianDisplayName adds the credentials', () => {
    expect(physicianDisplayName({ fullName: 'Amara Okafor', credentials: 'MD' })).toBe('Amara Okafor, MD');
    expect(physicianDisplayName({ fullName: 'Wei-Lin Zhou', credentials: 'MD, PhD' })).toBe('Wei-Lin Zhou, MD, PhD');
    expect(physicianDisplayName({ fullName: 'Sam Lee', credentials: ' ' })).toBe('Sam Lee');
  });

  test('acceptingNewPatients', () => {
    expect(en.acceptingNewPatients(true)).toBe('Accepting new patients');
    expect(en.acceptingNewPatients(false)).toBe('Not accepting new patients');
  });
});

describe('groupOpeningHours', () => {
  const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

  test('groups a working week and marks the weekend closed', () => {
    const hours = [...weekdays.map((day) => ({ day, opens: '08:00', closes: '17:30' })), { day: 'Saturday' as const, opens: '08:00', closes: '12:00' }];
    expect(groupOpeningHours(hours, en.hours).map(({ label, hoursLabel }) => `${label}: ${hoursLabel}`)).toEqual([
      'Monday to Friday: 8 a.m. to 5:30 p.m.',
      'Saturday: 8 a.m. to noon',
      'Sunday: Closed',
    ]);
  });

  test('days in any order; a different day breaks a run; two days read "and"', () => {
    const hours = [
      { day: 'Wednesday' as const, opens: '09:00', closes: '13:00' },
      { day: 'Monday' as const, opens: '08:00', closes: '17:00' },
      { day: 'Tuesday' as const, opens: '08:00', closes: '17:00' },
    ];
    expect(groupOpeningHours(hours, en.hours).map(({ label, hoursLabel }) => `${label}: ${hoursLabel}`)).toEqual([
      'Monday and Tuesday: 8 a.m. to 5 p.m.',
      'Wednesday: 9 a.m. to 1 p.m.',
      'Thursday to Sunday: Closed',
    ]);
  });

  test('no hours at all: closed every day', () => {
    expect(groupOpeningHours([], en.hours)).toEqual([
      { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], label: 'Monday to Sunday', opens: null, closes: null, hoursLabel: 'Closed' },
    ]);
  });
});

describe.each(LOCALE_CODES)('labels for every value of every CMS enumeration (%s)', (locale) => {
  const { labels } = dictionary(locale);
  test.each([
    ['treatment category', treatmentCategorySchema.options, labels.treatmentCategory],
    ['how given', howGivenSchema.options, labels.howGiven],
    ['trial phase', clinicalTrialPhaseSchema.options, labels.trialPhase],
    ['trial status', clinicalTrialStatusSchema.options, labels.trialStatus],
    ['trial status description', clinicalTrialStatusSchema.options, labels.trialStatusDescription],
    ['diagnostic test category', diagnosticTestCategorySchema.options, labels.diagnosticTestCategory],
    ['support service category', supportServiceCategorySchema.options, labels.supportServiceCategory],
    ['education kind', educationKindSchema.options, labels.educationKind],
    ['receptor status', receptorStatusSchema.options, labels.receptorStatus],
    ['HER2 status', her2StatusSchema.options, labels.her2Status],
  ] as const)('%s', (_name, values, shown) => {
    expect(Object.keys(shown).sort()).toEqual([...values].sort());
    for (const label of Object.values(shown)) expect(label.trim()).not.toBe('');
  });
});

describe('labels and orders', () => {
  test('a few labels as patients see them', () => {
    expect(en.labels.treatmentCategory.her2_targeted).toBe('HER2-targeted therapy');
    expect(en.labels.howGiven.iv).toBe('Into a vein (IV)');
    expect(en.labels.trialPhase.phase_1_2).toBe('Phase 1/2');
    expect(en.labels.trialStatus.active_not_recruiting).toBe('Active, not recruiting');
  });

  test.each([
    ['treatment category', treatmentCategorySchema.options, TREATMENT_CATEGORY_ORDER],
    ['diagnostic test category', diagnosticTestCategorySchema.options, DIAGNOSTIC_TEST_CATEGORY_ORDER],
    ['support service category', supportServiceCategorySchema.options, SUPPORT_SERVICE_CATEGORY_ORDER],
  ] as const)('the %s order holds every value once', (_name, values, order) => {
    expect([...order].sort()).toEqual([...values].sort());
  });
});
