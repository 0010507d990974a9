/**
 * `npm run provision`: fetches or builds the Temporal CLI, the production topology's temporal-server, SQL tool and
 * Web UI, the time-skipping test server and Schemathesis (the fuzzer of `npm run fuzz`) into the cache.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../lib/config';
import {
  ensureSchemathesis,
  ensureTemporalCli,
  ensureTemporalServer,
  ensureTestServer,
  SCHEMATHESIS_VERSION,
  TEMPORAL_SERVER_VERSION,
} from './lib/provision';

async function main(): Promise<void> {
  const config = loadConfig();
  const say = (line: string) => process.stdout.write(`[provision] ${line}\n`);
  const cli = await ensureTemporalCli({
    cliPath: config.temporal.devServer.cliPath,
    cacheDir: config.toolsCacheDir,
    say,
  });
  say(`temporal CLI: ${cli}`);
  const server = await ensureTemporalServer({ cacheDir: config.toolsCacheDir, say });
  say(`temporal-server ${TEMPORAL_SERVER_VERSION} (TEMPORAL_TOPOLOGY=production): ${path.dirname(server.server)}`);
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
