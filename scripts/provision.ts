/**
 * `npm run provision`: fetches or builds the Temporal CLI, the time-skipping test server and Schemathesis (the
 * fuzzer of `npm run fuzz`) into the cache.
 */
import { ConfigError, loadConfig } from '../lib/config';
import { ensureSchemathesis, ensureTemporalCli, ensureTestServer, SCHEMATHESIS_VERSION } from './lib/provision';

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
  const schemathesis = await ensureSchemathesis({ cacheDir: config.toolsCacheDir, say });
  say(`Schemathesis ${SCHEMATHESIS_VERSION}: ${schemathesis}`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    err instanceof ConfigError ? `${err.message}\n` : `provision failed: ${(err as Error).message}\n`,
  );
  process.exit(1);
});
