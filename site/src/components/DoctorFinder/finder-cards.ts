/**
 * The doctor cards the finder shows, drawn from the page's card <template> (one card rendered by
 * PhysicianCard.astro) and filled from the finder's cards file and index: the same markup as the
 * cards the pages render. A card on screen is a slot that shows one doctor; when the results
 * change, the slots are refilled in place (only the texts and attributes that differ), so a filter
 * change rewrites a few texts instead of inserting fresh cards: synchronous, from data in memory.
 */
import type { Dictionary } from '../../i18n';
import type { FinderCards } from '../../lib/finder/card-data';
import type { FinderData } from '../../lib/finder/finder-index';
import { FLAG_ACCEPTING_NEW_PATIENTS } from '../../lib/finder/finder-index';
import { DEFAULT_LOCALE, localePath } from '@mbc/shared';
import { localeOfLanguageTag } from '../../i18n/client';
import { paths } from '../../lib/routes';
import { acceptingTagClass, physicianDisplayName } from '../PhysicianCard/physician-card';
import { setText, type DoctorCard } from './finder-elements';

/** A card on screen, and the parts of it a doctor's values go into. */
export interface CardSlot extends DoctorCard {
  /** The doctor it shows (position in the index), -1 before the first. */
  doctor: number;
  link: HTMLAnchorElement | null;
  title: HTMLElement | null;
  facts: HTMLElement | null;
  specialtyRow: HTMLElement | null;
  specialty: HTMLElement | null;
  locationsRow: HTMLElement | null;
  locationsLabel: Element | null;
  accepting: HTMLElement | null;
  photo: HTMLElement | null;
}

export interface CardDrawer {
  /** A new card from the template, showing no one yet. */
  slot(): CardSlot;
  /** Shows a doctor in a card; the distance line is left empty (the results view sets it). */
  fill(slot: CardSlot, doctor: number): void;
}

const part = <T extends Element>(root: ParentNode, selector: string): T | null => root.querySelector<T>(selector);

function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Sets the <picture>'s values to one portrait's: the <img>'s src, srcset, size, then each <source>'s srcset. */
function fillPhoto(holder: HTMLElement, photo: FinderCards['doctors'][number]['photo'], picture: Element | null): void {
  if (!photo || !picture) {
    if (holder.firstChild) holder.replaceChildren();
    return;
  }
  let shown = holder.querySelector('picture');
  if (!shown) {
    shown = picture.cloneNode(true) as HTMLPictureElement;
    holder.replaceChildren(shown);
  }
  const [src, srcset, width, height, sourceSrcsets] = photo;
  shown.querySelectorAll('source').forEach((source, at) => setAttribute(source, 'srcset', sourceSrcsets[at] ?? ''));
  const image = shown.querySelector('img');
  if (image) {
    setAttribute(image, 'src', src);
    setAttribute(image, 'srcset', srcset || null);
    setAttribute(image, 'width', String(width));
    setAttribute(image, 'height', String(height));
  }
}

/** Puts a facts row back in its place (specialty first, then locations) or takes it out. */
function showRow(facts: HTMLElement | null, row: HTMLElement | null, shown: boolean, before: HTMLElement | null): void {
  if (!facts || !row) return;
  if (!shown) row.remove();
  else if (row.parentElement !== facts) facts.insertBefore(row, before && before.parentElement === facts ? before : null);
}

export function createCardDrawer(template: HTMLTemplateElement, data: FinderData, cards: FinderCards, text: Dictionary): CardDrawer {
  // The profiles are in the page's language: /doctors/… or /es/doctors/….
  const pageLocale = localeOfLanguageTag(document.documentElement.lang) ?? DEFAULT_LOCALE;
  const first = template.content.firstElementChild;
  if (!first) throw new Error("The doctor finder's card <template> is empty.");
  const picture = first.querySelector('[data-card-photo] picture');

  return {
    slot() {
      const item = first.cloneNode(true) as HTMLElement;
      const specialty = part<HTMLElement>(item, '[data-card-specialty]');
      const locations = part<HTMLElement>(item, '[data-finder-locations]');
      return {
        item,
        doctor: -1,
        shownDistance: '',
        distance: part<HTMLElement>(item, '[data-finder-distance]'),
        locations,
        link: part<HTMLAnchorElement>(item, '[data-card-link]'),
        title: part<HTMLElement>(item, '[data-card-title]'),
        facts: part<HTMLElement>(item, 'dl'),
        specialtyRow: specialty?.parentElement ?? null,
        specialty,
        locationsRow: locations?.parentElement ?? null,
        locationsLabel: locations?.previousElementSibling ?? null,
        accepting: part<HTMLElement>(item, '[data-card-accepting]'),
        photo: part<HTMLElement>(item, '[data-card-photo]'),
      };
    },

    fill(slot, doctor) {
      const entry = data.doctors[doctor]!;
      const card = cards.doctors[doctor]!;
      slot.doctor = doctor;
      slot.shownDistance = '';
      if (slot.distance) {
        setText(slot.distance, '');
        slot.distance.hidden = true;
      }
      if (slot.link) {
        setAttribute(slot.link, 'href', localePath(pageLocale, paths.doctor(card.slug)));
        setText(slot.link, physicianDisplayName({ fullName: entry.fullName, credentials: card.credentials }));
      }
      if (slot.title) setText(slot.title, card.title);
      const specialtyName = entry.specialty >= 0 ? cards.specialtyNames[entry.specialty] : undefined;
      showRow(slot.facts, slot.specialtyRow, specialtyName !== undefined, slot.locationsRow);
      if (slot.specialty && specialtyName !== undefined) setText(slot.specialty, specialtyName);
      showRow(slot.facts, slot.locationsRow, entry.locations.length > 0, null);
      if (entry.locations.length > 0) {
        if (slot.locationsLabel) setText(slot.locationsLabel as HTMLElement, text.physicianCard.locations(entry.locations.length));
        if (slot.locations) setText(slot.locations, entry.locations.map((location) => data.locations[location]!.name).join('; '));
      }
      if (slot.accepting) {
        const yes = (entry.flags & FLAG_ACCEPTING_NEW_PATIENTS) !== 0;
        slot.accepting.classList.toggle(acceptingTagClass(true), yes);
        slot.accepting.classList.toggle(acceptingTagClass(false), !yes);
        setText(slot.accepting, text.acceptingNewPatients(yes));
      }
      if (slot.photo) fillPhoto(slot.photo, card.photo, picture);
    },
  };
}
