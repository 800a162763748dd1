/**
 * Counts in the filter labels. The chosen option of each select and the checkboxes show at
 * once; the other options (up to one per location) follow in a moment, or as soon as a select is
 * focused or pressed, before its list opens: nobody reads them before that.
 */
import type { Dictionary } from '../../i18n';
import type { FinderCounts } from '../../lib/finder/filters';
import { languageSlug, type FinderData } from '../../lib/finder/finder-index';
import { CHECK_FACETS, SELECT_FACETS, setText, type CheckFacet, type FinderElements, type SelectFacet } from './finder-elements';
import { optionPositions, optionText } from './finder-text';

const LATER_MS = 50;

export interface OptionCounts {
  show(counts: FinderCounts): void;
}

export function createOptionCounts(el: FinderElements, data: FinderData, text: Dictionary): OptionCounts {
  const tables: Record<SelectFacet, string[]> = {
    subtype: data.subtypes,
    specialty: data.specialties,
    location: data.locations.map((entry) => entry.slug),
    language: data.languages.map(languageSlug),
  };
  const options = (facet: SelectFacet) => [...el.selects[facet].options];
  const positions = Object.fromEntries(
    SELECT_FACETS.map((facet) => [facet, optionPositions(options(facet).map((option) => option.value), tables[facet])]),
  ) as Record<SelectFacet, number[]>;
  /** What each option shows, so unchanged ones are not written. */
  const shownTexts = Object.fromEntries(SELECT_FACETS.map((facet) => [facet, options(facet).map((option) => option.text)])) as Record<
    SelectFacet,
    string[]
  >;
  const checkCounts = Object.fromEntries(
    CHECK_FACETS.map((facet) => [facet, el.checks[facet].closest('label')?.querySelector<HTMLElement>('[data-count]') ?? null]),
  ) as Record<CheckFacet, HTMLElement | null>;

  let pending: FinderCounts | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const setOptionCount = (facet: SelectFacet, at: number, counts: FinderCounts) => {
    const option = el.selects[facet].options[at]!;
    const shown = optionText(text, option.dataset.label ?? '', facet, positions[facet][at]!, counts);
    if (shownTexts[facet][at] !== shown) {
      shownTexts[facet][at] = shown;
      option.text = shown;
    }
  };
  const flush = () => {
    clearTimeout(timer);
    const counts = pending;
    pending = null;
    if (!counts) return;
    for (const facet of SELECT_FACETS) {
      for (let at = 0; at < el.selects[facet].options.length; at++) setOptionCount(facet, at, counts);
    }
  };
  for (const facet of SELECT_FACETS) {
    for (const type of ['focus', 'pointerdown', 'keydown'] as const) el.selects[facet].addEventListener(type, flush);
  }

  return {
    show(counts) {
      for (const facet of SELECT_FACETS) setOptionCount(facet, Math.max(0, el.selects[facet].selectedIndex), counts);
      for (const facet of CHECK_FACETS) {
        const element = checkCounts[facet];
        if (element) setText(element, text.finder.checkCount(counts[facet]));
      }
      pending = counts;
      clearTimeout(timer);
      timer = setTimeout(flush, LATER_MS);
    },
  };
}
