import type { RuleResult } from './result.js';

// The doctor finder measures distances with these, so out-of-range values must not get through.
// Numbers or numeric strings: PostgreSQL hands decimals back as strings such as "35.9940000000".

export function checkLatitude(value: unknown): RuleResult {
  const latitude = Number(value);
  if (value === null || value === '' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    return 'must be a number of degrees between -90 and 90.';
  }
  return null;
}

export function checkLongitude(value: unknown): RuleResult {
  const longitude = Number(value);
  if (value === null || value === '' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    return 'must be a number of degrees between -180 and 180 (US longitudes are negative).';
  }
  return null;
}
