/**
 * A supervision item on the default policy's real periods (Art. 9; project defaults, not the regulation's: an NPC
 * suggestion answered within three months, progress every 15 days, reminders 7 and 1 days before the deadline and 1,
 * 7 and 15 days after it, yellow at 7 days left and red at 1), under Temporal's time-skipping test server: months of
 * durable timers in seconds of wall time.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { NativeConnection } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRegion, insertUnit } from '../../db/organisation';
import { withTransaction } from '../../db/pool';
import { getItem, insertItem, itemEvents } from '../../db/supervision';
import { deadlineAfter } from '../../domain/calendar';
import { DEFAULT_SUPERVISION, type SupervisionItemInput } from '../../domain/supervision';
import { createWorker } from '../../worker/worker';
import {
  getSupervisionItemState,
  recordItemFindings,
  reportItemCompletion,
  reportItemProgress,
  reviewItemCompletion,
  supervisionItemWorkflow,
  supervisionItemWorkflowId,
} from '../../workflows/supervisionItem';
import { freshDatabase, quietRuntime } from '../helpers';
import { startTimeSkipping } from '../timeSkipping';

let env: TestWorkflowEnvironment;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const DAY = 86_400_000;

beforeAll(async () => {
  quietRuntime();
  db = await freshDatabase();
  for (const [id, name, level, parent] of [
    ['220000', '吉林省', 'province', null],
    ['220100', '长春市', 'city', '220000'],
  ] as const) {
    await insertRegion(db.pool, {
      id,
      name,
      level,
      kind: 'ordinary',
      parent_id: parent,
      committee_name: `${name}社会治安综合治理委员会`,
      office_name: `${name}社会治安综合治理委员会办公室`,
    });
  }
  await insertUnit(db.pool, {
    id: 'U-CC-PSB',
    name: '长春市公安局',
    kind: 'administrative-organ',
    region_id: '220100',
    member_of_committee: true,
    stationed_by: null,
    supervising_unit_name: null,
    leads_region: false,
  });
  // The test server with as long as a loaded machine needs to start, and the search attributes registered.
  env = await startTimeSkipping();
});
afterAll(async () => {
  await env?.teardown();
  await db?.drop();
});

describe('Art. 9 on real periods (time-skipping)', () => {
  it('Art. 9: an NPC suggestion answered within three months — progress asked every 15 days, reminded 7 and 1 days before and 1, 7, 15 days after the deadline, the card yellow then red; then rectified within 30 days', async () => {
    const itemId = `DB2026-9${String(process.pid % 100_000).padStart(5, '0')}`;
    const taskQueue = `supervision-${itemId}`;
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { pool: db.pool },
    });
    await worker.runUntil(async () => {
      const t0 = new Date(await env.currentTimeMs());
      const deadline = deadlineAfter(t0, DEFAULT_SUPERVISION.replyWithin.npcSuggestion);
      const input: SupervisionItemInput = {
        itemId,
        kind: 'npc-suggestion',
        form: 'tracking',
        title: '关于加强校园周边治安管理的建议',
        regionId: '220100',
        officeName: '长春市社会治安综合治理委员会办公室',
        units: [{ id: 'U-CC-PSB', name: '长春市公安局' }],
        target: null,
        deadline: deadline.toISOString(),
        policy: DEFAULT_SUPERVISION,
        assignedBy: 'test',
        drill: false,
      };
      await withTransaction(db.pool, (c) =>
        insertItem(c, {
          id: itemId,
          kind: input.kind,
          form: input.form,
          title: input.title,
          content: '人大代表建议',
          basis: '第1号建议',
          region_id: '220100',
          target_kind: null,
          target_id: null,
          target_name: null,
          target_region_id: null,
          first_deadline: deadline,
          policy_region_id: null,
          policy_version: 0,
          policy: DEFAULT_SUPERVISION,
          drill: false,
          assigned_by: 'test',
          assigned_at: t0,
          idempotency_key: null,
          units: input.units,
        }),
      );
      const handle = await env.client.workflow.start(supervisionItemWorkflow, {
        workflowId: supervisionItemWorkflowId(itemId),
        taskQueue,
        args: [input],
      });
      const state = () => handle.query(getSupervisionItemState);
      const events = async (kind: string) => (await itemEvents(db.pool, itemId)).filter((e) => e.kind === kind);
      const sleepUntil = async (at: number) => env.sleep(Math.max(1, at - (await env.currentTimeMs())));
      const deadlineMs = deadline.getTime();
      // Three months (Civil Code counting, to the end of the last day): between 89 and 93 days.
      expect(deadlineMs - t0.getTime()).toBeGreaterThan(89 * DAY);
      expect(deadlineMs - t0.getTime()).toBeLessThan(93 * DAY);

      // Day 10: the unit reports progress, so the day-15 request passes it over; day 30 asks it (silent since day 10).
      await sleepUntil(t0.getTime() + 10 * DAY);
      await handle.executeUpdate(reportItemProgress, {
        args: [{ unitId: 'U-CC-PSB', summary: '已召开专题会议', reportedBy: 'test' }],
      });
      await sleepUntil(t0.getTime() + 16 * DAY);
      expect(await events('progress-requested')).toHaveLength(0);
      await sleepUntil(t0.getTime() + 31 * DAY);
      expect(await events('progress-requested')).toHaveLength(1);

      await sleepUntil(deadlineMs - 8 * DAY);
      expect((await state()).card).toBe('green');
      expect((await state()).reminders).toBe(0);
      await sleepUntil(deadlineMs - 6 * DAY);
      let s = await state();
      expect(s.card).toBe('yellow');
      expect(s.reminders).toBe(1);
      await sleepUntil(deadlineMs - DAY / 2);
      s = await state();
      expect(s.card).toBe('red');
      expect(s.reminders).toBe(2);
      await sleepUntil(deadlineMs + 2 * DAY);
      expect(await events('overdue')).toHaveLength(1);
      expect((await state()).reminders).toBe(3);
      await sleepUntil(deadlineMs + 16 * DAY);
      const reminders = await events('reminder');
      expect(reminders.map((e) => [e.detail.when, e.detail.offset])).toEqual([
        ['before', 'P7D'],
        ['before', 'P1D'],
        ['after', 'P1D'],
        ['after', 'P7D'],
        ['after', 'P15D'],
      ]);
      expect((await getItem(db.pool, itemId))!.reminders).toBe(5);

      // Late but done: accepted; the findings ask for rectification within the policy's 30 days.
      await handle.executeUpdate(reportItemCompletion, {
        args: [{ unitId: 'U-CC-PSB', summary: '已答复代表', reportedBy: 'test' }],
      });
      await handle.executeUpdate(reviewItemCompletion, { args: [{ decision: 'accept', reviewedBy: 'test' }] });
      const now = new Date(await env.currentTimeMs());
      const rectificationDeadline = deadlineAfter(now, DEFAULT_SUPERVISION.rectificationWithin);
      s = await handle.executeUpdate(recordItemFindings, {
        args: [
          {
            causes: '答复超期',
            loopholes: '承办责任不明确',
            rectificationDeadline: rectificationDeadline.toISOString(),
            recommendation: null,
            recordedBy: 'test',
          },
        ],
      });
      expect(s.status).toBe('rectifying');
      await sleepUntil(rectificationDeadline.getTime() - 3 * DAY);
      expect((await state()).card).toBe('yellow');
      await handle.executeUpdate(reportItemCompletion, {
        args: [{ unitId: 'U-CC-PSB', summary: '已建立台账', reportedBy: 'test' }],
      });
      await handle.executeUpdate(reviewItemCompletion, { args: [{ decision: 'accept', reviewedBy: 'test' }] });
      const result = await handle.result();
      expect(result.status).toBe('closed');
      const row = (await getItem(db.pool, itemId))!;
      expect(row.status).toBe('closed');
      expect(row.findings?.rectificationDeadline).toBe(rectificationDeadline.toISOString());
    });
  });
});
