import type { Media } from '@mbc/shared';

/**
 * How big each kind of image is shown, so Astro can generate just the widths the layout needs
 * (1x and 2x screens) and the browser can pick one from `sizes` before the CSS loads.
 */
export type ImageRole = 'portrait-card' | 'portrait-profile' | 'location-card' | 'location-page';

const ROLES: Record<ImageRole, { displayWidth: number; widths: number[]; sizes: string }> = {
  // Physician cards: a small portrait beside the name (see .physician-card in global.css).
  'portrait-card': { displayWidth: 96, widths: [96, 192, 288], sizes: '96px' },
  // A profile's portrait: 12rem wide at most.
  'portrait-profile': { displayWidth: 240, widths: [160, 240, 360, 480], sizes: '(min-width: 40rem) 240px, 160px' },
  'location-card': { displayWidth: 360, widths: [320, 480, 720], sizes: '(min-width: 60rem) 20rem, (min-width: 40rem) 45vw, 100vw' },
  'location-page': { displayWidth: 720, widths: [360, 540, 720, 1080, 1440], sizes: '(min-width: 48rem) 45rem, 100vw' },
};

export interface ImageSizing {
  width: number;
  height: number;
  widths: number[];
  sizes: string;
  fallbackFormat: 'jpg' | 'png';
}

/**
 * Width and height for the <img> (the display width, height by the upload's aspect ratio) and the
 * srcset widths, never wider than the upload itself. Unknown dimensions are treated as 4:3.
 */
export function imageSizing(media: Pick<Media, 'width' | 'height' | 'mime'>, role: ImageRole): ImageSizing {
  const { displayWidth, widths, sizes } = ROLES[role];
  const naturalWidth = media.width ?? undefined;
  const ratio = media.width && media.height ? media.height / media.width : 3 / 4;
  const width = naturalWidth ? Math.min(displayWidth, naturalWidth) : displayWidth;
  const usable = widths.filter((candidate) => !naturalWidth || candidate <= naturalWidth);
  return {
    width,
    height: Math.round(width * ratio),
    widths: usable.length > 0 ? usable : [width],
    sizes,
    // Transparency needs PNG; photos are smaller as JPEG.
    fallbackFormat: media.mime === 'image/png' || media.mime === 'image/gif' ? 'png' : 'jpg',
  };
}
