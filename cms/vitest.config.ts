import { defineConfig } from 'vitest/config';

// One Strapi boot serves every test file: files run in one worker, sharing modules (see test/strapi.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true, isolate: false } },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
