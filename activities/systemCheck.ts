/** Activities of the system-check process. Idempotent: keyed by the workflow id (STYLE.md habit 3). */
import { log } from '@temporalio/activity';
import { completeSystemCheck, insertSystemCheck } from '../db/systemChecks';
import type { ActivityDeps } from './deps';

export interface SystemCheckStarted {
  checkId: string;
  requestedBy: string;
  note: string | null;
  wait: string | null;
  /** Workflow time of the start, so a retried activity writes the same value. */
  startedAt: string;
}

export interface SystemCheckCompleted {
  checkId: string;
  completedAt: string;
}

export function createSystemCheckActivities({ pool }: ActivityDeps) {
  return {
    async recordSystemCheckStarted(input: SystemCheckStarted): Promise<void> {
      await insertSystemCheck(pool, {
        id: input.checkId,
        requestedBy: input.requestedBy,
        note: input.note,
        wait: input.wait,
        startedAt: new Date(input.startedAt),
      });
      log.info('system check started', { checkId: input.checkId });
    },

    async recordSystemCheckCompleted(input: SystemCheckCompleted): Promise<{ startedAt: string; completedAt: string }> {
      // Never earlier than it is: after a worker restart the SDK's core was seen to hand the timer's resolution to the
      // workflow with the previous task's timestamp (the timer itself fired on time, by the server's history), so the
      // workflow's time can be stale; and under a time-skipping test server the workflow's time runs ahead of the
      // clock. The later of the two is the completion. A retried activity keeps the first (COALESCE).
      const completedAt = new Date(Math.max(Date.parse(input.completedAt), Date.now()));
      const row = await completeSystemCheck(pool, input.checkId, completedAt);
      if (!row || !row.completed_at) throw new Error(`system check ${input.checkId} has no start row`);
      log.info('system check completed', { checkId: input.checkId });
      return { startedAt: row.started_at.toISOString(), completedAt: row.completed_at.toISOString() };
    },
  };
}
