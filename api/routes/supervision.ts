/**
 * Special supervision through the API (Art. 9; issue 13): an office assigns a supervision item to the responsible
 * units; the units report progress and completion; the office reviews, records its findings with a rectification
 * deadline and an accountability recommendation, and turns the recommendation into a case through the one door
 * (db/caseOpening.ts), the case and the item linked both ways. Every act is an update the item's workflow validates,
 * so a refused act answers at once (409 / 422) and leaves no trace.
 */
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { loadOpeningContext, recordCaseOpening } from '../../db/caseOpening';
import { getCase } from '../../db/cases';
import { regionIsDrill } from '../../db/drill';
import { notificationsForItem } from '../../db/notifications';
import { getRegion, getUnit } from '../../db/organisation';
import { effectivePolicy } from '../../db/policies';
import { withTransaction } from '../../db/pool';
import {
  getItem,
  getItemByIdempotencyKey,
  insertItem,
  itemEvents,
  linkItemCase,
  listItems,
  lockItem,
  nextItemId,
  type SupervisionItemRow,
} from '../../db/supervision';
import { deadlineAfter, shanghaiDate } from '../../domain/calendar';
import {
  caseStartOptions,
  OpeningRefused,
  openingRequestOf,
  planOpening,
  type CaseParticulars,
} from '../../domain/caseOpening';
import { SEVERITIES } from '../../domain/policy';
import { ALL_ROLES, type Actor } from '../../domain/roles';
import { CaseDeadline, CaseRegion, CaseStatus, ItemKind } from '../../domain/searchAttributes';
import {
  cardOf,
  CARDS,
  DEFAULT_SUPERVISION,
  INVALID_ITEM_ACT,
  ITEM_FORMS,
  ITEM_KINDS,
  ITEM_STATE_CONFLICT,
  ITEM_STATUSES,
  itemDetails,
  itemSummary,
  RECOMMENDATION_GROUNDS,
  supervisionItemWorkflowId,
  type ItemTarget,
  type Recommendation,
  type SupervisionItemInput,
  type SupervisionPolicy,
} from '../../domain/supervision';
import { accountabilityCaseWorkflow } from '../../workflows/accountabilityCase';
import {
  linkItemToCase,
  recordItemFindings,
  reportItemCompletion,
  reportItemProgress,
  reviewItemCompletion,
  supervisionItemWorkflow,
} from '../../workflows/supervisionItem';
import { Jurisdiction } from '../auth/jurisdiction';
import type { AppDeps } from '../deps';
import { recordId, regionId } from '../organisation';
import { decimalIntParam } from '../params';
import { ProblemError } from '../problem';
import { defineRoute, idempotencyScope } from '../routing';
import { settle } from '../settle';
import { actorLabel, caseView, idempotencyHeaders, toCaseView, updateIdFor } from './cases';

export const itemIdParam = z.object({
  id: z.string().regex(/^DB\d{4}-\d{6}$/, 'expected a supervision item number such as DB2026-000001'),
});
const future = (what: string) =>
  z.iso.datetime({ offset: true }).refine((v) => Date.parse(v) > Date.now(), `${what} must be in the future`);
const subjectRef = z.strictObject({ kind: z.enum(['unit', 'region']), id: z.string().min(2).max(40) });
const text = (max: number) => z.string().trim().min(1).max(max);
const groundsOf135 = z
  .array(z.number().int().min(1).max(6))
  .min(1, 'give at least one ground of Art. 14')
  .refine((g) => new Set(g).size === g.length, 'each ground once')
  .refine(
    (g) => g.every((x) => (RECOMMENDATION_GROUNDS as readonly number[]).includes(x)),
    'an Art. 9 recommendation rests on Art. 14 ground 1 (措施落实不力、治安秩序严重混乱), 5 (群众反映强烈的问题没有采取有效措施或者出现反弹) or 6 (认为需要查究的其他事项)',
  );

