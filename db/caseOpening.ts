/**
 * The one read every case opener makes (domain/caseOpening.ts plans from it): the subject, its region and that
 * region's parent, the opening region, and the policies in force at each of them.
 */
import type { AccountabilityCaseInput } from '../domain/caseContract';
import {
  caseInputOf,
  startReasonOf,
  type CaseParticulars,
  type OpeningContext,
  type OpeningPlan,
  type PinnedPolicy,
} from '../domain/caseOpening';
import { shanghaiDate } from '../domain/calendar';
import { insertCase, nextCaseNumber, type CaseRow } from './cases';
import { DEFAULT_POLICY } from '../domain/policy';
import { getRegion, getUnit } from './organisation';
import { effectivePolicy } from './policies';
import type { Pool, PoolClient } from './pool';

type Db = Pool | PoolClient;

/** What is missing, when the subject or the opening region is not on record. */
export type OpeningLookup = OpeningContext | { missing: 'subject' | 'opening'; message: string };

export async function loadOpeningContext(
  db: Db,
  q: { subjectKind: 'unit' | 'region'; subjectId: string; openingRegionId: string; at: Date },
): Promise<OpeningLookup> {
  const opening = await getRegion(db, q.openingRegionId);
  if (!opening) return { missing: 'opening', message: `there is no region ${q.openingRegionId}` };
  const unit = q.subjectKind === 'unit' ? await getUnit(db, q.subjectId) : undefined;
  if (q.subjectKind === 'unit' && !unit) return { missing: 'subject', message: `there is no unit ${q.subjectId}` };
  const region = await getRegion(db, unit ? unit.region_id : q.subjectId);
  if (!region) return { missing: 'subject', message: `there is no region ${q.subjectId}` };
  const parent = region.parent_id ? await getRegion(db, region.parent_id) : undefined;
  const policies = new Map<string, PinnedPolicy>();
  for (const id of new Set([opening.id, region.id, ...(parent ? [parent.id] : [])])) {
    const row = await effectivePolicy(db, id, q.at);
    policies.set(id, {
      regionId: row?.region_id ?? null,
      version: row?.version ?? 0,
      ladder: row?.document.ladder ?? DEFAULT_POLICY.ladder,
    });
  }
  return {
    subject: {
      kind: q.subjectKind,
      id: q.subjectId,
      name: unit ? unit.name : region.name,
      region,
      stationedBy: unit?.stationed_by ?? null,
      supervisingUnitName: unit?.supervising_unit_name ?? null,
    },
    opening,
    parent,
    policyAt: (id) => policies.get(id)!,
  };
}

/**
 * The one door's write (issue 13): numbers the case and records it from the plan, in the caller's transaction. Every
 * opener — the API, the annual cycle, supervision items, key areas — comes through here, then starts the workflow
 * with {@link caseStartOptions} and the returned input (by a client inside the same transaction, or as a child after
 * the activity that called this has committed). `caseId` reuses a number recorded by an earlier attempt.
 */
export async function recordCaseOpening(
  db: PoolClient,
  ctx: OpeningContext,
  plan: OpeningPlan,
  p: CaseParticulars,
  o: { at: Date; idempotencyKey: string | null; caseId?: string },
): Promise<{ row: CaseRow | undefined; input: AccountabilityCaseInput }> {
  let row: CaseRow | undefined;
  let caseId = o.caseId;
  if (!caseId) {
    caseId = await nextCaseNumber(db, Number(shanghaiDate(o.at).slice(0, 4)));
    row = await insertCase(db, {
      id: caseId,
      subject_kind: ctx.subject.kind,
      subject_id: ctx.subject.id,
      subject_name: ctx.subject.name,
      subject_region_id: ctx.subject.region.id,
      opening_region_id: ctx.opening.id,
      upper_region_id: plan.upper.id,
      grounds: p.grounds,
      facts: p.facts,
      severity: p.severity,
      aggravating: p.aggravating,
      mitigating: p.mitigating,
      start_rung: plan.startRung,
      start_reason: startReasonOf(plan, p),
      policy_region_id: plan.policies.notice.regionId,
      policy_version: plan.policies.notice.version,
      policy: plan.policies.notice.ladder,
      upper_policy_region_id: plan.policies.upper.regionId,
      upper_policy_version: plan.policies.upper.version,
      upper_policy: plan.policies.upper.ladder,
      opening_organ: p.inNameOf ?? 'office',
      rung: plan.startRung,
      phase: 'opening',
      status: 'open',
      deadline: null,
      idempotency_key: o.idempotencyKey,
      opened_by: p.openedBy,
      veto_path: plan.vetoPath,
      local_region_id: plan.local?.id ?? null,
      origin_kind: p.origin?.kind ?? null,
      origin_id: p.origin?.id ?? null,
    });
  }
  return { row, input: caseInputOf(caseId, ctx, plan, p) };
}
