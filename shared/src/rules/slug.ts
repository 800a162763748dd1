import type { RuleResult } from './result.js';

/** The site's page addresses: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

export function checkSlug(value: unknown): RuleResult {
  if (typeof value !== 'string' || value === '') return 'is required: it is the page address, e.g. hr-positive-her2-negative.';
  if (value.length > SLUG_MAX_LENGTH) return `is ${value.length} characters long; keep it to ${SLUG_MAX_LENGTH} or fewer.`;
  if (!SLUG_PATTERN.test(value)) {
    return `"${value}" cannot be a page address: use lowercase letters a-z, digits and single hyphens between words, e.g. hr-positive-her2-negative (no spaces, capitals, accents, dots, slashes or underscores).`;
  }
  return null;
}
