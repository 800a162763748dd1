import { DEFAULT_LOCALE, localePath, type LocaleCode, type Physician } from '@mbc/shared';
import { dictionary } from '../../i18n';
import { physicianDisplayName } from '../format';
import { paths } from '../routes';

/**
 * A physician's entry in the site search, built from the same data as their profile page instead
 * of from its HTML: at 10,000 physicians, reading back 10,000 profile pages was most of the search
 * index's time. It holds what people search a doctor by (name, specialty, the subtypes they focus
 * on, where they see patients, the languages they speak), not the whole bio.
 */
export interface PhysicianSearchRecord {
  /** The profile page, as Pagefind gives it for the page's HTML: /doctors/<slug>/, /es/doctors/<slug>/. */
  url: string;
  /** The words searched, and the text the result's excerpt is cut from. */
  content: string;
  language: string;
  /** `title`: the profile's h1, which is what Pagefind showed when it read the page. */
  meta: { title: string };
}

/**
 * The language Pagefind files a locale's HTML pages under: their <html lang> (the dictionary's
 * htmlLang, "en-US"), lowercased. The physicians' records must use the same, or Pagefind writes
 * them into an index of their own, which the search page never loads.
 */
export function searchLanguage(locale: LocaleCode): string {
  return dictionary(locale).htmlLang.toLowerCase();
}

export const SEARCH_LANGUAGE = searchLanguage(DEFAULT_LOCALE);

export function physicianSearchRecord(physician: Physician, locale: LocaleCode = DEFAULT_LOCALE): PhysicianSearchRecord {
  const text = dictionary(locale);
  const words = text.search;
  const name = physicianDisplayName(physician);
  const sentences = [
    `${name}.`,
    physician.title.trim() ? `${physician.title.trim()}.` : '',
    physician.specialty ? words.physicianSpecialty(physician.specialty.name) : '',
    physician.subtypes.length > 0 ? words.physicianFocus(text.formatList(physician.subtypes.map((subtype) => `${subtype.name} (${subtype.shortName})`))) : '',
    physician.locations.length > 0
      ? words.physicianSeesPatientsAt(text.formatList(physician.locations.map((location) => words.physicianLocation(location.name, location.address.city))))
      : '',
    words.physicianSpeaks(text.formatList(physician.languages.map(({ language }) => text.languageNames[language]))),
  ];
  return {
    url: localePath(locale, paths.doctor(physician.slug)),
    content: sentences.filter((sentence) => sentence !== '').join(' '),
    language: searchLanguage(locale),
    meta: { title: name },
  };
}
