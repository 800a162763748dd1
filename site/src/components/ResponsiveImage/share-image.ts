import type { Media } from '@mbc/shared';
import { getImage } from 'astro:assets';

/**
 * A CMS image as an Open Graph share image: a JPEG built into the site (so shared links do not
 * point at the CMS host), with its absolute URL and size.
 */
export async function shareImage(
  media: Media | null,
  alt: string | null,
  site: URL,
): Promise<{ src: string; alt: string; width: number; height: number } | null> {
  if (!media) return null;
  const naturalWidth = media.width ?? 1200;
  const ratio = media.width && media.height ? media.height / media.width : 3 / 4;
  const width = Math.min(1200, naturalWidth);
  const height = Math.round(width * ratio);
  const image = await getImage({ src: media.url, width, height, format: 'jpg' });
  return { src: new URL(image.src, site).href, alt: alt?.trim() || media.alternativeText?.trim() || '', width, height };
}
