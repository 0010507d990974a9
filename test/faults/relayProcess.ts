/**
 * The outbox relay as an OS process of its own, for the fault suite (issue 14 item 3): the worker's relay
 * (worker/main.ts) with a short lease, so that a relay killed mid-send is taken over within seconds rather than the
 * production minute. Everything else — pool, channels, claiming, marking — is the production code.
 *
 *   node --import tsx test/faults/relayProcess.ts <leaseMs>
 *
 * Configured by the same environment as the worker (APP_DATABASE_URL, SMTP_URL, MAIL_FROM, NOTIFY_*).
 */
import { createPool } from '../../db/pool';
import { loadConfig } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { exitWithSupervisor } from '../../lib/supervision';
import { OutboxRelay } from '../../notifications/relay';

const config = loadConfig();
const logger = createLogger(config.logLevel, 'relay');
const pool = createPool(config.database.url, 4);
const relay = new OutboxRelay({
  pool,
  config: config.notifications,
  logger,
  databaseUrl: config.database.url,
  leaseMs: Number(process.argv[2] ?? 60_000),
});

const stop = async (): Promise<void> => {
  await relay.stop();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
exitWithSupervisor(config.supervisorPid, stop);
await relay.start();
process.stdout.write('relay running\n');
