/**
 * Accountability cases through the API (issue 3): open a case, read it, and every human act on it — each act an
 * update the workflow validates, so a refused act answers at once (409 / 422) and leaves no trace.
 */
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import {
  caseDocuments,
  caseEvents,
  getCase,
  getCaseByIdempotencyKey,
  listCases,
  type CaseListRow,
  type CaseRow,
} from '../../db/cases';
import { latestDeadline } from '../../domain/calendar';
import { RUNG_NAMES, RUNGS, SEVERITIES } from '../../domain/policy';
import { ALL_ROLES, type Actor } from '../../domain/roles';
import {
  accountabilityCaseWorkflow,
  BARS_BEING_RECORDED,
  CASE_STATE_CONFLICT,
  decideVeto,
  getCaseState,
  recordCircumstance,
  INVALID_CASE_ACT,
  REFERRAL_NOT_RECORDED,
  recordTalk,
  decideExtension,
  requestExtension,
  reviewRectification,
  submitRectification,
  withdrawCase,
  type CaseState,
} from '../../workflows/accountabilityCase';
import {
  caseStartOptions,
  OpeningRefused,
  openingRequestOf,
  planOpening,
  type CaseParticulars,
  type OpeningPlan,
} from '../../domain/caseOpening';
import { loadOpeningContext, recordCaseOpening } from '../../db/caseOpening';
import { Jurisdiction } from '../auth/jurisdiction';
import { checkTalkPeople, talkPeopleFields } from '../talk';
import { deliveriesForCase } from '../../db/notifications';
import { activeBarsOfCase, barsOfCase } from '../../db/bars';
import { barAuthorityRole } from './bars';
import { settle } from '../settle';
import { referralsOfCase } from '../../db/referrals';
import { referralView, toReferralView } from '../referralView';
import type { AppDeps } from '../deps';
import { regionId } from '../organisation';
import { ProblemError } from '../problem';
import { decimalIntParam } from '../params';
import { defineRoute, idempotencyScope, scopedIdempotencyKey } from '../routing';

export { caseWorkflowId } from '../../domain/caseContract';
import { caseWorkflowId } from '../../domain/caseContract';

export const caseIdParam = z.object({
  id: z.string().regex(/^\d{4}-\d{6}$/, 'expected a case number such as 2026-000001'),
});
export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'expected 1–128 characters of letters, digits, . _ : -')
    .optional()
    .describe('Repeating a request with the same key returns the same result and does nothing new'),
});
const future = (what: string) =>
  z.iso.datetime({ offset: true }).refine((v) => Date.parse(v) > Date.now(), `${what} must be in the future`);
/** The Temporal update id of an act sent with an Idempotency-Key: the key within the caller's scope. */
export const updateIdFor = (actor: Actor, key: string | undefined) =>
  key ? scopedIdempotencyKey(actor, key) : undefined;
export const actorLabel = (a: Actor) => `${a.name}（${a.role}，令牌 ${a.tokenId.slice(0, 8)}）`;

const circumstance = (max: number, article: string) =>
  z.strictObject({
    item: z.number().int().min(1).max(max).describe(`${article} item`),
    evidence: z.string().trim().min(1).max(2000),
  });

const openBody = z
  .strictObject({
    subject: z.strictObject({ kind: z.enum(['unit', 'region']), id: z.string().min(2).max(40) }),
    grounds: z
      .array(z.number().int().min(1).max(6))
      .min(1, 'give at least one ground of Art. 14 (1–6)')
      .refine((g) => new Set(g).size === g.length, 'each ground once'),
    facts: z.string().trim().min(1).max(5000),
    severity: z.enum(SEVERITIES),
    aggravating: z.array(circumstance(4, 'Art. 16')).max(4).default([]),
    mitigating: z.array(circumstance(3, 'Art. 17')).max(3).default([]),
    mitigation: z
      .strictObject({ rungsDown: z.number().int().min(1).max(3), reason: z.string().trim().min(1).max(2000) })
      .optional()
      .describe('Art. 17 可以从轻: the office chooses to start lower, with a recorded reason'),
    deadline: future('deadline')
      .optional()
      .describe('A rectification deadline instead of the policy’s (notice or listing only)'),
    openingRegionId: regionId.optional().describe('The office opening the case; defaults to the token’s region'),
    inNameOf: z
      .enum(['office', 'committee'])
      .optional()
      .describe(
        'Art. 15(1) 必要时: the notice in the committee’s name. A committee leader’s is always the committee’s, an office operator’s the office’s; an admin chooses (default office)',
      ),
  })
  .refine((b) => !b.mitigation || b.mitigating.length > 0, {
    message: 'a mitigation needs the Art. 17 circumstances it rests on',
    path: ['mitigation'],
  });

