/**
 * Eligibility, bars and the performance archive (Art. 15(3)(4), Art. 11; DESIGN.md §5): what organisation and
 * personnel departments ask before honours, awards and promotions, and the revocation of bars by the authority
 * that decided them.
 */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { archiveOf, eligibilityWithSubject, getBar, type BarRow, type EligibilitySubject } from '../../db/bars';
import { getCase } from '../../db/cases';
import { getRegion, getUnit } from '../../db/organisation';
import { shanghaiDate } from '../../domain/calendar';
import { ALL_ROLES, type Actor } from '../../domain/roles';
import { barWorkflowId, revokeBarUpdate } from '../../workflows/bar';
import { Jurisdiction } from '../auth/jurisdiction';
import type { AppDeps } from '../deps';
import { ProblemError } from '../problem';
import { defineRoute } from '../routing';
import { settle } from '../settle';

const barView = z.object({
  id: z.string(),
  caseId: z.string(),
  rung: z.string(),
  decisionDocumentNo: z.string().nullable(),
  authorityRegionId: z.string(),
  subject: z.object({
    kind: z.string(),
    id: z.string(),
    name: z.string(),
    leaderRole: z
      .string()
      .nullable()
      .describe(
        'For a leader: principal (主要领导干部), supervising (主管领导干部) or in-charge — the leader in charge of comprehensive ' +
          'management of public security (社会治安综合治理工作分管领导干部)',
      ),
    leaderUnitId: z.string().nullable(),
  }),
  scopes: z.array(z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  lastDay: z.string().describe('The last day of the window as decided, Asia/Shanghai (kept after a revocation)'),
  lastDayInForce: z
    .string()
    .describe(
      'The last day the bar counts, Asia/Shanghai: `lastDay`, or — if revoked earlier — the day of the revocation ' +
        '(the day before it, for a revocation at 00:00 exactly)',
    ),
  period: z.string(),
  status: z.string(),
  lapsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
});

const toBarView = (b: BarRow): z.infer<typeof barView> => ({
  id: b.id,
  caseId: b.case_id,
  rung: b.rung,
  decisionDocumentNo: b.decision_document_no,
  authorityRegionId: b.authority_region_id,
  subject: {
    kind: b.subject_kind,
    id: b.subject_id,
    name: b.subject_name,
    leaderRole: b.leader_role,
    leaderUnitId: b.leader_unit_id,
  },
  scopes: b.scopes,
  startsAt: b.starts_at.toISOString(),
  endsAt: b.ends_at.toISOString(),
  lastDay: shanghaiDate(b.ends_at),
  lastDayInForce: b.last_day_in_force,
  period: b.period,
  status: b.status,
  lapsedAt: b.lapsed_at?.toISOString() ?? null,
  revokedAt: b.revoked_at?.toISOString() ?? null,
  revokedBy: b.revoked_by,
  revokeReason: b.revoke_reason,
});

const subjectQuery = {
  subjectKind: z.enum(['unit', 'region', 'leader']),
  subjectId: z.string().min(2).max(40),
};

/** Whether the caller may see this subject's bars and archive; 404 if the subject does not exist (a leader: 403). */
async function requireSubject(
  deps: AppDeps,
  j: Jurisdiction,
  kind: 'unit' | 'region' | 'leader',
  id: string,
): Promise<string> {
  if (kind === 'unit') {
    const unit = await getUnit(deps.pool, id);
    if (!unit) throw new ProblemError('not-found', `there is no unit ${id}`);
    Jurisdiction.require(await j.coversUnit(unit), `unit ${id}`);
    return unit.name;
  }
  if (kind === 'region') {
    const region = await getRegion(deps.pool, id);
    if (!region) throw new ProblemError('not-found', `there is no region ${id}`);
    Jurisdiction.require(await j.coversRegion(region.id), `region ${id}`);
    return region.name;
  }
  // A leader outside the jurisdiction and an unknown leader id get the same 403 (404 for an admin only).
  return (await j.requireLeader(id)).name;
}

/** {@link requireSubject} for a subject already read ({@link eligibilityWithSubject}): the same 404s and 403s. */
async function allowedSubject(
  j: Jurisdiction,
  kind: 'unit' | 'region' | 'leader',
  id: string,
  subject: EligibilitySubject | undefined,
): Promise<string> {
  if (kind === 'leader') {
    // As requireLeader: an unknown leader id and one outside the jurisdiction get the same 403 (404: an admin only).
    Jurisdiction.require(await j.coversLeaderAt(subject ?? { unitIds: [], regionIds: [] }), `leader ${id}`);
    if (!subject) throw new ProblemError('not-found', `there is no leader ${id}`);
    return subject.name;
  }
  if (!subject) throw new ProblemError('not-found', `there is no ${kind} ${id}`);
  if (kind === 'unit') Jurisdiction.require(await j.coversUnit({ id, region_id: subject.regionIds[0]! }), `unit ${id}`);
  else Jurisdiction.require(await j.coversRegion(id), `region ${id}`);
  return subject.name;
}

/**
 * Revokes the bars of the decision `bar` belongs to, through its bar workflow (which stops their timer and writes the
 * revocation and the archive), and answers once the revocation is on record. The caller has checked the authority.
 * 409 when they are no longer active.
 */
export async function revokeDecisionBars(deps: AppDeps, bar: BarRow, actor: Actor, reason: string): Promise<BarRow> {
  const noLongerActive = () =>
    new ProblemError('conflict', `the bars of case ${bar.case_id} (${bar.rung}) are no longer active`);
  // Already lapsed or revoked on record: nothing to ask the workflow (which may still be finishing).
  if (bar.status !== 'active') throw noLongerActive();
  const c = await getCase(deps.pool, bar.case_id);
  const subjectId = c?.subject_id ?? bar.subject_id;
  try {
    await deps.temporal.client.workflow
      .getHandle(barWorkflowId(bar.case_id, barTagOf(bar.bar_key, bar.case_id, bar.rung), subjectId))
      .executeUpdate(revokeBarUpdate, { args: [{ by: `${actor.name}（${actor.role}）`, reason }] });
  } catch (err) {
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure)
      throw new ProblemError(cause.type === 'InvalidBarAct' ? 'validation-failed' : 'conflict', cause.message);
    // The workflow ended (lapsed, or revoked by an earlier request) before or while the update arrived:
    // "completed before the Update completed" comes as an update failure without an application cause.
    if (err instanceof WorkflowUpdateFailedError || /already completed|not found/i.test((err as Error).message))
      throw noLongerActive();
    throw err;
  }
  // The update is accepted before the bar workflow's activity writes the revocation: answer once it is on record,
  // so that eligibility and nominations asked after this answer see it.
  const recorded = await settle(
    () => getBar(deps.pool, bar.id),
    (b) => b?.status !== 'active',
  );
  return recorded ?? bar;
}

