/**
 * Pure checks for the content rules editors must meet. Each returns null when the value is fine,
 * or a sentence that names the rule, written for the editor who has to fix it.
 */

export type RuleResult = string | null;

/** NPI check digit: Luhn over "80840" + the first nine digits (CMS, NPI standard). */
export function npiCheckDigitIsValid(npi: string): boolean {
  const digits = `80840${npi}`;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A valid NPI from its first nine digits: they plus the one check digit that passes. */
export function withNpiCheckDigit(firstNineDigits: string): string {
  if (!/^\d{9}$/.test(firstNineDigits)) throw new RangeError(`An NPI starts with 9 digits, not "${firstNineDigits}".`);
  const digit = [...'0123456789'].find((candidate) => npiCheckDigitIsValid(`${firstNineDigits}${candidate}`))!;
  return `${firstNineDigits}${digit}`;
}

export function checkNpi(value: unknown): RuleResult {
  if (typeof value !== 'string' || !/^\d{10}$/.test(value)) {
    return 'must be exactly 10 digits (the National Provider Identifier).';
  }
  if (!npiCheckDigitIsValid(value)) {
    return 'fails the NPI check digit test (Luhn with the 80840 prefix); check for a mistyped digit.';
  }
  return null;
}

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

export const NCT_ID_PATTERN = /^NCT\d{8}$/;

export function checkNctId(value: unknown): RuleResult {
  if (typeof value !== 'string' || !NCT_ID_PATTERN.test(value)) {
    return 'must be NCT followed by 8 digits, e.g. NCT01234567 (capital letters, no spaces).';
  }
  return null;
}

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

/**
 * US numbers (NANP): optional +1, then a 3-digit area code and a 7-digit number, neither starting
 * with 0 or 1, separated by spaces, dots or hyphens, the area code optionally in parentheses.
 */
const US_PHONE_PATTERN = /^(?:\+?1[ .-]?)?(?:\(([2-9]\d{2})\)|([2-9]\d{2}))[ .-]?([2-9]\d{2})[ .-]?(\d{4})$/;

export function checkUsPhone(value: unknown): RuleResult {
  if (typeof value !== 'string' || !US_PHONE_PATTERN.test(value.trim())) {
    return 'must be a US phone number with area code, e.g. (919) 555-0123 or 919-555-0123.';
  }
  return null;
}

/** Today's date as YYYY-MM-DD in UTC, the format Strapi stores date fields in. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}

const READABLE_DATE = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/**
 * A stored date (YYYY-MM-DD) as a sentence says it, e.g. "December 1, 2026": the admin shows
 * dates in the editor's format, never as 2026-12-01, so messages do not either.
 */
export function readableDate(isoDate: string): string {
  return READABLE_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A review date is allowed up to one day ahead, so editors west of UTC are not refused "today". */
export function checkLastReviewed(value: unknown, now: Date = new Date()): RuleResult {
  if (!isIsoDate(value)) return 'must be a date (YYYY-MM-DD).';
  const latestAllowed = isoToday(new Date(now.getTime() + 24 * 60 * 60 * 1000));
  if (value > latestAllowed) return `cannot be in the future (it is ${readableDate(value)}; today is ${readableDate(isoToday(now))}).`;
  return null;
}

export function checkNextReviewDue(nextReviewDue: unknown, lastReviewed: unknown): RuleResult {
  if (!isIsoDate(nextReviewDue)) return 'must be a date (YYYY-MM-DD).';
  if (isIsoDate(lastReviewed) && nextReviewDue <= lastReviewed) {
    return `must be after the last review date (${readableDate(lastReviewed)}).`;
  }
  return null;
}

export function checkTimeRange(opens: unknown, closes: unknown): RuleResult {
  if (typeof opens === 'string' && typeof closes === 'string' && closes <= opens) {
    return `closing time ${closes} must be after opening time ${opens}.`;
  }
  return null;
}
