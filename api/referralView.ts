/** How a referral (Art. 15(5)) reads in the API: shared by the case and the referral routes. */
import { z } from 'zod';
import type { ReferralRow } from '../db/referrals';
import { referralWorkflowId } from '../workflows/referral';

export const referralView = z.object({
  id: z.string(),
  workflowId: z.string(),
  caseId: z.string(),
  leader: z.object({ id: z.string(), name: z.string(), unitId: z.string().nullable(), role: z.string().nullable() }),
  body: z.string(),
  bodyRegionId: z.string(),
  rung: z.string(),
  reasons: z.string(),
  referredBy: z.string(),
  referredAt: z.string(),
  status: z.string(),
  reminders: z.number(),
  outcome: z
    .object({
      outcome: z.string(),
      detail: z.string().nullable(),
      documentNo: z.string().nullable(),
      decidedOn: z.string().nullable(),
      recordedBy: z.string().nullable(),
      recordedAt: z.string().nullable(),
    })
    .nullable(),
});

export function toReferralView(r: ReferralRow): z.infer<typeof referralView> {
  return {
    id: r.id,
    workflowId: referralWorkflowId(r.id),
    caseId: r.case_id,
    leader: { id: r.leader_id, name: r.leader_name, unitId: r.leader_unit_id, role: r.leader_role },
    body: r.body,
    bodyRegionId: r.body_region_id,
    rung: r.rung,
    reasons: r.reasons,
    referredBy: r.referred_by,
    referredAt: r.referred_at.toISOString(),
    status: r.status,
    reminders: r.reminders,
    outcome: r.outcome
      ? {
          outcome: r.outcome,
          detail: r.outcome_detail,
          documentNo: r.outcome_document_no,
          decidedOn: r.decided_on,
          recordedBy: r.recorded_by,
          recordedAt: r.recorded_at?.toISOString() ?? null,
        }
      : null,
  };
}
