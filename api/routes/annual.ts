/**
 * The annual cycle through the API (issue 5; Art. 7, 8, 10–13): start or backfill a year, the year's work points,
 * pledges signed and revised, work reports filed and heard at a plenary meeting, assessment scores, results (JSON
 * and CSV), nominations and the province's commendations — each checked against the bars.
 */
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import {
  collectiveStreakBefore,
  decideCommendation,
  setCommendationDocument,
  fileWorkReport,
  getAssessment,
  getCommendation,
  getCycle,
  getPlenaryReport,
  getPledge,
  getWorkReport,
  insertNomination,
  listAssessments,
  listCommendations,
  listPledges,
  listWorkReports,
  pledgeEvents,
  pledgeVersions,
  recordPlenaryReport,
  schedulePlenaryReport,
  setScores,
  setWorkPoints,
  type AssessmentRow,
  type CommendationRow,
  type PledgeRow,
  type WorkReportRow,
} from '../../db/annual';
import { eligibilityOn, insertArchiveEntry } from '../../db/bars';
import { insertNotification } from '../../db/notifications';
import { currentLeaderUnits, getLeader, getRegion, getUnit } from '../../db/organisation';
import { shanghaiDate } from '../../domain/calendar';
import { issueOwnedDocument } from '../../db/documents';
import { commendationDocument } from '../../domain/annualDocuments';
import { barReason } from '../../activities/annual';
import { GRADE_NAMES, shanghaiYear, type AnnualPolicy } from '../../domain/annual';
import { ALL_ROLES, type Actor } from '../../domain/roles';
import { CaseStatus } from '../../domain/searchAttributes';
import {
  annualCycleWorkflow,
  annualCycleWorkflowId,
  PLEDGE_STATE_CONFLICT,
  pledgeWorkflowId,
  revisePledge,
  signPledge,
} from '../../workflows/annual';
import { Jurisdiction } from '../auth/jurisdiction';
import type { AppDeps } from '../deps';
import { recordId, regionId } from '../organisation';
import { decimalIntParam, yearParam as yearSchema } from '../params';
import { ProblemError } from '../problem';
import { defineRoute } from '../routing';
import { settle } from '../settle';

/** `{year}` in a path: strictly four decimal digits (issue 10: `0x7e9` was taken for 2025). */
const yearParam = z.object({ year: yearSchema });
const label = (a: Actor) => `${a.name}（${a.role}）`;
const partyKind = z.enum(['unit', 'committee']);

async function cycleOf(deps: AppDeps, year: number) {
  const c = await getCycle(deps.pool, year);
  if (!c) throw new ProblemError('not-found', `the ${year} cycle has not started`);
  return c;
}

/** The province office or committee (a root region's): Art. 7 starts there, Art. 12 ¶2 commends there. */
async function requireProvince(deps: AppDeps, actor: Actor, what: string) {
  if (actor.role === 'admin') return;
  const region = actor.regionId ? await getRegion(deps.pool, actor.regionId) : undefined;
  Jurisdiction.require(!!region && region.parent_id === null, `${what} (the provincial level)`);
}

const scopeOf = (j: Jurisdiction) => {
  const s = j.listScope;
  return 'regionId' in s ? s.regionId : null;
};

/** A party acts for itself: a unit through its liaison, a committee through its own office. */
const actsForParty = (actor: Actor, kind: string, id: string) =>
  actor.role === 'admin' ||
  (kind === 'unit' && actor.role === 'unit-liaison' && actor.unitId === id) ||
  (kind === 'committee' &&
    (actor.role === 'office-operator' || actor.role === 'committee-leader') &&
    actor.regionId === id);

export async function seesPledge(j: Jurisdiction, p: PledgeRow): Promise<boolean> {
  if (j.actor.role === 'unit-liaison') return p.party_kind === 'unit' && p.party_id === j.actor.unitId;
  if (await j.coversRegion(p.issuer_region_id)) return true;
  return p.party_kind === 'committee' && (await j.coversRegion(p.party_id));
}