/** The authority that decided a bar: the upper office for a listing (Art. 15(3)), the upper committee for a veto (¶4). */
export const barAuthorityRole = (bar: Pick<BarRow, 'rung'>) =>
  bar.rung === 'listing' ? ('office-operator' as const) : ('committee-leader' as const);

/** The rung and round a bar's key carries (`bar-<case>-<veto|veto-r2>-…`): its decision's bar workflow. */
export function barTagOf(barKey: string, caseId: string, rung: string): string {
  const m = new RegExp(`^bar-${caseId}-(${rung}(?:-r\\d+)?)-`).exec(barKey);
  return m?.[1] ?? rung;
}

export const barRoutes = [
  defineRoute({
    method: 'get',
    path: '/eligibility',
    operationId: 'getEligibility',
    summary: 'Is a unit, region or leader eligible for honours, awards or promotion on a date, and if not, why',
    description:
      'Art. 15(3)(4): a listed or vetoed unit or region may not be chosen for comprehensive honorary titles (honours); its principal, ' +
      'supervising and in-charge leaders (in-charge: the leader in charge of comprehensive management of public security, ' +
      '社会治安综合治理工作分管领导干部) at the time of the decision may not receive awards nor be promoted (awards, promotion). ' +
      'Computed from the records for any date, past or future, as they are known now. A bar applies to a day (Asia/Shanghai) if ' +
      'it was in force at any moment of it; a revoked bar counts up to its revocation and not from it on, so the day of a ' +
      'revocation is still barred and the next is not. Overlapping bars: barred until the last one ends. Nominations and ' +
      'commendations (Art. 12) ask the same question, for the day they are made.',
    tags: ['bars'],
    access: { roles: ALL_ROLES },
    query: z.strictObject({
      ...subjectQuery,
      purpose: z.enum(['honours', 'awards', 'promotion']),
      date: z.iso.date('expected a date as YYYY-MM-DD').optional().describe('Defaults to today in Asia/Shanghai'),
    }),
    responses: {
      200: {
        description: 'The answer with every bar that applies',
        schema: z.object({
          subject: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
          purpose: z.string(),
          date: z.string(),
          eligible: z.boolean(),
          barredUntil: z
            .string()
            .nullable()
            .describe(
              'The last day any applying bar counts (its `lastDayInForce`: the end of its window, or its revocation day)',
            ),
          bars: z.array(barView),
        }),
      },
      404: { description: 'No such subject' },
    },
    handler: async ({ query, jurisdiction, deps }) => {
      if (query.subjectKind === 'leader' && query.purpose === 'honours') {
        throw new ProblemError(
          'validation-failed',
          'purpose: honours (综合性荣誉称号) are for units and regions; ask awards or promotion for a leader',
        );
      }
      if (query.subjectKind !== 'leader' && query.purpose !== 'honours') {
        throw new ProblemError(
          'validation-failed',
          `purpose: ${query.purpose} applies to leaders; ask honours for a ${query.subjectKind}`,
        );
      }
      // The subject, what the jurisdiction check needs of it and the bars, in one round trip (issue 14 item 6); the
      // same checks and answers as requireSubject then eligibilityOn, and nothing is shown before the checks pass.
      const { subject, eligibility: e } = await eligibilityWithSubject(
        deps.pool,
        query.subjectKind,
        query.subjectId,
        query.purpose,
        query.date ?? shanghaiDate(new Date()),
      );
      const name = await allowedSubject(jurisdiction, query.subjectKind, query.subjectId, subject);
      return {
        status: 200,
        body: {
          subject: { kind: query.subjectKind, id: query.subjectId, name },
          purpose: query.purpose,
          date: e.date,
          eligible: e.eligible,
          barredUntil: e.barredUntil,
          bars: e.bars.map(toBarView),
        },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/bars/{id}',
    operationId: 'getBar',
    summary: 'One bar',
    tags: ['bars'],
    access: { roles: ALL_ROLES },
    params: z.object({ id: z.string().regex(/^\d{1,18}$/, 'expected a bar id') }),
    responses: { 200: { description: 'The bar', schema: barView }, 404: { description: 'No such bar' } },
    handler: async ({ params, jurisdiction, deps }) => {
      const bar = await getBar(deps.pool, params.id);
      if (!bar) throw new ProblemError('not-found', `there is no bar ${params.id}`);
      await requireSubject(deps, jurisdiction, bar.subject_kind, bar.subject_id);
      return { status: 200, body: toBarView(bar) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/bars/{id}/revoke',
    operationId: 'revokeBars',
    summary: 'Revoke the bars of a listing or veto decision (only the authority that decided it), with a reason',
    description:
      'Revokes every bar the same decision opened (the subject and its leaders) and stops their timer. The records keep the original ' +
      'window and the revocation; from the revocation moment on they no longer count — in eligibility, nominations and ' +
      'commendations alike: the day of the revocation is still barred (barred for part of it), the next day is not. ' +
      'Answered once the revocation is on record (and in the performance archive).',
    tags: ['bars'],
    access: { roles: ['office-operator', 'committee-leader'] },
    params: z.object({ id: z.string().regex(/^\d{1,18}$/, 'expected a bar id') }),
    body: z.strictObject({ reason: z.string().trim().min(1).max(5000) }),
    responses: {
      200: {
        description: 'Revoked: the bar as on record (its original window, `revokedAt`, `lastDayInForce`)',
        schema: z.object({ revoked: z.literal(true), bar: barView }),
      },
      404: { description: 'No such bar' },
      409: { description: 'Not active' },
    },
    handler: async ({ params, body, actor, jurisdiction, deps }) => {
      const bar = await getBar(deps.pool, params.id);
      if (!bar) throw new ProblemError('not-found', `there is no bar ${params.id}`);
      await requireSubject(deps, jurisdiction, bar.subject_kind, bar.subject_id);
      // Listing: the upper-level office decided it (Art. 15(3)); veto: the upper-level committee (Art. 15(4)).
      const authorityRole = barAuthorityRole(bar);
      if (actor.regionId !== bar.authority_region_id || actor.role !== authorityRole) {
        throw new ProblemError(
          'forbidden',
          `only the authority that decided the ${bar.rung} may revoke its bars: a ${authorityRole} of region ${bar.authority_region_id}`,
        );
      }
      const recorded = await revokeDecisionBars(deps, bar, actor, body.reason);
      return { status: 200, body: { revoked: true, bar: toBarView(recorded) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/archive',
    operationId: 'getPerformanceArchive',
    summary: 'Performance archive entries of a unit, region or leader (Art. 10 ¶2, Art. 11)',
    tags: ['bars'],
    access: { roles: ALL_ROLES },
    query: z.strictObject(subjectQuery),
    responses: {
      200: {
        description: 'Entries, oldest first',
        schema: z.object({
          items: z.array(
            z.object({
              id: z.string(),
              at: z.string(),
              kind: z.string(),
              barId: z.string().nullable(),
              caseId: z.string().nullable(),
              summary: z.string(),
              detail: z.unknown(),
            }),
          ),
        }),
      },
    },
    handler: async ({ query, jurisdiction, deps }) => {
      await requireSubject(deps, jurisdiction, query.subjectKind, query.subjectId);
      const rows = await archiveOf(deps.pool, query.subjectKind, query.subjectId);
      return {
        status: 200,
        body: {
          items: rows.map((r) => ({
            id: r.id,
            at: r.at.toISOString(),
            kind: r.kind,
            barId: r.bar_id,
            caseId: r.case_id,
            summary: r.summary,
            detail: r.detail,
          })),
        },
      };
    },
  }),
];