export const caseView = z.object({
  id: z.string(),
  workflowId: z.string(),
  subject: z.object({ kind: z.string(), id: z.string(), name: z.string(), regionId: z.string() }),
  openingRegionId: z.string(),
  upperRegionId: z.string(),
  grounds: z.array(z.number()),
  facts: z.string(),
  severity: z.string(),
  aggravating: z.array(z.unknown()),
  mitigating: z.array(z.unknown()),
  startRung: z.string(),
  startReason: z.string(),
  vetoPath: z.string(),
  policy: z
    .object({ regionId: z.string().nullable(), version: z.number() })
    .describe('The policy of the notice: the opening level’s'),
  policies: z
    .object({
      notice: z.object({ regionId: z.string().nullable(), version: z.number() }),
      upper: z.object({ regionId: z.string().nullable(), version: z.number() }),
    })
    .describe(
      'The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s)',
    ),
  openingOrgan: z.enum(['office', 'committee']),
  rung: z.string(),
  phase: z.string(),
  status: z.string(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  openedBy: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  origin: z
    .object({ kind: z.enum(['assessment', 'supervision-item', 'key-area']), id: z.string() })
    .nullable()
    .describe(
      'The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision',
    ),
});

export function toCaseView(c: CaseListRow): z.infer<typeof caseView> {
  return {
    id: c.id,
    workflowId: caseWorkflowId(c.id),
    subject: { kind: c.subject_kind, id: c.subject_id, name: c.subject_name, regionId: c.subject_region_id },
    openingRegionId: c.opening_region_id,
    upperRegionId: c.upper_region_id,
    grounds: c.grounds,
    facts: c.facts,
    severity: c.severity,
    aggravating: c.aggravating,
    mitigating: c.mitigating,
    startRung: c.start_rung,
    startReason: c.start_reason,
    vetoPath: c.veto_path,
    policy: { regionId: c.policy_region_id, version: c.policy_version },
    policies: {
      notice: { regionId: c.policy_region_id, version: c.policy_version },
      // Cases opened before issue 11 ran every rung on the one policy they pinned.
      upper:
        c.upper_policy_version === null
          ? { regionId: c.policy_region_id, version: c.policy_version }
          : { regionId: c.upper_policy_region_id, version: c.upper_policy_version },
    },
    openingOrgan: c.opening_organ,
    rung: c.rung,
    phase: c.phase,
    status: c.status,
    deadline: c.deadline?.toISOString() ?? null,
    overdue: c.status === 'open' && c.deadline !== null && c.deadline.getTime() < Date.now(),
    openedBy: c.opened_by,
    openedAt: c.opened_at.toISOString(),
    closedAt: c.closed_at?.toISOString() ?? null,
    origin: c.origin_kind && c.origin_id ? { kind: c.origin_kind, id: c.origin_id } : null,
  };
}

/** Loads a case the caller may see, or throws 404 / 403. */
export async function visibleCase(deps: AppDeps, j: Jurisdiction, id: string): Promise<CaseRow> {
  const c = await getCase(deps.pool, id);
  // Whether a case number exists is the jurisdiction's to know: anyone else gets the same 403 for both.
  if (!c && j.actor.role !== 'admin') Jurisdiction.require(false, `case ${id}`);
  if (!c) throw new ProblemError('not-found', `there is no case ${id}`);
  const sees =
    j.actor.role === 'unit-liaison'
      ? c.subject_kind === 'unit' && c.subject_id === j.actor.unitId
      : await j.coversRegion(c.subject_region_id);
  Jurisdiction.require(sees, `case ${id}`);
  return c;
}

/** The subject acts for itself: a unit through its liaison, a region through its own office. */
const actsForSubject = (actor: Actor, c: CaseRow) =>
  actor.role === 'admin' ||
  (c.subject_kind === 'unit' && actor.role === 'unit-liaison' && actor.unitId === c.subject_id) ||
  (c.subject_kind === 'region' && actor.role === 'office-operator' && actor.regionId === c.subject_id);

/**
 * The region whose office issued the current rung — the notice by the opening office, the rest by the upper level —
 * by the rung the workflow holds now rather than the row (written a moment after an escalation): in that
 * moment the opening office must not review or decide what the upper level now holds.
 */
export async function issuerRegionNow(deps: AppDeps, c: CaseRow): Promise<string> {
  const rung = (await liveState(deps, c.id))?.rung ?? c.rung;
  return rung === 'notice' ? c.opening_region_id : c.upper_region_id;
}

/** Runs an update on the case workflow, mapping a refused act to 409 / 422. */
export async function act<T>(
  deps: AppDeps,
  caseId: string,
  run: (handle: ReturnType<AppDeps['temporal']['client']['workflow']['getHandle']>) => Promise<T>,
): Promise<T> {
  const handle = deps.temporal.client.workflow.getHandle(caseWorkflowId(caseId));
  try {
    return await run(handle);
  } catch (err) {
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === CASE_STATE_CONFLICT)
      throw new ProblemError('conflict', cause.message);
    if (cause instanceof ApplicationFailure && cause.type === INVALID_CASE_ACT)
      throw new ProblemError('validation-failed', cause.message);
    if (cause instanceof ApplicationFailure && cause.type === REFERRAL_NOT_RECORDED)
      throw new ProblemError('dependency-unavailable', cause.message);
    if (
      err instanceof WorkflowNotFoundError ||
      /already completed|workflow execution already completed/i.test((err as Error).message)
    ) {
      throw new ProblemError('conflict', `case ${caseId} is closed; no further act is possible`);
    }
    throw err;
  }
}

