import type { Physician } from '@mbc/shared';
import { formatList, physicianDisplayName } from '../format';
import { paths } from '../routes';

/**
 * A physician's entry in the site search, built from the same data as their profile page instead
 * of from its HTML: at 10,000 physicians, reading back 10,000 profile pages was most of the search
 * index's time. It holds what people search a doctor by (name, specialty, the subtypes they focus
 * on, where they see patients, the languages they speak), not the whole bio.
 */
export interface PhysicianSearchRecord {
  /** The profile page, as Pagefind gives it for the page's HTML: /doctors/<slug>/. */
  url: string;
  /** The words searched, and the text the result's excerpt is cut from. */
  content: string;
  language: string;
  /** `title`: the profile's h1, which is what Pagefind showed when it read the page. */
  meta: { title: string };
}

/**
 * The language Pagefind files the site's HTML pages under: their <html lang="en-US">
 * (BaseLayout.astro), lowercased. The physicians' records must use the same, or Pagefind writes
 * them into an index of their own, which the search page never loads.
 */
export const SEARCH_LANGUAGE = 'en-us';

export function physicianSearchRecord(physician: Physician): PhysicianSearchRecord {
  const name = physicianDisplayName(physician);
  const sentences = [
    `${name}.`,
    physician.title.trim() ? `${physician.title.trim()}.` : '',
    physician.specialty ? `Specialty: ${physician.specialty.name}.` : '',
    physician.subtypes.length > 0 ? `Focus: ${formatList(physician.subtypes.map((subtype) => `${subtype.name} (${subtype.shortName})`))}.` : '',
    physician.locations.length > 0
      ? `Sees patients at ${formatList(physician.locations.map((location) => `${location.name} in ${location.address.city}`))}.`
      : '',
    `Speaks ${formatList(physician.languages.map(({ language }) => language))}.`,
  ];
  return {
    url: paths.doctor(physician.slug),
    content: sentences.filter((sentence) => sentence !== '').join(' '),
    language: SEARCH_LANGUAGE,
    meta: { title: name },
  };
}
