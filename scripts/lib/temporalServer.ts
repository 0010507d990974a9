/**
 * The production topology on one machine (`TEMPORAL_TOPOLOGY=production npm start`, DESIGN.md §9): temporal-server
 * on PostgreSQL with 16 history shards, its schemas created and upgraded by temporal-sql-tool, the `default` namespace
 * and the search attributes registered through the API, and the Web UI as a server of its own. The binaries come
 * from {@link ensureTemporalServer}; the configuration is deploy/temporal/config/production.yaml and
 * deploy/temporal/ui/production.yaml, rendered by the servers themselves from the environment given here.
 * docker-compose.yml is the same setup spread over machines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Connection } from '@temporalio/client';
import { ensureNamespace, ensureSearchAttributes, waitForTemporal } from '../../lib/temporal';
import { stopChild } from './devServer';
import type { TemporalServerTools } from './provision';

const DEPLOY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'deploy', 'temporal');
/** The server's configuration template (`--env production` in this directory). */
export const SERVER_CONFIG_DIR = path.join(DEPLOY, 'config');
const UI_CONFIG_DIR = path.join(DEPLOY, 'ui');
/** The dynamic config docker-compose.yml's server reads too. */
const DYNAMIC_CONFIG = path.join(DEPLOY, 'dynamicconfig', 'development-sql.yaml');

/** Temporal's two databases: the default store (history, shards, tasks) and visibility (the workflow list). */
export const TEMPORAL_DATABASES = { default: 'temporal', visibility: 'temporal_visibility' } as const;

/** Every port the production server listens on, all on 127.0.0.1. */
export interface TemporalServerPorts {
  frontend: number;
  history: number;
  matching: number;
  worker: number;
  frontendHttp: number;
  frontendMembership: number;
  historyMembership: number;
  matchingMembership: number;
  workerMembership: number;
  ui: number;
}

/**
 * The ports derived from the frontend's (TEMPORAL_SERVER_PORT): history, matching and worker gRPC on the next three,
 * the frontend's HTTP API 10 above, the membership (ringpop) ports 11 to 14 above. 7433 → 7433–7436 and 7443–7447.
 * All below 32768: the schema stores membership ports as smallint, and a server on a higher one cannot join.
 */
export function temporalServerPorts(frontend: number, ui: number): TemporalServerPorts {
  return {
    frontend,
    history: frontend + 1,
    matching: frontend + 2,
    worker: frontend + 3,
    frontendHttp: frontend + 10,
    frontendMembership: frontend + 11,
    historyMembership: frontend + 12,
    matchingMembership: frontend + 13,
    workerMembership: frontend + 14,
    ui,
  };
}

/** Where Temporal's databases live: a PostgreSQL server and a login that may create databases there. */
export interface TemporalPostgres {
  host: string;
  port: number;
  user: string;
  password: string;
  /** A database the login can connect to, from which `create` creates Temporal's (the app's, from the URL). */
  connectDatabase?: string;
}

/** The server, port and login of a postgres:// URL; its database is only where Temporal's are created from. */
export function temporalPostgresOf(url: string): TemporalPostgres {
  const u = new URL(url);
  const host = u.hostname || u.searchParams.get('host') || '';
  if (!host || host.startsWith('/')) {
    throw new Error('the production topology connects Temporal to PostgreSQL over TCP: give DATABASE_URL a host name');
  }
  return {
    host: host.replace(/^\[(.*)\]$/, '$1'),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || u.searchParams.get('user') || 'postgres'),
    password: decodeURIComponent(u.password || u.searchParams.get('password') || ''),
    connectDatabase: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
  };
}

