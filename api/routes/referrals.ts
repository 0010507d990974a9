/**
 * Accountability referrals (Art. 15(5)) and the rebound report (Art. 14(5)) through the API. A referral is an act on
 * the case (an update with a validator) that starts the referral's own child workflow; its outcome is an act on
 * that workflow, recorded by the receiving body.
 */
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { getCase } from '../../db/cases';
import { getRegion } from '../../db/organisation';
import { getReferral, listReferrals, referralEvents, subjectLeaderRole, type ReferralRow } from '../../db/referrals';
import {
  BODY_NAMES,
  OUTCOME_RECORDER_ROLE,
  OUTCOMES_BY_BODY,
  REFERRAL_BODIES,
  REFERRAL_OUTCOMES,
  type ReferralBody,
} from '../../domain/referrals';
import type { Actor } from '../../domain/roles';
import { referForAccountability, reportRebound } from '../../workflows/accountabilityCase';
import {
  INVALID_REFERRAL_ACT,
  recordReferralOutcome,
  REFERRAL_STATE_CONFLICT,
  referralWorkflowId,
} from '../../workflows/referral';
import { Jurisdiction } from '../auth/jurisdiction';
import { decimalIntParam } from '../params';
import { referralView, toReferralView } from '../referralView';
import type { AppDeps } from '../deps';
import { recordId, regionId } from '../organisation';
import { ProblemError } from '../problem';
import { defineRoute } from '../routing';
import { settle } from '../settle';
import {
  act,
  actorLabel,
  actResponse,
  afterAct,
  caseIdParam,
  idempotencyHeaders,
  updateIdFor,
  issuerRegionNow,
  visibleCase,
} from './cases';

const referralIdParam = z.object({
  id: z.string().regex(/^\d{4}-\d{6}-R\d{1,4}$/, 'expected a referral number such as 2026-000001-R1'),
});

/** The body a role is, for the Art. 15(5) roles; null for the others. */
const bodyOfRole = (actor: Actor): ReferralBody | null =>
  actor.role === 'discipline-inspection' || actor.role === 'organisation-personnel' ? actor.role : null;

/** A referral the caller may see: the receiving body (its level or above) or whoever sees the case. */
async function visibleReferral(deps: AppDeps, j: Jurisdiction, id: string): Promise<ReferralRow> {
  const r = await getReferral(deps.pool, id);
  if (!r) throw new ProblemError('not-found', `there is no referral ${id}`);
  const body = bodyOfRole(j.actor);
  if (body) {
    Jurisdiction.require(body === r.body && (await j.coversRegion(r.body_region_id)), `referral ${id}`);
  } else {
    await visibleCase(deps, j, r.case_id);
  }
  return r;
}

/** Maps a refused act on a referral workflow to 409 / 422. */
async function referralAct<T>(deps: AppDeps, referralId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === REFERRAL_STATE_CONFLICT)
      throw new ProblemError('conflict', cause.message);
    if (cause instanceof ApplicationFailure && cause.type === INVALID_REFERRAL_ACT)
      throw new ProblemError('validation-failed', cause.message);
    if (err instanceof WorkflowNotFoundError || /already completed/i.test((err as Error).message))
      throw new ProblemError('conflict', `referral ${referralId} is closed; its outcome is recorded`);
    throw err;
  }
}

