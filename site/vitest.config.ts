import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - unit:  the data layer and pure helpers (no CMS, no build);
 * - build: builds the site once from a throwaway seeded CMS (test/build/global-setup.ts), then
 *          checks the output (routes, links, HTML validity, JSON-LD, JavaScript, accessibility).
 * `npx vitest run --project unit` skips the build.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/build/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/build/global-setup.ts'],
          // Starting the CMS and building the site takes a minute or two.
          hookTimeout: 300_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