async function liveState(deps: AppDeps, caseId: string): Promise<CaseState | null> {
  try {
    return await deps.temporal.client.workflow.getHandle(caseWorkflowId(caseId)).query(getCaseState);
  } catch {
    return null;
  }
}

/**
 * Who holds a case now (issue 11; Art. 15): the opening level while nothing above its notice was issued; from the talk
 * on the upper level — its office or its committee's leaders at the talk and the listing, its committee's leaders at
 * the veto (the local committee's for a stationed unit's recommendation, Art. 15(4) ¶3). An admin acts for an office,
 * never for a deciding committee. Throws 409 to a level of the case that does not hold it now, 403 to anyone else.
 */
export async function requireHoldingLevel(
  deps: AppDeps,
  c: CaseRow,
  actor: Actor,
  what: string,
): Promise<{ rung: CaseState['rung']; level: 'opening' | 'upper'; regionId: string }> {
  const rung = (await liveState(deps, c.id))?.rung ?? (c.rung as CaseState['rung']);
  const level: 'opening' | 'upper' = rung === 'notice' ? 'opening' : 'upper';
  const holder =
    level === 'opening'
      ? c.opening_region_id
      : rung === 'veto' && c.veto_path === 'recommendation'
        ? (c.local_region_id ?? c.upper_region_id)
        : c.upper_region_id;
  const roles: Actor['role'][] = rung === 'veto' ? ['committee-leader'] : ['office-operator', 'committee-leader'];
  const holds = actor.role === 'admin' ? rung !== 'veto' : actor.regionId === holder && roles.includes(actor.role);
  if (!holds) {
    const ofTheCase = [c.opening_region_id, c.upper_region_id, c.local_region_id].includes(actor.regionId ?? '');
    if (ofTheCase || actor.role === 'admin')
      throw new ProblemError(
        'conflict',
        `case ${c.id} is at the ${RUNG_NAMES[rung]}: only the level holding it can ${what} now — a ${roles.join(' or ')} of region ${holder}`,
        { heldBy: { regionId: holder, roles } },
      );
    Jurisdiction.require(false, `case ${c.id}: to ${what}`);
  }
  return { rung, level, regionId: holder };
}

export const actResponse = z.object({ case: caseView, result: z.unknown() });
export async function afterAct(deps: AppDeps, caseId: string, result: unknown) {
  // The act's events are written by the workflow's next activity; answer with the row as it stands and the result.
  return { status: 200, body: { case: toCaseView((await getCase(deps.pool, caseId))!), result: result ?? null } };
}

