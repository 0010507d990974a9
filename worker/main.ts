/** The worker process: `node --import tsx worker/main.ts` (started for you by `npm start`). */
import { NativeConnection, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { createPool } from '../db/pool';
import { migrateAndSetUpAppLogin } from '../db/appRole';
import { ConfigError, loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { exitWithSupervisor } from '../lib/supervision';
import { OutboxRelay, deliveryConfigured } from '../notifications/relay';
import { createWorker } from './worker';
import { Client, Connection } from '@temporalio/client';
import { rootCommittees } from '../db/annual';
import { effectivePolicy } from '../db/policies';
import { DEFAULT_ANNUAL } from '../domain/annual';
import { ensureAnnualSchedule } from '../lib/temporal';

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

  // Migrations run as the owner of the schema (their own short-lived pool); this process works as the app's role.
  if (config.migrateOnStart) await migrateAndSetUpAppLogin(config.database);
  const pool = createPool(config.database.url, config.database.poolMax);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    deps: { pool },
    tuning: config.worker,
  });

  // The notification outbox (DESIGN.md §8): delivered by mail and signed webhook from this process.
  // The annual cycle's schedule (Art. 7), created or brought up to date from the province's policy at every start.
  const client = new Client({
    connection: await Connection.connect({ address: config.temporal.address }),
    namespace: config.temporal.namespace,
  });
  const roots = await rootCommittees(pool);
  const policyRow = roots[0] ? await effectivePolicy(pool, roots[0].id, new Date()) : undefined;
  const annual = policyRow?.document.annual ?? DEFAULT_ANNUAL;
  const schedule = await ensureAnnualSchedule(client, { taskQueue: config.temporal.taskQueue, start: annual.start });
  logger.info({ schedule, start: annual.start }, 'annual cycle schedule ready');
  await client.connection.close();

  let relay: OutboxRelay | undefined;
  if (deliveryConfigured(config.notifications)) {
    relay = new OutboxRelay({ pool, config: config.notifications, logger, databaseUrl: config.database.url });
    await relay.start();
  } else {
    logger.info('neither SMTP_URL nor WEBHOOK_URL is set: notifications stay in the outbox, undelivered');
  }

  let stopping = false;
  let relayStopped: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping: finishing in-flight tasks');
    relayStopped = relay?.stop();
    worker.shutdown();
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  exitWithSupervisor(config.supervisorPid, stop);

  logger.info({ taskQueue: config.temporal.taskQueue, address: config.temporal.address }, 'worker running');
  await worker.run();
  // Its passes in flight record their attempts before the pool closes.
  await (relayStopped ?? relay?.stop());
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
