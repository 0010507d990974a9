/**
 * The bars a listing (six months, Art. 15(3) ¶2) or a veto (one year, Art. 15(4) ¶2) decision opens: recorded at
 * the decision, lapsed by a durable timer at the end of the window, or revoked earlier by the deciding authority.
 * Eligibility never depends on this timer (it is computed from the records); the timer marks the lapse and
 * notifies the subject, its leaders and the organisation department.
 */
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  defineQuery,
  defineSignal,
  defineUpdate,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { BarDecision } from '../activities/bars';
import { chineseDate } from '../domain/calendar';

export interface BarRevocation {
  by: string;
  reason: string;
}

export type BarWorkflowInput = BarDecision;

export const revokeBarUpdate = defineUpdate<void, [BarRevocation]>('revokeBar');
export const getBarStatus = defineQuery<'active' | 'lapsed' | 'revoked'>('getBarStatus');
/**
 * The case's own workflow revokes its bars when the case is withdrawn (issue 11: only the deciding level undoes its
 * decision; the API has checked that the withdrawing level is that authority). A signal, because a workflow cannot
 * send an update; a bar no longer active ignores it.
 */
export const revokeBarOnWithdrawal = defineSignal<[BarRevocation]>('revokeBarOnWithdrawal');

const { imposeBars, lapseBars, revokeBars } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

export const barWorkflowId = (caseId: string, rung: string, subjectId: string) => `bar-${caseId}-${rung}-${subjectId}`;

export async function barWorkflow(d: BarWorkflowInput): Promise<'lapsed' | 'revoked'> {
  let status: 'active' | 'lapsed' | 'revoked' = 'active';
  let revocation: BarRevocation | undefined;
  setHandler(getBarStatus, () => status);
  setHandler(revokeBarOnWithdrawal, (r: BarRevocation) => {
    if (status === 'active' && !revocation) revocation = r;
  });
  setHandler(
    revokeBarUpdate,
    (r: BarRevocation) => {
      revocation = r;
    },
    {
      validator: (r: BarRevocation) => {
        if (status !== 'active' || revocation) {
          throw ApplicationFailure.create({
            type: 'BarNotActive',
            message: `the bar has already ${status === 'active' ? 'been revoked' : status}`,
            nonRetryable: true,
          });
        }
        if (!r.reason.trim())
          throw ApplicationFailure.create({
            type: 'InvalidBarAct',
            message: 'a revocation must give its reason',
            nonRetryable: true,
          });
      },
    },
  );

  // The supervisor's Web UI names each step in Chinese (issue 15).
  const what = d.rung === 'veto' ? '一票否决' : '挂牌督办';
  const until = `${chineseDate(new Date(d.endsAt))}`;
  await imposeBars.executeWithOptions({ summary: `登记${what}限制：不得评先受奖、晋职晋级至${until}` }, [d]);
  const left = Date.parse(d.endsAt) - Date.now();
  if (left > 0 && (await condition(() => !!revocation, left, { summary: `${what}限制期至${until}` }))) {
    await revokeBars.executeWithOptions({ summary: `撤销${what}限制（${revocation!.by}）` }, [
      { ...d, at: new Date().toISOString(), by: revocation!.by, reason: revocation!.reason },
    ]);
    status = 'revoked';
  } else {
    await lapseBars.executeWithOptions({ summary: `${what}限制期届满` }, [{ ...d, at: new Date().toISOString() }]);
    status = 'lapsed';
  }
  await condition(allHandlersFinished);
  return status;
}
