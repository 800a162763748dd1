import { describe, expect, test } from 'vitest';
import { imageSizing } from '../src/lib/images';

describe('imageSizing', () => {
  test('a profile portrait: display width, height by aspect ratio, widths for 1x and 2x', () => {
    expect(imageSizing({ width: 480, height: 600, mime: 'image/jpeg' }, 'portrait-profile')).toEqual({
      width: 240,
      height: 300,
      widths: [160, 240, 360, 480],
      sizes: '(min-width: 40rem) 240px, 160px',
      fallbackFormat: 'jpg',
    });
  });

  test('never asks for a width larger than the upload', () => {
    const sizing = imageSizing({ width: 300, height: 200, mime: 'image/png' }, 'location-page');
    expect(sizing.width).toBe(300);
    expect(sizing.height).toBe(200);
    expect(Math.max(...sizing.widths)).toBeLessThanOrEqual(300);
    expect(sizing.fallbackFormat).toBe('png');
  });

  test('unknown dimensions are treated as 4:3', () => {
    expect(imageSizing({ width: null, height: null, mime: 'image/jpeg' }, 'location-card')).toMatchObject({ width: 360, height: 270 });
  });
});
