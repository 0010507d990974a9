/**
 * Fixed-window counters for the API's limits (OWASP API4): requests per token, and failed authentications per
 * address. In memory, per API process: a limit that several API processes share would need a shared store, and these
 * limits only have to keep one process's work and its audit log bounded.
 */

export interface LimitState {
  /** True while the key is within its limit (including this hit). */
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  limit: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export class WindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number; noted: boolean }>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit against `key`; `allowed` is false once the key is past its limit. */
  hit(key: string): LimitState {
    const w = this.window(key, true)!;
    w.count += 1;
    return this.state(w);
  }

  /**
   * Whether `key` has used up its limit, without counting a hit; with `firstTime`, whether this is the first refusal
   * of the window (what is worth recording once, not a thousand times).
   */
  exhausted(key: string): (LimitState & { firstTime: boolean }) | undefined {
    if (this.limit <= 0) return undefined;
    const w = this.window(key, false);
    if (!w || w.count < this.limit) return undefined;
    const firstTime = !w.noted;
    w.noted = true;
    return { ...this.state(w), allowed: false, firstTime };
  }

  private window(key: string, create: boolean) {
    const t = this.now();
    this.sweep(t);
    let w = this.windows.get(key);
    if (w && t - w.start >= this.windowMs) {
      this.windows.delete(key);
      w = undefined;
    }
    if (!w && create) {
      w = { start: t, count: 0, noted: false };
      this.windows.set(key, w);
    }
    return w;
  }

  private state(w: { start: number; count: number }): LimitState {
    return {
      allowed: this.limit <= 0 || w.count <= this.limit,
      count: w.count,
      limit: this.limit,
      resetSeconds: Math.max(1, Math.ceil((w.start + this.windowMs - this.now()) / 1000)),
    };
  }

  /** Drops finished windows now and then, so a stream of distinct keys cannot grow the map without bound. */
  private sweep(t: number): void {
    if (t - this.lastSweep < this.windowMs) return;
    this.lastSweep = t;
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}

/** The limits of one API instance. */
export interface ApiLimits {
  perToken: WindowLimiter;
  authFailuresPerAddress: WindowLimiter;
}

export function createLimits(config: { rateLimitPerMinute: number; authFailuresPerMinute: number }): ApiLimits {
  return {
    perToken: new WindowLimiter(config.rateLimitPerMinute),
    authFailuresPerAddress: new WindowLimiter(config.authFailuresPerMinute),
  };
}
