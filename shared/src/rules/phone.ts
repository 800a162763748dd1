import type { RuleResult } from './result.js';

/**
 * US numbers (NANP): optional +1, then a 3-digit area code and a 7-digit number, neither starting
 * with 0 or 1, separated by spaces, dots or hyphens, the area code optionally in parentheses.
 */
export const US_PHONE_PATTERN = /^(?:\+?1[ .-]?)?(?:\(([2-9]\d{2})\)|([2-9]\d{2}))[ .-]?([2-9]\d{2})[ .-]?(\d{4})$/;

/** What checkUsPhone says of a number that is not one, after the field's name. */
export const US_PHONE_PROBLEM = 'must be a US phone number with area code, e.g. (919) 555-0123 or 919-555-0123.';

export function checkUsPhone(value: unknown): RuleResult {
  if (typeof value !== 'string' || !US_PHONE_PATTERN.test(value.trim())) {
    return US_PHONE_PROBLEM;
  }
  return null;
}
