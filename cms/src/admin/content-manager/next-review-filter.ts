/**
 * A "Next review due" filter in the list of every type with a medical review. Strapi offers no
 * filter on a component's field; a filter with a `mainField` nests its condition under the
 * attribute, which is the query the Content Manager answers for a component too:
 * filters[$and][0][medicalReview][nextReviewDue][$lte]=2027-01-01. Strapi nests only filters
 * of type "relation", so the filter says it is one; its input and operators follow the main
 * field's type (date).
 */
export const NEXT_REVIEW_FILTER = {
  name: 'medicalReview',
  label: 'Next review due',
  type: 'relation',
  mainField: { name: 'nextReviewDue', type: 'date' },
} as const;

type Filter = { name: string };
type ListLayout = { metadatas?: Record<string, unknown> };

/** The Content Manager's inject-in-filters hook: adds the filter where the list's type has a medical review. */
export function withNextReviewFilter<Args extends { displayedFilters: Filter[]; layout: ListLayout }>(args: Args): Args {
  const hasReview = Boolean(args.layout?.metadatas?.medicalReview);
  if (!hasReview || args.displayedFilters.some((filter) => filter.name === NEXT_REVIEW_FILTER.name)) return args;
  return { ...args, displayedFilters: [...args.displayedFilters, { ...NEXT_REVIEW_FILTER }] };
}
