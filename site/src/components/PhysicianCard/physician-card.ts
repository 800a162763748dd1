/**
 * The name and classes of a doctor card that depend on the doctor (its words: the dictionary's physicianCard), shared by PhysicianCard.astro
 * and the doctor finder, which fills copies of that card in the browser
 * (src/components/DoctorFinder/finder-cards.ts): one rule each, in one place.
 */
export { physicianDisplayName } from '../../lib/format';

/** The tag's modifier class: open or closed to new patients. */
export function acceptingTagClass(accepting: boolean): 'tag--open' | 'tag--closed' {
  return accepting ? 'tag--open' : 'tag--closed';
}
