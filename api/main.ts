/** The API process: `node --import tsx api/main.ts` (started for you by `npm start`). */
import type { Server } from 'node:http';
import { createPool } from '../db/pool';
import { migrateAndSetUpAppLogin } from '../db/appRole';
import { ConfigError, loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { exitWithSupervisor } from '../lib/supervision';
import { createLazyClient } from '../lib/temporal';
import { buildApp, createServer } from './app';
import { createDbTokenVerifier } from './auth/verifier';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'api');
  // Migrations run as the owner of the schema (their own short-lived pool); this process works as the app's role.
  if (config.migrateOnStart) await migrateAndSetUpAppLogin(config.database);
  const pool = createPool(config.database.url, config.database.poolMax);
  const temporal = createLazyClient(config.temporal.address, config.temporal.namespace);
  const app = buildApp({
    config,
    logger,
    pool,
    temporal,
    verifier: createDbTokenVerifier(pool, undefined, config.api.tokenCacheMs),
  });

  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.api.port, config.api.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  logger.info(`API listening on http://${config.api.host}:${config.api.port} (docs at /docs)`);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping: no new requests, finishing the ones in flight');
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await temporal.connection.close().catch(() => undefined);
    await pool.end();
    logger.info('API stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  exitWithSupervisor(config.supervisorPid, stop);
}

main().catch((err: unknown) => {
  process.stderr.write(
    err instanceof ConfigError ? `${err.message}\n` : `API failed: ${(err as Error)?.stack ?? String(err)}\n`,
  );
  process.exit(1);
});
