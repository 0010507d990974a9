import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real PostgreSQL and one real Temporal dev server for the whole run (test/globalSetup.ts).
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // The JSON report is what .ci/run summarises; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results.json' },
  },
});
