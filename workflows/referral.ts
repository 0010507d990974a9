/**
 * One accountability referral (Art. 15(5)): a leader of a case's subject referred to discipline inspection, the
 * organisation / personnel department or the judiciary. A child of the case, abandoned on the case's close: the
 * outcome may come long after the case itself is rectified. It waits for the receiving body's outcome, reminding
 * it at the policy's interval, and records the outcome (and the leader's archive entry) once.
 */
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  defineQuery,
  defineUpdate,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { ReferralInput, ReferralOutcomeRecord } from '../domain/referrals';
import { chineseDate } from '../domain/calendar';
import { fixedDurationMs, parseIsoDuration } from '../domain/duration';
import { BODY_NAMES, OUTCOME_NAMES, OUTCOMES_BY_BODY } from '../domain/referrals';
import { CaseStatus } from '../domain/searchAttributes';

// The referral's input and outcome record live in domain/referrals.ts (no import circle through the activities).
export type { ReferralInput, ReferralOutcomeRecord } from '../domain/referrals';

export interface ReferralState {
  referralId: string;
  status: 'awaiting-outcome' | 'decided';
  reminders: number;
  outcome: ReferralOutcomeRecord | null;
}

export const REFERRAL_STATE_CONFLICT = 'ReferralStateConflict';
export const INVALID_REFERRAL_ACT = 'InvalidReferralAct';

export const recordReferralOutcome = defineUpdate<ReferralState, [ReferralOutcomeRecord]>('recordReferralOutcome');
export const getReferralState = defineQuery<ReferralState>('getReferralState');

export const referralWorkflowId = (referralId: string) => `referral-${referralId}`;

const { remindReferral, decideReferral } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

export async function accountabilityReferralWorkflow(input: ReferralInput): Promise<ReferralState> {
  const s: ReferralState = { referralId: input.referralId, status: 'awaiting-outcome', reminders: 0, outcome: null };
  setHandler(getReferralState, () => s);
  setHandler(
    recordReferralOutcome,
    (o: ReferralOutcomeRecord) => {
      s.outcome = o;
      return s;
    },
    {
      validator: (o: ReferralOutcomeRecord) => {
        if (s.outcome) {
          throw ApplicationFailure.create({
            type: REFERRAL_STATE_CONFLICT,
            message: `the outcome of referral ${input.referralId} was already recorded`,
            nonRetryable: true,
          });
        }
        const invalid = (message: string) =>
          ApplicationFailure.create({ type: INVALID_REFERRAL_ACT, message, nonRetryable: true });
        if (!OUTCOMES_BY_BODY[input.body].includes(o.outcome)) {
          throw invalid(
            `Art. 15(5): ${BODY_NAMES[input.body]} decides ${OUTCOMES_BY_BODY[input.body].join(', ')}, not ${o.outcome}`,
          );
        }
        if (!o.detail.trim()) throw invalid('record what was decided');
        if (Date.parse(`${o.decidedOn}T00:00:00+08:00`) > Date.now())
          throw invalid('decidedOn is in the future: an outcome is recorded once decided');
        if (Date.parse(`${o.decidedOn}T23:59:59+08:00`) < Date.parse(input.referredAt))
          throw invalid('decidedOn is before the referral was made');
      },
    },
  );

  const every = fixedDurationMs(parseIsoDuration(input.reminderEvery)!)!;
  const publish = () => {
    upsertSearchAttributes([{ key: CaseStatus, value: s.status }]);
    setCurrentDetails(
      `移送：${input.bodyName}\n对象：${input.leader.name}${input.leader.unitName ? `（${input.leader.unitName}）` : ''}` +
        `\n状态：${s.outcome ? `已办结：${OUTCOME_NAMES[s.outcome.outcome]}` : '待反馈处理结果'}` +
        (s.reminders ? `\n已催办 ${s.reminders} 次` : ''),
    );
  };
  publish();
  while (!s.outcome) {
    if (await condition(() => !!s.outcome, every, { summary: `待${input.bodyName}反馈处理结果（届时催办）` })) break;
    s.reminders += 1;
    await remindReferral.executeWithOptions({ summary: `第${s.reminders}次催办${input.bodyName}` }, [
      { referralId: input.referralId, n: s.reminders, at: new Date().toISOString() },
    ]);
    publish();
  }
  const o = s.outcome!;
  await decideReferral.executeWithOptions({ summary: `登记问责处理结果：${OUTCOME_NAMES[o.outcome]}` }, [
    {
      referralId: input.referralId,
      seq: s.reminders + 2,
      at: new Date().toISOString(),
      outcome: o.outcome,
      detail: o.detail,
      documentNo: o.documentNo ?? null,
      decidedOn: o.decidedOn,
      recordedBy: o.recordedBy,
      summary: `${input.leader.name}：因案件${input.caseId}移送${input.bodyName}问责，${chineseDate(new Date(`${o.decidedOn}T12:00:00+08:00`))}作出${OUTCOME_NAMES[o.outcome]}决定。`,
    },
  ]);
  s.status = 'decided';
  publish();
  await condition(allHandlersFinished);
  return s;
}
