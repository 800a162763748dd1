/**
 * The locations page's "near you" sort in the browser: the same geolocation / ZIP code controls
 * as the doctor finder, the position kept in the page address (?zip= or ?near=), the clinics
 * reordered nearest first with their distance. Without JavaScript the page lists every clinic
 * alphabetically, which is all it can do.
 */
import type { Dictionary } from '../../i18n';
import { pageDictionary } from '../../i18n/client';
import { byDistanceFrom, formatMiles, type LatLng } from '../../lib/finder/geo';
import { decodeNear, encodeNear, type NearPosition } from '../../lib/finder/state';
import { createNearYou, describeNear, resolveNear } from '../NearYou/near-you';

interface Place extends LatLng {
  item: HTMLElement;
  name: string;
  distance: HTMLElement | null;
  /** Position in the page's own (alphabetical) order. */
  order: number;
}

export function startLocationFinder(root: HTMLElement, text: Dictionary): void {
  const list = root.querySelector<HTMLElement>('[data-location-list]');
  const status = root.querySelector<HTMLElement>('[data-location-status]');
  const controls = root.querySelector<HTMLElement>('[data-location-controls]');
  const form = root.querySelector<HTMLFormElement>('[data-near-you]');
  if (!list || !status || !controls || !form) return;
  const zipTableUrl = root.dataset.zipUrl ?? '';
  const staticStatus = status.textContent ?? '';

  const places: Place[] = [...list.children].map((item, order) => {
    const element = item as HTMLElement;
    return {
      item: element,
      order,
      name: element.dataset.name ?? '',
      latitude: Number(element.dataset.latitude),
      longitude: Number(element.dataset.longitude),
      distance: element.querySelector<HTMLElement>('[data-location-distance]'),
    };
  });

  const show = (near: NearPosition | null, position: LatLng | null) => {
    const ranked = position ? byDistanceFrom(position, places) : null;
    for (const place of places) {
      if (place.distance) place.distance.hidden = ranked === null;
    }
    for (const { place, distanceMiles } of ranked ?? []) {
      if (place.distance) place.distance.textContent = text.locationCard.away(formatMiles(distanceMiles, text));
    }
    list.replaceChildren(...(ranked ? ranked.map(({ place }) => place.item) : places.map((place) => place.item)));
    const nearest = ranked?.[0];
    status.textContent =
      near && nearest
        ? text.locationFinder.nearestFirst(places.length, describeNear(near, text.nearYou), nearest.place.name, formatMiles(nearest.distanceMiles, text))
        : staticStatus;
  };

  const nearYou = createNearYou({
    form,
    zipTableUrl,
    text: text.nearYou,
    onChoose(near, position) {
      const params = new URLSearchParams();
      encodeNear(near, params);
      const search = params.toString();
      history.pushState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
      show(near, position);
      nearYou.show(near);
    },
  });

  const showAddress = async () => {
    const near = decodeNear(new URLSearchParams(location.search));
    if (!near) {
      show(null, null);
      nearYou.show(null);
      return;
    }
    const resolved = await resolveNear(near, zipTableUrl, text.nearYou);
    show(near, resolved.ok ? resolved.position : null);
    nearYou.show(near, resolved.ok ? undefined : resolved.message);
  };

  window.addEventListener('popstate', () => void showAddress());
  controls.hidden = false;
  // "ready" once the page shows what its address asks for (a ?zip= waits for the ZIP table).
  void showAddress().then(() => (root.dataset.finderState = 'ready'));
}

const root = document.querySelector<HTMLElement>('[data-location-finder]');
if (root) {
  pageDictionary().then(
    (text) => startLocationFinder(root, text),
    // Without its words the page stays as it is without JavaScript: the clinics in alphabetical order.
    (error: unknown) => {
      root.dataset.finderState = 'failed';
      console.error(error);
    },
  );
}
