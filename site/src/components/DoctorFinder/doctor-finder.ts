/**
 * The doctor finder in the browser: filters, name search, "near you" sort, paging, all kept in
 * the page address. The page's HTML already lists every doctor (that is the page without
 * JavaScript); this script loads the finder index (src/lib/finder/), shows the controls, and
 * from then on moves the existing cards in and out of the lists. All decisions are made by the
 * pure modules in src/lib/finder/, tested without a browser.
 */
import { NO_FILTERS, type FinderCounts, type FinderFilters } from '../../lib/finder/filters';
import { languageSlug, parseFinderIndex, type FinderData } from '../../lib/finder/finder-index';
import { formatMiles, type LatLng } from '../../lib/finder/geo';
import { finderResults, locationDistances, locationsNearestFirst, showingText, type FinderResults } from '../../lib/finder/results';
import { decodeState, DEFAULT_STATE, encodeState, PAGE_SIZE, sanitizeState, type FinderState, type NearPosition } from '../../lib/finder/state';
import { createNearYou, describeNear, resolveNear, type NearYouControl } from '../NearYou/near-you';

interface Elements {
  root: HTMLElement;
  controls: HTMLElement;
  filters: HTMLFormElement;
  query: HTMLInputElement;
  selects: Record<'subtype' | 'specialty' | 'location' | 'language', HTMLSelectElement>;
  checks: Record<'acceptingNewPatients' | 'telehealth' | 'secondOpinions', HTMLInputElement>;
  radius: HTMLSelectElement;
  status: HTMLElement;
  nearGroup: HTMLElement;
  nearHeading: HTMLElement;
  nearList: HTMLElement;
  mainGroup: HTMLElement;
  mainHeading: HTMLElement;
  mainList: HTMLElement;
  empty: HTMLElement;
  more: HTMLElement;
  loadMore: HTMLButtonElement;
  viewAll: HTMLButtonElement;
}

interface Card {
  item: HTMLElement;
  distance: HTMLElement | null;
  locations: HTMLElement | null;
  /** What the card showed last, so unchanged cards are not touched. */
  shownDistance: string;
}

const SELECT_FACETS = ['subtype', 'specialty', 'location', 'language'] as const;
const CHECK_FACETS = ['acceptingNewPatients', 'telehealth', 'secondOpinions'] as const;
const TYPING_DELAY_MS = 200;

