/**
 * The browser of the console's tests and bench: Chromium from Debian's packages (`apt-get install chromium`, which
 * .ci/run does), driven by playwright-core — no browser is downloaded. Where none is installed the tests say so loudly
 * and skip; under CI they fail instead, since .ci/run installs it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** The Chromium executable: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given) return existsSync(given) ? given : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Whether to skip the browser tests, having said why; throws under CI, where the browser must be there. */
export function browserMissing(): boolean {
  if (chromiumPath()) return false;
  const why =
    'NO CHROMIUM: the console browser tests need Debian\u2019s chromium (apt-get install chromium, or CHROMIUM_PATH)';
  if (process.env.CI) throw new Error(`${why}; .ci/run installs it`);
  process.stderr.write(`\n${'!'.repeat(100)}\n!! ${why} — SKIPPING them\n${'!'.repeat(100)}\n\n`);
  return true;
}

/** A headless Chromium; 1366×768 is set per page (the office PC's screen). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Running as root in CI containers needs --no-sandbox; nothing untrusted is loaded (the console of our own API).
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=zh-CN'],
  });
}

export const VIEWPORT = { width: 1366, height: 768 };