export const itemView = z.object({
  id: z.string(),
  workflowId: z.string(),
  kind: z.enum(ITEM_KINDS),
  form: z.enum(ITEM_FORMS),
  title: z.string(),
  content: z.string(),
  basis: z.string().nullable(),
  regionId: z.string().describe('The assigning office’s region'),
  units: z
    .array(z.object({ id: z.string(), name: z.string(), lead: z.boolean() }))
    .describe('The responsible units (承办单位), the lead unit first'),
  target: z
    .object({ kind: z.string(), id: z.string(), name: z.string(), regionId: z.string() })
    .nullable()
    .describe('The inspected (被督查对象)'),
  status: z.enum(ITEM_STATUSES),
  stage: z.enum(['handling', 'rectification']),
  deadline: z.string().nullable(),
  firstDeadline: z.string(),
  card: z.enum(CARDS).nullable().describe('绿黄红牌: by the time left to the current deadline; red once overdue'),
  overdue: z.boolean(),
  reminders: z.number(),
  returned: z.number(),
  findings: z
    .object({
      causes: z.string(),
      loopholes: z.string(),
      rectificationDeadline: z.string().nullable(),
      recordedBy: z.string(),
      at: z.string(),
    })
    .nullable(),
  recommendation: z
    .object({
      subject: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
      grounds: z.array(z.number()),
      severity: z.string(),
      facts: z.string(),
    })
    .nullable(),
  caseId: z.string().nullable().describe('The accountability case opened from the recommendation'),
  policy: z.object({ regionId: z.string().nullable(), version: z.number() }),
  drill: z.boolean(),
  assignedBy: z.string(),
  assignedAt: z.string(),
  closedAt: z.string().nullable(),
});

export function toItemView(i: SupervisionItemRow): z.infer<typeof itemView> {
  const timed = i.status === 'in-progress' || i.status === 'rectifying' || i.status === 'under-review';
  const deadline = timed ? i.deadline : null;
  return {
    id: i.id,
    workflowId: supervisionItemWorkflowId(i.id),
    kind: i.kind,
    form: i.form,
    title: i.title,
    content: i.content,
    basis: i.basis,
    regionId: i.region_id,
    units: i.units.map((u, n) => ({ id: u.id, name: u.name, lead: n === 0 })),
    target:
      i.target_kind && i.target_id
        ? { kind: i.target_kind, id: i.target_id, name: i.target_name ?? '', regionId: i.target_region_id ?? '' }
        : null,
    status: i.status,
    stage: i.stage,
    deadline: i.deadline?.toISOString() ?? null,
    firstDeadline: i.first_deadline.toISOString(),
    card: cardOf(deadline, Date.now(), i.policy),
    overdue: deadline !== null && deadline.getTime() < Date.now(),
    reminders: i.reminders,
    returned: i.returned,
    findings: i.findings,
    recommendation: i.recommendation,
    caseId: i.case_id,
    policy: { regionId: i.policy_region_id, version: i.policy_version },
    drill: i.drill,
    assignedBy: i.assigned_by,
    assignedAt: i.assigned_at.toISOString(),
    closedAt: i.closed_at?.toISOString() ?? null,
  };
}

/** An unannounced inspection (暗访) is covert until its findings are recorded. */
const covert = (i: SupervisionItemRow) => i.form === 'unannounced-inspection' && i.findings_at === null;

/**
 * Who sees an item: the assigning office's level and those above it; a responsible unit's liaison; and — unless the
 * item is covert — the levels over the responsible units and over the inspected, and the inspected unit's liaison.
 */
export async function seesItem(j: Jurisdiction, i: SupervisionItemRow): Promise<boolean> {
  const a = j.actor;
  if (a.role === 'admin') return true;
  if (a.role === 'unit-liaison')
    return (
      i.units.some((u) => u.id === a.unitId) || (!covert(i) && i.target_kind === 'unit' && i.target_id === a.unitId)
    );
  if (await j.coversRegion(i.region_id)) return true;
  if (covert(i)) return false;
  if (i.target_region_id && (await j.coversRegion(i.target_region_id))) return true;
  for (const u of i.units) if (await j.coversRegion(u.regionId)) return true;
  return false;
}

/** Loads an item the caller may see, or throws 403 (the same for one that does not exist) / 404 to an admin. */
export async function visibleItem(deps: AppDeps, j: Jurisdiction, id: string): Promise<SupervisionItemRow> {
  const i = await getItem(deps.pool, id);
  if (!i && j.actor.role !== 'admin') Jurisdiction.require(false, `supervision item ${id}`);
  if (!i) throw new ProblemError('not-found', `there is no supervision item ${id}`);
  Jurisdiction.require(await seesItem(j, i), `supervision item ${id}`);
  return i;
}

/** The assigning office acts on its item (an admin for any office). */
const requireOffice = (
  actor: Actor,
  i: SupervisionItemRow,
  what: string,
  roles: Actor['role'][] = ['office-operator'],
) =>
  Jurisdiction.require(
    actor.role === 'admin' || (roles.includes(actor.role) && actor.regionId === i.region_id),
    `${what} of supervision item ${i.id} (its assigning office, ${i.region_id})`,
  );

