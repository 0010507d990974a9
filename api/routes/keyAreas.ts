/**
 * Key areas and prominent problems through the API (Art. 15(1) ¶2; issue 13). A committee's office keeps its own
 * register: adopts the identification standards and procedure (versioned), lists items with their reasons and the
 * standard version applied, configures the periodic notification (a Temporal Schedule per committee, from the policy),
 * accepts rectification (delisting) and reports a rebound. Member units see their rolling-investigation assignments
 * and report on them; the responsible region or unit sees its items. Every route checks role and jurisdiction.
 */
import {
  ScheduleAlreadyRunning,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import {
  getCheck,
  getKeyArea,
  getKeyAreaByKey,
  getStandard,
  insertKeyArea,
  insertKeyAreaEvent,
  insertStandard,
  keyAreaEvents,
  listChecks,
  listKeyAreas,
  listNotifications,
  listStandards,
  nextKeyAreaId,
  reportCheck,
  standardInForce,
  type KeyAreaCheckRow,
  type KeyAreaRow,
  type KeyAreaStandardRow,
} from '../../db/keyAreas';
import { getRegion, getUnit } from '../../db/organisation';
import { effectivePolicy } from '../../db/policies';
import { withTransaction } from '../../db/pool';
import { deadlineAfter, shanghaiDate } from '../../domain/calendar';
import {
  DEFAULT_KEY_AREAS,
  KEY_AREA_CATEGORIES,
  KEY_AREA_STATE_CONFLICT,
  KEY_AREA_STATUSES,
  keyAreaNotificationWorkflowId,
  keyAreaScheduleId,
  keyAreaSummary,
  keyAreaWorkflowId,
  kindOfCategory,
  notificationScheduleSpec,
  type KeyAreaInput,
  type KeyAreaPolicy,
} from '../../domain/keyAreas';
import { ALL_ROLES, type Actor } from '../../domain/roles';
import { CaseDeadline, CaseRegion, CaseStatus, ItemKind } from '../../domain/searchAttributes';
import { acceptRectification, getKeyAreaState, keyAreaWorkflow, reportKeyAreaRebound } from '../../workflows/keyArea';
import { Jurisdiction } from '../auth/jurisdiction';
import type { AppDeps } from '../deps';
import { recordId, regionId } from '../organisation';
import { decimalIntParam } from '../params';
import { ProblemError } from '../problem';
import { defineRoute, idempotencyScope } from '../routing';
import { settle } from '../settle';
import { actorLabel, idempotencyHeaders } from './cases';

const OFFICE: ['admin', 'office-operator'] = ['admin', 'office-operator'];
const registerParam = z.object({ regionId });
const areaId = z.string().regex(/^KA-\d{4}-\d{4,12}$/, 'expected a key area number such as KA-2026-0001');
const areaParam = z.object({ id: areaId });
const checkParam = z.object({ id: z.string().regex(/^[0-9]{1,15}$/, 'expected a check id in decimal digits') });
const text = (max: number) => z.string().trim().min(1).max(max);

// ---------------------------------------------------------------- access

/** A committee's office acts on its own register only (an admin on any). */
function requireOwnRegister(actor: Actor, registerRegionId: string): void {
  if (actor.role === 'admin') return;
  Jurisdiction.require(actor.regionId === registerRegionId, `the key-area register of ${registerRegionId}`);
}

/** A register that exists: a region at county level or above, with a committee and an office. */
async function registerOf(deps: AppDeps, id: string) {
  const r = await getRegion(deps.pool, id);
  if (!r) throw new ProblemError('not-found', `there is no region ${id}`);
  if (!r.committee_name || !r.office_name)
    throw new ProblemError(
      'validation-failed',
      `path.regionId: ${r.name} has no committee and office; Art. 15(1) ¶2 gives the register to committees at county level and above`,
    );
  return r;
}

/** Who sees an item: the region's jurisdiction above it, the responsible unit and the member units assigned. */
async function seesArea(j: Jurisdiction, a: KeyAreaRow): Promise<boolean> {
  if (j.actor.role === 'unit-liaison')
    return (
      (a.responsible_kind === 'unit' && a.responsible_id === j.actor.unitId) || a.member_units.includes(j.actor.unitId!)
    );
  return (await j.coversRegion(a.register_region_id)) || (await j.coversRegion(a.location_region_id));
}

async function visibleArea(deps: AppDeps, j: Jurisdiction, id: string): Promise<KeyAreaRow> {
  const a = await getKeyArea(deps.pool, id);
  // Whether a number exists is the jurisdiction's to know, as for cases.
  if (!a && j.actor.role !== 'admin') Jurisdiction.require(false, `key area ${id}`);
  if (!a) throw new ProblemError('not-found', `there is no key area ${id}`);
  Jurisdiction.require(await seesArea(j, a), `key area ${id}`);
  return a;
}

/** The `keyAreas` section of the policy in force for a region (the built-in default when none says). */
async function keyAreaPolicyOf(deps: AppDeps, regionId: string): Promise<KeyAreaPolicy> {
  const row = await effectivePolicy(deps.pool, regionId, new Date());
  return row?.document.keyAreas ?? DEFAULT_KEY_AREAS;
}

/** Runs an update on an item's workflow, mapping a refused act to 409. */
async function act<T>(
  deps: AppDeps,
  areaId: string,
  run: (h: ReturnType<Client['workflow']['getHandle']>) => Promise<T>,
) {
  try {
    return await run(deps.temporal.client.workflow.getHandle(keyAreaWorkflowId(areaId)));
  } catch (err) {
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === KEY_AREA_STATE_CONFLICT)
      throw new ProblemError('conflict', cause.message);
    if (err instanceof WorkflowNotFoundError || /already completed/i.test((err as Error).message))
      throw new ProblemError('conflict', `key area ${areaId} is closed; no further act is possible`);
    throw err;
  }
}

