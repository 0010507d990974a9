/**
 * Issue 2 ¶7: durable timers of regulation length (Art. 15(3): six months of bars) are tested on Temporal's
 * time-skipping test server: a workflow that sleeps 180 days completes at once, and its activity writes real rows.
 */
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startTimeSkipping } from '../timeSkipping';
import { type NativeConnection } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPool, type Pool } from '../../db/pool';
import { getSystemCheck } from '../../db/systemChecks';
import { systemCheckWorkflow } from '../../workflows/systemCheck';
import { createWorker } from '../../worker/worker';
import { quietRuntime } from '../helpers';

let env: TestWorkflowEnvironment;
let pool: Pool;

beforeAll(async () => {
  quietRuntime();
  env = await startTimeSkipping();
  pool = createPool(inject('databaseUrl'), 2);
});

afterAll(async () => {
  await env?.teardown();
  await pool?.end();
});

describe('time-skipping test server', () => {
  it('runs a workflow that sleeps 180 days to completion, with the timer honoured in workflow time', async () => {
    const taskQueue = `timeskip-${randomUUID()}`;
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue,
      deps: { pool },
    });
    const workflowId = `system-check-timeskip-${randomUUID()}`;
    const wallStart = Date.now();
    const timeStart = await env.currentTimeMs();
    const result = await worker.runUntil(
      env.client.workflow.execute(systemCheckWorkflow, {
        workflowId,
        taskQueue,
        args: [{ requestedBy: 'test', wait: 'P180D' }],
      }),
    );
    const wallMs = Date.now() - wallStart;
    expect((await env.currentTimeMs()) - timeStart).toBeGreaterThanOrEqual(180 * 86_400_000);
    const row = await getSystemCheck(pool, workflowId);
    expect(row).toBeDefined();
    const workflowDays = (row!.completed_at!.getTime() - row!.started_at.getTime()) / 86_400_000;
    // Reported, not asserted: speed is for benchmarks. A real 180-day wait would not finish at all.
    process.stdout.write(`[timeskip] a ${workflowDays.toFixed(2)}-day sleep completed in ${wallMs} ms of wall time\n`);
    expect(workflowDays).toBeGreaterThanOrEqual(180);
    expect(result).toEqual({
      checkId: workflowId,
      startedAt: row!.started_at.toISOString(),
      completedAt: row!.completed_at!.toISOString(),
    });
  });
});
