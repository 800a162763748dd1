/**
 * The doctor finder's parts of the page: its controls, lists, buttons and the card template,
 * found once by their data attributes.
 */
export const SELECT_FACETS = ['subtype', 'specialty', 'location', 'language'] as const;
export const CHECK_FACETS = ['acceptingNewPatients', 'telehealth', 'secondOpinions'] as const;
export type SelectFacet = (typeof SELECT_FACETS)[number];
export type CheckFacet = (typeof CHECK_FACETS)[number];

export interface FinderElements {
  root: HTMLElement;
  controls: HTMLElement;
  filters: HTMLFormElement;
  query: HTMLInputElement;
  selects: Record<SelectFacet, HTMLSelectElement>;
  checks: Record<CheckFacet, HTMLInputElement>;
  radius: HTMLSelectElement;
  nearYou: HTMLFormElement;
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
  clearButtons: HTMLButtonElement[];
  /** One card rendered by PhysicianCard.astro, which every card the finder shows is a copy of (finder-cards.ts). */
  cardTemplate: HTMLTemplateElement | null;
}

export interface DoctorCard {
  item: HTMLElement;
  distance: HTMLElement | null;
  locations: HTMLElement | null;
  /** What the card showed last, so unchanged cards are not touched. */
  shownDistance: string;
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The doctor finder has no ${selector}`);
  return element;
}

export function finderElements(root: HTMLElement): FinderElements {
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
    nearYou: find(root, '[data-near-you]'),
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
    clearButtons: [...root.querySelectorAll<HTMLButtonElement>('[data-finder-clear]')],
    cardTemplate: root.querySelector<HTMLTemplateElement>('template[data-finder-card]'),
  };
}

/** Writes text only when it changes: an identical write still makes the browser lay the text out again. */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
