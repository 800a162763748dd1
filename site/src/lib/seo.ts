import type { Seo, SiteSettings } from '@mbc/shared';
import type { Dictionary } from '../i18n';

/** Titles and descriptions for <head>: the entry's own SEO fields first, then its words, then the site default. */

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160;

/** Collapses whitespace and cuts at a word boundary, ending with '…' when something was cut. */
export function truncateText(text: string, maxLength = DESCRIPTION_LENGTH): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= maxLength) return collapsed;
  const cut = collapsed.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** '<title>': the entry's metaTitle, else 'Page name | Center name' (the dictionary's pageTitle). */
export function pageTitle(
  name: string,
  settings: Pick<SiteSettings, 'organizationName'>,
  seo: Seo | null | undefined,
  text: Pick<Dictionary, 'pageTitle'>,
): string {
  if (seo?.metaTitle) return seo.metaTitle;
  return name.includes(settings.organizationName) ? name : text.pageTitle(name, settings.organizationName);
}

/** The meta description: the entry's metaDescription, else the given text shortened, else the site default. */
export function metaDescription(
  settings: Pick<SiteSettings, 'defaultSeo'>,
  seo?: Seo | null,
  fallbackText?: string | null,
): string {
  if (seo?.metaDescription) return truncateText(seo.metaDescription);
  if (fallbackText && fallbackText.trim()) return truncateText(fallbackText);
  return truncateText(settings.defaultSeo.metaDescription ?? '');
}
