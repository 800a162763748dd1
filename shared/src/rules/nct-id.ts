import type { RuleResult } from './result.js';

/** ClinicalTrials.gov identifiers; the trial page links to the registry with it. */
export const NCT_ID_PATTERN = /^NCT\d{8}$/;

export function checkNctId(value: unknown): RuleResult {
  if (typeof value !== 'string' || !NCT_ID_PATTERN.test(value)) {
    return 'must be NCT followed by 8 digits, e.g. NCT01234567 (capital letters, no spaces).';
  }
  return null;
}
