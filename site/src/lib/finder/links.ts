import { DEFAULT_LOCALE, localePath, type LocaleCode } from '@mbc/shared';
import { paths } from '../routes';
import { NO_FILTERS, type FinderFilters } from './filters';
import { DEFAULT_STATE, encodeState } from './state';

/**
 * Links into the doctor finder with filters already chosen, written exactly as the finder writes
 * its own address: finderPath({ subtype: 'her2-positive' }) → '/doctors/?subtype=her2-positive'.
 * Without JavaScript the link opens the doctor directory's first page, which links to the others.
 */
export function finderPath(filters: Partial<FinderFilters>, locale: LocaleCode = DEFAULT_LOCALE): string {
  const search = encodeState({ ...DEFAULT_STATE, filters: { ...NO_FILTERS, ...filters } });
  const finder = localePath(locale, paths.doctors);
  return search ? `${finder}?${search}` : finder;
}
