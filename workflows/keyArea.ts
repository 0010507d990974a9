/**
 * Key areas (Art. 15(1) ¶2): one workflow per listed key area or prominent problem, and the periodic notification a
 * Schedule per committee starts.
 *
 * A listed item runs rolling investigation (滚动排查) round by round — each round assigned to the member units, due by
 * the next — and continuous rectification (常态整治) towards its targets by its deadline. The office's acceptance
 * delists it; its deadline passing without one means no effective measures were taken, and a case on Art. 14 ground 5
 * is opened through the one door (the checks go on until acceptance). After delisting the item is watched for the
 * policy's period: a rebound reported in it opens a case on ground 5 too.
 */
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  defineQuery,
  defineUpdate,
  ParentClosePolicy,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
  WorkflowIdReusePolicy,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../activities';
import { addDuration, chineseDate, deadlineAfter } from '../domain/calendar';
import { caseStartOptions } from '../domain/caseOpening';
import {
  KEY_AREA_STATE_CONFLICT,
  STATUS_NAMES,
  type KeyAreaInput,
  type KeyAreaNotificationInput,
  type KeyAreaOccasion,
  type KeyAreaStatus,
} from '../domain/keyAreas';
import { CaseDeadline, CaseStatus, TemporalScheduledStartTime } from '../domain/searchAttributes';
import { accountabilityCaseWorkflow } from './accountabilityCase';

const acts = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

export interface KeyAreaState {
  status: KeyAreaStatus;
  round: number;
  /** The rectification deadline while listed; the end of the rebound watch once delisted. */
  deadline: string;
  caseId: string | null;
  reboundCaseId: string | null;
  watchUntil: string | null;
}

/** The office accepts the rectification (验收): the item is delisted. Refused once delisted. */
export const acceptRectification = defineUpdate<{ delistedAt: string; watchUntil: string }, [KeyAreaAcceptance]>(
  'acceptRectification',
);
/** The office reports a rebound during the watch: a case on ground 5. Refused outside the watch. */
export const reportKeyAreaRebound = defineUpdate<{ caseId: string | null }, [KeyAreaReboundReport]>(
  'reportKeyAreaRebound',
);
export const getKeyAreaState = defineQuery<KeyAreaState>('getKeyAreaState');

export interface KeyAreaAcceptance {
  by: string;
  acceptance: string;
}
export interface KeyAreaReboundReport {
  by: string;
  facts: string;
}

const conflict = (message: string) =>
  ApplicationFailure.create({ type: KEY_AREA_STATE_CONFLICT, message, nonRetryable: true });

