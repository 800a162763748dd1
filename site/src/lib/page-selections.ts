import type { ClinicalTrial, ClinicalTrialLink, Location, Physician, Subtype, SupportService, Treatment } from '@mbc/shared';
import { byOpenThenTitle, isOpenTrial, sortByFamilyName } from './orderings';
import { entriesLinkedTo, resolveLinks } from './relations';

/**
 * What a page picks from the content to show, where it is more than "the entry and its links":
 * the pages call these, and so does src/lib/touched-pages.ts, which works out which entries each
 * page shows without rendering it. One function per choice, so the two cannot drift apart (a page
 * that starts to show closed trials shows them in both). Pure: the lists come in as arguments.
 */

/** The open trials a subtype's or a treatment's page lists, open ones first and then by title. */
export function openTrialsOf(entry: Pick<Subtype | Treatment, 'clinicalTrials'>): ClinicalTrialLink[] {
  return entry.clinicalTrials.filter(isOpenTrial).sort(byOpenThenTitle);
}

/** The published doctors who focus on a subtype, by family name (the subtype page's cards). */
export function subtypePhysicians(subtype: Pick<Subtype, 'physicians'>, physicians: readonly Physician[]): Physician[] {
  return sortByFamilyName(resolveLinks(subtype.physicians, physicians));
}

/** The published doctors who see patients at a location, by family name (its page's cards, and the count on /locations/). */
export function locationPhysicians(location: Pick<Location, 'physicians'>, physicians: readonly Physician[]): Physician[] {
  return sortByFamilyName(resolveLinks(location.physicians, physicians));
}

/** The open trials that take place at a location (its page lists them; the CMS sends the link from the trial's side). */
export function locationOpenTrials(location: Pick<Location, 'documentId'>, trials: readonly ClinicalTrial[]): ClinicalTrial[] {
  return entriesLinkedTo(trials, 'locations', location).filter(isOpenTrial);
}

/** The support services offered at a location. */
export function locationSupportServices(location: Pick<Location, 'documentId'>, services: readonly SupportService[]): SupportService[] {
  return entriesLinkedTo(services, 'locations', location);
}

/** The trials a doctor leads (their profile lists them; the CMS sends the link from the trial's side). */
export function trialsLedBy(physician: Pick<Physician, 'documentId'>, trials: readonly ClinicalTrial[]): ClinicalTrial[] {
  return entriesLinkedTo(trials, 'principalInvestigator', physician);
}

/** The doctors /second-opinion/ lists: those who give second opinions, in the list's order. */
export function secondOpinionPhysicians(physicians: readonly Physician[]): Physician[] {
  return physicians.filter((physician) => physician.offersSecondOpinions);
}
