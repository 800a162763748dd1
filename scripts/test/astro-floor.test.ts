import { describe, expect, it } from 'vitest';
import { buildAstroFloor } from '../tools/lib/astro-floor';

describe('the bare-Astro floor build', () => {
  it('builds exactly the number of trivial pages asked for, and measures it', async () => {
    const result = await buildAstroFloor(7);
    expect(result.pages).toBe(7);
    expect(result.durationMs).toBeGreaterThan(0);
    expect(result.peakRssBytes).toBeGreaterThan(10 * 1024 ** 2);
  });

  it('refuses a page count that is not a whole positive number', async () => {
    await expect(buildAstroFloor(0)).rejects.toThrow(/pages must be a whole number/);
  });
});