/** A minimal environment for the Go servers: their templates read only what is set here. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'TZ', 'LANG']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

/** Runs temporal-sql-tool against one database; rejects with its output when it fails. */
function sqlTool(tools: TemporalServerTools, pg: TemporalPostgres, database: string, args: string[]): Promise<void> {
  const connect = ['--plugin', 'postgres12', '--ep', pg.host, '-p', String(pg.port), '-u', pg.user, '--db', database];
  return new Promise((resolve, reject) => {
    const child = spawn(tools.sqlTool, [...connect, ...args], {
      // The password goes through the environment (SQL_PASSWORD), not the command line other users can read.
      env: { ...baseEnv(), SQL_PASSWORD: pg.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `temporal-sql-tool ${args[0]} on ${database} failed (exit ${code}): ${out.trim().split('\n').slice(-5).join('\n')}`,
            ),
          ),
    );
  });
}

/**
 * Creates Temporal's two databases if missing and brings their schemas to the server's version, as Temporal's own
 * setup does (and docker-compose.yml's temporal-schema-setup job): `create`, `setup-schema -v 0.0` (the version
 * tables), `update-schema -d <schema>/postgresql/v12/<store>/versioned`. Every step is idempotent, so this runs at
 * every start and upgrades the schema when the server version moves.
 */
export async function setUpTemporalSchemas(tools: TemporalServerTools, pg: TemporalPostgres): Promise<void> {
  for (const [store, database] of [
    ['temporal', TEMPORAL_DATABASES.default],
    ['visibility', TEMPORAL_DATABASES.visibility],
  ] as const) {
    await sqlTool(tools, pg, database, ['create', ...(pg.connectDatabase ? ['--defaultdb', pg.connectDatabase] : [])]);
    await sqlTool(tools, pg, database, ['setup-schema', '-v', '0.0']);
    await sqlTool(tools, pg, database, [
      'update-schema',
      '-d',
      path.join(tools.schemaDir, 'postgresql', 'v12', store, 'versioned'),
    ]);
  }
}

export interface TemporalServerHandle {
  /** The frontend's gRPC address. */
  address: string;
  uiUrl: string;
  server: ChildProcess;
  ui: ChildProcess;
  /** Stops the Web UI, then the server (SIGTERM: it drains its shards and closes its connections). */
  stop(): Promise<void>;
}

/** Starts a Go server with its output appended to `logFile`; rejects `exited` if it ends before it is stopped. */
function spawnLogged(
  file: string,
  args: string[],
  env: Record<string, string>,
  logFile: string,
): { child: ChildProcess; exited: Promise<never> } {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => {
      log.end(
        () =>
          void tail(logFile).then((lines) =>
            reject(
              new Error(`${path.basename(file)} exited (${signal ?? `exit ${code}`}); ${logFile} ends:\n${lines}`),
            ),
          ),
      );
    });
    child.once('error', reject);
  });
  exited.catch(() => undefined);
  return { child, exited };
}

/** The last lines of a log, for an error message. */
async function tail(file: string, lines = 8): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Sets up the schemas, starts temporal-server, registers `namespace` (and waits until the frontend serves it) and the
 * search attributes (as the dev server is started with them), then starts the Web UI and waits until it answers. The
 * servers log to `<logDir>/temporal-server.log` and `<logDir>/temporal-ui.log`.
 */
