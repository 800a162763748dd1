/**
 * The doctor cards the finder shows, drawn from the page's card <template> (one card rendered by
 * PhysicianCard.astro) and filled from the finder's cards file and index: the same markup as the
 * cards the pages render. A card is made the first time its doctor is shown, synchronously from
 * data in memory, and kept for the next time.
 */
import type { FinderCards } from '../../lib/finder/card-data';
import type { FinderData } from '../../lib/finder/finder-index';
import { FLAG_ACCEPTING_NEW_PATIENTS } from '../../lib/finder/finder-index';
import { paths } from '../../lib/routes';
import { acceptingNewPatientsLabel, acceptingTagClass, locationsLabel, physicianDisplayName } from '../PhysicianCard/physician-card';
import type { DoctorCard } from './finder-elements';

export interface CardMaker {
  /** The card of the doctor at this position of the index. */
  card(doctor: number): DoctorCard;
}

function part<T extends Element>(root: ParentNode, selector: string): T | null {
  return root.querySelector<T>(selector);
}

/** Sets the <picture>'s values to one portrait's: the <img>'s src, srcset, size, then each <source>'s srcset. */
function fillPhoto(holder: HTMLElement, photo: FinderCards['doctors'][number]['photo']): void {
  const picture = holder.querySelector('picture');
  if (!photo || !picture) {
    holder.replaceChildren();
    return;
  }
  const [src, srcset, width, height, sourceSrcsets] = photo;
  const image = picture.querySelector('img');
  if (image) {
    image.setAttribute('src', src);
    if (srcset) image.setAttribute('srcset', srcset);
    else image.removeAttribute('srcset');
    image.setAttribute('width', String(width));
    image.setAttribute('height', String(height));
  }
  picture.querySelectorAll('source').forEach((source, at) => source.setAttribute('srcset', sourceSrcsets[at] ?? ''));
}

export function createCardMaker(template: HTMLTemplateElement, data: FinderData, cards: FinderCards): CardMaker {
  const made = new Map<number, DoctorCard>();
  const first = template.content.firstElementChild;
  if (!first) throw new Error('The doctor finder\'s card <template> is empty.');

  const make = (doctor: number): DoctorCard => {
    const entry = data.doctors[doctor]!;
    const card = cards.doctors[doctor]!;
    const item = first.cloneNode(true) as HTMLElement;
    const link = part<HTMLAnchorElement>(item, '[data-card-link]');
    if (link) {
      link.href = paths.doctor(card.slug);
      link.textContent = physicianDisplayName({ fullName: entry.fullName, credentials: card.credentials });
    }
    const title = part<HTMLElement>(item, '[data-card-title]');
    if (title) title.textContent = card.title;
    const specialty = part<HTMLElement>(item, '[data-card-specialty]');
    if (specialty) {
      const name = entry.specialty >= 0 ? cards.specialtyNames[entry.specialty] : undefined;
      if (name === undefined) specialty.parentElement?.remove();
      else specialty.textContent = name;
    }
    const locations = part<HTMLElement>(item, '[data-finder-locations]');
    if (locations) {
      if (entry.locations.length === 0) locations.parentElement?.remove();
      else {
        const label = locations.previousElementSibling;
        if (label) label.textContent = locationsLabel(entry.locations.length);
        locations.textContent = entry.locations.map((location) => data.locations[location]!.name).join('; ');
      }
    }
    const accepting = part<HTMLElement>(item, '[data-card-accepting]');
    if (accepting) {
      const yes = (entry.flags & FLAG_ACCEPTING_NEW_PATIENTS) !== 0;
      accepting.classList.remove(acceptingTagClass(!yes));
      accepting.classList.add(acceptingTagClass(yes));
      accepting.textContent = acceptingNewPatientsLabel(yes);
    }
    const photo = part<HTMLElement>(item, '[data-card-photo]');
    if (photo) fillPhoto(photo, card.photo);
    return {
      item,
      distance: part<HTMLElement>(item, '[data-finder-distance]'),
      locations,
      shownDistance: '',
    };
  };

  return {
    card(doctor) {
      let card = made.get(doctor);
      if (!card) {
        card = make(doctor);
        made.set(doctor, card);
      }
      return card;
    },
  };
}
