import type { RuleResult } from './result.js';

/** National Provider Identifier: 10 digits, the last a check digit. */
export const NPI_PATTERN = /^\d{10}$/;

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
  if (typeof value !== 'string' || !NPI_PATTERN.test(value)) {
    return 'must be exactly 10 digits (the National Provider Identifier).';
  }
  if (!npiCheckDigitIsValid(value)) {
    return 'fails the NPI check digit test (Luhn with the 80840 prefix); check for a mistyped digit.';
  }
  return null;
}
