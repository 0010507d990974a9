import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // The JSON report is what .ci/run summarises; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results.json' },
    projects: [
      // Everything but the fault suite, with the settings above.
      {
        extends: true,
        test: {
          name: 'main',
          exclude: ['test/faults/**', '**/node_modules/**'],
          // One real PostgreSQL and one real Temporal dev server for the whole run (test/globalSetup.ts).
          globalSetup: ['test/globalSetup.ts'],
        },
      },
      // The fault suite (issue 14 item 3) runs its own servers and kills them: alone, after the rest, with longer
      // timeouts (test/faults/faults.test.ts).
      {
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 300_000,
          pool: 'forks',
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