/** Writes text only when it changes: an identical write still makes the browser lay the text out again. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The doctor finder has no ${selector}`);
  return element;
}

function elementsOf(root: HTMLElement): Elements {
  const filters = find<HTMLFormElement>(root, '[data-finder-filters]');
  return {
    root,
    controls: find(root, '[data-finder-controls]'),
    filters,
    query: find(filters, 'input[name="q"]'),
    selects: {
      subtype: find(filters, 'select[name="subtype"]'),
      specialty: find(filters, 'select[name="specialty"]'),
      location: find(filters, 'select[name="location"]'),
      language: find(filters, 'select[name="language"]'),
    },
    checks: {
      acceptingNewPatients: find(filters, 'input[name="accepting"]'),
      telehealth: find(filters, 'input[name="telehealth"]'),
      secondOpinions: find(filters, 'input[name="second-opinions"]'),
    },
    radius: find(root, 'select[name="radius"]'),
    status: find(root, '[data-finder-status]'),
    nearGroup: find(root, '[data-finder-group="near"]'),
    nearHeading: find(root, '[data-finder-near-heading]'),
    nearList: find(root, '[data-finder-list="near"]'),
    mainGroup: find(root, '[data-finder-group="main"]'),
    mainHeading: find(root, '[data-finder-main-heading]'),
    mainList: find(root, '[data-finder-list="main"]'),
    empty: find(root, '[data-finder-empty]'),
    more: find(root, '[data-finder-more]'),
    loadMore: find(root, '[data-finder-load-more]'),
    viewAll: find(root, '[data-finder-view-all]'),
  };
}

async function loadIndex(url: string): Promise<FinderData> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The finder index ${url} answered HTTP ${response.status}`);
  return parseFinderIndex(await response.json());
}

export async function startDoctorFinder(root: HTMLElement): Promise<void> {
  const el = elementsOf(root);
  const zipTableUrl = root.dataset.zipUrl ?? '';
  let data: FinderData;
  try {
    data = await loadIndex(root.dataset.indexUrl ?? '');
  } catch (error) {
    // The page stays as it is without JavaScript: everyone listed, no controls.
    root.dataset.finderState = 'failed';
    console.error(error);
    return;
  }
  const items = [...el.mainList.children] as HTMLElement[];
  if (items.length !== data.doctors.length) {
    root.dataset.finderState = 'failed';
    console.error(`The finder index lists ${data.doctors.length} doctors but the page has ${items.length} cards; rebuild the site.`);
    return;
  }
  const cards: Card[] = items.map((item) => ({
    item,
    distance: item.querySelector<HTMLElement>('[data-finder-distance]'),
    locations: item.querySelector<HTMLElement>('[data-finder-locations]'),
    shownDistance: '',
  }));
  // Each option's place in its index table (-1 for "Any …"), and each checkbox's count.
  const optionTables: Record<(typeof SELECT_FACETS)[number], string[]> = {
    subtype: data.subtypes,
    specialty: data.specialties,
    location: data.locations.map((entry) => entry.slug),
    language: data.languages.map(languageSlug),
  };
  const optionPositions = Object.fromEntries(
    SELECT_FACETS.map((facet) => [facet, [...el.selects[facet].options].map((option) => (option.value === '' ? -1 : optionTables[facet].indexOf(option.value)))]),
  ) as Record<(typeof SELECT_FACETS)[number], number[]>;
  const checkCounts = Object.fromEntries(
    CHECK_FACETS.map((facet) => [facet, el.checks[facet].closest('label')?.querySelector<HTMLElement>('[data-count]') ?? null]),
  ) as Record<(typeof CHECK_FACETS)[number], HTMLElement | null>;

  let state: FinderState = DEFAULT_STATE;
  let position: LatLng | null = null;
  /** The last change was typing in the name box: more typing replaces that history entry. */
  let typing = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let lastResults: FinderResults | undefined;
  /** The doctors on screen and how many of them are in the "near you" group, as last rendered. */
  let lastOnScreen: number[] = [];
  let lastNearShown = -1;

  const nearYou: NearYouControl = createNearYou({
    form: find(root, '[data-near-you]'),
    zipTableUrl,
    onChoose(near, chosen) {
      position = chosen;
      commit({ ...state, near, page: 1 });
      nearYou.show(near);
    },
  });

  // ------------------------------------------------------------ state ⇄ controls, address

  const filtersFromControls = (): FinderFilters => ({
    query: el.query.value,
    subtype: el.selects.subtype.value || null,
    specialty: el.selects.specialty.value || null,
    location: el.selects.location.value || null,
    language: el.selects.language.value || null,
    acceptingNewPatients: el.checks.acceptingNewPatients.checked,
    telehealth: el.checks.telehealth.checked,
    secondOpinions: el.checks.secondOpinions.checked,
  });

  const showStateInControls = () => {
    const { filters } = state;
    if (document.activeElement !== el.query || el.query.value.trim() !== filters.query) el.query.value = filters.query;
    for (const facet of SELECT_FACETS) el.selects[facet].value = filters[facet] ?? '';
    for (const facet of CHECK_FACETS) el.checks[facet].checked = filters[facet];
    el.radius.value = String(state.radiusMiles);
  };

  const addressFor = (next: FinderState) => {
    const search = encodeState(next);
    return `${location.pathname}${search ? `?${search}` : ''}`;
  };

  /**
   * The address follows the results a moment later, in a task of its own: a history entry costs
   * the browser more than updating the results (Chromium also looks at the page's icons again),
   * and the visitor is waiting for the results. Changes within one task make one entry.
   */
  let pendingAddress: { url: string; replace: boolean } | null = null;
  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  const flushAddress = () => {
    const pending = pendingAddress;
    pendingAddress = null;
    if (!pending || pending.url === `${location.pathname}${location.search}`) return;
    if (pending.replace) history.replaceState(null, '', pending.url);
    else history.pushState(null, '', pending.url);
  };
  const updateAddress = (url: string, replace: boolean) => {
    pendingAddress = { url, replace: pendingAddress ? pendingAddress.replace && replace : replace };
    clearTimeout(addressTimer);
    addressTimer = setTimeout(flushAddress, 0);
  };
  const cancelAddressUpdate = () => {
    clearTimeout(addressTimer);
    pendingAddress = null;
  };

  /** A new state from the visitor: onto the page, then into the address (a new history entry unless still typing). */
  function commit(next: FinderState, options: { typing?: boolean; focusFrom?: number } = {}) {
    updateAddress(addressFor(next), !!options.typing && typing);
    typing = !!options.typing;
    state = next;
    render(options.focusFrom);
  }

  // ------------------------------------------------------------ rendering

  /**
   * Counts in the option labels. The chosen option of each select and the checkboxes show at
   * once; the other options (up to one per location) follow in a moment, or as soon as a select is
   * focused or pressed, before its list opens: nobody reads them before that.
   */
  const optionTexts = Object.fromEntries(
    SELECT_FACETS.map((facet) => [facet, [...el.selects[facet].options].map((option) => option.text)]),
  ) as Record<(typeof SELECT_FACETS)[number], string[]>;
  let pendingCounts: FinderCounts | null = null;
  let countsTimer: ReturnType<typeof setTimeout> | undefined;
  const setOptionCount = (facet: (typeof SELECT_FACETS)[number], at: number, counts: FinderCounts) => {
    const option = el.selects[facet].options[at]!;
    const position = optionPositions[facet][at]!;
    const count = position === -1 ? counts[facet].any : (counts[facet].options[position] ?? 0);
    const text = `${option.dataset.label ?? ''} (${count})`;
    if (optionTexts[facet][at] !== text) {
      optionTexts[facet][at] = text;
      option.text = text;
    }
  };
  const flushOptionCounts = () => {
    clearTimeout(countsTimer);
    const counts = pendingCounts;
    pendingCounts = null;
    if (!counts) return;
    for (const facet of SELECT_FACETS) {
      for (let at = 0; at < el.selects[facet].options.length; at++) setOptionCount(facet, at, counts);
    }
  };
  const setOptionCounts = (counts: FinderCounts) => {
    for (const facet of SELECT_FACETS) setOptionCount(facet, Math.max(0, el.selects[facet].selectedIndex), counts);
    for (const facet of CHECK_FACETS) {
      const element = checkCounts[facet];
      if (element) setText(element, `(${counts[facet]})`);
    }
    pendingCounts = counts;
    clearTimeout(countsTimer);
    countsTimer = setTimeout(flushOptionCounts, 50);
  };
  for (const facet of SELECT_FACETS) {
    for (const type of ['focus', 'pointerdown', 'keydown'] as const) el.selects[facet].addEventListener(type, flushOptionCounts);
  }

  const updateCard = (card: Card, doctorIndex: number, results: FinderResults, milesToLocation: Float64Array | null) => {
    const doctor = data.doctors[doctorIndex]!;
    let distanceText = '';
    let locationNames = doctor.locations.map((location) => data.locations[location]!.name);
    if (milesToLocation && results.distances && results.nearestLocations) {
      const nearest = results.nearestLocations[doctorIndex]!;
      if (nearest >= 0) distanceText = `${formatMiles(results.distances[doctorIndex]!)} · ${data.locations[nearest]!.name}`;
      locationNames = locationsNearestFirst(doctor, milesToLocation).map((location) => data.locations[location]!.name);
    }
    if (card.shownDistance !== distanceText) {
      card.shownDistance = distanceText;
      if (card.distance) {
        setText(card.distance, distanceText);
        card.distance.hidden = distanceText === '';
      }
      if (card.locations) setText(card.locations, locationNames.join('; '));
    }
  };

  function render(focusFrom?: number) {
    const results = finderResults(data, state, position);
    lastResults = results;
    const milesToLocation = position ? locationDistances(data, position) : null;
    setOptionCounts(results.counts);

    const { ordered, shown, nearCount } = results;
    const nearShown = Math.min(nearCount, shown);
    for (let rank = 0; rank < shown; rank++) updateCard(cards[ordered[rank]!]!, ordered[rank]!, results, milesToLocation);
    // The same doctors in the same groups (a filter that did not change the first page): nothing to move.
    const onScreen = ordered.slice(0, shown);
    if (nearShown !== lastNearShown || onScreen.length !== lastOnScreen.length || onScreen.some((doctor, rank) => lastOnScreen[rank] !== doctor)) {
      const nearFragment = document.createDocumentFragment();
      const mainFragment = document.createDocumentFragment();
      onScreen.forEach((doctor, rank) => (rank < nearShown ? nearFragment : mainFragment).appendChild(cards[doctor]!.item));
      el.nearList.replaceChildren(nearFragment);
      el.mainList.replaceChildren(mainFragment);
      lastOnScreen = onScreen;
      lastNearShown = nearShown;
    }

    const near = state.near && position ? state.near : null;
    el.nearGroup.hidden = nearShown === 0;
    el.mainGroup.hidden = shown - nearShown === 0;
    if (near) {
      setText(el.nearHeading, `Located near you: within ${state.radiusMiles} miles of ${describeNear(near)}`);
      setText(el.mainHeading, nearCount > 0 ? 'Farther away' : `Nearest to ${describeNear(near)}`);
    } else {
      setText(el.mainHeading, 'Doctors, by family name');
    }
    el.empty.hidden = ordered.length > 0;
    el.more.hidden = shown >= ordered.length;
    setText(el.loadMore, `Load ${Math.min(PAGE_SIZE, ordered.length - shown)} more`);
    setText(el.viewAll, `View all ${ordered.length.toLocaleString('en-US')}`);

    let status = showingText(shown, ordered.length);
    if (near && ordered.length > 0) {
      status += `, nearest first. ${nearCount.toLocaleString('en-US')} within ${state.radiusMiles} miles of ${describeNear(near)}.`;
    } else if (ordered.length > 0) status += '.';
    setText(el.status, status);

    if (focusFrom !== undefined && focusFrom < shown) {
      // After "Load more" or "View all", continue from the first new doctor.
      cards[ordered[focusFrom]!]!.item.querySelector<HTMLElement>('a[href]')?.focus();
    }
  }

  /** A state read from the address (first load, Back, Forward): resolve its position, then show it. */
  async function showAddress() {
    const next = sanitizeState(decodeState(location.search), data);
    let message: string | undefined;
    let nextPosition: LatLng | null = null;
    if (next.near) {
      const resolved = await resolveNear(next.near, zipTableUrl);
      if (resolved.ok) nextPosition = resolved.position;
      else message = resolved.message;
    }
    state = next;
    position = nextPosition;
    typing = false;
    showStateInControls();
    nearYou.show(next.near, message);
    render();
  }

  // ------------------------------------------------------------ events

  el.filters.addEventListener('submit', (event) => event.preventDefault());
  el.filters.addEventListener('change', (event) => {
    if (event.target === el.query) return;
    commit({ ...state, filters: filtersFromControls(), page: 1 });
  });
  el.query.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => commit({ ...state, filters: filtersFromControls(), page: 1 }, { typing: true }), TYPING_DELAY_MS);
  });
  el.radius.addEventListener('change', () => {
    commit({ ...state, radiusMiles: Number(el.radius.value) });
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-finder-clear]')) {
    button.addEventListener('click', () => {
      clearTimeout(typingTimer);
      commit({ ...state, filters: NO_FILTERS, page: 1 });
      showStateInControls();
      if (!el.controls.contains(button)) el.query.focus();
    });
  }
  el.loadMore.addEventListener('click', () => {
    const from = lastResults?.shown ?? 0;
    commit({ ...state, page: Math.ceil(from / PAGE_SIZE) + 1 }, { focusFrom: from });
  });
  el.viewAll.addEventListener('click', () => {
    commit({ ...state, page: 'all' }, { focusFrom: lastResults?.shown ?? 0 });
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    cancelAddressUpdate();
    void showAddress();
  });

  el.controls.hidden = false;
  await showAddress();
  // "ready" once the page shows what its address asks for (a ?zip= waits for the ZIP table).
  root.dataset.finderState = 'ready';
}

const root = document.querySelector<HTMLElement>('[data-doctor-finder]');
if (root) void startDoctorFinder(root);