/**
 * The register's Schedule (one per committee): creates it, or brings it up to date with the policy's interval.
 * Asia/Shanghai; a run missed while the cluster was down is caught up within a day, never twice.
 */
export async function ensureKeyAreaSchedule(
  client: Client,
  o: { regionId: string; regionName: string; every: string; taskQueue: string },
): Promise<'created' | 'updated'> {
  const spec = notificationScheduleSpec(o.every);
  const action = {
    type: 'startWorkflow' as const,
    workflowType: 'keyAreaNotificationWorkflow',
    workflowId: keyAreaNotificationWorkflowId(o.regionId),
    taskQueue: o.taskQueue,
    args: [{ regionId: o.regionId }],
    typedSearchAttributes: [
      { key: ItemKind, value: 'key-area-notification' },
      { key: CaseRegion, value: o.regionId },
    ],
    staticSummary: `重点地区定期通报：${o.regionName}`,
  };
  const scheduleId = keyAreaScheduleId(o.regionId);
  try {
    await client.schedule.create({
      scheduleId,
      spec,
      action,
      policies: { overlap: 'SKIP', catchupWindow: '1 day' },
      memo: { purpose: `${o.regionName}社会治安重点地区定期通报（第十五条第一项第二款）` },
    });
    return 'created';
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await client.schedule.getHandle(scheduleId).update((prev) => ({ ...prev, spec, action }));
    return 'updated';
  }
}

// ---------------------------------------------------------------- views

const standardView = z.object({
  regionId: z.string(),
  version: z.number(),
  title: z.string(),
  criteria: z.array(z.string()),
  procedure: z.string(),
  effectiveFrom: z.string(),
  adoptedBy: z.string(),
  adoptedAt: z.string(),
});
const toStandardView = (s: KeyAreaStandardRow): z.infer<typeof standardView> => ({
  regionId: s.region_id,
  version: s.version,
  title: s.title,
  criteria: s.criteria,
  procedure: s.procedure,
  effectiveFrom: s.effective_from.toISOString(),
  adoptedBy: s.adopted_by,
  adoptedAt: s.adopted_at.toISOString(),
});

