/**
 * Issue 2 ¶7: an API call starts a workflow whose activity writes a row — all real: Express app, Temporal dev
 * server, worker, PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createServer } from '../../api/app';
import { getSystemCheck } from '../../db/systemChecks';
import { call, eventually, startHarness, type Harness } from '../helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('POST /system-checks → workflow → activity → PostgreSQL', () => {
  it('starts a workflow whose activity records the check, and reports it complete', async () => {
    const started = await call(h.baseUrl, 'POST', '/system-checks', { note: '链路自检', wait: 'PT1S' }, h.admin);
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/system-checks/${started.body.id}`);
    expect(started.headers.get('x-request-id')).toBeTruthy();

    const done = await eventually(async () => {
      const r = await call(h.baseUrl, 'GET', `/system-checks/${started.body.id}`, undefined, h.admin);
      return r.body?.workflow?.status === 'COMPLETED' ? r : undefined;
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ note: '链路自检', wait: 'PT1S', workflow: { phase: 'completed' } });

    const row = await getSystemCheck(h.pool, started.body.workflowId);
    expect(row).toBeDefined();
    expect(row!.completed_at!.getTime() - row!.started_at.getTime()).toBeGreaterThanOrEqual(1000);

    const result = await h.client.workflow.getHandle(started.body.workflowId).result();
    expect(result).toEqual({
      checkId: started.body.workflowId,
      startedAt: row!.started_at.toISOString(),
      completedAt: row!.completed_at!.toISOString(),
    });
  });

  it('returns the same check for the same Idempotency-Key and starts nothing new', async () => {
    const key = `drill-${Date.now()}`;
    const a = await call(h.baseUrl, 'POST', '/system-checks', { note: 'once' }, { 'Idempotency-Key': key, ...h.admin });
    const b = await call(h.baseUrl, 'POST', '/system-checks', { note: 'once' }, { 'Idempotency-Key': key, ...h.admin });
    expect(a.status).toBe(202);
    expect(b.body.id).toBe(a.body.id);
    const first = await h.client.workflow.getHandle(a.body.workflowId).describe();
    const second = await h.client.workflow.getHandle(b.body.workflowId).describe();
    expect(second.runId).toBe(first.runId);
  });

  it('refuses bad input with problem JSON, writing no row and starting no workflow', async () => {
    // An API of its own on an unused task queue: any workflow a refused request started would show up there.
    const taskQueue = `refused-${randomUUID()}`;
    const app = buildApp({ ...h.deps, config: { ...h.config, temporal: { ...h.config.temporal, taskQueue } } });
    const server = createServer(app).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Every refused body carries this marker, so a row written by mistake would be found (other test files write
    // rows to the same table at the same time, so a bare count would not do).
    const marker = `refused-${randomUUID()}`;
    const cases: Array<[unknown, string | undefined, number, string]> = [
      [{ note: marker, wait: 'P1M' }, undefined, 422, '/problems/validation-failed'],
      [{ note: marker, wait: 'P400D' }, undefined, 422, '/problems/validation-failed'],
      [{ note: marker, extra: true }, undefined, 422, '/problems/validation-failed'],
      [{ note: marker, wait: 5 }, undefined, 422, '/problems/validation-failed'],
      [`{"note": "${marker}", `, undefined, 400, '/problems/malformed-request'],
      [{ note: marker }, 'bad key with spaces', 422, '/problems/validation-failed'],
    ];
    for (const [body, key, status, type] of cases) {
      const r = await call(
        baseUrl,
        'POST',
        '/system-checks',
        body,
        key ? { 'Idempotency-Key': key, ...h.admin } : h.admin,
      );
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.body).toMatchObject({ type, status });
      expect(r.body.detail).toEqual(expect.any(String));
    }
    const textBody = await fetch(`${baseUrl}/system-checks`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...h.admin },
      body: marker,
    });
    expect(textBody.status).toBe(415);
    await new Promise((r) => server.close(r));
    const { rowCount: written } = await h.pool.query('SELECT 1 FROM system_checks WHERE note = $1', [marker]);
    expect(written).toBe(0);
    // Visibility lags a little behind a start; give it time to show one, then make sure none is there.
    await new Promise((r) => setTimeout(r, 1500));
    const { count } = await h.client.workflow.count(`TaskQueue = '${taskQueue}'`);
    expect(count).toBe(0);
  });

  it('answers 404 problem JSON for a check that does not exist', async () => {
    const r = await call(h.baseUrl, 'GET', '/system-checks/does-not-exist', undefined, h.admin);
    expect(r.status).toBe(404);
    expect(r.body.type).toBe('/problems/not-found');
  });
});