export const referralRoutes = [
  defineRoute({
    method: 'post',
    path: '/cases/{id}/referrals',
    operationId: 'referForAccountability',
    summary:
      'Refer a leader of the subject to discipline inspection, organisation / personnel or the judiciary (Art. 15(5))',
    tags: ['referrals'],
    access: { roles: ['office-operator', 'committee-leader'] },
    params: caseIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      leaderId: recordId,
      body: z.enum(REFERRAL_BODIES),
      reasons: z.string().trim().min(1).max(10000),
      bodyRegionId: regionId
        .optional()
        .describe('The level whose body handles it (按照管理权限); defaults to the referring office’s own region'),
    }),
    responses: {
      201: {
        description: 'Referred; the referral waits for the body’s outcome',
        schema: actResponse.extend({ referral: referralView }),
      },
      409: { description: 'The case was withdrawn, or the leader is already referred to that body' },
      422: { description: 'The leader is not one of the subject’s, or the body’s region is wrong' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      // The offices that hold the case refer: the opening office or the upper level (Art. 15(1)–(4)).
      Jurisdiction.require(
        actor.regionId === c.opening_region_id || actor.regionId === c.upper_region_id,
        `referring on case ${c.id} (the opening or the upper-level office or committee)`,
      );
      const leader = await subjectLeaderRole(deps.pool, { kind: c.subject_kind, id: c.subject_id }, body.leaderId);
      // Only a leader the referring level covers (through any unit they hold or held a role in); an unknown id, a
      // leader of no role in the subject and one outside the jurisdiction get the same answer.
      if (!leader || !(await jurisdiction.coversLeader(body.leaderId)))
        throw new ProblemError(
          'validation-failed',
          `body.leaderId: ${body.leaderId} holds no role in ${c.subject_name}; Art. 15(5) refers the subject's leaders`,
        );
      const bodyRegionId = body.bodyRegionId ?? actor.regionId!;
      const bodyRegion = await getRegion(deps.pool, bodyRegionId);
      if (!bodyRegion)
        throw new ProblemError('validation-failed', `body.bodyRegionId: there is no region ${bodyRegionId}`);
      const ownOrAbove =
        bodyRegionId === actor.regionId ||
        ((await jurisdiction.seesRegion(bodyRegionId)) && !(await jurisdiction.coversRegion(bodyRegionId)));
      if (!ownOrAbove)
        throw new ProblemError(
          'validation-failed',
          `body.bodyRegionId: ${bodyRegionId} is neither the referring office's region nor above it`,
        );
      const result = await act(deps, c.id, (h) =>
        h.executeUpdate(referForAccountability, {
          args: [
            {
              leader: {
                id: body.leaderId,
                name: leader.name,
                unitId: leader.unit_id,
                unitName: leader.unit_name,
                role: leader.role,
              },
              body: body.body,
              bodyRegionId,
              bodyName: `${bodyRegion.name}${BODY_NAMES[body.body]}`,
              reasons: body.reasons,
              referredBy: actorLabel(actor),
              referringRegionId: actor.regionId!,
              referringOrgan: actor.role === 'committee-leader' ? 'committee' : 'office',
            },
          ],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      const referral = (await getReferral(deps.pool, result.referralId))!;
      const after = await afterAct(deps, c.id, result);
      return { status: 201, body: { ...after.body, referral: toReferralView(referral) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/referrals',
    operationId: 'listReferrals',
    summary: 'Referrals addressed to bodies in the caller’s jurisdiction; a body’s role sees its own kind',
    tags: ['referrals'],
    access: {
      roles: [
        'admin',
        'office-operator',
        'committee-leader',
        'discipline-inspection',
        'organisation-personnel',
        'supervisor',
      ],
    },
    query: z.strictObject({
      body: z.enum(REFERRAL_BODIES).optional(),
      status: z.enum(['awaiting-outcome', 'decided']).optional(),
      caseId: z
        .string()
        .regex(/^\d{4}-\d{6}$/)
        .optional(),
      limit: decimalIntParam(1, 500).prefault('100'),
    }),
    responses: { 200: { description: 'Referrals', schema: z.object({ referrals: z.array(referralView) }) } },
    handler: async ({ query, actor, jurisdiction, deps }) => {
      const own = bodyOfRole(actor);
      if (own && query.body && query.body !== own)
        throw new ProblemError('forbidden', `a ${actor.role} token sees the referrals addressed to its own body`);
      const scope = jurisdiction.listScope;
      const rows = await listReferrals(deps.pool, {
        scopeRegionId: 'regionId' in scope ? scope.regionId : null,
        body: own ?? query.body,
        status: query.status,
        caseId: query.caseId,
        limit: query.limit,
      });
      return { status: 200, body: { referrals: rows.map(toReferralView) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/referrals/{id}',
    operationId: 'getReferral',
    summary: 'A referral with its history',
    tags: ['referrals'],
    access: {
      roles: [
        'admin',
        'office-operator',
        'committee-leader',
        'discipline-inspection',
        'organisation-personnel',
        'supervisor',
      ],
    },
    params: referralIdParam,
    responses: {
      200: {
        description: 'The referral',
        schema: referralView.extend({
          events: z.array(
            z.object({ seq: z.number(), at: z.string(), kind: z.string(), actor: z.string(), detail: z.unknown() }),
          ),
        }),
      },
      404: { description: 'No such referral' },
    },
    handler: async ({ params, jurisdiction, deps }) => {
      const r = await visibleReferral(deps, jurisdiction, params.id);
      const events = await referralEvents(deps.pool, r.id);
      return {
        status: 200,
        body: {
          ...toReferralView(r),
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
    path: '/referrals/{id}/outcome',
    operationId: 'recordReferralOutcome',
    summary: 'Record the receiving body’s outcome (Art. 15(5)); the judiciary’s is recorded by the referring office',
    tags: ['referrals'],
    access: { roles: ['discipline-inspection', 'organisation-personnel', 'office-operator'] },
    params: referralIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({
      outcome: z.enum(REFERRAL_OUTCOMES),
      detail: z.string().trim().min(1).max(10000),
      documentNo: z.string().trim().min(1).max(100).optional(),
      decidedOn: z.iso.date(),
    }),
    responses: {
      200: { description: 'Recorded', schema: z.object({ referral: referralView }) },
      409: { description: 'Already recorded' },
      422: { description: 'Not an outcome this body decides' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const r = await visibleReferral(deps, jurisdiction, params.id);
      const recorder = OUTCOME_RECORDER_ROLE[r.body as ReferralBody];
      // The body records its own outcome; the judiciary's answer is recorded by the office that referred.
      const recorderRegion = r.body === 'judiciary' ? (r.referring_region_id ?? r.body_region_id) : r.body_region_id;
      Jurisdiction.require(
        actor.role === recorder && actor.regionId === recorderRegion,
        `recording the outcome of referral ${r.id} (a ${recorder} of region ${recorderRegion})`,
      );
      if (!OUTCOMES_BY_BODY[r.body as ReferralBody].includes(body.outcome))
        throw new ProblemError(
          'validation-failed',
          `body.outcome: Art. 15(5): ${BODY_NAMES[r.body as ReferralBody]} decides ${OUTCOMES_BY_BODY[r.body as ReferralBody].join(', ')}`,
        );
      await referralAct(deps, r.id, () =>
        deps.temporal.client.workflow.getHandle(referralWorkflowId(r.id)).executeUpdate(recordReferralOutcome, {
          args: [{ ...body, recordedBy: actorLabel(actor) }],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      // The outcome's rows are written by the referral's next activity; answer with them once they are there.
      const row = await settle(
        async () => (await getReferral(deps.pool, r.id))!,
        (x) => x.status === 'decided',
      );
      return { status: 200, body: { referral: toReferralView(row) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/cases/{id}/rebound',
    operationId: 'reportRebound',
    summary: 'Report a rebound during the watch after a rectified close; the case reopens one rung higher (Art. 14(5))',
    tags: ['cases'],
    access: { roles: ['office-operator'] },
    params: caseIdParam,
    headers: idempotencyHeaders,
    body: z.strictObject({ facts: z.string().trim().min(1).max(10000) }),
    responses: {
      200: { description: 'Reopened', schema: actResponse },
      409: { description: 'The case is not in its rebound watch' },
    },
    handler: async ({ params, body, headers, actor, jurisdiction, deps }) => {
      const c = await visibleCase(deps, jurisdiction, params.id);
      Jurisdiction.require(
        actor.regionId === (await issuerRegionNow(deps, c)) || actor.regionId === c.upper_region_id,
        `reporting a rebound on case ${c.id} (the office that closed it, or the upper office)`,
      );
      const result = await act(deps, c.id, (h) =>
        h.executeUpdate(reportRebound, {
          args: [{ facts: body.facts, reportedBy: actorLabel(actor) }],
          updateId: updateIdFor(actor, headers['idempotency-key']),
        }),
      );
      await settle(
        () => getCase(deps.pool, c.id),
        (x) => x?.status === 'open',
      );
      return afterAct(deps, c.id, result);
    },
  }),
];