export async function startTemporalServer(opts: {
  tools: TemporalServerTools;
  postgres: TemporalPostgres;
  ports: TemporalServerPorts;
  namespace: string;
  logDir: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** Serve the server's Prometheus metrics on 127.0.0.1 at this port (TEMPORAL_SERVER_METRICS_PORT). */
  metricsPort?: number;
  readyTimeoutMs?: number;
  say?: (line: string) => void;
}): Promise<TemporalServerHandle> {
  const say = opts.say ?? (() => undefined);
  const { ports, postgres: pg } = opts;
  await mkdir(opts.logDir, { recursive: true });
  say(`Temporal: schemas of ${TEMPORAL_DATABASES.default} and ${TEMPORAL_DATABASES.visibility} (temporal-sql-tool)`);
  await setUpTemporalSchemas(opts.tools, pg);

  const serverLog = path.join(opts.logDir, 'temporal-server.log');
  const server = spawnLogged(
    opts.tools.server,
    // --root / makes --config an absolute path; --allow-no-auth: loopback only, like the dev server.
    ['--root', '/', '--config', SERVER_CONFIG_DIR, '--env', 'production', '--allow-no-auth', 'start'],
    {
      ...baseEnv(),
      LOG_LEVEL: opts.logLevel ?? 'warn',
      POSTGRES_SEEDS: pg.host,
      DB_PORT: String(pg.port),
      POSTGRES_USER: pg.user,
      POSTGRES_PWD: pg.password,
      DBNAME: TEMPORAL_DATABASES.default,
      VISIBILITY_DBNAME: TEMPORAL_DATABASES.visibility,
      FRONTEND_GRPC_PORT: String(ports.frontend),
      FRONTEND_HTTP_PORT: String(ports.frontendHttp),
      FRONTEND_MEMBERSHIP_PORT: String(ports.frontendMembership),
      HISTORY_GRPC_PORT: String(ports.history),
      HISTORY_MEMBERSHIP_PORT: String(ports.historyMembership),
      MATCHING_GRPC_PORT: String(ports.matching),
      MATCHING_MEMBERSHIP_PORT: String(ports.matchingMembership),
      WORKER_GRPC_PORT: String(ports.worker),
      WORKER_MEMBERSHIP_PORT: String(ports.workerMembership),
      DYNAMIC_CONFIG_FILE_PATH: DYNAMIC_CONFIG,
      ...(opts.metricsPort ? { PROMETHEUS_ENDPOINT: `127.0.0.1:${opts.metricsPort}` } : {}),
    },
    serverLog,
  );
  const address = `127.0.0.1:${ports.frontend}`;
  let ui: ReturnType<typeof spawnLogged> | undefined;
  const stop = async () => {
    if (ui) await stopChild(ui.child, 10_000);
    await stopChild(server.child, 30_000);
  };
  try {
    say(`Temporal: temporal-server on ${address} (16 history shards), log in ${serverLog}`);
    await Promise.race([waitForTemporal(address, opts.readyTimeoutMs ?? 120_000), server.exited]);
    const connection = await Connection.connect({ address });
    try {
      const created = await Promise.race([ensureNamespace(connection, opts.namespace), server.exited]);
      say(`Temporal: namespace ${opts.namespace} ${created ? 'registered' : 'already registered'}`);
      // As the dev server starts with them (--search-attribute): every caller gets a server ready for the workflows.
      const added = await Promise.race([ensureSearchAttributes(connection, opts.namespace), server.exited]);
      if (added.length) say(`Temporal: search attributes registered: ${added.join(', ')}`);
    } finally {
      await connection.close();
    }

    const uiLog = path.join(opts.logDir, 'temporal-ui.log');
    ui = spawnLogged(
      opts.tools.uiServer,
      ['--root', '/', '--config', UI_CONFIG_DIR, '--env', 'production', 'start'],
      {
        ...baseEnv(),
        TEMPORAL_ADDRESS: address,
        TEMPORAL_UI_PORT: String(ports.ui),
        TEMPORAL_DEFAULT_NAMESPACE: opts.namespace,
      },
      uiLog,
    );
    const uiUrl = `http://127.0.0.1:${ports.ui}`;
    await Promise.race([waitForHttp(uiUrl, 60_000), ui.exited, server.exited]);
    return { address, uiUrl, server: server.child, ui: ui.child, stop };
  } catch (err) {
    const exited = server.child.exitCode !== null || ui?.child.exitCode != null;
    await stop();
    // A server that exited says so with its log's last lines; one that did not answer in time is shown here.
    if (exited) throw err;
    throw new Error(`${(err as Error).message}\n${serverLog} ends:\n${await tail(serverLog)}`);
  }
}

/** Polls a URL until it answers 200. */
async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() >= deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${status})`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
