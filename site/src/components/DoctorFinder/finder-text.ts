/**
 * What the doctor finder writes on the page, as pure functions of its state and results: the
 * status line screen readers announce, the two group headings, the paging buttons, each card's
 * distance and locations, and the counts in the filter labels. Tested without a browser
 * (test/finder/finder-text.test.ts).
 */
import type { Dictionary } from '../../i18n';
import type { FinderCounts } from '../../lib/finder/filters';
import type { FinderData } from '../../lib/finder/finder-index';
import { formatMiles } from '../../lib/finder/geo';
import { locationsNearestFirst, type FinderResults } from '../../lib/finder/results';
import { PAGE_SIZE, type NearPosition } from '../../lib/finder/state';
import { describeNear } from '../NearYou/near-you';
import type { SelectFacet } from './finder-elements';

/** Sorting by distance: where from, and what counts as near. */
export interface NearSort {
  near: NearPosition;
  radiusMiles: number;
}

/** The status line (a role="status" region): how many doctors are shown, and how near. */
export function statusText(text: Dictionary, shown: number, matches: number, nearCount: number, sort: NearSort | null): string {
  const showing = text.finder.showing(shown, matches);
  if (matches === 0) return showing;
  if (!sort) return `${showing}.`;
  return text.finder.nearestFirst(showing, nearCount, sort.radiusMiles, describeNear(sort.near, text.nearYou));
}

/** The headings of the "near you" group (shown only when it has doctors) and of the main group. */
export function groupHeadings(text: Dictionary, nearCount: number, sort: NearSort | null): { near: string | null; main: string } {
  if (!sort) return { near: null, main: text.finder.byFamilyName };
  const place = describeNear(sort.near, text.nearYou);
  return {
    near: text.finder.nearGroup(sort.radiusMiles, place),
    main: nearCount > 0 ? text.finder.fartherAway : text.finder.nearestTo(place),
  };
}

/** The labels of "Load more" and "View all". */
export function pagingLabels(text: Dictionary, shown: number, matches: number): { loadMore: string; viewAll: string } {
  return {
    loadMore: text.finder.loadMoreCount(Math.min(PAGE_SIZE, matches - shown)),
    viewAll: text.finder.viewAllCount(matches),
  };
}

/**
 * A card's distance line ("3.2 miles · Durham clinic", empty without a position) and its
 * locations, nearest first when there is a position.
 */
export function cardPlaces(
  text: Dictionary,
  data: FinderData,
  doctorIndex: number,
  results: Pick<FinderResults, 'distances' | 'nearestLocations'>,
  milesToLocation: ArrayLike<number> | null,
): { distance: string; locations: string } {
  const doctor = data.doctors[doctorIndex]!;
  let distance = '';
  let locations = doctor.locations;
  if (milesToLocation && results.distances && results.nearestLocations) {
    const nearest = results.nearestLocations[doctorIndex]!;
    if (nearest >= 0) distance = text.finder.distanceTo(formatMiles(results.distances[doctorIndex]!, text), data.locations[nearest]!.name);
    locations = locationsNearestFirst(doctor, milesToLocation);
  }
  return { distance, locations: locations.map((location) => data.locations[location]!.name).join('; ') };
}

/** Each option's place in its index table (-1 for "Any …", whose value is empty). */
export function optionPositions(values: readonly string[], table: readonly string[]): number[] {
  return values.map((value) => (value === '' ? -1 : table.indexOf(value)));
}

/** The text of a filter option: its label and how many doctors choosing it would leave. */
export function optionText(text: Dictionary, label: string, facet: SelectFacet, position: number, counts: FinderCounts): string {
  const count = position === -1 ? counts[facet].any : (counts[facet].options[position] ?? 0);
  return text.finder.option(label, count);
}
