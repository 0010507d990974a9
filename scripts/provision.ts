/** `npm run provision`: fetches or builds the Temporal CLI and the time-skipping test server into the cache. */
import { ConfigError, loadConfig } from '../lib/config';
import { ensureTemporalCli, ensureTestServer } from './lib/provision';

async function main(): Promise<void> {
  const config = loadConfig();
  const say = (line: string) => process.stdout.write(`[provision] ${line}\n`);
  const cli = await ensureTemporalCli({
    cliPath: config.temporal.devServer.cliPath,
    cacheDir: config.toolsCacheDir,
    say,
  });
  say(`temporal CLI: ${cli}`);
  const testServer = await ensureTestServer({ cacheDir: config.toolsCacheDir, say });
  say(`time-skipping test server: ${testServer}`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    err instanceof ConfigError ? `${err.message}\n` : `provision failed: ${(err as Error).message}\n`,
  );
  process.exit(1);
});
