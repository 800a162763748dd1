/**
 * The doctor finder in the browser: filters, name search, "near you" sort, paging, all kept in
 * the page address, across every doctor. The page's HTML lists the directory's first page (that
 * is the page without JavaScript, with links to the others); this script loads the finder index
 * and the cards file (src/lib/finder/), shows the controls, and from then on draws the cards of
 * the doctors it shows from the page's card template. All decisions are made by the pure modules
 * in src/lib/finder/ and finder-text.ts, tested without a browser. The parts:
 *
 *   finder-elements.ts  the page's controls, lists and card template
 *   finder-cards.ts     the cards on screen, drawn from the template and refilled in place
 *   finder-controls.ts  the filter form ⇄ state
 *   finder-address.ts   state ⇄ page address, history entries
 *   finder-counts.ts    counts in the filter labels
 *   finder-render.ts    results onto the page
 *   finder-text.ts      the words: status line (announced), headings, buttons, distances
 *   ../NearYou/         ZIP code and device location ("near you")
 */
import type { Dictionary } from '../../i18n';
import { pageDictionary } from '../../i18n/client';
import { parseFinderCards, type FinderCards } from '../../lib/finder/card-data';
import { NO_FILTERS } from '../../lib/finder/filters';
import { parseFinderIndex, type FinderData } from '../../lib/finder/finder-index';
import type { LatLng } from '../../lib/finder/geo';
import { finderResults, type FinderResults } from '../../lib/finder/results';
import { DEFAULT_STATE, PAGE_SIZE, type FinderState } from '../../lib/finder/state';
import { createNearYou, resolveNear } from '../NearYou/near-you';
import { addressFor, createAddressWriter, stateFromAddress } from './finder-address';
import { filtersFromControls, showStateInControls } from './finder-controls';
import { createOptionCounts } from './finder-counts';
import { createCardDrawer } from './finder-cards';
import { finderElements, type FinderElements } from './finder-elements';
import { createResultsView } from './finder-render';

const TYPING_DELAY_MS = 200;

async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The finder's ${what} ${url} answered HTTP ${response.status}`);
  return response.json();
}

/**
 * The index, the cards' data and the page's words, fetched together; both are in memory before the finder starts,
 * so a change of filters draws its cards at once. If either fails to load or they do not match,
 * the page stays as it is without JavaScript.
 */
async function loadFinderData(el: FinderElements): Promise<{ data: FinderData; cards: FinderCards; text: Dictionary } | null> {
  try {
    if (!el.cardTemplate) throw new Error('The doctor finder has no card template (template[data-finder-card]); the page lists no doctors.');
    const [indexJson, cardsJson, text] = await Promise.all([
      fetchJson(el.root.dataset.indexUrl ?? '', 'index'),
      fetchJson(el.root.dataset.cardsUrl ?? '', 'cards file'),
      pageDictionary(),
    ]);
    const data = parseFinderIndex(indexJson);
    const cards = parseFinderCards(cardsJson, { doctors: data.doctors.length, specialties: data.specialties.length });
    return { data, cards, text };
  } catch (error) {
    console.error(error);
  }
  el.root.dataset.finderState = 'failed';
  return null;
}

export async function startDoctorFinder(root: HTMLElement): Promise<void> {
  const el = finderElements(root);
  const zipTableUrl = root.dataset.zipUrl ?? '';
  const loaded = await loadFinderData(el);
  if (!loaded) return;
  const { data, cards, text } = loaded;
  const view = createResultsView(el, createCardDrawer(el.cardTemplate!, data, cards, text), data, text);
  const optionCounts = createOptionCounts(el, data, text);
  const address = createAddressWriter();

  let state: FinderState = DEFAULT_STATE;
  let position: LatLng | null = null;
  let lastResults: FinderResults | undefined;
  /** The last change was typing in the name box: more typing replaces that history entry. */
  let typing = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const render = (focusFrom?: number) => {
    const results = finderResults(data, state, position);
    lastResults = results;
    optionCounts.show(results.counts);
    view.show(results, state, position, focusFrom);
  };

  /** A new state from the visitor: onto the page, then into the address (a new history entry unless still typing). */
  const commit = (next: FinderState, options: { typing?: boolean; focusFrom?: number } = {}) => {
    address.write(addressFor(location.pathname, next), !!options.typing && typing);
    typing = !!options.typing;
    state = next;
    render(options.focusFrom);
  };

  const nearYou = createNearYou({
    form: el.nearYou,
    zipTableUrl,
    text: text.nearYou,
    onChoose(near, chosen) {
      position = chosen;
      commit({ ...state, near, page: 1 });
      nearYou.show(near);
    },
  });

  /** A state read from the address (first load, Back, Forward): resolve its position, then show it. */
  const showAddress = async () => {
    const next = stateFromAddress(location.search, data);
    let message: string | undefined;
    let nextPosition: LatLng | null = null;
    if (next.near) {
      const resolved = await resolveNear(next.near, zipTableUrl, text.nearYou);
      if (resolved.ok) nextPosition = resolved.position;
      else message = resolved.message;
    }
    state = next;
    position = nextPosition;
    typing = false;
    showStateInControls(el, state);
    nearYou.show(next.near, message);
    render();
  };

  el.filters.addEventListener('submit', (event) => event.preventDefault());
  el.filters.addEventListener('change', (event) => {
    if (event.target === el.query) return;
    commit({ ...state, filters: filtersFromControls(el), page: 1 });
  });
  el.query.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => commit({ ...state, filters: filtersFromControls(el), page: 1 }, { typing: true }), TYPING_DELAY_MS);
  });
  el.radius.addEventListener('change', () => commit({ ...state, radiusMiles: Number(el.radius.value) }));
  for (const button of el.clearButtons) {
    button.addEventListener('click', () => {
      clearTimeout(typingTimer);
      commit({ ...state, filters: NO_FILTERS, page: 1 });
      showStateInControls(el, state);
      if (!el.controls.contains(button)) el.query.focus();
    });
  }
  el.loadMore.addEventListener('click', () => {
    const from = lastResults?.shown ?? 0;
    commit({ ...state, page: Math.ceil(from / PAGE_SIZE) + 1 }, { focusFrom: from });
  });
  el.viewAll.addEventListener('click', () => commit({ ...state, page: 'all' }, { focusFrom: lastResults?.shown ?? 0 }));
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    address.cancel();
    void showAddress();
  });

  el.controls.hidden = false;
  await showAddress();
  // "ready" once the page shows what its address asks for (a ?zip= waits for the ZIP table).
  root.dataset.finderState = 'ready';
}

const root = document.querySelector<HTMLElement>('[data-doctor-finder]');
if (root) void startDoctorFinder(root);
