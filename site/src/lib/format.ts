import type { Address, OpeningHours, Weekday } from '@mbc/shared';

/**
 * Every way the site turns stored values into words: dates, times, phone links, addresses, opening
 * hours. One formatter per thing, so a date reads the same everywhere; the words of each language
 * (month names, "a.m.", the enumerations' labels) are in its dictionary (src/i18n/).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * '2026-06-15' (or an ISO date-time) → 'June 15, 2026' (en-US), '15 de junio de 2026' (es-US). The
 * calendar date is kept as written. Pages write dates through their dictionary's formatDate; the
 * editors' content report uses the default, English.
 */
export function formatDate(isoDate: string, languageTag = 'en-US'): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`formatDate: '${isoDate}' is not a date written YYYY-MM-DD`);
  const [, year, month, day] = match;
  let formatter = dateFormatters.get(languageTag);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(languageTag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormatters.set(languageTag, formatter);
  }
  return formatter.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}

/** The words of a 12-hour clock, per language: 'a.m.', 'p.m.', 'noon', 'midnight'. */
export interface ClockWords {
  am: string;
  pm: string;
  noon: string;
  midnight: string;
}

/** '07:30' → '7:30 a.m.', '18:00' → '6 p.m.', '12:00' → 'noon' (the style patients read in letters). */
export function formatTime(time: string, words: ClockWords): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) throw new Error(`formatTime: '${time}' is not a 24-hour time such as 08:00`);
  const hours = Number(match[1]);
  const minutes = match[2];
  if (hours === 12 && minutes === '00') return words.noon;
  if (hours === 0 && minutes === '00') return words.midnight;
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? words.am : words.pm;
  return minutes === '00' ? `${hour12} ${suffix}` : `${hour12}:${minutes} ${suffix}`;
}

/** '(919) 555-0100' → 'tel:+19195550100'. US numbers get +1; other digits are kept as written. */
export function telHref(phone: string): string {
  const withoutExtension = phone.split(/\s*(?:x|ext\.?|extension)\s*\d+\s*$/i)[0] ?? phone;
  const digits = withoutExtension.replace(/\D/g, '');
  if (digits.length === 0) throw new Error(`telHref: '${phone}' has no digits`);
  if (withoutExtension.trim().startsWith('+')) return `tel:+${digits}`;
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/** The same number in the international format schema.org recommends: '+1-919-555-0100'. */
export function internationalPhone(phone: string): string {
  const digits = telHref(phone).slice('tel:'.length).replace(/^\+/, '');
  if (digits.length === 11 && digits.startsWith('1')) {
    return `+1-${digits.slice(1, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
  }
  return `+${digits}`;
}

/** Text fields the CMS asks to fill "one per line" → the non-empty lines. */
export function splitLines(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Plain multi-paragraph text (paragraphs separated by a blank line) → paragraphs. */
export function splitParagraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** The lines of a postal address, as printed on an envelope. */
export function addressLines(address: Omit<Address, 'id'>): string[] {
  const lines = [address.street];
  if (address.unit) lines.push(address.unit);
  lines.push(`${address.city}, ${address.state} ${address.postalCode}`);
  return lines;
}

/** The address on one line, e.g. for a maps search. */
export function formatAddress(address: Omit<Address, 'id'>): string {
  return addressLines(address).join(', ');
}

/** 'Amara Okafor' + 'MD' → 'Amara Okafor, MD'. */
export function physicianDisplayName(physician: { fullName: string; credentials: string }): string {
  const credentials = physician.credentials.trim();
  return credentials ? `${physician.fullName}, ${credentials}` : physician.fullName;
}

// ---------------------------------------------------------------- opening hours

export const WEEKDAYS: readonly Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** How opening hours read in a language (the dictionary's `hours`). */
export interface OpeningHoursText {
  weekdays: Record<Weekday, string>;
  /** 'Saturday and Sunday' */
  twoDays(first: string, last: string): string;
  /** 'Monday to Friday' */
  dayRange(first: string, last: string): string;
  /** '8 a.m. to 5 p.m.' */
  timeRange(opens: string, closes: string): string;
  closed: string;
  clock: ClockWords;
}

/** Consecutive days with the same hours, e.g. Monday to Friday 8 a.m. to 5 p.m.; closed days have no times. */
export interface OpeningHoursGroup {
  days: Weekday[];
  /** 'Monday to Friday', 'Saturday', 'Saturday and Sunday' */
  label: string;
  opens: string | null;
  closes: string | null;
  /** '8 a.m. to 5 p.m.' or 'Closed' */
  hoursLabel: string;
}

/** A full week, Monday first, with consecutive days that keep the same hours grouped together. */
export function groupOpeningHours(hours: readonly Pick<OpeningHours, 'day' | 'opens' | 'closes'>[], text: OpeningHoursText): OpeningHoursGroup[] {
  const byDay = new Map(hours.map((row) => [row.day, row]));
  const groups: OpeningHoursGroup[] = [];
  for (const day of WEEKDAYS) {
    const row = byDay.get(day);
    const opens = row?.opens ?? null;
    const closes = row?.closes ?? null;
    const previous = groups.at(-1);
    if (previous && previous.opens === opens && previous.closes === closes) {
      previous.days.push(day);
    } else {
      groups.push({ days: [day], label: '', opens, closes, hoursLabel: '' });
    }
  }
  for (const group of groups) {
    const first = text.weekdays[group.days[0] as Weekday];
    const last = text.weekdays[group.days.at(-1) as Weekday];
    group.label = group.days.length === 1 ? first : group.days.length === 2 ? text.twoDays(first, last) : text.dayRange(first, last);
    group.hoursLabel =
      group.opens && group.closes ? text.timeRange(formatTime(group.opens, text.clock), formatTime(group.closes, text.clock)) : text.closed;
  }
  return groups;
}

