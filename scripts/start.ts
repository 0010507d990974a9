/**
 * `npm start`: the whole system on one machine, on its embedded defaults.
 *   1. PostgreSQL: DATABASE_URL, or an embedded server with its data in DATA_DIR/postgres;
 *   2. Temporal: TEMPORAL_ADDRESS, or the `temporal` CLI's dev server (gRPC 7233, Web UI 8233) persisting to
 *      DATA_DIR/temporal.db, with the project's search attributes registered;
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
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './lib/postgres';
import { ensureTemporalCli } from './lib/provision';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line: string): void => {
  process.stdout.write(`[start] ${line}\n`);
};

interface Running {
  postgres?: EmbeddedPostgresHandle;
  temporal?: DevServerHandle;
  worker?: ChildProcess;
  api?: ChildProcess;
}

const PID_FILE = (dataDir: string) => path.join(dataDir, 'run', 'pids.json');

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
    if (!cmdline.includes(name === 'temporal' ? 'start-dev' : `${name}/main.ts`)) continue;
    say(`stopping ${name} (pid ${pid}) left over from an earlier run`);
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        process.kill(pid, 0);
      } catch {
        break;
      }
    }
  }
  await rm(PID_FILE(dataDir), { force: true });
}

async function writePids(dataDir: string, running: Running): Promise<void> {
  const pids: Record<string, number> = {};
  if (running.temporal?.process.pid) pids.temporal = running.temporal.process.pid;
  if (running.worker?.pid) pids.worker = running.worker.pid;
  if (running.api?.pid) pids.api = running.api.pid;
  await mkdir(path.dirname(PID_FILE(dataDir)), { recursive: true });
  await writeFile(PID_FILE(dataDir), JSON.stringify(pids));
}

function startNode(name: 'worker' | 'api', env: Record<string, string>): ChildProcess {
  // Own process group: a Ctrl-C in the terminal reaches only this supervisor, which then stops the children
  // in order instead of all at once.
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, name, 'main.ts')], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  await mkdir(config.dataDir, { recursive: true });
  await reapLeftovers(config.dataDir);
  const running: Running = {};
  let stopping = false;

  const stopAll = async (code: number): Promise<never> => {
    if (stopping) return new Promise<never>(() => undefined);
    stopping = true;
    say('stopping: API, worker, Temporal, PostgreSQL');
    if (running.api) await stopChild(running.api, 15_000);
    if (running.worker) await stopChild(running.worker, 30_000);
    if (running.temporal) await running.temporal.stop();
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
    if (!config.temporal.external) say(`Temporal UI: http://127.0.0.1:${config.temporal.devServer.uiPort}`);
    say(`Temporal:    ${config.temporal.address} (namespace ${config.temporal.namespace})`);
    say('running; Ctrl-C stops everything');
  } catch (err) {
    say(`start failed: ${(err as Error).message}`);
    await stopAll(1);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    err instanceof ConfigError ? `${err.message}\n` : `start failed: ${(err as Error)?.stack ?? String(err)}\n`,
  );
  process.exit(1);
});