const pledgeView = z.object({
  id: z.string(),
  workflowId: z.string(),
  year: z.number(),
  issuerRegionId: z.string(),
  party: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
  version: z.number(),
  status: z.string(),
  deadline: z.string(),
  signedVersion: z.number().nullable(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  reminders: z.number(),
});
const toPledgeView = (p: PledgeRow): z.infer<typeof pledgeView> => ({
  id: p.id,
  workflowId: pledgeWorkflowId(p.id),
  year: p.year,
  issuerRegionId: p.issuer_region_id,
  party: { kind: p.party_kind, id: p.party_id, name: p.party_name },
  version: p.version,
  status: p.status,
  deadline: p.deadline.toISOString(),
  signedVersion: p.signed_version,
  signedAt: p.signed_at?.toISOString() ?? null,
  signedBy: p.signed_by,
  reminders: p.reminders,
});

const reportView = z.object({
  year: z.number(),
  toRegionId: z.string(),
  party: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
  status: z.string(),
  deadline: z.string(),
  summary: z.string().nullable(),
  nextYearPlan: z.string().nullable(),
  filedAt: z.string().nullable(),
  filedBy: z.string().nullable(),
});
const toReportView = (r: WorkReportRow): z.infer<typeof reportView> => ({
  year: r.year,
  toRegionId: r.to_region_id,
  party: { kind: r.party_kind, id: r.party_id, name: r.party_name },
  status: r.status,
  deadline: r.deadline.toISOString(),
  summary: r.summary,
  nextYearPlan: r.next_year_plan,
  filedAt: r.filed_at?.toISOString() ?? null,
  filedBy: r.filed_by,
});

const resultView = z.object({
  subject: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
  assessorRegionId: z.string(),
  scores: z.record(z.string(), z.number()),
  majorIncident: z.boolean(),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  gradeName: z.string().nullable(),
  reason: z.string().nullable(),
  caseId: z.string().nullable(),
});
const toResultView = (a: AssessmentRow): z.infer<typeof resultView> => ({
  subject: { kind: a.subject_kind, id: a.subject_id, name: a.subject_name },
  assessorRegionId: a.assessor_region_id,
  scores: a.scores,
  majorIncident: a.major_incident,
  total: a.total === null ? null : Number(a.total),
  grade: a.grade,
  gradeName: a.grade ? GRADE_NAMES[a.grade] : null,
  reason: a.grade_reason,
  caseId: a.case_id,
});

const commendationView = z.object({
  id: z.string(),
  year: z.number(),
  category: z.string(),
  subject: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
  regionId: z.string(),
  basis: z.string(),
  nominatedBy: z.string(),
  status: z.string(),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  documentNo: z.string().nullable(),
  provincialPraise: z.boolean(),
});
const toCommendationView = (c: CommendationRow): z.infer<typeof commendationView> => ({
  id: c.id,
  year: c.year,
  category: c.category,
  subject: { kind: c.subject_kind, id: c.subject_id, name: c.subject_name },
  regionId: c.region_id,
  basis: c.basis,
  nominatedBy: c.nominated_by,
  status: c.status,
  reason: c.reason,
  decidedBy: c.decided_by,
  documentNo: c.document_no,
  provincialPraise: c.provincial_praise,
});

/** Maps a refused act on a pledge to 409. */
async function pledgeAct<T>(p: PledgeRow, run: () => Promise<T>): Promise<T> {
  const id = p.id;
  try {
    return await run();
  } catch (err) {
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === PLEDGE_STATE_CONFLICT)
      throw new ProblemError('conflict', cause.message);
    if (
      /already completed/i.test((err as Error).message) ||
      (err instanceof WorkflowNotFoundError && p.status === 'unsigned')
    )
      throw new ProblemError('conflict', `pledge ${id}'s year is over`);
    // Issued (the row is there) but its process not started yet: a moment's wait.
    if (err instanceof WorkflowNotFoundError)
      throw new ProblemError('dependency-unavailable', `pledge ${id} is still being issued; try again in a moment`);
    throw err;
  }
}

/**
 * Art. 15(3)(4): the bars that keep a subject from being commended today (Asia/Shanghai), as a refusal — the very
 * question `GET /eligibility` answers for today (db/bars.ts eligibilityOn), so the two cannot disagree.
 */
async function refuseIfBarred(deps: AppDeps, kind: string, id: string, category: string) {
  const scope = category === 'advanced-collective' ? 'honours' : 'awards';
  const e = await eligibilityOn(deps.pool, kind, id, scope, shanghaiDate(new Date()));
  if (!e.eligible) {
    throw new ProblemError('barred', `${kind} ${id} cannot be commended: ${barReason(e.bars[0]!)}`, {
      date: e.date,
      barredUntil: e.barredUntil,
      bars: e.bars.map((b) => ({
        id: b.id,
        caseId: b.case_id,
        rung: b.rung,
        endsAt: b.ends_at.toISOString(),
        revokedAt: b.revoked_at?.toISOString() ?? null,
        lastDayInForce: b.last_day_in_force,
      })),
    });
  }
}

