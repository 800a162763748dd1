import { paths } from './routes';

/** The main navigation, in the order a patient usually needs it. */
export const MAIN_NAVIGATION: readonly { label: string; href: string }[] = [
  { label: 'Overview', href: paths.home },
  { label: 'Diagnosis', href: paths.diagnosis },
  { label: 'Subtypes', href: paths.subtypes },
  { label: 'Treatments', href: paths.treatments },
  { label: 'Clinical trials', href: paths.clinicalTrials },
  { label: 'Doctors', href: paths.doctors },
  { label: 'Locations', href: paths.locations },
  { label: 'Support', href: paths.support },
  { label: 'Second opinions', href: paths.secondOpinion },
  { label: 'Search', href: paths.search },
];

/** The footer's links: the sections again, plus the ways to get in touch. */
export const FOOTER_NAVIGATION: readonly { label: string; href: string }[] = [
  ...MAIN_NAVIGATION.filter((item) => item.href !== paths.search),
  { label: 'Request an appointment', href: paths.appointments },
  { label: 'Search this site', href: paths.search },
];

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
  if (href !== '/' && current.startsWith(href)) return 'true';
  return undefined;
}

/** The first breadcrumb on every page below the home page. */
export const HOME_CRUMB = { name: 'Home', path: paths.home } as const;
