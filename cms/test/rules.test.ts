import { describe, expect, it } from 'vitest';
import {
  checkLastReviewed,
  checkLatitude,
  checkLongitude,
  checkNctId,
  checkNextReviewDue,
  checkNpi,
  checkTimeRange,
  checkUsPhone,
  npiCheckDigitIsValid,
  readableDate,
  withNpiCheckDigit,
} from '@mbc/shared';
import { messageUnderField, validationDetails } from '../src/validation/field-messages';
import { relatedAfterSave } from '../src/validation/relation-input';

describe('NPI', () => {
  it('accepts the CMS example NPI and rejects a changed check digit', () => {
    // 1234567893 is the worked example in CMS's NPI check digit specification.
    expect(npiCheckDigitIsValid('1234567893')).toBe(true);
    expect(checkNpi('1234567893')).toBeNull();
    expect(checkNpi('1234567890')).toMatch(/check digit/);
  });
  it('completes nine digits with the one check digit that passes', () => {
    expect(withNpiCheckDigit('123456789')).toBe('1234567893');
    for (const firstNine of ['990000001', '992192680', '997000005']) expect(checkNpi(withNpiCheckDigit(firstNine))).toBeNull();
    expect(() => withNpiCheckDigit('12345')).toThrow(/9 digits/);
  });
  it('requires exactly ten digits', () => {
    expect(checkNpi('123456789')).toMatch(/10 digits/);
    expect(checkNpi('12345678930')).toMatch(/10 digits/);
    expect(checkNpi('12345a7893')).toMatch(/10 digits/);
    expect(checkNpi(1234567893)).toMatch(/10 digits/);
  });
});

describe('NCT id', () => {
  it('is NCT and eight digits', () => {
    expect(checkNctId('NCT01234567')).toBeNull();
    for (const bad of ['NCT1234567', 'nct01234567', 'NCT012345678', 'NCT 01234567', '']) expect(checkNctId(bad)).toMatch(/NCT followed by 8 digits/);
  });
});

describe('coordinates', () => {
  it('keeps latitude within ±90 and longitude within ±180', () => {
    expect(checkLatitude(35.994)).toBeNull();
    expect(checkLatitude('-90')).toBeNull();
    expect(checkLatitude(90.0001)).toMatch(/-90 and 90/);
    expect(checkLatitude(null)).toMatch(/-90 and 90/);
    expect(checkLongitude(-78.8986)).toBeNull();
    expect(checkLongitude(-180.5)).toMatch(/-180 and 180/);
    expect(checkLongitude('east')).toMatch(/-180 and 180/);
  });
});

describe('US phone', () => {
  it('accepts common US formats', () => {
    for (const good of ['(919) 555-0100', '919-555-0100', '919.555.0100', '9195550100', '+1 919 555 0100', '1-919-555-0100']) {
      expect(checkUsPhone(good), good).toBeNull();
    }
  });
  it('rejects short, foreign or impossible numbers', () => {
    for (const bad of ['555-0100', '(019) 555-0100', '919-155-0100', '+44 20 7946 0958', 'call us', '919-555-01000']) {
      expect(checkUsPhone(bad), bad).toMatch(/US phone number/);
    }
  });
});

describe('review dates', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('refuses a last review in the future (one day of time-zone slack)', () => {
    expect(checkLastReviewed('2026-11-27', now)).toBeNull();
    expect(checkLastReviewed('2026-11-28', now)).toBeNull();
    expect(checkLastReviewed('2026-11-30', now)).toMatch(/cannot be in the future/);
    expect(checkLastReviewed('27/11/2026', now)).toMatch(/YYYY-MM-DD/);
  });
  it('says dates as the admin shows them, not as stored', () => {
    expect(readableDate('2026-12-01')).toBe('December 1, 2026');
    expect(readableDate('2027-01-31')).toBe('January 31, 2027');
    expect(checkLastReviewed('2026-12-01', now)).toBe('cannot be in the future (it is December 1, 2026; today is November 27, 2026).');
    expect(checkNextReviewDue('2026-05-01', '2026-06-01')).toBe('must be after the last review date (June 1, 2026).');
  });
  it('needs the next review after the last', () => {
    expect(checkNextReviewDue('2027-06-01', '2026-06-01')).toBeNull();
    expect(checkNextReviewDue('2026-06-01', '2026-06-01')).toMatch(/after the last review date/);
    expect(checkNextReviewDue('2025-06-01', '2026-06-01')).toMatch(/after the last review date/);
  });
  it('needs closing after opening', () => {
    expect(checkTimeRange('08:00', '17:00')).toBeNull();
    expect(checkTimeRange('17:00', '08:00')).toMatch(/must be after opening time/);
  });
});

describe('relation input', () => {
  const existing = [
    { documentId: 'a', id: 1 },
    { documentId: 'b', id: 2 },
  ];
  it('leaves the relation alone when the save does not mention it', () => {
    expect(relatedAfterSave(existing, undefined)).toEqual(existing);
  });
  it('treats a list or a single value as the new set', () => {
    expect(relatedAfterSave(existing, ['c'])).toEqual([{ documentId: 'c' }]);
    expect(relatedAfterSave(existing, [])).toEqual([]);
    expect(relatedAfterSave(existing, null)).toEqual([]);
    expect(relatedAfterSave([], 'x')).toEqual([{ documentId: 'x' }]);
    expect(relatedAfterSave([], 7)).toEqual([{ id: 7 }]);
  });
  it('applies connect, disconnect and set as Strapi does', () => {
    expect(relatedAfterSave(existing, { disconnect: [{ id: 1 }] })).toEqual([{ documentId: 'b', id: 2 }]);
    expect(relatedAfterSave(existing, { disconnect: ['a', 'b'] })).toEqual([]);
    expect(relatedAfterSave(existing, { disconnect: ['a', 'b'], connect: [{ documentId: 'c' }] })).toEqual([{ documentId: 'c' }]);
    expect(relatedAfterSave(existing, { set: [] })).toEqual([]);
    expect(relatedAfterSave(existing, { connect: [{ documentId: 'a' }] })).toHaveLength(2);
  });
});

describe('messages under the field', () => {
  it('leave out the field name the error message starts with, as the admin shows them under that field', () => {
    const error = { path: ['medicalReview', 'lastReviewed'], message: 'medicalReview.lastReviewed cannot be in the future (it is December 1, 2026; today is November 27, 2026).' };
    expect(messageUnderField(error)).toBe('Cannot be in the future (it is December 1, 2026; today is November 27, 2026).');
    expect(messageUnderField({ path: ['hours', 0, 'closes'], message: 'hours.0.closes closing time 08:00 must be after opening time 17:00.' })).toBe(
      'Closing time 08:00 must be after opening time 17:00.',
    );
    expect(messageUnderField({ path: ['npi'], message: 'A message that does not start with the field.' })).toBe('A message that does not start with the field.');
  });
  it('give Strapi\'s admin one error per field, with the path as strings', () => {
    expect(validationDetails([{ path: ['hours', 2, 'closes'], message: 'hours.2.closes closing time 08:00 must be after opening time 17:00.' }])).toEqual({
      errors: [{ path: ['hours', '2', 'closes'], message: 'Closing time 08:00 must be after opening time 17:00.', name: 'ValidationError' }],
    });
  });
});
