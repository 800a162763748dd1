import type { Media, Physician, Specialty } from '@mbc/shared';

/**
 * What the doctor finder needs to draw a doctor's card, beside the finder index (finder-index.ts),
 * in a JSON file of its own written at build time (src/pages/[assetsDir]/[file].json.ts). The
 * card's markup is not here: /doctors/ renders one card from PhysicianCard.astro into a
 * <template>, and the island clones and fills it (src/components/DoctorFinder/finder-cards.ts).
 * What the index already has (name, locations, whether taking new patients, specialty) is not
 * repeated; values shared by many doctors (titles, credentials, photos) are stored once in tables
 * and the doctors point into them. Rows are in the order of the index: by family name.
 */

const FINDER_CARDS_VERSION = 1;

/**
 * A portrait as the card's <picture> shows it: the <img>'s src, srcset, width and height, then the
 * srcset of each <source>, in the order the template's <picture> has them (AVIF, WebP). The
 * attributes that are the same for every card (sizes, loading, alt="") are the template's.
 */
export type CardPhotoRow = [src: string, srcset: string, width: number, height: number, sourceSrcsets: string[]];

/** [slug, credentials (texts), title (texts), photo (photos, -1 for none)] */
export type FinderCardRow = [slug: string, credentials: number, title: number, photo: number];

export interface FinderCardsFile {
  version: typeof FINDER_CARDS_VERSION;
  /** Titles and credentials, each once. */
  texts: string[];
  /** Specialty names, in the order of the index's specialties. */
  specialtyNames: string[];
  photos: CardPhotoRow[];
  doctors: FinderCardRow[];
}

export interface FinderCard {
  slug: string;
  credentials: string;
  title: string;
  photo: CardPhotoRow | null;
}

export interface FinderCards {
  specialtyNames: string[];
  doctors: FinderCard[];
}

export interface FinderCardsInput {
  /** In the order of the finder index. */
  physicians: readonly Pick<Physician, 'slug' | 'credentials' | 'title' | 'photo'>[];
  /** In the order of the finder index. */
  specialties: readonly Pick<Specialty, 'name'>[];
  /** The portrait's <picture> values (Astro's optimized images at build time). */
  photoOf: (media: Media) => Promise<CardPhotoRow>;
}

/** The key two uploads share when they are the same image shown the same way. */
const photoKey = (media: Media) => `${media.url}|${media.width ?? ''}|${media.height ?? ''}|${media.mime ?? ''}`;

export async function buildFinderCards(input: FinderCardsInput): Promise<FinderCardsFile> {
  const texts: string[] = [];
  const textAt = new Map<string, number>();
  const text = (value: string) => {
    let at = textAt.get(value);
    if (at === undefined) {
      at = texts.push(value) - 1;
      textAt.set(value, at);
    }
    return at;
  };
  const photoAt = new Map<string, number>();
  const photoMedia: Media[] = [];
  const doctors = input.physicians.map((physician): FinderCardRow => {
    let photo = -1;
    if (physician.photo) {
      const key = photoKey(physician.photo);
      photo = photoAt.get(key) ?? -1;
      if (photo === -1) {
        photo = photoMedia.push(physician.photo) - 1;
        photoAt.set(key, photo);
      }
    }
    return [physician.slug, text(physician.credentials.trim()), text(physician.title), photo];
  });
  const photos = await Promise.all(photoMedia.map((media) => input.photoOf(media)));
  return {
    version: FINDER_CARDS_VERSION,
    texts,
    specialtyNames: input.specialties.map((specialty) => specialty.name),
    photos,
    doctors,
  };
}

export class FinderCardsError extends Error {
  override name = 'FinderCardsError';
}

const isIndex = (value: unknown, size: number, allowNone = false): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= (allowNone ? -1 : 0) && value < size;
const isString = (value: unknown): value is string => typeof value === 'string';

function isPhotoRow(row: unknown): row is CardPhotoRow {
  if (!Array.isArray(row) || row.length !== 5) return false;
  const [src, srcset, width, height, sources] = row as unknown[];
  return isString(src) && isString(srcset) && typeof width === 'number' && typeof height === 'number' && Array.isArray(sources) && sources.every(isString);
}

/** Checks a fetched cards file against the index it goes with (`doctors`, `specialties`: the index's sizes). */
export function parseFinderCards(json: unknown, index: { doctors: number; specialties: number }): FinderCards {
  const file = json as Partial<FinderCardsFile> | null;
  if (typeof file !== 'object' || file === null) throw new FinderCardsError('The finder cards file is not a JSON object.');
  if (file.version !== FINDER_CARDS_VERSION) {
    throw new FinderCardsError(`The finder cards file has version ${String(file.version)}; this page reads version ${FINDER_CARDS_VERSION}.`);
  }
  const { texts, specialtyNames, photos, doctors } = file;
  if (!Array.isArray(texts) || !texts.every(isString) || !Array.isArray(specialtyNames) || !specialtyNames.every(isString)) {
    throw new FinderCardsError('The finder cards file has no texts or specialty names.');
  }
  if (!Array.isArray(photos) || !photos.every(isPhotoRow) || !Array.isArray(doctors)) throw new FinderCardsError('The finder cards file has no photos or doctors.');
  if (doctors.length !== index.doctors || specialtyNames.length !== index.specialties) {
    throw new FinderCardsError(
      `The finder cards file has ${doctors.length} doctors and ${specialtyNames.length} specialties, the index ${index.doctors} and ${index.specialties}; rebuild the site.`,
    );
  }
  return {
    specialtyNames,
    doctors: doctors.map((row, at): FinderCard => {
      const [slug, credentials, title, photo] = (Array.isArray(row) ? row : []) as unknown[];
      if (!isString(slug) || !isIndex(credentials, texts.length) || !isIndex(title, texts.length) || !isIndex(photo, photos.length, true)) {
        throw new FinderCardsError(`Doctor ${at} of the finder cards file does not match the file's tables.`);
      }
      return { slug, credentials: texts[credentials]!, title: texts[title]!, photo: photo === -1 ? null : photos[photo]! };
    }),
  };
}
