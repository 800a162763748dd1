import type { ConditionPage } from '@mbc/shared';

/**
 * The overview's sections come from the CMS. Where a section's anchor is one of these, the page
 * (src/pages/index.astro) adds links to the part of the site that covers it; featured lists with
 * no matching section get a section of their own at the end. Pure, so what the page shows can be
 * worked out without rendering it (src/lib/touched-pages.ts).
 */
export const SECTION_LINKS = {
  diagnosis: ['how-it-is-diagnosed', 'diagnosis'],
  subtypes: ['subtypes'],
  treatments: ['treatment', 'treatments'],
  trials: ['clinical-trials', 'trials'],
  support: ['support', 'support-services'],
  palliative: ['palliative-care'],
} as const;

export type SectionLink = keyof typeof SECTION_LINKS;

/** The part of the site a section with this anchor links to, if any. */
export function sectionLinkOf(anchor: string): SectionLink | undefined {
  return (Object.keys(SECTION_LINKS) as SectionLink[]).find((key) => (SECTION_LINKS[key] as readonly string[]).includes(anchor));
}

/** Whether a section of the page links to this part of the site. */
export function hasSectionLink(page: Pick<ConditionPage, 'sections'>, link: SectionLink): boolean {
  return page.sections.some((section) => sectionLinkOf(section.anchor) === link);
}

/**
 * Whether the page shows how many trials are open ("See the 3 clinical trials open to new
 * patients now"): the sections after the first carry the links (the first opens the page, above
 * the goals of care, without them), and one of them links to the trials.
 */
export function showsOpenTrialCount(page: Pick<ConditionPage, 'sections'>): boolean {
  return page.sections.slice(1).some((section) => sectionLinkOf(section.anchor) === 'trials');
}
