/** Small helpers of bench/ladder: percentiles, a bounded pool of concurrent tasks, units. */

/** The p-th percentile (0–100) of `values`, nearest rank; NaN for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Runs `task(i)` for i in [0, n) with at most `concurrency` at once; stops starting new ones once `until()` is false. */
export async function runPool(
  n: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
  until: () => boolean = () => true,
): Promise<number> {
  let next = 0;
  let done = 0;
  const lanes = Array.from({ length: Math.min(concurrency, n) }, async () => {
    for (;;) {
      if (!until()) return;
      const i = next++;
      if (i >= n) return;
      await task(i);
      done++;
    }
  });
  await Promise.all(lanes);
  return done;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
export const ms = (v: number) => `${v.toFixed(0)} ms`;
export const perS = (n: number, millis: number) => n / (millis / 1000);
