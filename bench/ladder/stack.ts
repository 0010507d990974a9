/**
 * The stack bench/ladder measures, built as `npm start` builds it: an embedded PostgreSQL, a Temporal dev server
 * (or, with topology `production`, temporal-server on that PostgreSQL with 16 history shards and its Web UI),
 * the migrations run as the owner, then the worker and the API as two processes of their own, connected as the app's
 * role — in a temporary directory, on ports of their own, so a running `npm start` is not disturbed.
 *
 * One difference, for the measurement only: PostgreSQL runs with `track_commit_timestamp = on`, so the bench reads
 * when each case event's row was committed (pg_xact_commit_timestamp(xmin)) rather than the time the workflow put
 * in it. The setting changes nothing in what the system writes or how; it only keeps each commit's time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateAndSetUpAppLogin } from '../../db/appRole';
import { childEnv, loadConfig, type Config } from '../../lib/config';
import { stopChild } from '../../scripts/lib/devServer';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../scripts/lib/postgres';
import { benchBasePort, startBenchTemporal, type Topology } from '../lib/temporal';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROBE = path.join(ROOT, 'bench', 'ladder', 'probe.mjs');

export interface WorkerMemory {
  rss: number;
  /** V8 heap used, the main thread's and the workflow threads' together. */
  heapUsed: number;
  mainHeapUsed: number;
  threadHeapUsed: number;
  /** Workflow threads that answered (the SDK runs one with reuseV8Context). */
  threads: number;
  external: number;
}

export interface Stack {
  dir: string;
  topology: Topology;
  config: Config;
  ownerUrl: string;
  apiBase: string;
  temporalAddress: string;
  worker: ChildProcess;
  api: ChildProcess;
  /** The worker's memory as the worker itself reports it (V8 heap), after a full GC when `gc`. */
  workerMemory(gc?: boolean): Promise<WorkerMemory>;
  /** The worker's resident set now and its peak (VmRSS, VmHWM), from /proc. */
  workerRss(): Promise<{ rss: number; peak: number }>;
  stop(): Promise<void>;
}

async function startPostgresWithCommitTimestamps(dir: string, port: number): Promise<EmbeddedPostgresHandle> {
  const opts = { dataDir: path.join(dir, 'pg'), port, database: 'accountability', user: 'postgres', password: 'pg' };
  const first = await startEmbeddedPostgres(opts);
  const admin = new pg.Client({ connectionString: first.url });
  await admin.connect();
  await admin.query('ALTER SYSTEM SET track_commit_timestamp = on');
  await admin.end();
  await first.stop(); // the setting takes effect at a restart
  return startEmbeddedPostgres(opts);
}

export async function startStack(opts: {
  say: (s: string) => void;
  /**
   * `dev`: the Temporal CLI's dev server (SQLite, one history shard), npm start's default; `production`:
   * temporal-server on the same PostgreSQL with 16 history shards and its Web UI, as TEMPORAL_TOPOLOGY=production.
   */
  topology: Topology;
  /** WORKER_* and other variables for the worker and the API. */
  env: Record<string, string>;
  /** Called if the worker or the API exits before the stack is stopped. */
  onDeath: (why: string) => void;
}): Promise<Stack> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-ladder-'));
  await chmod(dir, 0o755);
  const base = benchBasePort();
  const postgres = await startPostgresWithCommitTimestamps(dir, base);
  let temporal: { address: string; stop(): Promise<void> } | undefined;
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const c of children.reverse()) await stopChild(c, 30_000);
    await temporal?.stop();
    await postgres.stop();
    if (!process.env.BENCH_KEEP) await rm(dir, { recursive: true, force: true });
  };
  try {
    temporal = await startBenchTemporal({
      topology: opts.topology,
      dir,
      port: base,
      postgresUrl: postgres.url,
      cacheDir: loadConfig().toolsCacheDir,
      say: opts.say,
    });
    const config = loadConfig({
      ...process.env,
      ...opts.env,
      DATABASE_URL: postgres.url,
      TEMPORAL_ADDRESS: temporal.address,
      API_PORT: String(base + 2),
      API_RATE_LIMIT_PER_MINUTE: '0',
      DATA_DIR: dir,
    });
    await migrateAndSetUpAppLogin(config.database);
    const env = childEnv(config, { ...opts.env, API_RATE_LIMIT_PER_MINUTE: '0' });
    const log = createWriteStream(path.join(dir, 'processes.log'));
    await new Promise((r) => log.once('open', r));
    let stopping = false;
    const startNode = (args: string[]) => {
      const child = spawn(process.execPath, args, { env, stdio: ['ignore', log, log, 'ipc'] });
      children.push(child);
      child.once('exit', (code, signal) => {
        if (!stopping)
          opts.onDeath(
            `${path.basename(path.dirname(args.at(-1)!))} exited (${signal ?? `exit ${code}`}); see ${dir}/processes.log`,
          );
      });
      return child;
    };
    const worker = startNode([
      '--expose-gc',
      '--import',
      PROBE,
      '--import',
      'tsx',
      ...(process.env.BENCH_WORKER_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_CPU_PROF}`]
        : []),
      path.join(ROOT, 'worker', 'main.ts'),
    ]);
    const api = startNode(['--import', 'tsx', path.join(ROOT, 'api', 'main.ts')]);
    const apiBase = `http://${config.api.host}:${config.api.port}`;
    for (let i = 0; ; i++) {
      const ok = await fetch(`${apiBase}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 600) throw new Error(`the API did not answer at ${apiBase} (see ${dir}/processes.log)`);
      await new Promise((r) => setTimeout(r, 200));
    }
    let nextId = 0;
    const workerMemory = (gc = false) =>
      new Promise<WorkerMemory>((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => reject(new Error('the worker did not report its memory')), 30_000);
        const onMessage = (m: { type?: string; id?: number } & WorkerMemory) => {
          if (m?.type !== 'memory' || m.id !== id) return;
          clearTimeout(timer);
          worker.off('message', onMessage);
          resolve(m);
        };
        worker.on('message', onMessage);
        worker.send({ type: 'memory', id, gc });
      });
    const workerRss = async () => {
      const status = await readFile(`/proc/${worker.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
      return { rss: kb('VmRSS'), peak: kb('VmHWM') };
    };
    return {
      dir,
      topology: opts.topology,
      config,
      ownerUrl: postgres.url,
      apiBase,
      temporalAddress: temporal.address,
      worker,
      api,
      workerMemory,
      workerRss,
      stop: async () => {
        stopping = true;
        await stop();
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
