/**
 * The smallest real process, end to end: proves API → Temporal → worker → activity → PostgreSQL, and that a
 * durable timer outlives restarts of everything (start one with `wait: "PT2M"`, stop `npm start`, start it
 * again, and the check still completes).
 */
import { defineQuery, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { fixedDurationMs, parseIsoDuration } from '../domain/duration';

export interface SystemCheckInput {
  requestedBy: string;
  note?: string;
  /** ISO-8601 duration without years or months, e.g. PT30S or P180D. */
  wait?: string;
}

export interface SystemCheckResult {
  checkId: string;
  startedAt: string;
  completedAt: string;
}

export type SystemCheckPhase = 'recording-start' | 'waiting' | 'recording-completion' | 'completed';

export const getSystemCheckPhase = defineQuery<SystemCheckPhase>('getSystemCheckPhase');

const { recordSystemCheckStarted, recordSystemCheckCompleted } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

export async function systemCheckWorkflow(input: SystemCheckInput): Promise<SystemCheckResult> {
  let phase: SystemCheckPhase = 'recording-start';
  setHandler(getSystemCheckPhase, () => phase);

  const checkId = workflowInfo().workflowId;
  await recordSystemCheckStarted({
    checkId,
    requestedBy: input.requestedBy,
    note: input.note ?? null,
    wait: input.wait ?? null,
    startedAt: new Date().toISOString(),
  });

  if (input.wait) {
    const parsed = parseIsoDuration(input.wait);
    const ms = parsed && fixedDurationMs(parsed);
    // The API validates this; a bad value reaching here is a bug in the caller, not a business outcome.
    if (ms === undefined)
      throw new TypeError(`wait must be an ISO-8601 duration without years or months: ${input.wait}`);
    phase = 'waiting';
    await sleep(ms);
  }

  phase = 'recording-completion';
  const { startedAt, completedAt } = await recordSystemCheckCompleted({
    checkId,
    completedAt: new Date().toISOString(),
  });
  phase = 'completed';
  return { checkId, startedAt, completedAt };
}
