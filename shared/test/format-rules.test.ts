/**
 * Every format rule lives once (src/rules/): the rule itself, the site's parser (parseContentEntry)
 * and — in cms/test/format-rules.test.ts — the CMS all give the same verdict on one table of cases
 * (fixtures/format-rule-cases.ts).
 */
import { describe, expect, test } from 'vitest';
import {
  ContentContractError,
  checkIsoDate,
  checkLatitude,
  checkLongitude,
  checkNctId,
  checkNpi,
  checkSlug,
  checkTimeOfDay,
  checkTimeRange,
  checkUsPhone,
  parseContentEntry,
  withNpiCheckDigit,
  type ContentTypeName,
  type RuleResult,
} from '../src/index';
import { FORMAT_RULE_CASES, type FormatRule } from './fixtures/format-rule-cases';
import { sampleClinicalTrial, sampleLocation, samplePhysician, sampleTreatment } from './fixtures/rest-entries';

const RULES: Record<FormatRule, (value: unknown) => RuleResult> = {
  npi: checkNpi,
  nctId: checkNctId,
  usPhone: checkUsPhone,
  slug: checkSlug,
  isoDate: checkIsoDate,
  latitude: checkLatitude,
  longitude: checkLongitude,
  openingTimes: (value) => {
    const [opens, closes] = value as [string, string];
    return checkTimeOfDay(opens) ?? checkTimeOfDay(closes) ?? checkTimeRange(opens, closes);
  },
};

const SAMPLES: Record<string, () => Record<string, unknown>> = {
  physician: samplePhysician,
  clinicalTrial: sampleClinicalTrial,
  location: sampleLocation,
  treatment: sampleTreatment,
};

/** The sample REST entry of the case's content type with the value put in the case's field. */
export function entryWith(rule: FormatRule, value: unknown): Record<string, unknown> {
  const { contentType, field } = FORMAT_RULE_CASES[rule];
  const entry = structuredClone(SAMPLES[contentType]!());
  if (rule === 'openingTimes') {
    const [opens, closes] = value as [string, string];
    (entry.hours as Record<string, unknown>[])[0] = { ...(entry.hours as Record<string, unknown>[])[0], opens, closes };
    return entry;
  }
  const path = field.split('.');
  let target = entry as Record<string, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path.at(-1)!] = value;
  return entry;
}

describe.each(Object.keys(FORMAT_RULE_CASES) as FormatRule[])('the %s rule', (rule) => {
  const { contentType, field, good, bad } = FORMAT_RULE_CASES[rule];

  test.each(good.map((value) => [JSON.stringify(value), value]))('accepts %s, in the rule and in the site parser', (_shown, value) => {
    expect(RULES[rule](value)).toBeNull();
    expect(() => parseContentEntry(contentType as ContentTypeName, entryWith(rule, value))).not.toThrow();
  });

  test.each(bad.map((value) => [JSON.stringify(value), value]))('refuses %s, in the rule and in the site parser, naming the field', (_shown, value) => {
    expect(RULES[rule](value)).toEqual(expect.any(String));
    let thrown: unknown;
    try {
      parseContentEntry(contentType as ContentTypeName, entryWith(rule, value));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentContractError);
    expect((thrown as Error).message).toContain(`→ at ${field.replace(/\.(\d+)/g, '[$1]')}`); // zod writes hours[0].closes
  });
});

describe('NPI check digits', () => {
  test('withNpiCheckDigit completes nine digits into an NPI the rule accepts, and only one digit does', () => {
    const npi = withNpiCheckDigit('991234567');
    expect(npi).toBe('9912345672');
    expect(checkNpi(npi)).toBeNull();
    const others = [...'0123456789'].filter((digit) => digit !== '2').map((digit) => `991234567${digit}`);
    for (const other of others) expect(checkNpi(other), other).toMatch(/check digit/);
  });

  test('the CMS’s messages, word for word', () => {
    expect(checkNpi('123')).toBe('must be exactly 10 digits (the National Provider Identifier).');
    expect(checkNpi('1234567890')).toBe('fails the NPI check digit test (Luhn with the 80840 prefix); check for a mistyped digit.');
    expect(checkSlug('x'.repeat(101))).toBe('is 101 characters long; keep it to 100 or fewer.');
  });
});