/** Runs an update on the item's workflow, mapping a refused act to 409 / 422. */
async function itemAct<T>(
  deps: AppDeps,
  id: string,
  run: (h: ReturnType<AppDeps['temporal']['client']['workflow']['getHandle']>) => Promise<T>,
): Promise<T> {
  try {
    return await run(deps.temporal.client.workflow.getHandle(supervisionItemWorkflowId(id)));
  } catch (err) {
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === ITEM_STATE_CONFLICT)
      throw new ProblemError('conflict', cause.message);
    if (cause instanceof ApplicationFailure && cause.type === INVALID_ITEM_ACT)
      throw new ProblemError('validation-failed', cause.message);
    if (err instanceof WorkflowNotFoundError || /already completed/i.test((err as Error).message))
      throw new ProblemError('conflict', `supervision item ${id} is closed; no further act is possible`);
    throw err;
  }
}

/** The last event of an item recorded so far (0: none). */
const lastSeq = async (deps: AppDeps, id: string) => (await itemEvents(deps.pool, id)).at(-1)?.seq ?? 0;

/** Waits until the workflow's activity has written the act — an event of one of `kinds` after `afterSeq`. */
const actRecorded = (deps: AppDeps, id: string, afterSeq: number, kinds: string[]) =>
  settle(
    () => itemEvents(deps.pool, id),
    (events) => events.some((e) => e.seq > afterSeq && (kinds.includes(e.kind) || e.kind === 'act-refused')),
    150,
  );

/** The item as it stands once the act is written (a moment after the update answered; timers may write too). */
async function afterItemAct(deps: AppDeps, id: string, afterSeq: number, kinds: string[]) {
  await actRecorded(deps, id, afterSeq, kinds);
  return { status: 200, body: toItemView((await getItem(deps.pool, id))!) };
}

/** The latest deadline an office may set now under the item's pinned policy. */
const latestFor = (p: SupervisionPolicy, from: Date) => deadlineAfter(from, p.maxHandleWithin);

function refuseLater(deadline: string, latest: Date, field: string, why: string): void {
  if (Date.parse(deadline) > latest.getTime())
    throw new ProblemError('validation-failed', `body.${field}: later than ${why} allows (${latest.toISOString()})`, {
      errors: [{ in: 'body', path: field, message: `later than ${latest.toISOString()}` }],
    });
}

/** A unit or region by reference, within what the assigning office covers; 422 if missing, 403 if outside. */
async function resolveSubject(
  deps: AppDeps,
  office: Jurisdiction,
  ref: { kind: 'unit' | 'region'; id: string },
  field: string,
): Promise<ItemTarget> {
  if (ref.kind === 'unit') {
    const u = await getUnit(deps.pool, ref.id);
    if (!u) throw new ProblemError('validation-failed', `body.${field}: there is no unit ${ref.id}`);
    Jurisdiction.require(
      await office.coversRegion(u.region_id),
      `unit ${ref.id} (for office ${office.actor.regionId})`,
    );
    return { kind: 'unit', id: u.id, name: u.name, regionId: u.region_id };
  }
  const r = await getRegion(deps.pool, ref.id);
  if (!r) throw new ProblemError('validation-failed', `body.${field}: there is no region ${ref.id}`);
  Jurisdiction.require(await office.coversRegion(r.id), `region ${ref.id} (for office ${office.actor.regionId})`);
  if (r.id === office.actor.regionId)
    throw new ProblemError(
      'validation-failed',
      `body.${field}: an office supervises the levels below it, not its own region`,
    );
  return { kind: 'region', id: r.id, name: r.name, regionId: r.id };
}

const officeJurisdiction = (deps: AppDeps, actor: Actor, regionId: string) =>
  new Jurisdiction(deps.pool, { ...actor, role: 'office-operator', regionId, unitId: null });

