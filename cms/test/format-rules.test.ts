/**
 * The CMS refuses every bad value of the contract's table of format-rule cases
 * (shared/test/fixtures/format-rule-cases.ts), naming the field: the Document Service runs the
 * same rules (@mbc/shared) as the site's parser, which shared/test/format-rules.test.ts checks
 * with the same table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { FORMAT_RULE_CASES, type FormatRule } from '../../shared/test/fixtures/format-rule-cases';
import { validLocationData, validPhysicianData, validTrialData, documents } from './fixtures';
import { startCms } from './strapi';

let strapi: Core.Strapi;

beforeAll(async () => {
  ({ strapi } = await startCms());
});

const UIDS = {
  physician: 'api::physician.physician',
  clinicalTrial: 'api::clinical-trial.clinical-trial',
  location: 'api::location.location',
  treatment: 'api::treatment.treatment',
} as const;

async function validData(rule: FormatRule, suffix: string): Promise<Record<string, unknown>> {
  switch (FORMAT_RULE_CASES[rule].contentType) {
    case 'physician':
      return validPhysicianData(strapi, suffix);
    case 'clinicalTrial':
      return validTrialData(strapi, suffix, 'NCT09999001');
    case 'location':
      return validLocationData(suffix);
    case 'treatment':
      return {
        name: `Test treatment ${suffix}`,
        slug: `test-treatment-${suffix}`,
        category: 'endocrine',
        howGiven: 'pill',
        summary: 'A test.',
        medicalReview: { lastReviewed: '2026-06-01', nextReviewDue: '2027-06-01' },
      };
  }
}

function withValue(rule: FormatRule, data: Record<string, unknown>, value: unknown): Record<string, unknown> {
  if (rule === 'openingTimes') {
    const [opens, closes] = value as [string, string];
    return { ...data, hours: [{ day: 'Monday', opens, closes }] };
  }
  const [first, second] = FORMAT_RULE_CASES[rule].field.split('.');
  return second ? { ...data, [first!]: { ...(data[first!] as object), [second]: value } } : { ...data, [first!]: value };
}

const badCases = (Object.keys(FORMAT_RULE_CASES) as FormatRule[]).flatMap((rule) =>
  FORMAT_RULE_CASES[rule].bad.map((value, index) => [rule, JSON.stringify(value), value, index] as const),
);

describe('the CMS refuses what the contract refuses', () => {
  it.each(badCases)('%s: %s is refused, naming the field', async (rule, _shown, value, index) => {
    const { contentType, field } = FORMAT_RULE_CASES[rule];
    const data = withValue(rule, await validData(rule, `format-${rule.toLowerCase()}-${index}`), value);
    const attempt = documents(strapi, UIDS[contentType]).create({ data: data });
    await expect(attempt).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining(field.split('.').at(-1)!) });
  });
});
