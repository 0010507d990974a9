/**
 * System checks: an operator starts one to see the whole chain work (API → Temporal → worker → PostgreSQL), and
 * with `wait` to watch a durable timer outlive a restart.
 */
import { createHash, randomUUID } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/client';
import { z } from 'zod';
import { getSystemCheck } from '../../db/systemChecks';
import { fixedDurationMs, parseIsoDuration } from '../../domain/duration';
import { WORKFLOW_ID } from '../../domain/processes';
import { getSystemCheckPhase, systemCheckWorkflow, type SystemCheckPhase } from '../../workflows/systemCheck';
import { ProblemError } from '../problem';
import { defineRoute, idempotencyScope } from '../routing';

/** Longest wait a system check may take: a year covers every timer length the regulation uses. */
const MAX_WAIT_MS = 366 * 24 * 3600 * 1000;

const waitSchema = z
  .string()
  .refine((s) => {
    const d = parseIsoDuration(s);
    const ms = d && fixedDurationMs(d);
    return ms !== undefined && ms <= MAX_WAIT_MS;
  }, 'expected an ISO-8601 duration in weeks, days, hours, minutes or seconds (no years or months), at most P366D, e.g. PT30S')
  .describe('How long the check waits on a durable timer before completing, e.g. PT2M');

const createBody = z.strictObject({
  note: z.string().trim().min(1).max(500).optional().describe('Free text shown with the check'),
  wait: waitSchema.optional(),
});

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'expected 1–128 characters of letters, digits, . _ : -')
    .optional()
    .describe('Repeating a request with the same key returns the same check and starts nothing new'),
});

const checkView = z.object({
  id: z.string(),
  requestedBy: z.string().nullable(),
  note: z.string().nullable(),
  wait: z.string().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  workflow: z.object({
    workflowId: z.string(),
    status: z.string(),
    phase: z.string().nullable(),
  }),
});

const idParam = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,80}$/, 'expected a system check id as returned by POST /system-checks'),
});

export const systemCheckRoutes = [
  defineRoute({
    method: 'post',
    path: '/system-checks',
    operationId: 'startSystemCheck',
    summary: 'Start a system check (workflow → activity → PostgreSQL)',
    tags: ['operations'],
    access: { roles: ['admin', 'office-operator'] },
    body: createBody,
    headers: idempotencyHeaders,
    responses: {
      202: {
        description: 'Started, or already started under this Idempotency-Key',
        schema: z.object({ id: z.string(), workflowId: z.string(), href: z.string() }),
      },
    },
    handler: async ({ body, headers, actor, deps }) => {
      const key = headers['idempotency-key'];
      // Same key, same id: the id is derived, so a repeated request lands on the same workflow.
      const id = key
        ? createHash('sha256')
            .update(`system-check:${idempotencyScope(actor)}:${key}`)
            .digest('hex')
            .slice(0, 32)
        : randomUUID();
      const workflowId = WORKFLOW_ID.systemCheck(id);
      await deps.temporal.client.workflow.start(systemCheckWorkflow, {
        workflowId,
        taskQueue: deps.config.temporal.taskQueue,
        args: [{ requestedBy: `${actor.name} (token ${actor.tokenId})`, note: body.note, wait: body.wait }],
        workflowIdConflictPolicy: 'USE_EXISTING',
        staticSummary: '系统自检',
        staticDetails: body.note ? `系统自检：${body.note}` : '系统自检：验证接口、工作流、活动与数据库链路',
      });
      return {
        status: 202,
        body: { id, workflowId, href: `/system-checks/${id}` },
        headers: { Location: `/system-checks/${id}` },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/system-checks/{id}',
    operationId: 'getSystemCheck',
    summary: 'A system check: its row in PostgreSQL and its workflow in Temporal',
    tags: ['operations'],
    access: { roles: ['admin', 'office-operator', 'supervisor'] },
    params: idParam,
    responses: {
      200: { description: 'The check', schema: checkView },
      404: { description: 'No such check' },
    },
    handler: async ({ params, deps }) => {
      const workflowId = WORKFLOW_ID.systemCheck(params.id);
      const handle = deps.temporal.client.workflow.getHandle(workflowId);
      let status: string;
      let phase: SystemCheckPhase | null = null;
      try {
        status = (await handle.describe()).status.name;
        phase = await handle.query(getSystemCheckPhase).catch(() => null);
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError)) throw err;
        throw new ProblemError('not-found', `there is no system check ${params.id}`);
      }
      const row = await getSystemCheck(deps.pool, workflowId);
      return {
        status: 200,
        body: {
          id: params.id,
          requestedBy: row?.requested_by ?? null,
          note: row?.note ?? null,
          wait: row?.wait ?? null,
          startedAt: row?.started_at.toISOString() ?? null,
          completedAt: row?.completed_at?.toISOString() ?? null,
          workflow: { workflowId, status, phase },
        },
      };
    },
  }),
];
