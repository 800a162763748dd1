/** The filter form ⇄ the finder's state. */
import type { FinderFilters } from '../../lib/finder/filters';
import type { FinderState } from '../../lib/finder/state';
import { CHECK_FACETS, SELECT_FACETS, type FinderElements } from './finder-elements';

/** The filters as the form shows them. */
export function filtersFromControls(el: FinderElements): FinderFilters {
  return {
    query: el.query.value,
    subtype: el.selects.subtype.value || null,
    specialty: el.selects.specialty.value || null,
    location: el.selects.location.value || null,
    language: el.selects.language.value || null,
    acceptingNewPatients: el.checks.acceptingNewPatients.checked,
    telehealth: el.checks.telehealth.checked,
    secondOpinions: el.checks.secondOpinions.checked,
  };
}

/** Sets the form to a state; the name box keeps what the visitor is typing if it means the same. */
export function showStateInControls(el: FinderElements, state: FinderState): void {
  const { filters } = state;
  if (document.activeElement !== el.query || el.query.value.trim() !== filters.query) el.query.value = filters.query;
  for (const facet of SELECT_FACETS) el.selects[facet].value = filters[facet] ?? '';
  for (const facet of CHECK_FACETS) el.checks[facet].checked = filters[facet];
  el.radius.value = String(state.radiusMiles);
}
