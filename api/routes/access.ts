/** Tokens, the caller's own identity, and the audit log (issue 6). */
import { z } from 'zod';
import { listAudit } from '../../db/audit';
import { getRegion, getUnit } from '../../db/organisation';
import { getToken, listTokens, revokeToken, type TokenRow } from '../../db/tokens';
import { ALL_ROLES, ROLES } from '../../domain/roles';
import { issueToken } from '../auth/verifier';
import { decimalIntParam } from '../params';
import { ProblemError } from '../problem';
import { defineRoute } from '../routing';

const tokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(ROLES),
  regionId: z.string().nullable(),
  unitId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
});

export function toTokenView(t: TokenRow): z.infer<typeof tokenView> {
  return {
    id: t.id,
    name: t.name,
    role: t.role,
    regionId: t.region_id,
    unitId: t.unit_id,
    createdBy: t.created_by,
    createdAt: t.created_at.toISOString(),
    expiresAt: t.expires_at.toISOString(),
    revokedAt: t.revoked_at?.toISOString() ?? null,
    revokedBy: t.revoked_by,
    revokeReason: t.revoke_reason,
  };
}

const createTokenBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100).describe('Who or what holds the token, e.g. 长春市综治办 张三'),
    role: z.enum(ROLES),
    regionId: z.string().optional().describe('The region the token acts for (every role but admin and unit-liaison)'),
    unitId: z.string().optional().describe('The unit a unit-liaison token acts for'),
    expiresInDays: z.number().int().min(1).max(3650).default(90),
  })
  .superRefine((b, ctx) => {
    if (b.role === 'unit-liaison' && !b.unitId)
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'a unit-liaison token needs unitId' });
    if (b.role !== 'unit-liaison' && b.unitId)
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'only a unit-liaison token has a unitId' });
    if (b.role === 'admin' && b.regionId)
      ctx.addIssue({
        code: 'custom',
        path: ['regionId'],
        message: 'an admin token acts everywhere and has no regionId',
      });
    if (b.role !== 'admin' && b.role !== 'unit-liaison' && !b.regionId)
      ctx.addIssue({ code: 'custom', path: ['regionId'], message: `a ${b.role} token needs regionId` });
    if (b.role === 'unit-liaison' && b.regionId)
      ctx.addIssue({
        code: 'custom',
        path: ['regionId'],
        message: 'a unit-liaison token acts for its unit only; give unitId, not regionId',
      });
  });

const tokenIdParam = z.object({ id: z.uuid('expected a token id (a UUID)') });

const auditView = z.object({
  id: z.string(),
  at: z.string(),
  requestId: z.string().nullable(),
  tokenId: z.string().nullable(),
  actor: z.string().nullable(),
  role: z.string().nullable(),
  address: z.string().nullable(),
  method: z.string(),
  route: z.string(),
  path: z.string(),
  status: z.number(),
  outcome: z.string(),
  detail: z.string().nullable(),
});

