/**
 * Puts results on the page: shows the doctors in the cards of the "near you" and main lists
 * (finder-cards.ts: as many cards as doctors on screen, refilled in place),
 * updates their distances, the headings, the paging buttons and the status line. The words come
 * from finder-text.ts.
 */
import type { Dictionary } from '../../i18n';
import type { FinderData } from '../../lib/finder/finder-index';
import type { LatLng } from '../../lib/finder/geo';
import { locationDistances, type FinderResults } from '../../lib/finder/results';
import type { FinderState } from '../../lib/finder/state';
import type { CardDrawer, CardSlot } from './finder-cards';
import { setText, type DoctorCard, type FinderElements } from './finder-elements';
import { cardPlaces, groupHeadings, pagingLabels, statusText, type NearSort } from './finder-text';

export interface ResultsView {
  /** Shows the results of a state; `focusFrom` moves focus to that result (after "Load more", "View all"). */
  show(results: FinderResults, state: FinderState, position: LatLng | null, focusFrom?: number): void;
}

export function createResultsView(el: FinderElements, cards: CardDrawer, data: FinderData, text: Dictionary): ResultsView {
  /** The cards of each list, in order; cards no list needs wait in `spare`. */
  const nearSlots: CardSlot[] = [];
  const mainSlots: CardSlot[] = [];
  const spare: CardSlot[] = [];

  const updateCard = (card: DoctorCard, doctorIndex: number, results: FinderResults, milesToLocation: Float64Array | null) => {
    const places = cardPlaces(text, data, doctorIndex, results, milesToLocation);
    if (card.shownDistance === places.distance) return;
    card.shownDistance = places.distance;
    if (card.distance) {
      setText(card.distance, places.distance);
      card.distance.hidden = places.distance === '';
    }
    if (card.locations) setText(card.locations, places.locations);
  };

  /** Gives a list exactly `count` cards: extra ones leave (kept for later), missing ones join at the end. */
  const fitSlots = (list: HTMLElement, slots: CardSlot[], count: number) => {
    while (slots.length > count) {
      const slot = slots.pop()!;
      slot.item.remove();
      spare.push(slot);
    }
    if (slots.length === count) return;
    const fragment = document.createDocumentFragment();
    while (slots.length < count) {
      const slot = spare.pop() ?? cards.slot();
      slots.push(slot);
      fragment.appendChild(slot.item);
    }
    list.appendChild(fragment);
  };

  /** The card at a rank of the results: the "near you" ones first. */
  const slotAt = (rank: number, nearShown: number) => (rank < nearShown ? nearSlots[rank]! : mainSlots[rank - nearShown]!);

  /** Shows the doctors on screen, refilling only the cards whose doctor changed. */
  const placeCards = (onScreen: number[], nearShown: number) => {
    // The first call replaces the directory's own first page, which the HTML lists.
    if (nearSlots.length + mainSlots.length + spare.length === 0) el.mainList.replaceChildren();
    fitSlots(el.nearList, nearSlots, nearShown);
    fitSlots(el.mainList, mainSlots, onScreen.length - nearShown);
    onScreen.forEach((doctor, rank) => {
      const slot = slotAt(rank, nearShown);
      if (slot.doctor !== doctor) cards.fill(slot, doctor);
    });
  };

  return {
    show(results, state, position, focusFrom) {
      const milesToLocation = position ? locationDistances(data, position) : null;
      const { ordered, shown, nearCount } = results;
      const nearShown = Math.min(nearCount, shown);
      placeCards(ordered.slice(0, shown), nearShown);
      for (let rank = 0; rank < shown; rank++) updateCard(slotAt(rank, nearShown), ordered[rank]!, results, milesToLocation);

      const sort: NearSort | null = state.near && position ? { near: state.near, radiusMiles: state.radiusMiles } : null;
      el.nearGroup.hidden = nearShown === 0;
      el.mainGroup.hidden = shown - nearShown === 0;
      const headings = groupHeadings(text, nearCount, sort);
      if (headings.near !== null) setText(el.nearHeading, headings.near);
      setText(el.mainHeading, headings.main);
      el.empty.hidden = ordered.length > 0;
      el.more.hidden = shown >= ordered.length;
      const paging = pagingLabels(text, shown, ordered.length);
      setText(el.loadMore, paging.loadMore);
      setText(el.viewAll, paging.viewAll);
      setText(el.status, statusText(text, shown, ordered.length, nearCount, sort));

      if (focusFrom !== undefined && focusFrom < shown) {
        slotAt(focusFrom, nearShown).item.querySelector<HTMLElement>('a[href]')?.focus();
      }
    },
  };
}