export async function keyAreaWorkflow(input: KeyAreaInput): Promise<KeyAreaState> {
  const s: KeyAreaState = {
    status: input.resume?.status ?? 'listed',
    round: input.resume?.round ?? 0,
    deadline: input.deadline,
    caseId: input.resume?.caseId ?? null,
    reboundCaseId: null,
    watchUntil: null,
  };
  let accepted: KeyAreaAcceptance | undefined;
  let rebound: KeyAreaReboundReport | undefined;
  let reboundDone = false;
  setHandler(getKeyAreaState, () => s);
  setHandler(
    acceptRectification,
    async (a) => {
      accepted = a;
      await condition(() => s.status !== 'listed' && s.status !== 'overdue');
      return { delistedAt: new Date().toISOString(), watchUntil: s.watchUntil! };
    },
    {
      validator: (_a) => {
        if (accepted || (s.status !== 'listed' && s.status !== 'overdue'))
          throw conflict(`${input.areaId} is no longer on the register (${STATUS_NAMES[s.status]})`);
      },
    },
  );
  setHandler(
    reportKeyAreaRebound,
    async (r) => {
      rebound = r;
      await condition(() => reboundDone);
      return { caseId: s.reboundCaseId };
    },
    {
      validator: (_r) => {
        if (rebound || s.status !== 'delisted')
          throw conflict(
            `a rebound is reported while a delisted item is watched; ${input.areaId} is ${STATUS_NAMES[s.status]}`,
          );
      },
    },
  );

  const show = (status: KeyAreaStatus, until: Date | null) => {
    s.status = status;
    upsertSearchAttributes([
      { key: CaseStatus, value: status },
      ...(until ? [{ key: CaseDeadline, value: until }] : []),
    ]);
    setCurrentDetails(
      [
        `状态：${STATUS_NAMES[status]}`,
        until ? `${status === 'delisted' ? '反弹观察期至' : '整治期限'}：${chineseDate(until)}` : '',
        s.round ? `滚动排查：第${s.round}轮` : '',
        s.caseId ? `逾期立案：${s.caseId}` : '',
        s.reboundCaseId ? `反弹立案：${s.reboundCaseId}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  };

  /** Ground 5 through the one door, then the case's own workflow, which outlives this one. */
  const openCase = async (occasion: KeyAreaOccasion, report?: KeyAreaReboundReport): Promise<string | null> => {
    const prepared = await acts.prepareKeyAreaCase({
      areaId: input.areaId,
      occasion,
      at: new Date().toISOString(),
      facts: report?.facts,
      by: report?.by,
    });
    if (!prepared) return null;
    try {
      await startChild(accountabilityCaseWorkflow, {
        ...caseStartOptions(prepared.input, {
          kind: 'key-area',
          id: input.areaId,
          label: occasion === 'rebound' ? '重点地区销号后出现反弹' : '重点地区逾期未采取有效措施',
        }),
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [prepared.input],
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
    return prepared.caseId;
  };

  const deadline = new Date(input.deadline).getTime();
  const startRound = async (): Promise<number> => {
    s.round++;
    const due = addDuration(new Date(), input.policy.rollingInvestigationEvery);
    await acts.assignKeyAreaRound({
      areaId: input.areaId,
      round: s.round,
      at: new Date().toISOString(),
      due: due.toISOString(),
    });
    show(s.status, s.status === 'listed' ? new Date(deadline) : null);
    return due.getTime();
  };

  // 滚动排查、常态整治: rounds until the office accepts; the deadline passing first is "no effective measures".
  show(s.status, s.status === 'listed' ? new Date(deadline) : null);
  let roundEnds = input.resume ? new Date(input.resume.roundEnds).getTime() : await startRound();
  while (!accepted) {
    // A long-listed item (or a drill's rounds in seconds) continues as new before its history grows too long.
    if (workflowInfo().continueAsNewSuggested && allHandlersFinished()) {
      const status = s.status === 'overdue' ? 'overdue' : 'listed';
      await continueAsNew<typeof keyAreaWorkflow>({
        ...input,
        resume: { round: s.round, roundEnds: new Date(roundEnds).toISOString(), status, caseId: s.caseId },
      });
    }
    const wakeAt = s.status === 'listed' ? Math.min(roundEnds, deadline) : roundEnds;
    if (wakeAt > Date.now() && (await condition(() => accepted !== undefined, wakeAt - Date.now()))) break;
    if (accepted) break;
    if (s.status === 'listed' && Date.now() >= deadline) {
      await acts.markKeyAreaOverdue({ areaId: input.areaId, at: new Date().toISOString() });
      show('overdue', null);
      s.caseId = await openCase('no-measures');
      show('overdue', null);
    }
    if (Date.now() >= roundEnds) {
      await acts.closeKeyAreaRound({ areaId: input.areaId, round: s.round, at: new Date().toISOString() });
      roundEnds = await startRound();
    }
  }

  // 验收销号, then the watch for a rebound (Art. 14(5) 出现反弹).
  const acceptance: KeyAreaAcceptance = accepted!; // the loop above ends only once accepted
  const delistedAt = new Date();
  const watchUntil = deadlineAfter(delistedAt, input.policy.reboundWatch);
  await acts.recordKeyAreaDelisting({
    areaId: input.areaId,
    at: delistedAt.toISOString(),
    by: acceptance.by,
    acceptance: acceptance.acceptance,
    watchUntil: watchUntil.toISOString(),
  });
  s.watchUntil = watchUntil.toISOString();
  s.deadline = s.watchUntil;
  show('delisted', watchUntil);
  const reported = await condition(() => rebound !== undefined, Math.max(0, watchUntil.getTime() - Date.now()));
  if (reported && rebound) {
    s.reboundCaseId = await openCase('rebound', rebound);
    reboundDone = true;
    show('rebound', null);
  } else {
    await acts.endKeyAreaWatch({ areaId: input.areaId, at: new Date().toISOString() });
    show('watch-ended', null);
  }
  await condition(allHandlersFinished);
  return s;
}

// ---------------------------------------------------------------- the periodic notification (定期通报)

/**
 * Started by the register's Schedule: one numbered notification of the register's state at the time the schedule
 * meant (a backfilled run reports as of its own time), once per run.
 */
export async function keyAreaNotificationWorkflow(
  input: KeyAreaNotificationInput,
): Promise<{ seq: number; documentNo: string } | null> {
  const info = workflowInfo();
  const scheduled = info.typedSearchAttributes.get(TemporalScheduledStartTime) ?? info.startTime;
  const issued = await acts.issueKeyAreaNotification({
    regionId: input.regionId,
    key: info.workflowId,
    at: scheduled.toISOString(),
  });
  return issued ? { seq: issued.seq, documentNo: issued.documentNo } : null;
}
