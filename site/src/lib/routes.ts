import type { Address } from '@mbc/shared';
import { formatAddress } from './format';

/**
 * Every URL the site builds: its own paths (each with the trailing slash the site uses, from
 * @mbc/shared's pages.ts) and the outside addresses it links to. Pages, JSON-LD and the sitemap
 * all take paths from here.
 */

// The paths themselves are part of the contract: the CMS's preview opens the same pages.
export { paths } from '@mbc/shared';

/** A path on this site → the absolute URL under `site` (astro.config's `site`, from SITE_URL). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The trial's public record on ClinicalTrials.gov. */
export function registryUrl(nctId: string): string {
  return `https://clinicaltrials.gov/study/${encodeURIComponent(nctId)}`;
}

/** A maps search for the address (Google Maps URLs API): opens the maps app on phones, a map in browsers. */
export function mapsSearchUrl(address: Omit<Address, 'id'>): string {
  const url = new URL('https://www.google.com/maps/search/');
  url.searchParams.set('api', '1');
  url.searchParams.set('query', formatAddress(address));
  return url.href;
}
