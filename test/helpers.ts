/**
 * Real dependencies for tests: the PostgreSQL and Temporal that test/globalSetup.ts started. As in production, the
 * worker and the API connect as the app's least-privilege role (db/migrations/0009_app_role.sql), so a missing grant
 * fails a test; fixtures, which may do what only the owner can, go through the owner's pool.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import { buildApp, createServer } from '../api/app';
import { createDbTokenVerifier, issueToken } from '../api/auth/verifier';
import type { AppDeps } from '../api/deps';
import pg from 'pg';
import { migrate } from '../db/migrate';
import { createPool, type Pool } from '../db/pool';
import { insertCase } from '../db/cases';
import { DEFAULT_POLICY, type LadderPolicy, type Rung } from '../domain/policy';
import type { Role } from '../domain/roles';
import { appDatabaseUrl, loadConfig, type Config } from '../lib/config';
import { createLogger } from '../lib/logger';
import { createWorker } from '../worker/worker';

let runtimeInstalled = false;
/** Keeps the SDK's core logs quiet in test output. */
export function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
    },
  });
}

/** The configuration of a test's app: `database.url` is the app role's URL, `database.ownerUrl` the owner's. */
export function testConfig(taskQueue: string, ownerUrl: string = inject('databaseUrl')): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: ownerUrl,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_TASK_QUEUE: taskQueue,
  });
}

export interface Harness {
  config: Config;
  /** The owner's pool, for fixtures and checks (raw SQL, TRUNCATE, sequences): not what the app runs on. */
  pool: Pool;
  /** The app role's pool: the worker, the API and the token verifier run on it (`deps.pool`). */
  appPool: Pool;
  connection: Connection;
  client: Client;
  nativeConnection: NativeConnection;
  worker: Worker;
  /** The API, listening on a free loopback port. */
  baseUrl: string;
  /** Authorization headers of an admin token. */
  admin: Record<string, string>;
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * The whole system in-process against the real servers: a client, a worker on its own task queue, and the API
 * listening on a free port, both on the app role's pool; and the owner's pool for the test's own fixtures.
 * `databaseUrl` is the owner's URL of the database to use (e.g. {@link freshDatabase}'s `url`).
 */
export async function startHarness(opts: { databaseUrl?: string } = {}): Promise<Harness> {
  quietRuntime();
  const taskQueue = `test-${randomUUID()}`;
  const config = testConfig(taskQueue, opts.databaseUrl);
  const pool = createPool(config.database.ownerUrl, 5);
  const appPool = createPool(config.database.url, 5);
  const connection = await Connection.connect({ address: config.temporal.address });
  const client = new Client({ connection, namespace: config.temporal.namespace });
  const nativeConnection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createWorker({
    connection: nativeConnection,
    namespace: 'default',
    taskQueue,
    deps: { pool: appPool },
  });
  const running = worker.run();
  const deps: AppDeps = {
    config,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', 'test'),
    pool: appPool,
    temporal: { connection, client },
    verifier: createDbTokenVerifier(appPool),
  };
  const app = buildApp(deps);
  const server = createServer(app).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const admin = bearer((await tokenFor(pool, 'admin')).secret);
  return {
    admin,
    config,
    pool,
    appPool,
    connection,
    client,
    nativeConnection,
    worker,
    baseUrl,
    deps,
    async close() {
      await new Promise((r) => server.close(r));
      worker.shutdown();
      await running;
      await nativeConnection.close();
      await connection.close();
      await appPool.end();
      await pool.end();
    },
  };
}

/** fetch with a JSON body; returns status, headers and parsed body. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary response bodies
): Promise<{ status: number; headers: Headers; body: any }> {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes. */
export async function eventually<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A database of its own on the real server, migrated unless told otherwise: for tests that count rows and must
 * not see what other test files write at the same time. `url` and `pool` are the owner's (migrations, fixtures);
 * `appUrl` and `appPool` the app role's, for what the app itself runs (a worker, a relay).
 */
export async function freshDatabase(opts: { migrated?: boolean } = {}): Promise<{
  url: string;
  pool: Pool;
  appUrl: string;
  appPool: Pool;
  drop: () => Promise<void>;
}> {
  const name = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const adminUrl = inject('databaseUrl');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = createPool(url.toString(), 5);
  const appUrl = appDatabaseUrl(url.toString()).url;
  const appPool = createPool(appUrl, 5);
  if (opts.migrated !== false) {
    await migrate(pool);
    // Every test database shares one Temporal, where case workflow ids must stay unique: give each its own range.
    await pool.query(`ALTER SEQUENCE case_number_seq RESTART WITH ${1 + Math.floor(Math.random() * 900_000)}`);
  }
  return {
    url: url.toString(),
    pool,
    appUrl,
    appPool,
    drop: async () => {
      await appPool.end();
      await pool.end();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Issues a real token straight into the database, as `npm run admin -- create-token` does. */
export async function tokenFor(
  pool: Pool,
  role: Role,
  scope: { regionId?: string; unitId?: string } = {},
  expiresAt = new Date(Date.now() + 86_400_000),
): Promise<{ secret: string; id: string }> {
  const { secret, row } = await issueToken(pool, {
    name: `test ${role}`,
    role,
    regionId: scope.regionId ?? null,
    unitId: scope.unitId ?? null,
    createdBy: 'test',
    expiresAt,
  });
  return { secret, id: row.id };
}

export const bearer = (secret: string): Record<string, string> => ({ Authorization: `Bearer ${secret}` });

/**
 * A case row as the API writes it when it opens a case, for tests that drive workflows or activities directly.
 * Only what differs between tests is given; the rest are plain defaults.
 */
export async function insertCaseRow(
  pool: Pool,
  c: {
    id: string;
    subject: { kind: 'unit' | 'region'; id: string; name: string; regionId: string };
    openingRegionId: string;
    upperRegionId: string;
    startRung?: Rung;
    policy?: LadderPolicy;
  },
): Promise<void> {
  const rung = c.startRung ?? 'notice';
  await insertCase(pool, {
    id: c.id,
    subject_kind: c.subject.kind,
    subject_id: c.subject.id,
    subject_name: c.subject.name,
    subject_region_id: c.subject.regionId,
    opening_region_id: c.openingRegionId,
    upper_region_id: c.upperRegionId,
    grounds: [1],
    facts: '测试',
    severity: 'ordinary',
    aggravating: [],
    mitigating: [],
    start_rung: rung,
    start_reason: '测试',
    policy_region_id: null,
    policy_version: 0,
    policy: c.policy ?? DEFAULT_POLICY.ladder,
    rung,
    phase: 'opening',
    status: 'open',
    deadline: null,
    idempotency_key: null,
    opened_by: 'test',
  });
}