const CSV_COLUMNS = [
  'year',
  'subject_kind',
  'subject_id',
  'subject_name',
  'assessor_region_id',
  'total',
  'grade',
  'major_incident',
  'case_id',
];
const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const annualRoutes = [
  defineRoute({
    method: 'post',
    path: '/annual-cycles',
    operationId: 'startAnnualCycle',
    summary: 'Start a year’s cycle by hand, or backfill a missed one (the schedule starts it each January)',
    tags: ['annual'],
    access: { roles: ['admin', 'office-operator'] },
    body: z.strictObject({ year: z.number().int().min(2000).max(2100) }),
    responses: {
      201: {
        description: 'Started',
        schema: z.object({ year: z.number(), workflowId: z.string(), started: z.boolean() }),
      },
      200: {
        description: 'That year already has its cycle: nothing new started',
        schema: z.object({ year: z.number(), workflowId: z.string(), started: z.boolean() }),
      },
    },
    handler: async ({ body, actor, deps }) => {
      await requireProvince(deps, actor, 'starting the annual cycle');
      if (body.year > shanghaiYear(new Date()))
        throw new ProblemError('validation-failed', `body.year: ${body.year} has not begun; the schedule starts it`);
      const workflowId = annualCycleWorkflowId(body.year);
      try {
        await deps.temporal.client.workflow.start(annualCycleWorkflow, {
          workflowId,
          taskQueue: deps.config.temporal.taskQueue,
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          workflowIdConflictPolicy: 'FAIL',
          args: [{ year: body.year, startedBy: label(actor) }],
          typedSearchAttributes: [{ key: CaseStatus, value: 'pledges' }],
          staticSummary: `${body.year}年度社会治安综合治理责任制工作`,
        });
      } catch (err) {
        if (err instanceof WorkflowExecutionAlreadyStartedError)
          return { status: 200, body: { year: body.year, workflowId, started: false } };
        throw err;
      }
      return { status: 201, body: { year: body.year, workflowId, started: true } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/annual-cycles/{year}',
    operationId: 'getAnnualCycle',
    summary: 'A year’s cycle: its stage, its pinned policy',
    tags: ['annual'],
    access: { roles: ALL_ROLES },
    params: yearParam,
    responses: {
      200: {
        description: 'The cycle',
        schema: z.object({
          year: z.number(),
          workflowId: z.string(),
          startedBy: z.string(),
          startedAt: z.string(),
          stage: z.string(),
          stageUntil: z.string().nullable(),
          completedAt: z.string().nullable(),
          policy: z.unknown(),
        }),
      },
      404: { description: 'Not started' },
    },
    handler: async ({ params, deps }) => {
      const c = await cycleOf(deps, params.year);
      return {
        status: 200,
        body: {
          year: c.year,
          workflowId: annualCycleWorkflowId(c.year),
          startedBy: c.started_by,
          startedAt: c.started_at.toISOString(),
          stage: c.stage,
          stageUntil: c.stage_until?.toISOString() ?? null,
          completedAt: c.completed_at?.toISOString() ?? null,
          policy: c.policy,
        },
      };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/annual-cycles/{year}/work-points/{regionId}',
    operationId: 'setWorkPoints',
    summary: 'The year’s work points and targets a committee writes into its pledges (Art. 7)',
    tags: ['annual'],
    access: { roles: ['admin', 'office-operator'] },
    params: yearParam.extend({ regionId }),
    body: z.strictObject({
      points: z
        .array(
          z.strictObject({ point: z.string().trim().min(1).max(2000), target: z.string().trim().min(1).max(2000) }),
        )
        .min(1)
        .max(100),
    }),
    responses: { 204: { description: 'Saved' }, 404: { description: 'No such region' } },
    handler: async ({ params, body, actor, deps }) => {
      const region = await getRegion(deps.pool, params.regionId);
      if (!region?.committee_name) throw new ProblemError('not-found', `region ${params.regionId} has no committee`);
      Jurisdiction.require(
        actor.role === 'admin' || actor.regionId === region.id,
        `the work points of ${region.id} (its own office)`,
      );
      await setWorkPoints(deps.pool, {
        year: params.year,
        regionId: region.id,
        points: body.points,
        setBy: label(actor),
      });
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/annual-cycles/{year}/pledges',
    operationId: 'listPledges',
    summary: 'The year’s pledges in the jurisdiction (a liaison: its unit’s)',
    tags: ['annual'],
    access: { roles: ALL_ROLES },
    params: yearParam,
    query: z.strictObject({
      status: z.enum(['awaiting-signature', 'overdue', 'signed', 'unsigned']).optional(),
      limit: decimalIntParam(1, 1000).prefault('200'),
    }),
    responses: { 200: { description: 'Pledges', schema: z.object({ items: z.array(pledgeView) }) } },
    handler: async ({ params, query, actor, jurisdiction, deps }) => {
      const rows = await listPledges(deps.pool, {
        year: params.year,
        scopeRegionId: scopeOf(jurisdiction),
        partyUnitId: actor.role === 'unit-liaison' ? actor.unitId! : undefined,
        status: query.status,
        limit: query.limit,
      });
      return { status: 200, body: { items: rows.map(toPledgeView) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/pledges/{id}',
    operationId: 'getPledge',
    summary: 'A pledge with every version of its text and its history',
    tags: ['annual'],
    access: { roles: ALL_ROLES },
    params: z.object({ id: z.string().min(8).max(120) }),
    responses: {
      200: {
        description: 'The pledge',
        schema: pledgeView.extend({
          versions: z.array(
            z.object({
              version: z.number(),
              content: z.unknown(),
              issuedBy: z.string(),
              issuedAt: z.string(),
              reason: z.string().nullable(),
            }),
          ),
          events: z.array(
            z.object({ seq: z.number(), at: z.string(), kind: z.string(), actor: z.string(), detail: z.unknown() }),
          ),
        }),
      },
      404: { description: 'No such pledge' },
    },
    handler: async ({ params, jurisdiction, deps }) => {
      const p = await getPledge(deps.pool, params.id);
      if (!p) throw new ProblemError('not-found', `there is no pledge ${params.id}`);
      Jurisdiction.require(await seesPledge(jurisdiction, p), `pledge ${p.id}`);
      const [versions, events] = await Promise.all([pledgeVersions(deps.pool, p.id), pledgeEvents(deps.pool, p.id)]);
      return {
        status: 200,
        body: {
          ...toPledgeView(p),
          versions: versions.map((v) => ({
            version: v.version,
            content: v.content,
            issuedBy: v.issued_by,
            issuedAt: v.issued_at.toISOString(),
            reason: v.reason,
          })),
          events: events.map((e) => ({
            seq: e.seq,
            at: e.at.toISOString(),
            kind: e.kind,
            actor: e.actor,
            detail: e.detail,
          })),
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/pledges/{id}/signature',
    operationId: 'signPledge',
    summary: 'Sign a pledge (the unit through its liaison; a lower committee through its office)',
    tags: ['annual'],
    access: { roles: ['admin', 'unit-liaison', 'office-operator', 'committee-leader'] },
    params: z.object({ id: z.string().min(8).max(120) }),
    body: z.strictObject({ version: z.number().int().min(1), signatory: z.string().trim().min(1).max(100) }),
    responses: {
      200: { description: 'Signed', schema: pledgeView },
      409: { description: 'Already signed, superseded, or the year is over' },
    },
    handler: async ({ params, body, actor, jurisdiction, deps }) => {
      const p = await getPledge(deps.pool, params.id);
      if (!p) throw new ProblemError('not-found', `there is no pledge ${params.id}`);
      Jurisdiction.require(await seesPledge(jurisdiction, p), `pledge ${p.id}`);
      Jurisdiction.require(actsForParty(actor, p.party_kind, p.party_id), `signing for ${p.party_name}`);
      await pledgeAct(p, () =>
        deps.temporal.client.workflow.getHandle(pledgeWorkflowId(p.id)).executeUpdate(signPledge, {
          args: [{ version: body.version, signatory: body.signatory, signedBy: label(actor) }],
        }),
      );
      return {
        status: 200,
        body: toPledgeView(
          await settle(
            async () => (await getPledge(deps.pool, p.id))!,
            (x) => x.status === 'signed',
          ),
        ),
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/pledges/{id}/revisions',
    operationId: 'revisePledge',
    summary: 'Revise and supplement a pledge (the issuing committee’s office, Art. 7); earlier versions are kept',
    tags: ['annual'],
    access: { roles: ['admin', 'office-operator'] },
    params: z.object({ id: z.string().min(8).max(120) }),
    body: z.strictObject({
      points: z
        .array(
          z.strictObject({ point: z.string().trim().min(1).max(2000), target: z.string().trim().min(1).max(2000) }),
        )
        .min(1)
        .max(100),
      reason: z.string().trim().min(1).max(2000),
    }),
    responses: {
      200: { description: 'Revised; awaits signature again', schema: pledgeView },
      409: { description: 'The year is over' },
    },
    handler: async ({ params, body, actor, jurisdiction, deps }) => {
      const p = await getPledge(deps.pool, params.id);
      if (!p) throw new ProblemError('not-found', `there is no pledge ${params.id}`);
      Jurisdiction.require(await seesPledge(jurisdiction, p), `pledge ${p.id}`);
      Jurisdiction.require(
        actor.role === 'admin' || actor.regionId === p.issuer_region_id,
        `revising pledge ${p.id} (its issuing office)`,
      );
      const state = await pledgeAct(p, () =>
        deps.temporal.client.workflow.getHandle(pledgeWorkflowId(p.id)).executeUpdate(revisePledge, {
          args: [{ content: { points: body.points }, reason: body.reason, revisedBy: label(actor) }],
        }),
      );
      return {
        status: 200,
        body: toPledgeView(
          await settle(
            async () => (await getPledge(deps.pool, p.id))!,
            (x) => x.version >= state.version,
          ),
        ),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/annual-cycles/{year}/work-reports',
    operationId: 'listWorkReports',
    summary: 'The year-end work reports owed in the jurisdiction (Art. 8)',
    tags: ['annual'],
    access: { roles: ALL_ROLES },
    params: yearParam,
    query: z.strictObject({
      status: z.enum(['due', 'filed', 'missing', 'filed-late']).optional(),
      limit: decimalIntParam(1, 1000).prefault('200'),
    }),
    responses: { 200: { description: 'Reports', schema: z.object({ items: z.array(reportView) }) } },
    handler: async ({ params, query, actor, jurisdiction, deps }) => {
      const rows = await listWorkReports(deps.pool, {
        year: params.year,
        scopeRegionId: scopeOf(jurisdiction),
        partyUnitId: actor.role === 'unit-liaison' ? actor.unitId! : undefined,
        status: query.status,
        limit: query.limit,
      });
      return { status: 200, body: { items: rows.map(toReportView) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/annual-cycles/{year}/work-reports',
    operationId: 'fileWorkReport',
    summary: 'File the year’s report: summary and next year’s plan (Art. 8 ¶2)',
    tags: ['annual'],
    access: { roles: ['admin', 'unit-liaison', 'office-operator'] },
    params: yearParam,
    body: z.strictObject({
      partyKind,
      partyId: recordId,
      summary: z.string().trim().min(1).max(20000),
      nextYearPlan: z.string().trim().min(1).max(20000),
    }),
    responses: {
      200: { description: 'Filed', schema: reportView },
      409: { description: 'Not open, or already filed' },
    },
    handler: async ({ params, body, actor, deps }) => {
      Jurisdiction.require(
        actsForParty(actor, body.partyKind, body.partyId),
        `reporting for ${body.partyKind} ${body.partyId}`,
      );
      const existing = await getWorkReport(deps.pool, params.year, body.partyKind, body.partyId);
      if (!existing)
        throw new ProblemError('conflict', `no ${params.year} report is open for ${body.partyKind} ${body.partyId}`);
      const filed = await fileWorkReport(deps.pool, { year: params.year, ...body, filedBy: label(actor) });
      if (!filed) throw new ProblemError('conflict', `the ${params.year} report was already filed`);
      return { status: 200, body: toReportView(filed) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/annual-cycles/{year}/plenary-reports',
    operationId: 'schedulePlenaryReport',
    summary: 'Schedule a report at the committee’s plenary meeting (Art. 8)',
    tags: ['annual'],
    access: { roles: ['admin', 'office-operator'] },
    params: yearParam,
    body: z.strictObject({
      regionId: regionId.optional().describe('The committee; defaults to the token’s region'),
      partyKind,
      partyId: recordId,
      scheduledFor: z.iso.datetime({ offset: true }),
    }),
    responses: {
      201: { description: 'Scheduled', schema: z.object({ id: z.string() }) },
      409: { description: 'Already scheduled' },
      422: { description: 'That party does not report to this committee' },
    },
    handler: async ({ params, body, actor, deps }) => {
      const region = body.regionId ?? actor.regionId;
      if (!region) throw new ProblemError('validation-failed', 'body.regionId: name the committee');
      Jurisdiction.require(actor.role === 'admin' || actor.regionId === region, `the plenary meeting of ${region}`);
      const report = await getWorkReport(deps.pool, params.year, body.partyKind, body.partyId);
      if (!report || report.to_region_id !== region)
        throw new ProblemError(
          'validation-failed',
          `${body.partyKind} ${body.partyId} does not report to committee ${region} in ${params.year}`,
        );
      const row = await schedulePlenaryReport(deps.pool, {
        year: params.year,
        regionId: region,
        partyKind: body.partyKind,
        partyId: body.partyId,
        scheduledFor: new Date(body.scheduledFor),
        scheduledBy: label(actor),
      });
      if (!row) throw new ProblemError('conflict', 'that report is already scheduled');
      return { status: 201, body: { id: row.id } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/plenary-reports/{id}/minutes',
    operationId: 'recordPlenaryReport',
    summary: 'Record a report heard at the plenary meeting',
    tags: ['annual'],
    access: { roles: ['admin', 'office-operator'] },
    params: z.object({ id: z.string().regex(/^\d{1,18}$/) }),
    body: z.strictObject({ minutes: z.string().trim().min(1).max(20000) }),
    responses: {
      204: { description: 'Recorded' },
      404: { description: 'No such report' },
      409: { description: 'Already recorded' },
    },
    handler: async ({ params, body, actor, deps }) => {
      const p = await getPlenaryReport(deps.pool, params.id);
      if (!p) throw new ProblemError('not-found', `there is no plenary report ${params.id}`);
      Jurisdiction.require(
        actor.role === 'admin' || actor.regionId === p.region_id,
        `the plenary meeting of ${p.region_id}`,
      );
      if (Date.parse(p.scheduled_for.toISOString()) > Date.now())
        throw new ProblemError('conflict', 'the meeting has not been held yet');
      if (!(await recordPlenaryReport(deps.pool, { id: p.id, minutes: body.minutes, recordedBy: label(actor) })))
        throw new ProblemError('conflict', 'already recorded');
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/annual-cycles/{year}/assessments/{subjectKind}/{subjectId}',
    operationId: 'enterScores',
    summary: 'Enter a subject’s scores on the year’s indicator system (the assessing committee’s office, Art. 10)',
    tags: ['annual'],
    access: { roles: ['admin', 'office-operator'] },
    params: yearParam.extend({ subjectKind: z.enum(['unit', 'region']), subjectId: recordId }),
    body: z.strictObject({ scores: z.record(z.string(), z.number().min(0)), majorIncident: z.boolean() }),
    responses: {
      200: { description: 'Saved', schema: resultView },
      404: { description: 'Not assessed this year' },
      409: { description: 'Scores are entered during the assessment only' },
    },
    handler: async ({ params, body, actor, deps }) => {
      const a = await getAssessment(deps.pool, params.year, params.subjectKind, params.subjectId);
      if (!a)
        throw new ProblemError(
          'not-found',
          `${params.subjectKind} ${params.subjectId} is not assessed in ${params.year}`,
        );
      Jurisdiction.require(
        actor.role === 'admin' || actor.regionId === a.assessor_region_id,
        `scoring ${a.subject_name} (its assessing office)`,
      );
      const cycle = await cycleOf(deps, params.year);
      if (cycle.stage !== 'assessment' || a.computed_at)
        throw new ProblemError(
          'conflict',
          `scores are entered during the assessment; the ${params.year} cycle is at ${cycle.stage}`,
        );
      const policy = cycle.policy as AnnualPolicy;
      const problems: string[] = [];
      for (const [id, v] of Object.entries(body.scores)) {
        const ind = policy.indicators.find((i) => i.id === id);
        if (!ind)
          problems.push(
            `body.scores.${id}: not an indicator of ${params.year} (${policy.indicators.map((i) => i.id).join(', ')})`,
          );
        else if (v > ind.max) problems.push(`body.scores.${id}: at most ${ind.max}`);
      }
      for (const ind of policy.indicators)
        if (!(ind.id in body.scores)) problems.push(`body.scores.${ind.id}: required`);
      if (problems.length) throw new ProblemError('validation-failed', problems.join('; '));
      const row = await setScores(deps.pool, {
        year: params.year,
        subjectKind: params.subjectKind,
        subjectId: params.subjectId,
        scores: body.scores,
        majorIncident: body.majorIncident,
        scoredBy: label(actor),
      });
      if (!row) throw new ProblemError('conflict', 'the results are already computed');
      return { status: 200, body: toResultView(row) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/annual-cycles/{year}/results',
    operationId: 'listResults',
    summary: 'Assessment results in the jurisdiction, for leadership evaluation (Art. 11)',
    tags: ['annual'],
    access: { roles: ALL_ROLES },
    params: yearParam,
    responses: { 200: { description: 'Results', schema: z.object({ items: z.array(resultView) }) } },
    handler: async ({ params, actor, jurisdiction, deps }) => {
      const rows = await listAssessments(deps.pool, {
        year: params.year,
        scopeRegionId: scopeOf(jurisdiction),
        subjectUnitId: actor.role === 'unit-liaison' ? actor.unitId! : undefined,
      });
      return { status: 200, body: { items: rows.map(toResultView) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/annual-cycles/{year}/results.csv',
    operationId: 'exportResultsCsv',
    summary: 'The same results as CSV (UTF-8 with BOM, for spreadsheet tools)',
    tags: ['annual'],
    access: { roles: ALL_ROLES },
    params: yearParam,
    responses: { 200: { description: 'CSV', contentType: 'text/csv', schema: z.string() } },
    handler: async ({ params, actor, jurisdiction, deps }) => {
      const rows = await listAssessments(deps.pool, {
        year: params.year,
        scopeRegionId: scopeOf(jurisdiction),
        subjectUnitId: actor.role === 'unit-liaison' ? actor.unitId! : undefined,
      });
      const lines = [CSV_COLUMNS.join(',')];
      for (const r of rows)
        lines.push(CSV_COLUMNS.map((c) => csvCell((r as unknown as Record<string, unknown>)[c])).join(','));
      return {
        status: 200,
        body: `\uFEFF${lines.join('\r\n')}\r\n`,
        contentType: 'text/csv; charset=utf-8',
        headers: { 'Content-Disposition': `attachment; filename="assessment-${params.year}.csv"` },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/annual-cycles/{year}/commendations',
    operationId: 'listCommendations',
    summary: 'Nominations and commendations in the jurisdiction (Art. 12–13)',
    tags: ['annual'],
    access: { roles: ALL_ROLES },
    params: yearParam,
    query: z.strictObject({ status: z.enum(['nominated', 'refused', 'commended', 'declined']).optional() }),
    responses: { 200: { description: 'Commendations', schema: z.object({ items: z.array(commendationView) }) } },
    handler: async ({ params, query, actor, jurisdiction, deps }) => {
      let rows = await listCommendations(deps.pool, {
        year: params.year,
        scopeRegionId: scopeOf(jurisdiction),
        status: query.status,
      });
      if (actor.role === 'unit-liaison')
        rows = rows.filter((r) => r.subject_kind === 'unit' && r.subject_id === actor.unitId);
      return { status: 200, body: { items: rows.map(toCommendationView) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/annual-cycles/{year}/nominations',
    operationId: 'nominate',
    summary:
      'Nominate a unit, region or leader for commendation; a barred one is refused with the reason (Art. 12, 15)',
    tags: ['annual'],
    access: { roles: ['admin', 'office-operator'] },
    params: yearParam,
    body: z.strictObject({
      category: z.enum(['advanced-collective', 'leader-commendation']),
      subjectKind: z.enum(['unit', 'region', 'leader']),
      subjectId: recordId,
      basis: z.string().trim().min(1).max(5000),
    }),
    responses: {
      201: { description: 'Nominated', schema: commendationView },
      409: { description: 'Already nominated' },
      422: { description: 'Barred, or the category does not fit the subject' },
    },
    handler: async ({ params, body, actor, jurisdiction, deps }) => {
      if ((body.category === 'leader-commendation') !== (body.subjectKind === 'leader'))
        throw new ProblemError(
          'validation-failed',
          'body.category: leaders are commended as leaders, units and regions as collectives',
        );
      let name: string;
      let region: string;
      if (body.subjectKind === 'unit') {
        const u = await getUnit(deps.pool, body.subjectId);
        if (!u) throw new ProblemError('validation-failed', `body.subjectId: there is no unit ${body.subjectId}`);
        Jurisdiction.require(await jurisdiction.coversUnit(u), `unit ${u.id}`);
        [name, region] = [u.name, u.region_id];
      } else if (body.subjectKind === 'region') {
        const r = await getRegion(deps.pool, body.subjectId);
        if (!r) throw new ProblemError('validation-failed', `body.subjectId: there is no region ${body.subjectId}`);
        Jurisdiction.require(await jurisdiction.coversRegion(r.id), `region ${r.id}`);
        [name, region] = [r.name, r.id];
      } else {
        // An unknown leader and one outside the jurisdiction get the same 403.
        Jurisdiction.require(await jurisdiction.coversLeader(body.subjectId), `leader ${body.subjectId}`);
        const l = await getLeader(deps.pool, body.subjectId);
        if (!l) throw new ProblemError('validation-failed', `body.subjectId: there is no leader ${body.subjectId}`);
        const units = await currentLeaderUnits(deps.pool, l.id, shanghaiDate(new Date()));
        if (!units[0]) throw new ProblemError('validation-failed', `body.subjectId: ${l.id} holds no role today`);
        [name, region] = [l.name, units[0].region_id];
      }
      const cycle = await cycleOf(deps, params.year);
      if (cycle.stage !== 'commendations' && cycle.stage !== 'completed')
        throw new ProblemError(
          'conflict',
          `nominations are open from the commendations stage on; the cycle is at ${cycle.stage}`,
        );
      await refuseIfBarred(deps, body.subjectKind, body.subjectId, body.category);
      const { row, created } = await insertNomination(deps.pool, {
        year: params.year,
        category: body.category,
        subjectKind: body.subjectKind,
        subjectId: body.subjectId,
        subjectName: name,
        regionId: region,
        basis: body.basis,
        nominatedBy: label(actor),
        status: 'nominated',
        reason: null,
      });
      if (!created)
        throw new ProblemError('conflict', `${name} is already nominated in ${params.year} (${row.status})`);
      return { status: 201, body: toCommendationView(row) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/commendations/{id}/decision',
    operationId: 'decideCommendation',
    summary: 'Commend or decline a nomination (the provincial committee, Art. 12 ¶2); a barred one is refused',
    tags: ['annual'],
    access: { roles: ['admin', 'office-operator', 'committee-leader'] },
    params: z.object({ id: z.string().regex(/^\d{1,18}$/) }),
    body: z.strictObject({
      decision: z.enum(['commend', 'decline']),
      reason: z.string().trim().min(1).max(5000).optional(),
      documentNo: z.string().trim().min(1).max(100).optional(),
    }),
    responses: {
      200: { description: 'Decided', schema: commendationView },
      404: { description: 'No such nomination' },
      409: { description: 'Already decided' },
      422: { description: 'Barred (Art. 15(3)(4))' },
    },
    handler: async ({ params, body, actor, jurisdiction, deps, transaction }) => {
      const c = await getCommendation(deps.pool, params.id);
      if (!c) throw new ProblemError('not-found', `there is no nomination ${params.id}`);
      Jurisdiction.require(await jurisdiction.coversRegion(c.region_id), `nomination ${c.id}`);
      await requireProvince(deps, actor, 'deciding commendations');
      if (c.status !== 'nominated') throw new ProblemError('conflict', `nomination ${c.id} is ${c.status}`);
      if (body.decision === 'decline' && !body.reason)
        throw new ProblemError('validation-failed', 'body.reason: a decline gives its reason');
      if (body.decision === 'commend') await refuseIfBarred(deps, c.subject_kind, c.subject_id, c.category);
      const decided = await transaction(async (db) => {
        // Art. 13 ¶2: an advanced collective commended three or more times in a row is praised by the province.
        const praise =
          body.decision === 'commend' &&
          c.category === 'advanced-collective' &&
          (await collectiveStreakBefore(db, c.subject_kind, c.subject_id, c.year)) >= 2;
        const row = await decideCommendation(db, {
          id: c.id,
          status: body.decision === 'commend' ? 'commended' : 'declined',
          reason: body.reason ?? null,
          decidedBy: label(actor),
          documentNo: body.documentNo ?? null,
          provincialPraise: praise,
        });
        // Decided meanwhile: nothing written, and nothing audited as written (the refusal is, after the response).
        if (!row) throw new ProblemError('conflict', `nomination ${c.id} was decided meanwhile`);
        if (row.status === 'commended' && !row.document_no) {
          // The decision is a numbered document of the provincial committee (issue 12; Art. 12).
          const province = (await getRegion(db, actor.regionId ?? row.region_id))!;
          row.document_no = await issueOwnedDocument(
            db,
            { commendationId: row.id },
            {
              regionId: province.id,
              organ: 'committee',
              name: province.committee_name!,
              shortName: `${province.name}综治委`,
            },
            new Date(),
            (documentNo, drill) =>
              commendationDocument({
                documentNo,
                year: row.year,
                category: row.category as 'advanced-collective' | 'leader-commendation',
                subject: row.subject_name,
                basis: row.basis,
                committee: province.committee_name!,
                office: province.office_name ?? province.committee_name!,
                decidedAt: new Date(),
                provincialPraise: praise,
                drill,
              }),
          );
          await setCommendationDocument(db, row.id, row.document_no);
        }
        if (row.status === 'commended') {
          // Art. 12 ¶1: the commendation goes into the leader's (or the collective's) archive.
          await insertArchiveEntry(db, {
            key: `commendation-${row.id}`,
            subjectKind: row.subject_kind,
            subjectId: row.subject_id,
            at: new Date(),
            kind: 'commendation',
            barId: null,
            caseId: null,
            summary: `${row.year}年度${row.category === 'advanced-collective' ? '社会治安综合治理先进集体' : '社会治安综合治理工作嘉奖'}${row.document_no ? `（${row.document_no}）` : ''}${praise ? '；连续三次以上受到表彰，由省综治委予以表扬' : ''}`,
            detail: { commendationId: row.id, category: row.category, provincialPraise: praise },
          });
          if (praise) {
            await insertNotification(db, {
              key: `commendation-${row.id}:provincial-praise`,
              addresseeKind: 'committee',
              addresseeId: actor.regionId ?? row.region_id,
              addresseeName: '省社会治安综合治理委员会',
              subject: `连续三次以上受到表彰的先进集体：${row.subject_name}`,
              body: `${row.subject_name}连续三次以上被评为全省社会治安综合治理先进集体，依《实施办法》第十三条第二款，请以适当形式予以表扬。`,
              caseId: null,
              barId: null,
            });
          }
        }
        return row;
      });
      return { status: 200, body: toCommendationView(decided) };
    },
  }),
];
