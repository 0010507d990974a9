/**
 * The Temporal a benchmark runs on, started as `npm start` starts it (TEMPORAL_TOPOLOGY): the CLI's dev server
 * (SQLite, one history shard), or temporal-server on the bench's PostgreSQL with 16 history shards and its Web UI
 * (scripts/lib/temporalServer.ts), each with the namespace and the search attributes registered.
 */
import path from 'node:path';
import { loadConfig } from '../../lib/config';
import { startDevServer } from '../../scripts/lib/devServer';
import { ensureTemporalCli, ensureTemporalServer } from '../../scripts/lib/provision';
import { startTemporalServer, temporalPostgresOf, temporalServerPorts } from '../../scripts/lib/temporalServer';

export type Topology = 'dev' | 'production';

/** BENCH_TOPOLOGY: `dev` (the default), `production`, or `both` (dev, then production, side by side). */
export function benchTopologies(value = process.env.BENCH_TOPOLOGY ?? 'dev'): Topology[] {
  if (value === 'both') return ['dev', 'production'];
  if (value === 'dev' || value === 'production') return [value];
  throw new Error(`BENCH_TOPOLOGY: expected dev, production or both, got ${value}`);
}

/**
 * Starts the Temporal of `topology` in `dir`. `port` and the 24 above it are the bench's: the dev server takes
 * port + 1, temporal-server port + 10 to port + 24 and its UI port + 3; they stay below 32768 (temporal-server's
 * membership ports are smallints in its schema).
 */
export async function startBenchTemporal(opts: {
  topology: Topology;
  dir: string;
  port: number;
  /** The bench's PostgreSQL, where temporal-server keeps its databases. */
  postgresUrl: string;
  cacheDir: string;
  say: (line: string) => void;
}): Promise<{ address: string; stop(): Promise<void> }> {
  if (opts.topology === 'production') {
    return startTemporalServer({
      tools: await ensureTemporalServer({ cacheDir: opts.cacheDir, say: opts.say }),
      postgres: temporalPostgresOf(opts.postgresUrl),
      ports: temporalServerPorts(opts.port + 10, opts.port + 3),
      namespace: 'default',
      logDir: path.join(opts.dir, 'temporal-server'),
      // TEMPORAL_SERVER_METRICS_PORT: the server's Prometheus metrics during the run, to see where a latency goes.
      metricsPort: loadConfig().temporal.server.metricsPort,
      say: opts.say,
    });
  }
  return startDevServer({
    cliPath: await ensureTemporalCli({ cacheDir: opts.cacheDir, say: opts.say }),
    dbFile: path.join(opts.dir, 'temporal.db'),
    port: opts.port + 1,
    namespace: 'default',
    stdio: 'ignore',
  });
}

/** A random base port for {@link startBenchTemporal}, its range below 32768. */
export const benchBasePort = (): number => 20000 + Math.floor(Math.random() * 12000);
