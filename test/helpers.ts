/** Real dependencies for tests: the PostgreSQL and Temporal that test/globalSetup.ts started. */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import { buildApp } from '../api/app';
import type { AppDeps } from '../api/deps';
import { createPool, type Pool } from '../db/pool';
import { loadConfig, type Config } from '../lib/config';
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

export function testConfig(taskQueue: string): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: inject('databaseUrl'),
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_TASK_QUEUE: taskQueue,
  });
}

export interface Harness {
  config: Config;
  pool: Pool;
  connection: Connection;
  client: Client;
  nativeConnection: NativeConnection;
  worker: Worker;
  /** The API, listening on a free loopback port. */
  baseUrl: string;
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * The whole system in-process against the real servers: a pool, a client, a worker on its own task queue, and
 * the API listening on a free port.
 */
export async function startHarness(): Promise<Harness> {
  quietRuntime();
  const taskQueue = `test-${randomUUID()}`;
  const config = testConfig(taskQueue);
  const pool = createPool(config.database.url, 5);
  const connection = await Connection.connect({ address: config.temporal.address });
  const client = new Client({ connection, namespace: config.temporal.namespace });
  const nativeConnection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createWorker({ connection: nativeConnection, namespace: 'default', taskQueue, deps: { pool } });
  const running = worker.run();
  const deps: AppDeps = { config, logger: createLogger('silent', 'test'), pool, temporal: { connection, client } };
  const app = buildApp(deps);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    config,
    pool,
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
