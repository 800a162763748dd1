import type { Media } from '@mbc/shared';
import { getImage } from 'astro:assets';
import type { CardPhotoRow } from '../../lib/finder/card-data';
import { imageSizing, type ImageRole } from '../../lib/images';

/** The formats of ResponsiveImage's <source>s, in their order; the <img> falls back to JPEG or PNG. */
export const PICTURE_FORMATS = ['avif', 'webp'] as const;

/**
 * The values ResponsiveImage's <picture> (Astro's <Picture>) gets for this image, made by the same
 * getImage() calls with the same sizing, so the same optimized files: the doctor finder fills the
 * portraits of the cards it draws with them (src/lib/finder/card-data.ts). The browser tests check
 * that a card the finder draws is the card the page renders.
 */
export async function pictureRow(media: Media, role: ImageRole): Promise<CardPhotoRow> {
  const sizing = imageSizing(media, role);
  const options = { src: media.url, width: sizing.width, height: sizing.height, widths: sizing.widths, sizes: sizing.sizes };
  const [fallback, ...sources] = await Promise.all([
    getImage({ ...options, format: sizing.fallbackFormat }),
    ...PICTURE_FORMATS.map((format) => getImage({ ...options, format })),
  ]);
  return [
    fallback!.src,
    fallback!.srcSet.attribute,
    Number(fallback!.attributes.width ?? sizing.width),
    Number(fallback!.attributes.height ?? sizing.height),
    sources.map((source) => source.srcSet.attribute),
  ];
}