const assignBody = z
  .strictObject({
    kind: z.enum(ITEM_KINDS).describe('Art. 9: what is supervised'),
    form: z.enum(ITEM_FORMS).describe('Art. 9: 跟踪督查、联合督查、明查暗访'),
    title: text(200),
    content: text(10000),
    basis: text(2000)
      .optional()
      .describe(
        'The decision, the leader’s written instruction, the suggestion’s or proposal’s number, the complaints',
      ),
    units: z
      .array(recordId)
      .min(1, 'name the responsible units (承办单位)')
      .max(30)
      .refine((u) => new Set(u).size === u.length, 'each unit once')
      .describe('The responsible units; the first leads (牵头)'),
    target: subjectRef.optional().describe('The inspected unit or region (被督查对象)'),
    deadline: future('deadline')
      .optional()
      .describe(
        'Else the policy’s: the reply deadline for NPC suggestions and CPPCC proposals, handleWithin otherwise',
      ),
    regionId: regionId.optional().describe('The assigning office; defaults to the token’s region'),
  })
  .refine((b) => b.form !== 'joint' || b.units.length >= 2, {
    message: 'a joint supervision (联合督查) is carried out by several member units together',
    path: ['units'],
  })
  .refine((b) => !['open-inspection', 'unannounced-inspection'].includes(b.form) || b.target !== undefined, {
    message: 'an inspection (明查暗访) names the inspected unit or region',
    path: ['target'],
  })
  .refine((b) => b.kind !== 'disorder' || b.target !== undefined, {
    message:
      'a place with long-term disorder, measures not carried out or strong public complaint is named as the target',
    path: ['target'],
  })
  .refine((b) => b.form !== 'unannounced-inspection' || b.target?.kind !== 'unit' || !b.units.includes(b.target.id), {
    message: 'an unannounced inspection is not assigned to the unit it inspects',
    path: ['units'],
  });

const eventView = z.object({
  seq: z.number(),
  at: z.string(),
  kind: z.string(),
  actor: z.string(),
  detail: z.unknown(),
});

