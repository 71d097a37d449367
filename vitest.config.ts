import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/plugins/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/support/**/*.test.ts'],
          // The content tests run real `astro build`s on temporary copies of the project.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/site-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One browser per file is plenty on a 2-core machine; files in parallel only fight for CPU.
          fileParallelism: false,
        },
      },
    ],
  },
});