const areaView = z.object({
  id: z.string(),
  workflowId: z.string(),
  registerRegionId: z.string(),
  kind: z.enum(['area', 'problem']),
  category: z.enum(KEY_AREA_CATEGORIES),
  name: z.string(),
  locationRegionId: z.string(),
  responsible: z.object({ kind: z.enum(['region', 'unit']), id: z.string(), name: z.string() }),
  reasons: z.array(z.string()),
  standardVersion: z.number(),
  targets: z.array(z.string()),
  memberUnits: z.array(z.string()),
  status: z.enum(KEY_AREA_STATUSES),
  deadline: z.string(),
  overdue: z.boolean(),
  policy: z.object({
    rollingInvestigationEvery: z.string(),
    rectificationPeriod: z.string(),
    notificationEvery: z.string(),
    reboundWatch: z.string(),
  }),
  listedAt: z.string(),
  listedBy: z.string(),
  delistedAt: z.string().nullable(),
  delistedBy: z.string().nullable(),
  acceptance: z.string().nullable(),
  watchUntil: z.string().nullable(),
  caseId: z.string().nullable().describe('The case opened on ground 5 when no effective measures were taken'),
  reboundCaseId: z.string().nullable().describe('The case opened on ground 5 for a rebound after delisting'),
  rounds: z.number(),
});
const toAreaView = (a: KeyAreaRow): z.infer<typeof areaView> => ({
  id: a.id,
  workflowId: keyAreaWorkflowId(a.id),
  registerRegionId: a.register_region_id,
  kind: a.kind,
  category: a.category,
  name: a.name,
  locationRegionId: a.location_region_id,
  responsible: { kind: a.responsible_kind, id: a.responsible_id, name: a.responsible_name },
  reasons: a.reasons,
  standardVersion: a.standard_version,
  targets: a.targets,
  memberUnits: a.member_units,
  status: a.status,
  deadline: a.deadline.toISOString(),
  overdue: a.status === 'overdue' || (a.status === 'listed' && a.deadline.getTime() < Date.now()),
  policy: a.policy,
  listedAt: a.listed_at.toISOString(),
  listedBy: a.listed_by,
  delistedAt: a.delisted_at?.toISOString() ?? null,
  delistedBy: a.delisted_by,
  acceptance: a.acceptance,
  watchUntil: a.watch_until?.toISOString() ?? null,
  caseId: a.case_id,
  reboundCaseId: a.rebound_case_id,
  rounds: a.rounds,
});

const checkView = z.object({
  id: z.string(),
  areaId: z.string(),
  round: z.number(),
  unitId: z.string(),
  unitName: z.string(),
  assignedAt: z.string(),
  dueAt: z.string(),
  status: z.enum(['assigned', 'reported', 'missed', 'closed']),
  findings: z.string().nullable(),
  measures: z.string().nullable(),
  effective: z.boolean().nullable(),
  reportedAt: z.string().nullable(),
  reportedBy: z.string().nullable(),
});
const toCheckView = (c: KeyAreaCheckRow): z.infer<typeof checkView> => ({
  id: c.id,
  areaId: c.area_id,
  round: c.round,
  unitId: c.unit_id,
  unitName: c.unit_name,
  assignedAt: c.assigned_at.toISOString(),
  dueAt: c.due_at.toISOString(),
  status: c.status,
  findings: c.findings,
  measures: c.measures,
  effective: c.effective,
  reportedAt: c.reported_at?.toISOString() ?? null,
  reportedBy: c.reported_by,
});

const notificationView = z.object({
  regionId: z.string(),
  seq: z.number(),
  periodStart: z.string(),
  periodEnd: z.string(),
  summary: z.record(z.string(), z.number()),
  documentNo: z.string().nullable(),
  document: z.string().nullable(),
  issuedAt: z.string(),
});

