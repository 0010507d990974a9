/**
 * The V8 flags each of the system's Node processes runs with, wherever it is started: `npm start` and the fault suite
 * take them from here; package.json (`npm run api`, `bench:eligibility`), the Dockerfile and docker-compose.yml
 * repeat them, and test/nodeFlags.test.ts keeps those in step.
 *
 * The API: semi-spaces (V8's nursery) of up to 64 MiB instead of 16. An API request's objects die young, so a larger
 * nursery halves the scavenges for the same work, each no longer: bench/eligibility at 2,000 requests/s on 2 cores,
 * GC 210–230 ms in 10 s → 70–90 ms, and p99 from when each request was due, median of five runs, 7.3 → 5.5 ms.
 * Memory: the young generation committed under that load went from 32 to 64 MiB (at most 128: two semi-spaces of
 * 64); the bench process's RSS did not change measurably (258 / 256 MiB). The worker keeps V8's defaults: its memory
 * is measured by bench:ladder as it is.
 */
export const NODE_FLAGS = {
  api: ['--max-semi-space-size=64'],
  worker: [],
} as const satisfies Record<'api' | 'worker', readonly string[]>;
