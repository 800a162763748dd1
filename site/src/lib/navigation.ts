import type { Dictionary } from '../i18n';
import { DEFAULT_LOCALE, localeOfPath, type LocaleCode } from '@mbc/shared';
import { pathsIn } from './locale-links';

export interface NavigationLink {
  label: string;
  href: string;
}

/** The main navigation, in the order a patient usually needs it. */
export function mainNavigation(nav: Dictionary['nav'], locale: LocaleCode = DEFAULT_LOCALE): NavigationLink[] {
  const paths = pathsIn(locale);
  return [
    { label: nav.overview, href: paths.home },
    { label: nav.diagnosis, href: paths.diagnosis },
    { label: nav.subtypes, href: paths.subtypes },
    { label: nav.treatments, href: paths.treatments },
    { label: nav.clinicalTrials, href: paths.clinicalTrials },
    { label: nav.doctors, href: paths.doctors },
    { label: nav.locations, href: paths.locations },
    { label: nav.support, href: paths.support },
    { label: nav.secondOpinions, href: paths.secondOpinion },
    { label: nav.search, href: paths.search },
  ];
}

/** The site's sections and the request page: the footer's links, the search page without JavaScript. */
export function sectionLinks(nav: Dictionary['nav'], locale: LocaleCode = DEFAULT_LOCALE): NavigationLink[] {
  const paths = pathsIn(locale);
  return [...mainNavigation(nav, locale).filter((item) => item.href !== paths.search), { label: nav.requestAppointment, href: paths.appointments }];
}

/** The footer's links: the sections again, plus the ways to get in touch. */
export function footerNavigation(nav: Dictionary['nav'], locale: LocaleCode = DEFAULT_LOCALE): NavigationLink[] {
  return [...sectionLinks(nav, locale), { label: nav.searchThisSite, href: pathsIn(locale).search }];
}

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * aria-current for a navigation link: 'page' on the page itself, 'true' on the section a page
 * belongs to (a doctor's profile is in Doctors), nothing otherwise. The home link is current only on '/'.
 */
export function ariaCurrent(currentPath: string, href: string): 'page' | 'true' | undefined {
  const current = withTrailingSlash(currentPath);
  if (current === href) return 'page';
  // A locale's home page (/, /es/) is the start of every path in it: current only on itself.
  if (localeOfPath(href).path !== '/' && current.startsWith(href)) return 'true';
  return undefined;
}

/** The first breadcrumb on every page below the home page. */
export function homeCrumb(text: Pick<Dictionary, 'breadcrumbs'>, locale: LocaleCode = DEFAULT_LOCALE): { name: string; path: string } {
  return { name: text.breadcrumbs.home, path: pathsIn(locale).home };
}