const listBody = z.strictObject({
  registerRegionId: regionId
    .optional()
    .describe('The committee whose register it is; an office lists in its own (default: the caller’s region)'),
  category: z.enum(KEY_AREA_CATEGORIES).describe('偏远农村 … 娱乐场所 (an area) or 黑拐枪、盗抢骗、黄赌毒 (a problem)'),
  name: text(200),
  locationRegionId: regionId.describe('Where it is: the register’s region or below'),
  responsible: z
    .strictObject({ kind: z.enum(['region', 'unit']), id: recordId })
    .describe('Who answers for rectification (the subject of a case on ground 5): a region below, or a unit'),
  reasons: z.array(text(2000)).min(1).max(20).describe('Why it is listed, under the standard applied'),
  standardVersion: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The version of the identification standards applied; default: the one in force'),
  memberUnits: z
    .array(recordId)
    .min(1)
    .max(50)
    .describe('Member units of the committee that carry out the rolling investigation'),
  targets: z.array(text(1000)).min(1).max(20).describe('常态整治 targets'),
  deadline: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('The rectification deadline; at most the policy’s rectificationPeriod from now (the default)'),
});

export const keyAreaRoutes = [
  defineRoute({
    method: 'post',
    path: '/key-area-registers/{regionId}/standards',
    operationId: 'adoptKeyAreaStandards',
    summary: 'Adopt a new version of the register’s identification standards and procedure (Art. 15(1) ¶2)',
    tags: ['key areas'],
    access: { roles: OFFICE },
    params: registerParam,
    body: z.strictObject({
      title: text(200),
      criteria: z.array(text(2000)).min(1).max(50).describe('认定标准: what makes an area or a problem a key one'),
      procedure: text(10_000).describe('程序办法: how items are identified, listed, checked and delisted'),
      effectiveFrom: z.iso.datetime({ offset: true }).optional(),
    }),
    responses: { 201: { description: 'Adopted', schema: standardView } },
    handler: async ({ params, body, actor, deps }) => {
      requireOwnRegister(actor, params.regionId);
      await registerOf(deps, params.regionId);
      const row = await insertStandard(deps.pool, {
        regionId: params.regionId,
        title: body.title,
        criteria: body.criteria,
        procedure: body.procedure,
        effectiveFrom: body.effectiveFrom ? new Date(body.effectiveFrom) : new Date(),
        adoptedBy: actorLabel(actor),
      });
      return { status: 201, body: toStandardView(row) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/key-area-registers/{regionId}/standards',
    operationId: 'listKeyAreaStandards',
    summary: 'Every version of the register’s identification standards and procedure, newest first',
    tags: ['key areas'],
    access: { roles: ALL_ROLES },
    params: registerParam,
    responses: { 200: { description: 'Versions', schema: z.object({ items: z.array(standardView) }) } },
    handler: async ({ params, jurisdiction, deps }) => {
      Jurisdiction.require(await jurisdiction.seesRegion(params.regionId), `the register of ${params.regionId}`);
      return { status: 200, body: { items: (await listStandards(deps.pool, params.regionId)).map(toStandardView) } };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/key-area-registers/{regionId}/notification-schedule',
    operationId: 'configureKeyAreaNotifications',
    summary: 'Create or update the register’s periodic notification schedule from the policy in force (定期通报)',
    description:
      'One Temporal Schedule per committee (`key-area-notifications-<regionId>`, Asia/Shanghai) at the policy’s `keyAreas.notificationEvery`: whole months on the 1st at 09:00, or a fixed length (a drill’s in seconds). Call again after installing a new policy.',
    tags: ['key areas'],
    access: { roles: OFFICE },
    params: registerParam,
    responses: {
      200: {
        description: 'The schedule as configured',
        schema: z.object({
          scheduleId: z.string(),
          every: z.string(),
          outcome: z.enum(['created', 'updated']),
        }),
      },
    },
    handler: async ({ params, actor, deps }) => {
      requireOwnRegister(actor, params.regionId);
      const region = await registerOf(deps, params.regionId);
      const policy = await keyAreaPolicyOf(deps, region.id);
      const outcome = await ensureKeyAreaSchedule(deps.temporal.client, {
        regionId: region.id,
        regionName: region.name,
        every: policy.notificationEvery,
        taskQueue: deps.config.temporal.taskQueue,
      });
      return {
        status: 200,
        body: { scheduleId: keyAreaScheduleId(region.id), every: policy.notificationEvery, outcome },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/key-area-registers/{regionId}/notifications',
    operationId: 'listKeyAreaNotifications',
    summary: 'The register’s periodic notifications, newest first, each with its document',
    tags: ['key areas'],
    access: { roles: ALL_ROLES },
    params: registerParam,
    query: z.strictObject({ limit: decimalIntParam(1, 500).prefault('50') }),
    responses: { 200: { description: 'Notifications', schema: z.object({ items: z.array(notificationView) }) } },
    handler: async ({ params, query, jurisdiction, deps }) => {
      Jurisdiction.require(await jurisdiction.seesRegion(params.regionId), `the register of ${params.regionId}`);
      const rows = await listNotifications(deps.pool, params.regionId, query.limit);
      return {
        status: 200,
        body: {
          items: rows.map((n) => ({
            regionId: n.region_id,
            seq: n.seq,
            periodStart: n.period_start.toISOString(),
            periodEnd: n.period_end.toISOString(),
            summary: n.summary,
            documentNo: n.document_no,
            document: n.document_no ? `/documents/${encodeURIComponent(n.document_no)}` : null,
            issuedAt: n.issued_at.toISOString(),
          })),
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/key-areas',
    operationId: 'listKeyArea',
    summary: 'List a key area or a prominent problem on the register, with its reasons (Art. 15(1) ¶2)',
    description:
      'Starts its process: rolling investigation by the member units round by round, rectification by the deadline; no acceptance by then opens a case on Art. 14 ground 5 against the responsible region or unit.',
    tags: ['key areas'],
    access: { roles: OFFICE },
    headers: idempotencyHeaders,
    body: listBody,
    replayStatus: 200,
    responses: {
      201: { description: 'Listed', schema: areaView },
      200: { description: 'Already listed under this Idempotency-Key', schema: areaView },
    },
    handler: async ({ body, headers, actor, jurisdiction, deps }) => {
      const key = headers['idempotency-key'] ? `${idempotencyScope(actor)}/${headers['idempotency-key']}` : undefined;
      if (key) {
        const existing = await getKeyAreaByKey(deps.pool, key);
        if (existing) return { status: 200, body: toAreaView(existing) };
      }
      const registerId = body.registerRegionId ?? actor.regionId;
      if (!registerId)
        throw new ProblemError('validation-failed', 'body.registerRegionId: an admin names the register');
      requireOwnRegister(actor, registerId);
      const register = await getRegion(deps.pool, registerId);
      if (!register)
        throw new ProblemError('validation-failed', `body.registerRegionId: there is no region ${registerId}`);
      if (!register.committee_name || !register.office_name)
        throw new ProblemError(
          'validation-failed',
          `body.registerRegionId: ${register.name} has no committee; Art. 15(1) ¶2 gives the register to committees at county level and above`,
        );
      // Everything the item names lies within the register's region.
      const registerCovers = new Jurisdiction(deps.pool, {
        ...actor,
        role: 'office-operator',
        regionId: registerId,
        unitId: null,
      });
      const location = await getRegion(deps.pool, body.locationRegionId);
      if (!location)
        throw new ProblemError(
          'validation-failed',
          `body.locationRegionId: there is no region ${body.locationRegionId}`,
        );
      Jurisdiction.require(
        (await registerCovers.coversRegion(location.id)) && (await jurisdiction.coversRegion(location.id)),
        `the region ${location.id} (for the register of ${registerId})`,
      );
      let responsibleName: string;
      let responsibleRegion: string;
      if (body.responsible.kind === 'unit') {
        const unit = await getUnit(deps.pool, body.responsible.id);
        if (!unit)
          throw new ProblemError('validation-failed', `body.responsible.id: there is no unit ${body.responsible.id}`);
        responsibleName = unit.name;
        responsibleRegion = unit.region_id;
      } else {
        const r = await getRegion(deps.pool, body.responsible.id);
        if (!r)
          throw new ProblemError('validation-failed', `body.responsible.id: there is no region ${body.responsible.id}`);
        if (r.id === registerId)
          throw new ProblemError(
            'validation-failed',
            'body.responsible: a committee does not answer to its own register; name a region below it or a unit',
          );
        responsibleName = r.name;
        responsibleRegion = r.id;
      }
      Jurisdiction.require(
        (await registerCovers.coversRegion(responsibleRegion)) && (await jurisdiction.coversRegion(responsibleRegion)),
        `the responsible ${body.responsible.kind} ${body.responsible.id}`,
      );
      for (const [i, id] of body.memberUnits.entries()) {
        const u = await getUnit(deps.pool, id);
        if (!u || u.region_id !== registerId || !u.member_of_committee)
          throw new ProblemError(
            'validation-failed',
            `body.memberUnits.${i}: ${id} is not a member unit of ${register.committee_name} (成员单位)`,
          );
      }
      if (new Set(body.memberUnits).size !== body.memberUnits.length)
        throw new ProblemError('validation-failed', 'body.memberUnits: each unit once');
      const now = new Date();
      const standard = body.standardVersion
        ? await getStandard(deps.pool, registerId, body.standardVersion)
        : await standardInForce(deps.pool, registerId, now);
      if (!standard || standard.effective_from.getTime() > now.getTime())
        throw new ProblemError(
          'validation-failed',
          body.standardVersion
            ? `body.standardVersion: ${register.committee_name} has no version ${body.standardVersion} in force`
            : `body.standardVersion: ${register.committee_name} has adopted no identification standards yet (POST /key-area-registers/${registerId}/standards)`,
        );
      const policy = await keyAreaPolicyOf(deps, registerId);
      const latest = deadlineAfter(now, policy.rectificationPeriod);
      if (body.deadline && Date.parse(body.deadline) <= now.getTime())
        throw new ProblemError('validation-failed', 'body.deadline: must be in the future');
      if (body.deadline && Date.parse(body.deadline) > latest.getTime())
        throw new ProblemError(
          'validation-failed',
          `body.deadline: the policy in force allows at most ${latest.toISOString()} (keyAreas.rectificationPeriod ${policy.rectificationPeriod})`,
        );
      const deadline = body.deadline ? new Date(body.deadline) : latest;
      const row = await withTransaction(deps.pool, async (db) => {
        const id = await nextKeyAreaId(db, Number(shanghaiDate(now).slice(0, 4)));
        const inserted = await insertKeyArea(db, {
          id,
          register_region_id: registerId,
          kind: kindOfCategory(body.category),
          category: body.category,
          name: body.name,
          location_region_id: location.id,
          responsible_kind: body.responsible.kind,
          responsible_id: body.responsible.id,
          responsible_name: responsibleName,
          reasons: body.reasons,
          standard_version: standard.version,
          targets: body.targets,
          member_units: body.memberUnits,
          status: 'listed',
          deadline,
          policy,
          listed_at: now,
          listed_by: actorLabel(actor),
          idempotency_key: key ?? null,
        });
        await insertKeyAreaEvent(db, {
          areaId: id,
          kind: 'listed',
          at: now,
          actor: actorLabel(actor),
          detail: { reasons: body.reasons, standardVersion: standard.version, targets: body.targets },
          key: `${id}:listed`,
        });
        const input: KeyAreaInput = {
          areaId: id,
          registerRegionId: registerId,
          kind: inserted.kind,
          category: inserted.category,
          name: inserted.name,
          locationRegionId: location.id,
          responsibleName,
          listedAt: now.toISOString(),
          deadline: deadline.toISOString(),
          policy,
        };
        // Started inside the transaction: if Temporal refuses, nothing stays listed without its process.
        await deps.temporal.client.workflow.start(keyAreaWorkflow, {
          workflowId: keyAreaWorkflowId(id),
          taskQueue: deps.config.temporal.taskQueue,
          workflowIdConflictPolicy: 'FAIL',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          args: [input],
          typedSearchAttributes: [
            { key: ItemKind, value: inserted.category },
            { key: CaseRegion, value: location.id },
            { key: CaseStatus, value: 'listed' },
            { key: CaseDeadline, value: deadline },
          ],
          staticSummary: keyAreaSummary(input),
          staticDetails: [
            `登记：${register.committee_name}（认定标准第${standard.version}版）`,
            `责任地区（单位）：${responsibleName}`,
            `理由：${body.reasons.join('；')}`,
          ].join('\n'),
        });
        return inserted;
      }).catch((err: unknown) => {
        if (err instanceof WorkflowExecutionAlreadyStartedError)
          throw new ProblemError(
            'conflict',
            `Temporal already has a workflow ${err.workflowId}: the register's numbers are behind Temporal's; nothing was listed`,
          );
        throw err;
      });
      return { status: 201, body: toAreaView(row), headers: { Location: `/key-areas/${row.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/key-areas',
    operationId: 'listKeyAreas',
    summary: 'Key areas and prominent problems in the jurisdiction (a unit’s: those it answers for or investigates)',
    tags: ['key areas'],
    access: { roles: ALL_ROLES },
    query: z.strictObject({
      registerRegionId: regionId.optional(),
      status: z.enum(KEY_AREA_STATUSES).optional(),
      category: z.enum(KEY_AREA_CATEGORIES).optional(),
      limit: decimalIntParam(1, 500).prefault('100'),
    }),
    responses: { 200: { description: 'Items, newest first', schema: z.object({ items: z.array(areaView) }) } },
    handler: async ({ query, jurisdiction, deps }) => {
      const scope = jurisdiction.listScope;
      const rows = await listKeyAreas(deps.pool, {
        ...('regionId' in scope ? { withinRegionId: scope.regionId } : {}),
        ...('unitId' in scope ? { unitId: scope.unitId } : {}),
        registerRegionId: query.registerRegionId,
        status: query.status,
        category: query.category,
        limit: query.limit,
      });
      return { status: 200, body: { items: rows.map(toAreaView) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/key-areas/{id}',
    operationId: 'getKeyArea',
    summary: 'A key area or prominent problem: reasons, standard applied, checks, events, linked cases',
    tags: ['key areas'],
    access: { roles: ALL_ROLES },
    params: areaParam,
    responses: {
      200: {
        description: 'The item',
        schema: areaView.extend({
          standard: standardView.nullable(),
          checks: z.array(checkView),
          events: z.array(
            z.object({ seq: z.number(), kind: z.string(), at: z.string(), actor: z.string(), detail: z.unknown() }),
          ),
          live: z.object({ status: z.string(), round: z.number(), deadline: z.string() }).nullable(),
        }),
      },
    },
    handler: async ({ params, jurisdiction, deps }) => {
      const a = await visibleArea(deps, jurisdiction, params.id);
      const standard = await getStandard(deps.pool, a.register_region_id, a.standard_version);
      const checks = await listChecks(deps.pool, {
        areaId: a.id,
        ...(jurisdiction.actor.role === 'unit-liaison' && a.member_units.includes(jurisdiction.actor.unitId!)
          ? { unitId: jurisdiction.actor.unitId! }
          : {}),
        limit: 500,
      });
      let live: { status: string; round: number; deadline: string } | null = null;
      try {
        const s = await deps.temporal.client.workflow.getHandle(keyAreaWorkflowId(a.id)).query(getKeyAreaState);
        live = { status: s.status, round: s.round, deadline: s.deadline };
      } catch {
        live = null;
      }
      return {
        status: 200,
        body: {
          ...toAreaView(a),
          standard: standard ? toStandardView(standard) : null,
          checks: checks.map(toCheckView),
          events: (await keyAreaEvents(deps.pool, a.id)).map((e) => ({
            seq: e.seq,
            kind: e.kind,
            at: e.at.toISOString(),
            actor: e.actor,
            detail: e.detail,
          })),
          live,
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/key-areas/{id}/acceptance',
    operationId: 'acceptKeyAreaRectification',
    summary: 'Accept the rectification and delist the item (验收销号); the rebound watch begins',
    tags: ['key areas'],
    access: { roles: OFFICE },
    params: areaParam,
    headers: idempotencyHeaders,
    body: z.strictObject({ acceptance: text(5000).describe('验收结论: what was checked and found') }),
    responses: { 200: { description: 'Delisted', schema: areaView }, 409: { description: 'Not on the register' } },
    handler: async ({ params, body, actor, jurisdiction, deps }) => {
      const a = await visibleArea(deps, jurisdiction, params.id);
      requireOwnRegister(actor, a.register_region_id);
      await act(deps, a.id, (h) =>
        h.executeUpdate(acceptRectification, { args: [{ by: actorLabel(actor), acceptance: body.acceptance }] }),
      );
      const row = await settle(
        async () => (await getKeyArea(deps.pool, a.id))!,
        (r) => r.status === 'delisted',
      );
      return { status: 200, body: toAreaView(row) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/key-areas/{id}/rebound',
    operationId: 'reportKeyAreaRebound',
    summary: 'Report a rebound of a delisted item during its watch: a case on Art. 14 ground 5 (出现反弹)',
    tags: ['key areas'],
    access: { roles: OFFICE },
    params: areaParam,
    headers: idempotencyHeaders,
    body: z.strictObject({ facts: text(10_000) }),
    responses: {
      201: {
        description: 'Reported; the case opened (null when it could not be, the office told why)',
        schema: areaView,
      },
      409: { description: 'Not delisted, or its watch is over' },
    },
    handler: async ({ params, body, actor, jurisdiction, deps }) => {
      const a = await visibleArea(deps, jurisdiction, params.id);
      requireOwnRegister(actor, a.register_region_id);
      await act(deps, a.id, (h) =>
        h.executeUpdate(reportKeyAreaRebound, { args: [{ by: actorLabel(actor), facts: body.facts }] }),
      );
      const row = await settle(
        async () => (await getKeyArea(deps.pool, a.id))!,
        (r) => r.status === 'rebound' || r.rebound_case_id !== null,
      );
      return { status: 201, body: toAreaView(row) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/key-area-checks',
    operationId: 'listKeyAreaChecks',
    summary: 'Rolling-investigation assignments: a member unit’s own, or those of the registers in the jurisdiction',
    tags: ['key areas'],
    access: { roles: ALL_ROLES },
    query: z.strictObject({
      status: z.enum(['assigned', 'reported', 'missed', 'closed']).optional(),
      areaId: areaId.optional(),
      limit: decimalIntParam(1, 500).prefault('100'),
    }),
    responses: {
      200: { description: 'Assignments, latest due first', schema: z.object({ items: z.array(checkView) }) },
    },
    handler: async ({ query, jurisdiction, deps }) => {
      const scope = jurisdiction.listScope;
      const rows = await listChecks(deps.pool, {
        ...('regionId' in scope ? { withinRegionId: scope.regionId } : {}),
        ...('unitId' in scope ? { unitId: scope.unitId } : {}),
        areaId: query.areaId,
        status: query.status,
        limit: query.limit,
      });
      return { status: 200, body: { items: rows.map(toCheckView) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/key-area-checks/{id}/report',
    operationId: 'reportKeyAreaCheck',
    summary: 'A member unit reports its rolling investigation: findings and the measures taken (滚动排查)',
    tags: ['key areas'],
    access: { roles: ['admin', 'unit-liaison'] },
    params: checkParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      findings: text(10_000),
      measures: text(10_000),
      effective: z
        .boolean()
        .describe('Whether the unit judges the measures effective (the office decides by acceptance)'),
    }),
    responses: {
      200: { description: 'Reported', schema: checkView },
      409: { description: 'Already reported, missed or closed' },
    },
    handler: async ({ params, body, actor, deps }) => {
      const c = await getCheck(deps.pool, params.id);
      if (!c && actor.role !== 'admin') Jurisdiction.require(false, `check ${params.id}`);
      if (!c) throw new ProblemError('not-found', `there is no check ${params.id}`);
      // The assigned member unit reports for itself.
      Jurisdiction.require(actor.role === 'admin' || actor.unitId === c.unit_id, `check ${params.id}`);
      const row = await reportCheck(deps.pool, {
        id: c.id,
        findings: body.findings,
        measures: body.measures,
        effective: body.effective,
        at: new Date(),
        by: actorLabel(actor),
      });
      if (!row) throw new ProblemError('conflict', `check ${c.id} is ${c.status}; it takes no report`);
      return { status: 200, body: toCheckView(row) };
    },
  }),
];
