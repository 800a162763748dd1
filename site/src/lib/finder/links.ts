import { paths } from '../routes';
import { NO_FILTERS, type FinderFilters } from './filters';
import { DEFAULT_STATE, encodeState } from './state';

/**
 * Links into the doctor finder with filters already chosen, written exactly as the finder writes
 * its own address: finderPath({ subtype: 'her2-positive' }) → '/doctors/?subtype=her2-positive'.
 * Without JavaScript the link opens the doctor directory's first page, which links to the others.
 */
export function finderPath(filters: Partial<FinderFilters>): string {
  const search = encodeState({ ...DEFAULT_STATE, filters: { ...NO_FILTERS, ...filters } });
  return search ? `${paths.doctors}?${search}` : paths.doctors;
}
