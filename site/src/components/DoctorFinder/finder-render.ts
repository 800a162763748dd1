/**
 * Puts results on the page: puts the doctors' cards (finder-cards.ts) into the "near you" and main lists,
 * updates their distances, the headings, the paging buttons and the status line. The words come
 * from finder-text.ts.
 */
import type { FinderData } from '../../lib/finder/finder-index';
import type { LatLng } from '../../lib/finder/geo';
import { locationDistances, type FinderResults } from '../../lib/finder/results';
import type { FinderState } from '../../lib/finder/state';
import type { CardMaker } from './finder-cards';
import { setText, type DoctorCard, type FinderElements } from './finder-elements';
import { cardPlaces, groupHeadings, pagingLabels, statusText, type NearSort } from './finder-text';

export interface ResultsView {
  /** Shows the results of a state; `focusFrom` moves focus to that result (after "Load more", "View all"). */
  show(results: FinderResults, state: FinderState, position: LatLng | null, focusFrom?: number): void;
}

export function createResultsView(el: FinderElements, cards: CardMaker, data: FinderData): ResultsView {
  /** The doctors on screen and how many of them are in the "near you" group, as last shown. */
  let lastOnScreen: number[] = [];
  let lastNearShown = -1;

  const updateCard = (card: DoctorCard, doctorIndex: number, results: FinderResults, milesToLocation: Float64Array | null) => {
    const places = cardPlaces(data, doctorIndex, results, milesToLocation);
    if (card.shownDistance === places.distance) return;
    card.shownDistance = places.distance;
    if (card.distance) {
      setText(card.distance, places.distance);
      card.distance.hidden = places.distance === '';
    }
    if (card.locations) setText(card.locations, places.locations);
  };

  /** Moves cards only when the doctors or groups on screen changed (a filter may leave the first page as it was). */
  const placeCards = (onScreen: number[], nearShown: number) => {
    if (nearShown === lastNearShown && onScreen.length === lastOnScreen.length && onScreen.every((doctor, rank) => lastOnScreen[rank] === doctor)) return;
    const nearFragment = document.createDocumentFragment();
    const mainFragment = document.createDocumentFragment();
    onScreen.forEach((doctor, rank) => (rank < nearShown ? nearFragment : mainFragment).appendChild(cards.card(doctor).item));
    el.nearList.replaceChildren(nearFragment);
    el.mainList.replaceChildren(mainFragment);
    lastOnScreen = onScreen;
    lastNearShown = nearShown;
  };

  return {
    show(results, state, position, focusFrom) {
      const milesToLocation = position ? locationDistances(data, position) : null;
      const { ordered, shown, nearCount } = results;
      const nearShown = Math.min(nearCount, shown);
      for (let rank = 0; rank < shown; rank++) updateCard(cards.card(ordered[rank]!), ordered[rank]!, results, milesToLocation);
      placeCards(ordered.slice(0, shown), nearShown);

      const sort: NearSort | null = state.near && position ? { near: state.near, radiusMiles: state.radiusMiles } : null;
      el.nearGroup.hidden = nearShown === 0;
      el.mainGroup.hidden = shown - nearShown === 0;
      const headings = groupHeadings(nearCount, sort);
      if (headings.near !== null) setText(el.nearHeading, headings.near);
      setText(el.mainHeading, headings.main);
      el.empty.hidden = ordered.length > 0;
      el.more.hidden = shown >= ordered.length;
      const paging = pagingLabels(shown, ordered.length);
      setText(el.loadMore, paging.loadMore);
      setText(el.viewAll, paging.viewAll);
      setText(el.status, statusText(shown, ordered.length, nearCount, sort));

      if (focusFrom !== undefined && focusFrom < shown) {
        cards.card(ordered[focusFrom]!).item.querySelector<HTMLElement>('a[href]')?.focus();
      }
    },
  };
}