export const caseRoutes = [
  defineRoute({
    method: 'post',
    path: '/cases',
    operationId: 'openCase',
    summary: 'Open an accountability case (Art. 14–17)',
    description:
      'Severity picks the first rung (notice, talk, listing, veto proposal); Art. 16 circumstances raise it and Art. 17 mitigation may lower it, per the policy in force; the reason is recorded.',
    tags: ['cases'],
    access: { roles: ['admin', 'office-operator', 'committee-leader'] },
    headers: idempotencyHeaders,
    body: openBody,
    replayStatus: 200,
    responses: {
      201: { description: 'Opened', schema: caseView },
      200: { description: 'Already opened under this Idempotency-Key', schema: caseView },
    },
    handler: async ({ body, headers, actor, jurisdiction, deps, transaction }) => {
      // Repeats are answered by mountRoutes from the stored answer; the case row keeps the key within its scope too,
      // so a repeat that finds the first request's claim gone (its process died after opening) still opens nothing.
      const key = headers['idempotency-key'] ? `${idempotencyScope(actor)}/${headers['idempotency-key']}` : undefined;
      if (key) {
        const existing = await getCaseByIdempotencyKey(deps.pool, key);
        if (existing) return { status: 200, body: toCaseView(existing) };
      }
      // The opening level (Art. 15(1)): an office at county level or above, or "必要时" its committee, by a leader.
      const openingId = body.openingRegionId ?? actor.regionId;
      if (!openingId)
        throw new ProblemError(
          'validation-failed',
          'body.openingRegionId: an admin opens a case on behalf of an office; name its region',
        );
      if (actor.role !== 'admin' && openingId !== actor.regionId) {
        throw new ProblemError(
          'forbidden',
          `a ${actor.role} opens cases for its own level (${actor.regionId}), not for ${openingId}`,
        );
      }
      const inNameOf =
        actor.role === 'committee-leader' ? 'committee' : actor.role === 'admin' ? body.inNameOf : 'office';
      if (body.inNameOf && body.inNameOf !== inNameOf)
        throw new ProblemError(
          'forbidden',
          `Art. 15(1): a notice in the committee's name is issued by a committee leader, one in the office's by the office (not a ${actor.role})`,
        );
      const ctx = await loadOpeningContext(deps.pool, {
        subjectKind: body.subject.kind,
        subjectId: body.subject.id,
        openingRegionId: openingId,
        at: new Date(),
      });
      if ('missing' in ctx)
        throw new ProblemError(
          'validation-failed',
          `body.${ctx.missing === 'subject' ? 'subject.id' : 'openingRegionId'}: ${ctx.message}`,
        );
      // The subject, within the opening level's jurisdiction and the caller's.
      const openingCovers = new Jurisdiction(deps.pool, {
        ...actor,
        role: 'office-operator',
        regionId: ctx.opening.id,
        unitId: null,
      });
      Jurisdiction.require(
        await openingCovers.coversRegion(ctx.subject.region.id),
        `the subject ${body.subject.id} (for the office of ${ctx.opening.id})`,
      );
      Jurisdiction.require(await jurisdiction.coversRegion(ctx.subject.region.id), `the subject ${body.subject.id}`);
      const particulars: CaseParticulars = {
        grounds: body.grounds,
        facts: body.facts,
        severity: body.severity,
        aggravating: body.aggravating,
        mitigating: body.mitigating,
        mitigation: body.mitigation,
        inNameOf,
        explicitDeadline: body.deadline,
        openedBy: actorLabel(actor),
      };
      let plan: OpeningPlan;
      try {
        plan = planOpening(ctx, openingRequestOf(particulars));
      } catch (err) {
        if (!(err instanceof OpeningRefused)) throw err;
        throw new ProblemError('validation-failed', err.field ? `body.${err.field}: ${err.message}` : err.message);
      }
      if (body.deadline) {
        const policy = plan.policies.notice.ladder;
        const latest = latestDeadline(policy, plan.startRung, new Date());
        if (Date.parse(body.deadline) > latest.getTime()) {
          throw new ProblemError(
            'validation-failed',
            `body.deadline: the policy in force allows at most ${latest.toISOString()} for ${RUNG_NAMES[plan.startRung]} (its period ${policy.rectification[plan.startRung]} and every extension it allows)`,
            {
              errors: [
                { in: 'body', path: 'deadline', message: `later than the policy allows (${latest.toISOString()})` },
              ],
            },
          );
        }
      }

      const row = await transaction(async (db) => {
        // The one door (db/caseOpening.ts): numbered and recorded from the plan, as every opener does.
        const opened = await recordCaseOpening(db, ctx, plan, particulars, {
          at: new Date(),
          idempotencyKey: key ?? null,
        });
        // Started inside the transaction: if Temporal refuses, the row is rolled back; nothing half-opened stays.
        // A case number is never reused: finding its workflow already there means the database and Temporal are
        // out of step (a restored backup, say), and attaching to that workflow would mix two cases.
        await deps.temporal.client.workflow.start(accountabilityCaseWorkflow, {
          ...caseStartOptions(opened.input),
          taskQueue: deps.config.temporal.taskQueue,
          workflowIdConflictPolicy: 'FAIL',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          args: [opened.input],
        });
        const inserted = opened.row!;
        return inserted;
      }).catch((err: unknown) => {
        if (err instanceof WorkflowExecutionAlreadyStartedError) {
          throw new ProblemError(
            'conflict',
            `Temporal already has a workflow ${err.workflowId}: the case numbers in the database are behind Temporal's; no case was opened`,
          );
        }
        throw err;
      });
      return { status: 201, body: toCaseView(row), headers: { Location: `/cases/${row.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/cases',
    operationId: 'listCases',
    summary: 'List cases in the jurisdiction',
    tags: ['cases'],
    access: { roles: ALL_ROLES },
    query: z.strictObject({
      regionId: regionId.optional().describe('Cases whose subject is in this region or below'),
      rung: z.enum(RUNGS).optional(),
      severity: z.enum(SEVERITIES).optional(),
      status: z.enum(['open', 'rectified', 'withdrawn', 'unrectified']).optional(),
      overdue: z.enum(['true', 'false']).optional().describe('true: open cases past their deadline'),
      dueBefore: z.iso.datetime({ offset: true }).optional().describe('Open cases whose deadline falls before this'),
      limit: decimalIntParam(1, 500).prefault('100'),
      before: caseIdParam.shape.id
        .optional()
        .describe('The next page: the cases listed after this one (`next` of the previous answer)'),
    }),
    responses: {
      200: {
        description: 'Cases, newest first, one page at a time',
        schema: z.object({
          items: z.array(caseView),
          next: z.string().nullable().describe('Pass as `before` for the next page; null when this page is the last'),
        }),
      },
    },
    handler: async ({ query, jurisdiction, deps }) => {
      const scope = jurisdiction.listScope;
      const rows = await listCases(deps.pool, {
        ...('regionId' in scope ? { withinRegionId: scope.regionId } : {}),
        ...('unitId' in scope ? { subjectUnitId: scope.unitId } : {}),
        regionId: query.regionId,
        rung: query.rung,
        severity: query.severity,
        status: query.status,
        overdueAt: query.overdue === 'true' ? new Date() : undefined,
        notOverdueAt: query.overdue === 'false' ? new Date() : undefined,
        dueBefore: query.dueBefore ? new Date(query.dueBefore) : undefined,
        before: query.before,
        limit: query.limit,
      });
      // Keyset pagination (issue 14): a full page may have more after it, which `before=<next>` lists.
      const next = rows.length === query.limit ? rows[rows.length - 1]!.id : null;
      return { status: 200, body: { items: rows.map(toCaseView), next } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/cases/{id}',
    operationId: 'getCase',
    summary: 'A case with its full history, documents and live state',
    tags: ['cases'],
    access: { roles: ALL_ROLES },
    params: caseIdParam,
    responses: {
      200: {
        description: 'The case',
        schema: caseView.extend({
          events: z.array(
            z.object({
              seq: z.number(),
              at: z.string(),
              kind: z.string(),
              rung: z.string(),
              actor: z.string(),
              detail: z.unknown(),
              documentNo: z.string().nullable(),
            }),
          ),
          documents: z.array(
            z.object({
              documentNo: z.string(),
              kind: z.string(),
              rung: z.string(),
              issuer: z.string(),
              title: z.string(),
              body: z.string(),
              issuedAt: z.string(),
            }),
          ),
          live: z.unknown(),
          referrals: z.array(referralView),
          notifications: z.array(
            z.object({
              id: z.string(),
              addressee: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
              subject: z.string(),
              createdAt: z.string(),
              deliveries: z.array(
                z.object({
                  channel: z.string(),
                  target: z.string().nullable().describe('The mailbox or URL; shown to admins and offices only'),
                  status: z.string(),
                  attempts: z.number(),
                  sentAt: z.string().nullable(),
                  lastError: z.string().nullable(),
                }),
              ),
            }),
          ),
        }),
      },
      404: { description: 'No such case' },
    },
    handler: async ({ params, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      // Referrals are for the offices and committees, supervisors and each body for its own kind (not the subject's
      // liaison); who was notified, for everyone but the liaison; where to (mailboxes), for admins and the offices.
      const bodyRole = actor.role === 'discipline-inspection' || actor.role === 'organisation-personnel';
      const seesReferrals = actor.role !== 'unit-liaison';
      const seesNotifications = actor.role !== 'unit-liaison';
      const seesTargets = actor.role === 'admin' || actor.role === 'office-operator';
      const [events, documents, live, allReferrals, allNotifications] = await Promise.all([
        caseEvents(deps.pool, c.id),
        caseDocuments(deps.pool, c.id),
        liveState(deps, c.id),
        seesReferrals ? referralsOfCase(deps.pool, c.id) : [],
        seesNotifications ? deliveriesForCase(deps.pool, c.id) : [],
      ]);
      const referrals = bodyRole ? allReferrals.filter((r) => r.body === actor.role) : allReferrals;
      const notifications = allNotifications.filter(
        (n) => !n.referral_id || !bodyRole || referrals.some((r) => r.id === n.referral_id),
      );
      return {
        status: 200,
        body: {
          ...toCaseView(c),
          // The liaison sees no referral (Art. 15(5) is the bodies' business): neither its event nor its letter.
          events: events
            .filter((e) => seesReferrals || e.kind !== 'referral-made')
            .map((e) => ({
              seq: e.seq,
              at: e.at.toISOString(),
              kind: e.kind,
              rung: e.rung,
              actor: e.actor,
              detail: e.detail,
              documentNo: e.document_no,
            })),
          documents: documents
            .filter(
              (d) =>
                d.kind !== 'referral-letter' ||
                (seesReferrals && (!bodyRole || referrals.some((r) => r.case_event_seq === d.event_seq))),
            )
            .map((d) => ({
              documentNo: d.document_no,
              kind: d.kind,
              rung: d.rung,
              issuer: d.issuer_name,
              title: d.title,
              body: d.body,
              issuedAt: d.issued_at.toISOString(),
            })),
          live,
          referrals: referrals.map(toReferralView),
          notifications: notifications.map((n) => ({
            id: n.id,
            addressee: { kind: n.addressee_kind, id: n.addressee_id, name: n.addressee_name },
            subject: n.subject,
            createdAt: n.created_at.toISOString(),
            deliveries: n.deliveries.map((d) => ({
              channel: d.channel,
              target: seesTargets ? d.target : null,
              status: d.status,
              attempts: d.attempts,
              sentAt: d.sentAt?.toISOString() ?? null,
              lastError: d.lastError ?? null,
            })),
          })),
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/cases/{id}/rectification-reports',
    operationId: 'submitRectificationReport',
    summary: 'Submit a rectification report (the subject)',
    tags: ['cases'],
    access: { roles: ['admin', 'unit-liaison', 'office-operator'] },
    params: caseIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      summary: z.string().trim().min(1).max(5000),
      measures: z.string().trim().min(1).max(10000),
    }),
    responses: {
      200: { description: 'Received; awaits the issuer’s review', schema: actResponse },
      409: { description: 'No rectification is due now' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      Jurisdiction.require(actsForSubject(actor, c), `reporting for the subject of case ${c.id}`);
      const result = await act(deps, c.id, (h) =>
        h.executeUpdate(submitRectification, {
          args: [{ submittedBy: actorLabel(actor), ...body }],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterAct(deps, c.id, result);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/cases/{id}/reviews',
    operationId: 'reviewRectificationReport',
    summary: 'Accept or reject a rectification report (the issuer of the current rung)',
    tags: ['cases'],
    access: { roles: ['admin', 'office-operator'] },
    params: caseIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      reportId: z.number().int().min(1),
      decision: z.enum(['accept', 'reject']),
      reasons: z.string().trim().max(5000).optional(),
    }),
    responses: { 200: { description: 'Recorded', schema: actResponse }, 409: { description: 'Nothing to review' } },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      Jurisdiction.require(
        actor.role === 'admin' || actor.regionId === (await issuerRegionNow(deps, c)),
        `reviewing for the issuer of case ${c.id}`,
      );
      const result = await act(deps, c.id, (h) =>
        h.executeUpdate(reviewRectification, {
          args: [{ ...body, reviewedBy: actorLabel(actor) }],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterAct(deps, c.id, result);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/cases/{id}/talk',
    operationId: 'recordTalk',
    summary: 'Record the talk with the leaders as held (Art. 15(2), the upper level)',
    description:
      'Art. 15(2): the talk is held by the upper level’s office director (综治办主任), or when necessary by its committee’s ' +
      'director or a deputy director (综治委主任、副主任), with the subject’s principal leader (主要负责同志), the leader in ' +
      'charge of comprehensive management of public security (分管社会治安综合治理工作的负责同志, role `in-charge`) and the ' +
      'other responsible members of its leadership. All are leaders on record, checked for the talk’s day (Asia/Shanghai); ' +
      'a principal or in-charge leader who did not attend, or such a post nobody holds, needs an absence with its reason.',
    tags: ['cases'],
    access: { roles: ['admin', 'office-operator', 'committee-leader'] },
    params: caseIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      heldAt: z.iso.datetime({ offset: true }),
      ...talkPeopleFields,
      minutes: z.string().trim().min(1).max(20000),
      rectificationDeadline: future('rectificationDeadline').optional(),
    }),
    responses: {
      200: { description: 'Recorded; the new rectification deadline runs', schema: actResponse },
      409: { description: 'No talk is awaited' },
      422: {
        description:
          'Not held by the upper office’s director or the committee’s (deputy) director on record, an attendee who is not a ' +
          'leader of the subject on record, or a principal / in-charge leader neither attending nor absent with a reason',
      },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      Jurisdiction.require(
        actor.role === 'admin' || actor.regionId === c.upper_region_id,
        `the talk of case ${c.id} (held by the upper level)`,
      );
      const people = await checkTalkPeople(deps.pool, c, body);
      const result = await act(deps, c.id, (h) =>
        h.executeUpdate(recordTalk, {
          args: [
            {
              heldAt: new Date(body.heldAt).toISOString(),
              minutes: body.minutes,
              ...people,
              conductedBy: actorLabel(actor),
              rectificationDeadline: body.rectificationDeadline
                ? new Date(body.rectificationDeadline).toISOString()
                : undefined,
            },
          ],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterAct(deps, c.id, result);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/cases/{id}/veto-decision',
    operationId: 'decideVeto',
    summary: 'Decide the one-vote veto (Art. 15(4): the upper committee, jointly with the departments)',
    tags: ['cases'],
    access: { roles: ['committee-leader'] },
    params: caseIdParam,
    headers: idempotencyHeaders,
    body: z
      .strictObject({
        documentNo: z
          .string()
          .trim()
          .min(1)
          .max(100)
          .optional()
          .describe('For a stationed unit: the document of the supervising unit’s reply'),
        decision: z.enum(['imposed', 'declined']),
        departments: z
          .array(z.string().trim().min(1).max(100))
          .min(1, 'name the departments the decision was taken with')
          .max(30),
        reasons: z.string().trim().min(1).max(10000),
        then: z
          .enum(['continue-listing', 'list', 'close'])
          .optional()
          .describe(
            'Declined: what follows — continued rectification under the listing already decided (continue-listing: a new ' +
              'deadline, no new bars); for a case never listed, a listing decision by the upper office with its bars ' +
              '(list); or closure with the reasons (close)',
          ),
        newDeadline: future('newDeadline')
          .optional()
          .describe(
            'Declined: the new deadline (continue-listing: required; list: optional, else the policy’s period)',
          ),
      })
      .refine((b) => b.decision === 'imposed' || b.then !== undefined, {
        message: 'a declined veto says what follows: continue-listing, list or close',
        path: ['then'],
      })
      .refine((b) => b.decision === 'declined' || b.then === undefined, {
        message: 'only a declined veto says what follows',
        path: ['then'],
      }),
    responses: {
      200: { description: 'Recorded', schema: actResponse },
      409: { description: 'No decision is awaited' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      // Art. 15(4): the upper committee decides; ¶3: for a stationed unit, the local committee records the reply of
      // the supervising unit it recommended the veto to.
      const decidingRegion = c.veto_path === 'recommendation' ? c.local_region_id : c.upper_region_id;
      Jurisdiction.require(
        actor.regionId === decidingRegion,
        `the veto decision of case ${c.id} (${c.veto_path === 'recommendation' ? 'recorded by the local committee' : "the upper committee's"})`,
      );
      const result = await act(deps, c.id, (h) =>
        h.executeUpdate(decideVeto, {
          args: [
            {
              ...body,
              decidedBy: actorLabel(actor),
              newDeadline: body.newDeadline ? new Date(body.newDeadline).toISOString() : undefined,
            },
          ],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterAct(deps, c.id, result);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/cases/{id}/extension-requests',
    operationId: 'requestExtension',
    summary: 'Ask for a later rectification deadline (the subject, before the deadline)',
    tags: ['cases'],
    access: { roles: ['admin', 'unit-liaison', 'office-operator'] },
    params: caseIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({ until: future('until'), reason: z.string().trim().min(1).max(5000) }),
    responses: {
      200: { description: 'Received; awaits the issuer’s decision', schema: actResponse },
      409: { description: 'Not possible now or not allowed by the policy' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      Jurisdiction.require(actsForSubject(actor, c), `asking for the subject of case ${c.id}`);
      const result = await act(deps, c.id, (h) =>
        h.executeUpdate(requestExtension, {
          args: [{ requestedBy: actorLabel(actor), until: new Date(body.until).toISOString(), reason: body.reason }],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterAct(deps, c.id, result ?? null);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/cases/{id}/extension-decisions',
    operationId: 'decideExtension',
    summary: 'Grant or refuse the pending extension request (the issuer of the current rung)',
    tags: ['cases'],
    access: { roles: ['admin', 'office-operator'] },
    params: caseIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({ decision: z.enum(['grant', 'refuse']), reasons: z.string().trim().max(5000).optional() }),
    responses: {
      200: { description: 'Decided; a grant moves the deadline', schema: actResponse },
      409: { description: 'No request is pending' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      Jurisdiction.require(
        actor.role === 'admin' || actor.regionId === (await issuerRegionNow(deps, c)),
        `deciding for the issuer of case ${c.id}`,
      );
      const result = await act(deps, c.id, (h) =>
        h.executeUpdate(decideExtension, {
          args: [{ ...body, decidedBy: actorLabel(actor) }],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterAct(deps, c.id, result);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/cases/{id}/circumstances',
    operationId: 'recordCircumstance',
    summary: 'Record an Art. 16 / 17 circumstance found during the case (the level holding it), with evidence',
    description:
      'Art. 16 (应当从重: 1 弄虚作假、隐瞒真相, 2 干扰阻碍调查, 3 打击报复, 4 other) or Art. 17 (可以从轻: 1 主动采取措施, ' +
      '2 积极配合调查, 3 other). An aggravating circumstance escalates the case now by the policy’s rungs, with a document ' +
      'citing Art. 16, and forbids extensions; both kinds are cited in the documents that follow and carried into referrals.',
    tags: ['cases'],
    access: { roles: ['admin', 'office-operator', 'committee-leader'] },
    params: caseIdParam,
    headers: idempotencyHeaders,
    body: z
      .strictObject({
        kind: z.enum(['aggravating', 'mitigating']),
        item: z.number().int().min(1).max(4).describe('The item of Art. 16 (1–4) or Art. 17 (1–3)'),
        evidence: z.string().trim().min(1).max(5000),
      })
      .refine((b) => b.kind === 'aggravating' || b.item <= 3, {
        message: 'Art. 17 has items 1 to 3',
        path: ['item'],
      }),
    responses: {
      200: {
        description: 'Recorded; `result.escalatesTo` is the rung an aggravating one raises the case to',
        schema: actResponse,
      },
      409: { description: 'The case is not under way, or is held by another level' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      if (c.status !== 'open') throw new ProblemError('conflict', `case ${c.id} is closed`);
      await requireHoldingLevel(deps, c, actor, 'record circumstances');
      const result = await act(deps, c.id, (h) =>
        h.executeUpdate(recordCircumstance, {
          args: [{ ...body, recordedBy: actorLabel(actor) }],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterAct(deps, c.id, result);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/cases/{id}/withdrawal',
    operationId: 'withdrawCase',
    summary: 'Withdraw a case (only the level holding it), with a reason; its bars revoked in the same act',
    description:
      'Only the level holding the case withdraws it: the opening level (its office, or its committee’s leaders) while ' +
      'nothing above its notice has been issued; from the talk on, the upper level — its office at the talk and the ' +
      'listing, its committee’s leaders at the veto (the local committee’s for a stationed unit’s recommendation). Bars ' +
      'still in force from a listing or veto decision are revoked in the same act, which needs the authority that ' +
      'decided them (the upper office for a listing, the upper committee for a veto); otherwise 409 says what blocks it. ' +
      'Nothing is deleted.',
    tags: ['cases'],
    access: { roles: ['admin', 'office-operator', 'committee-leader'] },
    params: caseIdParam,
    body: z.strictObject({ reason: z.string().trim().min(1).max(5000) }),
    responses: {
      200: { description: 'Withdrawn', schema: actResponse },
      409: { description: 'Already closed; held by another level; or bars decided by another authority' },
    },
    handler: async ({ params, body, actor, jurisdiction, deps }) => {
      // A listing or veto decision made a moment ago has its bars recorded by their own workflow just after, and the
      // case refuses a withdrawal until they are (BARS_BEING_RECORDED): then everything is checked again, for up to
      // 5 s, before answering 409.
      for (let attempt = 1; ; attempt++) {
        const c = await visibleCase(deps, jurisdiction, params.id);
        if (c.status !== 'open') throw new ProblemError('conflict', `case ${c.id} is closed; it cannot be withdrawn`);
        const { level, rung } = await requireHoldingLevel(deps, c, actor, 'withdraw it');
        // Bars still in force are revoked in the same act, by the authority that decided them (Art. 15(3)(4)). The
        // decisions whose bars are on record go with the act: the case refuses it if it has made another.
        const all = await barsOfCase(deps.pool, c.id);
        const bars = all.filter((b) => b.status === 'active');
        const blockers = bars.filter(
          (b) => actor.role !== barAuthorityRole(b) || actor.regionId !== b.authority_region_id,
        );
        if (blockers.length) {
          const decided = [...new Map(blockers.map((b) => [`${b.rung}:${b.decision_document_no ?? ''}`, b])).values()];
          throw new ProblemError(
            'conflict',
            `the ${decided.map((b) => `${RUNG_NAMES[b.rung]}${b.decision_document_no ? `（${b.decision_document_no}）` : ''}`).join('、')} bars still in force were decided by ${decided.map((b) => `a ${barAuthorityRole(b)} of region ${b.authority_region_id}`).join(' and ')}; only that authority can revoke them (POST /bars/{id}/revoke), which a withdrawal needs first`,
            { blockingBars: blockers.map((b) => b.id) },
          );
        }
        // The case's workflow revokes them once it accepts the withdrawal (a refused withdrawal revokes nothing): one
        // signal a decision, whose bar workflow revokes the subject's and its leaders' bars together. The answer waits
        // until the revocations are on record, so eligibility asked after it sees them.
        const revoked = bars.map((b) => b.id);
        try {
          await act(deps, c.id, (h) =>
            h.executeUpdate(withdrawCase, {
              args: [
                {
                  reason: body.reason,
                  withdrawnBy: actorLabel(actor),
                  level,
                  atRung: rung,
                  barsRevoked: revoked,
                  barDecisionsChecked: [...new Set(all.map((b) => b.decision_event_seq))],
                },
              ],
            }),
          );
        } catch (err) {
          const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
          if (!(cause instanceof ApplicationFailure && cause.type === BARS_BEING_RECORDED)) throw err;
          if (attempt >= 25) throw new ProblemError('conflict', cause.message);
          await new Promise((r) => setTimeout(r, 200));
          continue;
        }
        if (revoked.length) {
          await settle(
            () => activeBarsOfCase(deps.pool, c.id),
            (still) => still.length === 0,
          );
        }
        return afterAct(deps, c.id, null);
      }
    },
  }),
];