export const accessRoutes = [
  defineRoute({
    method: 'get',
    path: '/me',
    operationId: 'getMe',
    summary: 'Who this token is: role and jurisdiction',
    tags: ['access'],
    access: { roles: ALL_ROLES },
    responses: {
      200: {
        description: 'The caller',
        schema: z.object({
          tokenId: z.string(),
          name: z.string(),
          role: z.string(),
          regionId: z.string().nullable(),
          unitId: z.string().nullable(),
        }),
      },
    },
    handler: async ({ actor }) => ({ status: 200, body: actor }),
  }),
  defineRoute({
    method: 'post',
    path: '/tokens',
    operationId: 'createToken',
    summary: 'Issue a token (the secret is shown once)',
    tags: ['access'],
    access: { roles: ['admin'] },
    body: createTokenBody,
    responses: { 201: { description: 'Issued', schema: tokenView.extend({ secret: z.string() }) } },
    handler: async ({ body, actor, deps, transaction }) => {
      if (body.expiresInDays > deps.config.api.tokenMaxLifetimeDays) {
        throw new ProblemError(
          'validation-failed',
          `expiresInDays may be at most ${deps.config.api.tokenMaxLifetimeDays}`,
        );
      }
      if (body.regionId && !(await getRegion(deps.pool, body.regionId))) {
        throw new ProblemError('validation-failed', `there is no region ${body.regionId}`);
      }
      if (body.unitId && !(await getUnit(deps.pool, body.unitId))) {
        throw new ProblemError('validation-failed', `there is no unit ${body.unitId}`);
      }
      const { secret, row } = await transaction((db) =>
        issueToken(db, {
          name: body.name,
          role: body.role,
          regionId: body.regionId ?? null,
          unitId: body.unitId ?? null,
          createdBy: `${actor.name} (token ${actor.tokenId})`,
          expiresAt: new Date(Date.now() + body.expiresInDays * 86_400_000),
        }),
      );
      return { status: 201, body: { ...toTokenView(row), secret }, headers: { 'Cache-Control': 'no-store' } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/tokens',
    operationId: 'listTokens',
    summary: 'List tokens (never their secrets)',
    tags: ['access'],
    access: { roles: ['admin'] },
    responses: { 200: { description: 'Tokens', schema: z.object({ items: z.array(tokenView) }) } },
    handler: async ({ deps }) => ({ status: 200, body: { items: (await listTokens(deps.pool)).map(toTokenView) } }),
  }),
  defineRoute({
    method: 'post',
    path: '/tokens/{id}/revoke',
    operationId: 'revokeToken',
    summary: 'Revoke a token',
    tags: ['access'],
    access: { roles: ['admin'] },
    params: tokenIdParam,
    body: z.strictObject({ reason: z.string().trim().min(1).max(500) }),
    responses: {
      200: { description: 'Revoked (or already revoked)', schema: tokenView },
      404: { description: 'No such token' },
    },
    handler: async ({ params, body, actor, deps, transaction }) => {
      if (!(await getToken(deps.pool, params.id)))
        throw new ProblemError('not-found', `there is no token ${params.id}`);
      const row = await transaction((db) =>
        revokeToken(db, params.id, `${actor.name} (token ${actor.tokenId})`, body.reason),
      );
      return { status: 200, body: toTokenView(row!) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/audit',
    operationId: 'listAudit',
    summary: 'Read the audit log, newest first, one page at a time',
    description:
      'Entries ordered by their numeric id, newest first. Keyset pagination: the answer carries `next`; ask again with ' +
      '`before=<next>` (and the same filters and `limit`) for the following page, until `next` is null.',
    tags: ['access'],
    access: { roles: ['admin'] },
    query: z.strictObject({
      tokenId: z.uuid().optional(),
      outcome: z.enum(['succeeded', 'refused', 'failed']).optional(),
      since: z.iso.datetime({ offset: true }).optional(),
      until: z.iso.datetime({ offset: true }).optional(),
      before: z
        .string()
        .regex(/^\d{1,18}$/, 'expected an audit entry id (decimal digits)')
        .optional()
        .describe(
          'Keyset cursor: only entries with a (numeric) id below this one. Leave it out for the first page (the newest ' +
            "entries); pass the previous answer's `next` for the following one. Pages neither overlap nor skip, even while " +
            'entries are added.',
        ),
      limit: decimalIntParam(1, 500).prefault('100'),
    }),
    responses: {
      200: {
        description: 'One page of entries, newest first (by numeric id), at most `limit` of them',
        schema: z.object({
          items: z.array(auditView),
          next: z
            .string()
            .nullable()
            .describe('The cursor of the next (older) page: pass it as `before`; null on the last page'),
        }),
      },
    },
    handler: async ({ query, deps }) => {
      const { rows, next } = await listAudit(deps.pool, {
        tokenId: query.tokenId,
        outcome: query.outcome,
        since: query.since ? new Date(query.since) : undefined,
        until: query.until ? new Date(query.until) : undefined,
        beforeId: query.before,
        limit: query.limit,
      });
      return {
        status: 200,
        body: {
          items: rows.map((r) => ({
            id: r.id,
            at: r.at.toISOString(),
            requestId: r.request_id,
            tokenId: r.token_id,
            actor: r.actor,
            role: r.role,
            address: r.address,
            method: r.method,
            route: r.route,
            path: r.path,
            status: r.status,
            outcome: r.outcome,
            detail: r.detail,
          })),
          next,
        },
      };
    },
  }),
];
