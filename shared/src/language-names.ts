/**
 * The languages a physician can list as spoken (the CMS's enumeration; schemas/enums.ts makes
 * its schema of them). A plain list, with no Zod, so a browser script can name them (the site's
 * dictionaries, loaded by the finder) without the contract's schemas in its download.
 */
export const LANGUAGE_NAMES = [
  'English',
  'Spanish',
  'Mandarin',
  'Cantonese',
  'Vietnamese',
  'Korean',
  'Arabic',
  'Hindi',
  'Gujarati',
  'Urdu',
  'French',
  'Portuguese',
  'Russian',
  'German',
  'Tagalog',
  'Amharic',
  'Swahili',
  'Hebrew',
  'Italian',
  'Japanese',
] as const;

export type LanguageName = (typeof LANGUAGE_NAMES)[number];
