/**
 * Issue 14 ¶2: the production topology on one machine. `TEMPORAL_TOPOLOGY=production npm start` runs temporal-server
 * (the version the CLI embeds) on the embedded PostgreSQL with 16 history shards and its Web UI; a system check with a
 * durable timer runs through the API, the whole stack stops on SIGTERM while the timer is pending, and after the next
 * start the timer fires — it fell due while everything was down.
 */
import { rm } from 'node:fs/promises';
import { Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTemporalServer } from '../../scripts/lib/provision';
import { freePort, freePortRange, tempDir } from '../ports';
import {
  baseEnv,
  createAdminToken,
  expectCleanStop,
  expectCompleted,
  expectListedByUi,
  startStack,
  startWaitingCheck,
  untilHealthy,
} from './npmStart';

let dataDir: string;
let env: Record<string, string>;
let api: string;
let ui: string;
let temporal: string;
let metrics: string;

beforeAll(async () => {
  // `npm run provision` builds these; a run without it builds them here, once (several minutes).
  await ensureTemporalServer({
    cacheDir: inject('toolsCacheDir'),
    say: (line) => process.stdout.write(`[production test] ${line}\n`),
  });
  dataDir = await tempDir('production-');
  // The server's ports are its frontend's and the 14 above it (scripts/lib/temporalServer.ts).
  const [apiPort, pgPort, uiPort, metricsPort, serverPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePortRange(15),
  ]);
  env = {
    ...baseEnv(),
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    API_PORT: String(apiPort),
    EMBEDDED_PG_PORT: String(pgPort),
    TEMPORAL_TOPOLOGY: 'production',
    TEMPORAL_SERVER_PORT: String(serverPort),
    TEMPORAL_SERVER_UI_PORT: String(uiPort),
    TEMPORAL_SERVER_METRICS_PORT: String(metricsPort),
    TOOLS_CACHE_DIR: inject('toolsCacheDir'),
  };
  api = `http://127.0.0.1:${apiPort}`;
  ui = `http://127.0.0.1:${uiPort}`;
  temporal = `127.0.0.1:${serverPort}`;
  metrics = `http://127.0.0.1:${metricsPort}/metrics`;
}, 1_200_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('TEMPORAL_TOPOLOGY=production npm start', () => {
  it('runs temporal-server on PostgreSQL with 16 shards and its UI; a durable timer survives a full stop', async () => {
    const first = startStack(env);
    try {
      await untilHealthy(api, first);
      expect(first.output()).toMatch(/schemas of temporal and temporal_visibility \(temporal-sql-tool\)/);
      expect(first.output()).toMatch(/namespace default registered/);
      expect(first.output()).toMatch(/search attributes registered: CaseRung/);

      // The server itself, not the dev server: its own PostgreSQL stores and 16 history shards.
      const connection = await Connection.connect({ address: temporal });
      try {
        const info = await connection.workflowService.getClusterInfo({});
        expect(info).toMatchObject({ serverVersion: '1.29.1', historyShardCount: 16, persistenceStore: 'postgres12' });
        expect(info.visibilityStore).toBe('postgres12');
      } finally {
        await connection.close();
      }

      const secret = await createAdminToken(env, '系统管理员');
      expect(secret).toBeDefined();
      const auth = { Authorization: `Bearer ${secret}` };
      // Long enough to be pending at the stop even on a slow machine; it falls due while the stack is down.
      const body = { note: 'production topology', wait: 'PT30S' };
      const check = await startWaitingCheck(api, auth, body);
      // The Web UI server, a process of its own here, serves its pages and lists the workflow.
      expect((await fetch(ui)).status).toBe(200);
      await expectListedByUi(ui, check.workflowId);

      // Stop everything while the timer is pending; nothing is left running.
      await expectCleanStop(first, dataDir, ['api', 'temporal-server', 'temporal-ui', 'worker']);

      const restarted = Date.now();
      const second = startStack(env);
      try {
        await untilHealthy(api, second);
        expect(second.output()).toMatch(/namespace default already registered/);
        expect(second.output()).toMatch(/search attributes already registered/);
        const done = await expectCompleted(api, auth, check, body, 30_000);
        // Completed by the restarted stack: the timer was still pending when the worker stopped.
        expect(new Date(done.completedAt).getTime()).toBeGreaterThan(restarted);
        // TEMPORAL_SERVER_METRICS_PORT: the server's Prometheus metrics, with the timer queue's latency histogram
        // that now counts the check's timer (how a supervisor sees whether deadlines fire on time).
        const text = await (await fetch(metrics)).text();
        expect(text).toMatch(
          /^task_latency_queue_bucket\{[^}]*operation="TimerActiveTaskUserTimer"[^}]*le="\+Inf"\} [1-9]/m,
        );
      } finally {
        second.child.kill('SIGTERM');
        expect(await second.exited).toBe(0);
      }
    } finally {
      // After a failure: a graceful stop, so no temporal-server or PostgreSQL of this test outlives it.
      if (first.child.exitCode === null) {
        first.child.kill('SIGTERM');
        await Promise.race([first.exited, new Promise((r) => setTimeout(r, 60_000))]);
      }
    }
  }, 480_000);
});
