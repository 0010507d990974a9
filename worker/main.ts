/** The worker process: `node --import tsx worker/main.ts` (started for you by `npm start`). */
import { NativeConnection, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { createPool } from '../db/pool';
import { migrate } from '../db/migrate';
import { ConfigError, loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { exitWithSupervisor } from '../lib/supervision';
import { createWorker } from './worker';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'worker');
  Runtime.install({
    logger: {
      log: (level, message, meta) =>
        logger[level === 'TRACE' ? 'trace' : (level.toLowerCase() as 'info')]({ ...meta }, message),
      trace: (m, meta) => logger.trace(meta ?? {}, m),
      debug: (m, meta) => logger.debug(meta ?? {}, m),
      info: (m, meta) => logger.info(meta ?? {}, m),
      warn: (m, meta) => logger.warn(meta ?? {}, m),
      error: (m, meta) => logger.error(meta ?? {}, m),
    },
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }), forward: {} } },
  });

  const pool = createPool(config.database.url, config.database.poolMax);
  if (config.migrateOnStart) await migrate(pool);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    deps: { pool },
  });

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping: finishing in-flight tasks');
    worker.shutdown();
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  exitWithSupervisor(config.supervisorPid, stop);

  logger.info({ taskQueue: config.temporal.taskQueue, address: config.temporal.address }, 'worker running');
  await worker.run();
  await connection.close();
  await pool.end();
  logger.info('worker stopped');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`worker failed: ${(err as Error)?.stack ?? String(err)}\n`);
  }
  process.exit(1);
});
