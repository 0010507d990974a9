/**
 * Art. 15(3)(4) on the real periods, under the time-skipping test server: a listing's bars lapse after six
 * calendar months and a veto's after a year, with the lapse notified; a revocation by the authority stops the
 * timer at once.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startTimeSkipping } from '../timeSkipping';
import type { NativeConnection } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barsOfDecision } from '../../db/bars';
import { insertLeader, insertLeaderRole, insertRegion, insertUnit } from '../../db/organisation';
import { deadlineAfter } from '../../domain/calendar';
import { DEFAULT_POLICY } from '../../domain/policy';
import { barWorkflow, getBarStatus, revokeBarUpdate, type BarWorkflowInput } from '../../workflows/bar';
import { createWorker } from '../../worker/worker';
import { freshDatabase, insertCaseRow, quietRuntime } from '../helpers';

let env: TestWorkflowEnvironment;
let db: Awaited<ReturnType<typeof freshDatabase>>;

beforeAll(async () => {
  quietRuntime();
  env = await startTimeSkipping();
  db = await freshDatabase();
  const p = db.pool;
  await insertRegion(p, {
    id: '150000',
    name: '戊省',
    level: 'province',
    kind: 'ordinary',
    parent_id: null,
    committee_name: '戊省综治委',
    office_name: '戊省综治办',
  });
  await insertRegion(p, {
    id: '150100',
    name: '戊市',
    level: 'city',
    kind: 'ordinary',
    parent_id: '150000',
    committee_name: '戊市综治委',
    office_name: '戊市综治办',
  });
  await insertUnit(p, {
    id: 'U-W',
    name: '戊市某局',
    kind: 'administrative-organ',
    region_id: '150100',
    member_of_committee: true,
    stationed_by: null,
    supervising_unit_name: null,
    leads_region: false,
  });
  await insertLeader(p, { id: 'L-W', name: '戊局长' });
  await insertLeaderRole(p, {
    leaderId: 'L-W',
    unitId: 'U-W',
    role: 'principal',
    title: '局长',
    startsOn: '2020-01-01',
    endsOn: null,
  });
  for (const id of ['2026-000201', '2026-000202']) {
    await insertCaseRow(p, {
      id,
      subject: { kind: 'unit', id: 'U-W', name: '戊市某局', regionId: '150100' },
      openingRegionId: '150100',
      upperRegionId: '150000',
      startRung: 'listing',
    });
  }
});
afterAll(async () => {
  await env?.teardown();
  await db?.drop();
});

async function decision(caseId: string, rung: 'listing' | 'veto'): Promise<BarWorkflowInput> {
  const decidedAt = new Date(await env.currentTimeMs());
  const period = DEFAULT_POLICY.ladder.bars[rung];
  return {
    caseId,
    rung,
    decisionEventSeq: 5,
    decisionDocumentNo: '戊省综治办〔2026〕1号',
    authority: { regionId: '150000', name: '戊省综治办' },
    subject: { kind: 'unit', id: 'U-W', name: '戊市某局' },
    decidedAt: decidedAt.toISOString(),
    endsAt: deadlineAfter(decidedAt, period).toISOString(),
    period,
  };
}

describe('bar timers on the real periods', () => {
  it('Art. 15(3): a listing’s bars lapse at the end of the sixth month, and the lapse is notified', async () => {
    const taskQueue = 'bars-listing';
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { pool: db.pool },
    });
    const input = await decision('2026-000201', 'listing');
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(barWorkflow, {
        workflowId: 'bar-2026-000201-listing-U-W',
        taskQueue,
        args: [input],
      });
      await env.sleep('170 days');
      expect(await handle.query(getBarStatus)).toBe('active');
      expect((await barsOfDecision(db.pool, '2026-000201', 'listing')).map((b) => b.status)).toEqual([
        'active',
        'active',
      ]);
      expect(await handle.result()).toBe('lapsed');
    });
    const bars = await barsOfDecision(db.pool, '2026-000201', 'listing');
    expect(bars.map((b) => [b.subject_kind, b.subject_id, b.status])).toEqual([
      ['unit', 'U-W', 'lapsed'],
      ['leader', 'L-W', 'lapsed'],
    ]);
    // Lapsed when the window ended, not before: the timer fired at the end of the last day.
    expect(bars[0]!.lapsed_at!.getTime()).toBeGreaterThanOrEqual(new Date(input.endsAt).getTime());
    expect(bars[0]!.lapsed_at!.getTime() - new Date(input.endsAt).getTime()).toBeLessThan(60_000);
    const notes = await db.pool.query(
      "SELECT addressee_kind || ':' || addressee_id AS to FROM notifications WHERE notification_key LIKE '%bar-lapsed%' AND case_id = '2026-000201'",
    );
    expect(notes.rows.map((r) => r.to).sort()).toEqual(['leader:L-W', 'organisation-department:150000', 'unit:U-W']);
  });

  it('Art. 15(4): a veto’s bars lapse after one calendar year, and the lapse is notified', async () => {
    await db.pool.query(
      `INSERT INTO cases SELECT '2026-000203', subject_kind, subject_id, subject_name, subject_region_id, opening_region_id, upper_region_id,
         grounds, facts, severity, aggravating, mitigating, start_rung, start_reason, policy_region_id, policy_version, policy, rung, phase,
         status, deadline, NULL, opened_by, opened_at, closed_at, updated_at FROM cases WHERE id = '2026-000201'`,
    );
    const taskQueue = 'bars-veto-lapse';
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { pool: db.pool },
    });
    const input = await decision('2026-000203', 'veto');
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(barWorkflow, {
        workflowId: 'bar-2026-000203-veto-U-W',
        taskQueue,
        args: [input],
      });
      await env.sleep('360 days');
      expect(await handle.query(getBarStatus)).toBe('active');
      expect(await handle.result()).toBe('lapsed');
    });
    const bars = await barsOfDecision(db.pool, '2026-000203', 'veto');
    expect(bars.every((b) => b.status === 'lapsed' && b.lapsed_at! >= b.ends_at)).toBe(true);
    const notes = await db.pool.query(
      "SELECT addressee_kind FROM notifications WHERE case_id = '2026-000203' AND notification_key LIKE '%bar-lapsed%'",
    );
    expect(notes.rows.map((r) => r.addressee_kind).sort()).toEqual(['leader', 'organisation-department', 'unit']);
  });

  it('Art. 15(4): a veto’s bars run a year; revoked by the authority in the third month, they stop at once', async () => {
    const taskQueue = 'bars-veto';
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { pool: db.pool },
    });
    const input = await decision('2026-000202', 'veto');
    expect(new Date(input.endsAt).getTime() - new Date(input.decidedAt).getTime()).toBeGreaterThanOrEqual(
      364 * 86_400_000,
    );
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(barWorkflow, {
        workflowId: 'bar-2026-000202-veto-U-W',
        taskQueue,
        args: [input],
      });
      await env.sleep('80 days');
      await handle.executeUpdate(revokeBarUpdate, { args: [{ by: '戊省综治委主任', reason: '经复核，决定撤销' }] });
      expect(await handle.result()).toBe('revoked');
      await expect(handle.executeUpdate(revokeBarUpdate, { args: [{ by: 'x', reason: 'again' }] })).rejects.toThrow();
    });
    const bars = await barsOfDecision(db.pool, '2026-000202', 'veto');
    expect(bars.every((b) => b.status === 'revoked' && b.revoke_reason === '经复核，决定撤销')).toBe(true);
    // The record keeps the window it was decided with.
    expect(bars[0]!.ends_at.toISOString()).toBe(input.endsAt);
  });
});