export const supervisionRoutes = [
  defineRoute({
    method: 'post',
    path: '/supervision-items',
    operationId: 'assignSupervisionItem',
    summary: 'Assign a supervision item to the responsible units (Art. 9, the office)',
    description:
      'Kinds: major decisions and work deployments, leaders’ written instructions, NPC suggestions, CPPCC proposals (their ' +
      'reply deadline is policy and cannot be exceeded), places with long-term disorder. Forms: tracking, joint (several ' +
      'member units), open and unannounced inspection (the inspected does not see an unannounced one until its findings).',
    tags: ['supervision'],
    access: { roles: ['admin', 'office-operator'] },
    headers: idempotencyHeaders,
    body: assignBody,
    replayStatus: 200,
    responses: {
      201: { description: 'Assigned', schema: itemView },
      200: { description: 'Already assigned under this Idempotency-Key', schema: itemView },
    },
    handler: async ({ body, headers, actor, jurisdiction, deps }) => {
      const key = headers['idempotency-key'] ? `${idempotencyScope(actor)}/${headers['idempotency-key']}` : undefined;
      if (key) {
        const existing = await getItemByIdempotencyKey(deps.pool, key);
        if (existing) return { status: 200, body: toItemView(existing) };
      }
      const officeId = body.regionId ?? actor.regionId;
      if (!officeId)
        throw new ProblemError(
          'validation-failed',
          'body.regionId: an admin assigns on behalf of an office; name its region',
        );
      if (actor.role !== 'admin' && officeId !== actor.regionId)
        throw new ProblemError(
          'forbidden',
          `an office assigns items for its own level (${actor.regionId}), not ${officeId}`,
        );
      const region = await getRegion(deps.pool, officeId);
      if (!region) throw new ProblemError('validation-failed', `body.regionId: there is no region ${officeId}`);
      if (!region.office_name)
        throw new ProblemError('validation-failed', `body.regionId: region ${officeId} has no office (综治办)`);
      const office = officeJurisdiction(deps, actor, officeId);
      const units: { id: string; name: string }[] = [];
      for (const [n, id] of body.units.entries()) {
        const u = await getUnit(deps.pool, id);
        if (!u) throw new ProblemError('validation-failed', `body.units.${n}: there is no unit ${id}`);
        Jurisdiction.require(await office.coversRegion(u.region_id), `unit ${id} (for office ${officeId})`);
        Jurisdiction.require(await jurisdiction.coversRegion(u.region_id), `unit ${id}`);
        if (body.form === 'joint' && !u.member_of_committee)
          throw new ProblemError(
            'validation-failed',
            `body.units.${n}: ${u.name} is not a member unit of a committee; a joint supervision is by member units (成员单位)`,
          );
        units.push({ id: u.id, name: u.name });
      }
      const target = body.target ? await resolveSubject(deps, office, body.target, 'target') : null;
      const now = new Date();
      const row = await effectivePolicy(deps.pool, officeId, now);
      const policy = row?.document.supervision ?? DEFAULT_SUPERVISION;
      const replyWithin =
        body.kind === 'npc-suggestion'
          ? policy.replyWithin.npcSuggestion
          : body.kind === 'cppcc-proposal'
            ? policy.replyWithin.cppccProposal
            : undefined;
      let deadline: Date;
      if (replyWithin) {
        const latest = deadlineAfter(now, replyWithin);
        if (body.deadline)
          refuseLater(body.deadline, latest, 'deadline', `the reply deadline of the policy (${replyWithin})`);
        deadline = body.deadline ? new Date(body.deadline) : latest;
      } else {
        if (body.deadline)
          refuseLater(body.deadline, latestFor(policy, now), 'deadline', `the policy (${policy.maxHandleWithin})`);
        deadline = body.deadline ? new Date(body.deadline) : deadlineAfter(now, policy.handleWithin);
      }
      const drill = await regionIsDrill(deps.pool, officeId);
      const inserted = await withTransaction(deps.pool, async (db) => {
        const id = await nextItemId(db, Number(shanghaiDate(now).slice(0, 4)));
        const item = await insertItem(db, {
          id,
          kind: body.kind,
          form: body.form,
          title: body.title,
          content: body.content,
          basis: body.basis ?? null,
          region_id: officeId,
          target_kind: target?.kind ?? null,
          target_id: target?.id ?? null,
          target_name: target?.name ?? null,
          target_region_id: target?.regionId ?? null,
          first_deadline: deadline,
          policy_region_id: row?.region_id ?? null,
          policy_version: row?.version ?? 0,
          policy,
          drill,
          assigned_by: actorLabel(actor),
          assigned_at: now,
          idempotency_key: key ?? null,
          units,
        });
        const input: SupervisionItemInput = {
          itemId: id,
          kind: body.kind,
          form: body.form,
          title: body.title,
          regionId: officeId,
          officeName: region.office_name!,
          units,
          target,
          deadline: deadline.toISOString(),
          policy,
          assignedBy: actorLabel(actor),
          drill,
        };
        // Started inside the transaction: if Temporal refuses, nothing of the item stays.
        await deps.temporal.client.workflow.start(supervisionItemWorkflow, {
          workflowId: supervisionItemWorkflowId(id),
          taskQueue: deps.config.temporal.taskQueue,
          workflowIdConflictPolicy: 'FAIL',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          args: [input],
          typedSearchAttributes: [
            { key: ItemKind, value: body.kind },
            { key: CaseRegion, value: officeId },
            { key: CaseStatus, value: 'in-progress' },
            { key: CaseDeadline, value: deadline },
          ],
          staticSummary: itemSummary(input),
          staticDetails: itemDetails(input),
        });
        return item;
      }).catch((err: unknown) => {
        if (err instanceof WorkflowExecutionAlreadyStartedError)
          throw new ProblemError(
            'conflict',
            `Temporal already has a workflow ${err.workflowId}: the item numbers in the database are behind Temporal's; nothing was assigned`,
          );
        throw err;
      });
      return { status: 201, body: toItemView(inserted), headers: { Location: `/supervision-items/${inserted.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/supervision-items',
    operationId: 'listSupervisionItems',
    summary: 'List supervision items in the jurisdiction',
    description: 'An unannounced inspection is not listed to the inspected until its findings are recorded.',
    tags: ['supervision'],
    access: { roles: ALL_ROLES },
    query: z.strictObject({
      regionId: regionId.optional().describe('Items assigned in, or about, this region or below'),
      kind: z.enum(ITEM_KINDS).optional(),
      form: z.enum(ITEM_FORMS).optional(),
      status: z.enum(ITEM_STATUSES).optional(),
      card: z.enum(CARDS).optional().describe('绿黄红牌 now'),
      dueBefore: z.iso.datetime({ offset: true }).optional().describe('Items whose current deadline falls before this'),
      limit: decimalIntParam(1, 500).prefault('100'),
    }),
    responses: { 200: { description: 'Items, newest first', schema: z.object({ items: z.array(itemView) }) } },
    handler: async ({ query, jurisdiction, deps }) => {
      const scope = jurisdiction.listScope;
      const rows = await listItems(deps.pool, {
        ...('regionId' in scope ? { withinRegionId: scope.regionId } : {}),
        ...('unitId' in scope ? { unitId: scope.unitId } : {}),
        regionId: query.regionId,
        kind: query.kind,
        form: query.form,
        status: query.status,
        dueBefore: query.dueBefore ? new Date(query.dueBefore) : undefined,
        limit: query.limit,
      });
      const items = rows.map(toItemView).filter((i) => !query.card || i.card === query.card);
      return { status: 200, body: { items } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/supervision-items/{id}',
    operationId: 'getSupervisionItem',
    summary: 'A supervision item with its history and notifications',
    tags: ['supervision'],
    access: { roles: ALL_ROLES },
    params: itemIdParam,
    responses: {
      200: {
        description: 'The item',
        schema: itemView.extend({
          events: z.array(eventView),
          case: caseView.nullable().describe('The case opened from the recommendation'),
          notifications: z.array(
            z.object({
              addressee: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
              subject: z.string(),
              body: z.string(),
              createdAt: z.string(),
            }),
          ),
        }),
      },
      404: { description: 'No such item' },
    },
    handler: async ({ params, actor, jurisdiction, deps }) => {
      const i = await visibleItem(deps, jurisdiction, params.id);
      const [events, notifications, linked] = await Promise.all([
        itemEvents(deps.pool, i.id),
        actor.role === 'unit-liaison' ? [] : notificationsForItem(deps.pool, i.id),
        i.case_id ? getCase(deps.pool, i.case_id) : undefined,
      ]);
      // The case is shown to those who may see it (a liaison: only when its unit is the case's subject).
      const seesCase =
        linked &&
        (actor.role === 'unit-liaison'
          ? linked.subject_kind === 'unit' && linked.subject_id === actor.unitId
          : await jurisdiction.coversRegion(linked.subject_region_id));
      return {
        status: 200,
        body: {
          ...toItemView(i),
          events: events.map((e) => ({
            seq: e.seq,
            at: e.at.toISOString(),
            kind: e.kind,
            actor: e.actor,
            detail: e.detail,
          })),
          case: seesCase ? toCaseView(linked) : null,
          notifications: notifications.map((n) => ({
            addressee: { kind: n.addressee_kind, id: n.addressee_id, name: n.addressee_name },
            subject: n.subject,
            body: n.body,
            createdAt: n.created_at.toISOString(),
          })),
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/supervision-items/{id}/progress-reports',
    operationId: 'reportSupervisionProgress',
    summary: 'Report progress on a supervision item (a responsible unit)',
    tags: ['supervision'],
    access: { roles: ['admin', 'unit-liaison'] },
    params: itemIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      summary: text(10000),
      unitId: recordId.optional().describe('For an admin: the unit reporting'),
    }),
    responses: {
      200: { description: 'Recorded', schema: itemView },
      409: { description: 'No progress is reported now' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const i = await visibleItem(deps, jurisdiction, params.id);
      const unitId = actor.role === 'unit-liaison' ? actor.unitId! : body.unitId;
      if (!unitId) throw new ProblemError('validation-failed', 'body.unitId: an admin names the unit reporting');
      if (actor.role === 'unit-liaison' && body.unitId && body.unitId !== unitId)
        Jurisdiction.require(false, `reporting for unit ${body.unitId}`);
      const before = await lastSeq(deps, i.id);
      await itemAct(deps, i.id, (h) =>
        h.executeUpdate(reportItemProgress, {
          args: [{ unitId, summary: body.summary, reportedBy: actorLabel(actor) }],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterItemAct(deps, i.id, before, ['progress-reported']);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/supervision-items/{id}/completion',
    operationId: 'reportSupervisionCompletion',
    summary: 'Report a supervision item done (the lead unit; in rectification also the inspected)',
    tags: ['supervision'],
    access: { roles: ['admin', 'unit-liaison', 'office-operator'] },
    params: itemIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      summary: text(10000),
      unitId: recordId.optional().describe('For an admin: the unit reporting (none: the inspected region’s office)'),
    }),
    responses: {
      200: { description: 'Received; awaits the office’s review', schema: itemView },
      409: { description: 'No completion is reported now' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const i = await visibleItem(deps, jurisdiction, params.id);
      let unitId: string | null;
      if (actor.role === 'unit-liaison') unitId = actor.unitId!;
      else if (actor.role === 'office-operator') {
        // An inspected region reports its rectification through its own office.
        Jurisdiction.require(
          i.target_kind === 'region' && actor.regionId === i.target_id,
          `reporting for the inspected of supervision item ${i.id}`,
        );
        unitId = null;
      } else unitId = body.unitId ?? null;
      const before = await lastSeq(deps, i.id);
      await itemAct(deps, i.id, (h) =>
        h.executeUpdate(reportItemCompletion, {
          args: [{ unitId, summary: body.summary, reportedBy: actorLabel(actor) }],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterItemAct(deps, i.id, before, ['completion-reported']);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/supervision-items/{id}/reviews',
    operationId: 'reviewSupervisionCompletion',
    summary: 'Accept or return a completion report (the assigning office)',
    tags: ['supervision'],
    access: { roles: ['admin', 'office-operator'] },
    params: itemIdParam,
    headers: idempotencyHeaders,
    body: z
      .strictObject({
        decision: z.enum(['accept', 'return']),
        reasons: z.string().trim().max(5000).optional(),
        newDeadline: future('newDeadline').optional().describe('Returned: a new deadline (else the current one stays)'),
      })
      .refine((b) => b.decision === 'accept' || !!b.reasons, {
        message: 'a returned completion gives its reasons',
        path: ['reasons'],
      })
      .refine((b) => b.decision === 'return' || b.newDeadline === undefined, {
        message: 'only a returned completion gets a new deadline',
        path: ['newDeadline'],
      }),
    responses: { 200: { description: 'Recorded', schema: itemView }, 409: { description: 'Nothing to review' } },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const i = await visibleItem(deps, jurisdiction, params.id);
      requireOffice(actor, i, 'reviewing');
      if (body.newDeadline) refuseLater(body.newDeadline, latestFor(i.policy, new Date()), 'newDeadline', 'the policy');
      const before = await lastSeq(deps, i.id);
      await itemAct(deps, i.id, (h) =>
        h.executeUpdate(reviewItemCompletion, {
          args: [
            {
              decision: body.decision,
              reasons: body.reasons,
              newDeadline: body.newDeadline ? new Date(body.newDeadline).toISOString() : undefined,
              reviewedBy: actorLabel(actor),
            },
          ],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterItemAct(deps, i.id, before, ['completion-accepted', 'completion-returned']);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/supervision-items/{id}/findings',
    operationId: 'recordSupervisionFindings',
    summary: 'Record the findings: causes, loopholes, a rectification deadline, an accountability recommendation',
    description:
      'Art. 9: 查明发生问题的原因和存在的漏洞，提出限期整改和领导责任追究建议. The recommendation rests on Art. 14 ground 1, 5 or ' +
      '6; the office turns it into a case with POST /supervision-items/{id}/case. Recording the findings of an unannounced ' +
      'inspection makes it visible to the inspected.',
    tags: ['supervision'],
    access: { roles: ['admin', 'office-operator'] },
    params: itemIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      causes: text(10000),
      loopholes: text(10000),
      rectify: z.boolean().default(true).describe('Whether rectification within a deadline is required (限期整改)'),
      rectificationDeadline: future('rectificationDeadline')
        .optional()
        .describe('Else the policy’s rectificationWithin from now'),
      recommendation: z
        .strictObject({
          subject: subjectRef,
          grounds: groundsOf135,
          severity: z.enum(SEVERITIES),
          facts: text(5000),
        })
        .optional()
        .describe('领导责任追究建议'),
    }),
    responses: {
      200: { description: 'Recorded', schema: itemView },
      409: { description: 'Findings already recorded, or the item is concluded' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const i = await visibleItem(deps, jurisdiction, params.id);
      requireOffice(actor, i, 'the findings');
      if (!body.rectify && body.rectificationDeadline)
        throw new ProblemError(
          'validation-failed',
          'body.rectificationDeadline: no rectification was asked for (rectify: false)',
        );
      const now = new Date();
      if (body.rectificationDeadline)
        refuseLater(body.rectificationDeadline, latestFor(i.policy, now), 'rectificationDeadline', 'the policy');
      const rectificationDeadline = body.rectify
        ? (body.rectificationDeadline
            ? new Date(body.rectificationDeadline)
            : deadlineAfter(now, i.policy.rectificationWithin)
          ).toISOString()
        : null;
      let recommendation: Recommendation | null = null;
      if (body.recommendation) {
        const office = officeJurisdiction(deps, actor, i.region_id);
        const s = await resolveSubject(deps, office, body.recommendation.subject, 'recommendation.subject');
        recommendation = {
          subject: { kind: s.kind, id: s.id, name: s.name },
          grounds: body.recommendation.grounds,
          severity: body.recommendation.severity,
          facts: body.recommendation.facts,
        };
      }
      const before = await lastSeq(deps, i.id);
      await itemAct(deps, i.id, (h) =>
        h.executeUpdate(recordItemFindings, {
          args: [
            {
              causes: body.causes,
              loopholes: body.loopholes,
              rectificationDeadline,
              recommendation,
              recordedBy: actorLabel(actor),
            },
          ],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      return afterItemAct(deps, i.id, before, ['findings-recorded']);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/supervision-items/{id}/case',
    operationId: 'openCaseFromSupervisionItem',
    summary: 'Turn the item’s accountability recommendation into a case (the assigning office, through the one door)',
    description:
      'The office (or its committee’s leader, in the committee’s name) opens one accountability case on Art. 14 ground 1, 5 or ' +
      '6 from the recommendation; the case records the item as its origin and the item the case. Asking again opens nothing ' +
      'and answers 200 with the case already opened.',
    tags: ['supervision'],
    access: { roles: ['admin', 'office-operator', 'committee-leader'] },
    params: itemIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      grounds: groundsOf135.optional().describe('Else the recommendation’s'),
      severity: z.enum(SEVERITIES).optional().describe('Else the recommendation’s'),
      facts: text(5000).optional().describe('Else the recommendation’s, with the findings'),
    }),
    replayStatus: 200,
    responses: {
      201: {
        description: 'Opened',
        schema: z.object({ item: itemView, case: caseView, opened: z.boolean() }),
      },
      200: {
        description: 'This recommendation already led to a case: nothing new opened',
        schema: z.object({ item: itemView, case: caseView, opened: z.boolean() }),
      },
      409: { description: 'The item has no accountability recommendation' },
    },
    handler: async ({ params, body, actor, jurisdiction, deps }) => {
      const i = await visibleItem(deps, jurisdiction, params.id);
      requireOffice(actor, i, 'turning the recommendation into a case', ['office-operator', 'committee-leader']);
      const inNameOf = actor.role === 'committee-leader' ? 'committee' : 'office';
      const result = await withTransaction(deps.pool, async (db) => {
        const item = (await lockItem(db, i.id))!;
        if (item.case_id) return { opened: false, caseId: item.case_id };
        const rec = item.recommendation;
        if (!rec)
          throw new ProblemError(
            'conflict',
            `supervision item ${item.id} has no accountability recommendation (record findings with one)`,
          );
        const ctx = await loadOpeningContext(db, {
          subjectKind: rec.subject.kind,
          subjectId: rec.subject.id,
          openingRegionId: item.region_id,
          at: new Date(),
        });
        if ('missing' in ctx) throw new ProblemError('validation-failed', ctx.message);
        const origin = { kind: 'supervision-item' as const, id: item.id, label: `督查督办事项${item.id}` };
        const particulars: CaseParticulars = {
          grounds: body.grounds ?? rec.grounds,
          facts:
            body.facts ??
            `${rec.facts}\n（督查督办事项${item.id}“${item.title}”：问题原因：${item.findings?.causes ?? '—'}；存在漏洞：${item.findings?.loopholes ?? '—'}）`,
          severity: body.severity ?? rec.severity,
          aggravating: [],
          mitigating: [],
          inNameOf,
          openedBy: actorLabel(actor),
          origin,
        };
        let plan;
        try {
          plan = planOpening(ctx, openingRequestOf(particulars));
        } catch (err) {
          if (!(err instanceof OpeningRefused)) throw err;
          throw new ProblemError('validation-failed', err.message);
        }
        // The one door (db/caseOpening.ts), in this transaction; the item's link in the same one.
        const opened = await recordCaseOpening(db, ctx, plan, particulars, { at: new Date(), idempotencyKey: null });
        await linkItemCase(db, item.id, opened.input.caseId);
        await deps.temporal.client.workflow.start(accountabilityCaseWorkflow, {
          ...caseStartOptions(opened.input, origin),
          taskQueue: deps.config.temporal.taskQueue,
          workflowIdConflictPolicy: 'FAIL',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          args: [opened.input],
        });
        return { opened: true, caseId: opened.input.caseId };
      }).catch((err: unknown) => {
        if (err instanceof WorkflowExecutionAlreadyStartedError)
          throw new ProblemError(
            'conflict',
            `Temporal already has a workflow ${err.workflowId}: the case numbers in the database are behind Temporal's; no case was opened`,
          );
        throw err;
      });
      if (result.opened) {
        // The item's process learns of its case (its history and the Web UI); the link itself is already recorded.
        const before = await lastSeq(deps, i.id);
        try {
          await deps.temporal.client.workflow
            .getHandle(supervisionItemWorkflowId(i.id))
            .executeUpdate(linkItemToCase, { args: [{ caseId: result.caseId, openedBy: actorLabel(actor) }] });
          await actRecorded(deps, i.id, before, ['case-opened']);
        } catch (err) {
          deps.logger.warn({ err, itemId: i.id, caseId: result.caseId }, 'the item could not be told of its case');
        }
      }
      const c = (await getCase(deps.pool, result.caseId))!;
      return {
        status: result.opened ? 201 : 200,
        body: { item: toItemView((await getItem(deps.pool, i.id))!), case: toCaseView(c), opened: result.opened },
        headers: result.opened ? { Location: `/cases/${c.id}` } : undefined,
      };
    },
  }),
];
