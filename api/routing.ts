/**
 * Routes are declared once, as data: method, path, zod schemas for params / query / body / responses, and a
 * handler. From that one declaration come the Express route (with validation before the handler runs), and the
 * OpenAPI document. A route cannot be served without being documented, or documented without being validated.
 */
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { insertAudit } from '../db/audit';
import type { Actor, Role } from '../domain/roles';
import { Jurisdiction } from './auth/jurisdiction';
import type { AppDeps } from './deps';
import { ProblemError } from './problem';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteContext<P, Q, B, H> {
  params: P;
  query: Q;
  body: B;
  headers: H;
  /** The authenticated caller. Not set on public routes, which must not read it. */
  actor: Actor;
  /** Object-level checks for this caller. */
  jurisdiction: Jurisdiction;
  req: Request;
  res: Response;
  deps: AppDeps;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface RouteResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  H extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** OpenAPI style: `/system-checks/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** Request headers the route reads, documented and validated. */
  headers?: H;
  /**
   * Who may call the route at all (function-level authorisation, OWASP API5). Object-level checks happen in the
   * handler through `ctx.jurisdiction`. `public` routes need no token.
   */
  access: { public: true } | { roles: readonly Role[] };
  responses: Record<number, RouteResponseSpec>;
  handler: (ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>, z.output<H>>) => Promise<RouteResult>;
}

/** Identity with inference: keeps each route's handler typed by its own schemas. */
export function defineRoute<
  P extends z.ZodType = z.ZodNever,
  Q extends z.ZodType = z.ZodNever,
  B extends z.ZodType = z.ZodNever,
  H extends z.ZodType = z.ZodNever,
>(spec: RouteSpec<P, Q, B, H>): RouteSpec {
  return spec as unknown as RouteSpec;
}

function toExpressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ProblemError(
    'validation-failed',
    result.error.issues.map((i) => `${where}${i.path.length ? '.' + i.path.join('.') : ''}: ${i.message}`).join('; '),
    {
      errors: result.error.issues.map((i) => ({
        in: where,
        path: i.path.join('.'),
        message: i.message,
        code: i.code,
      })),
    },
  );
}

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const m = /^Bearer ([^\s]+)$/i.exec(header);
  return m?.[1];
}

/** What the audit log records of a request; the route wrapper fills it in as it learns who is calling. */
export interface AuditState {
  route?: string;
  actor?: Actor;
  detail?: string;
}

/**
 * Records every write and every refused attempt (issue 6: audit) once the response is finished: a middleware
 * mounted before everything that can refuse. Reads are not audited unless refused (401 / 403 / 429); every other
 * method is, including one refused before any route saw it (rate limit, unreadable body).
 */
export function auditMiddleware(deps: AppDeps) {
  return (req: Request, res: Response, next: () => void): void => {
    const state: AuditState = {};
    res.locals.audit = state;
    res.on('finish', () => {
      const status = res.statusCode;
      const refused = status === 401 || status === 403 || status === 429;
      if ((req.method === 'GET' || req.method === 'HEAD') && !refused) return;
      const outcome = status >= 500 ? 'failed' : status >= 400 ? 'refused' : 'succeeded';
      insertAudit(deps.pool, {
        requestId: (req as Request & { id?: string }).id ?? null,
        tokenId: state.actor?.tokenId ?? null,
        actor: state.actor?.name ?? null,
        role: state.actor?.role ?? null,
        address: req.ip ?? null,
        method: req.method,
        route: state.route ?? '(none)',
        path: req.originalUrl.slice(0, 500),
        status,
        outcome,
        detail: state.detail ?? null,
      }).catch((err: unknown) => deps.logger.error({ err }, 'could not write the audit log'));
    });
    next();
  };
}

/** Authenticates the caller and checks the route's roles; returns the actor or throws 401 / 403. */
async function authenticate(req: Request, route: RouteSpec, deps: AppDeps, state: AuditState): Promise<Actor> {
  const token = bearerToken(req);
  if (!token) {
    throw new ProblemError(
      'unauthenticated',
      'send a bearer token in the Authorization header: Authorization: Bearer aot_…',
    );
  }
  const result = await deps.verifier.verify(token);
  if (!result.ok) {
    state.detail = `token ${result.reason}`;
    throw new ProblemError(
      'unauthenticated',
      result.reason === 'unknown'
        ? 'the bearer token is not valid'
        : `the bearer token is ${result.reason}; ask an administrator for a new one`,
    );
  }
  state.actor = result.actor;
  if ('roles' in route.access && !route.access.roles.includes(result.actor.role)) {
    throw new ProblemError('forbidden', `the role ${result.actor.role} may not ${route.summary.toLowerCase()}`, {
      allowedRoles: route.access.roles,
    });
  }
  return result.actor;
}

/** Mounts every route on the router: authentication and roles first, then input validation, then the handler. */
export function mountRoutes(router: Router, routes: RouteSpec[], deps: AppDeps): void {
  for (const route of routes) {
    router[route.method](toExpressPath(route.path), async (req: Request, res: Response) => {
      const state = (res.locals.audit ?? {}) as AuditState;
      state.route = `${route.method.toUpperCase()} ${route.path}`;
      const actor =
        'public' in route.access ? (undefined as unknown as Actor) : await authenticate(req, route, deps, state);
      const jurisdiction = new Jurisdiction(deps.pool, actor);
      const headers = route.headers ? parseOrThrow(route.headers, req.headers, 'header') : {};
      const params = route.params ? parseOrThrow(route.params, req.params, 'path') : {};
      const query = route.query ? parseOrThrow(route.query, req.query, 'query') : {};
      const body = route.body ? parseOrThrow(route.body, req.body ?? {}, 'body') : undefined;
      const result = await route.handler({ params, query, body, headers, actor, jurisdiction, req, res, deps });
      for (const [k, v] of Object.entries(result.headers ?? {})) res.setHeader(k, v);
      res.status(result.status);
      // Responses pass through their declared schema, so a field the schema does not list never leaves (API3).
      const schema = route.responses[result.status]?.schema;
      const payload = schema && result.body !== undefined ? schema.parse(result.body) : result.body;
      if (payload === undefined) {
        res.end();
      } else if (result.contentType && result.contentType !== 'application/json') {
        res.type(result.contentType).send(payload);
      } else {
        res.json(payload);
      }
    });
  }
}

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', description: 'Stable problem type, /problems/<slug>' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong and what to change' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
  },
  additionalProperties: true,
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete out.$schema;
  return out;
}

/** The OpenAPI 3.1 document for the given routes, generated from the same schemas that validate requests. */
export function buildOpenApi(routes: RouteSpec[], info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    const addParams = (schema: z.ZodType | undefined, where: 'path' | 'query' | 'header') => {
      if (!schema) return;
      const js = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(js.properties ?? {})) {
        parameters.push({
          name,
          in: where,
          required: where === 'path' || (js.required ?? []).includes(name),
          schema: s,
          ...((s as { description?: string }).description
            ? { description: (s as { description?: string }).description }
            : {}),
        });
      }
    };
    addParams(route.params, 'path');
    addParams(route.query, 'query');
    addParams(route.headers, 'header');
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(route.responses)) {
      const isProblem = Number(status) >= 400;
      responses[status] = {
        description: r.description,
        ...(r.schema || isProblem
          ? {
              content: {
                [r.contentType ?? (isProblem ? 'application/problem+json' : 'application/json')]: {
                  schema: r.schema ? jsonSchema(r.schema, 'output') : problemSchema,
                },
              },
            }
          : {}),
      };
    }
    if (!('public' in route.access)) {
      responses['401'] ??= {
        description: 'No valid bearer token',
        content: { 'application/problem+json': { schema: problemSchema } },
      };
      responses['403'] ??= {
        description: 'The token may not do this here',
        content: { 'application/problem+json': { schema: problemSchema } },
      };
    }
    if (route.body && !responses['422'])
      responses['422'] = {
        description: 'The request does not satisfy the schema',
        content: { 'application/problem+json': { schema: problemSchema } },
      };
    (paths[route.path] ??= {})[route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: route.tags,
      ...('public' in route.access ? { security: [] } : { 'x-roles': route.access.roles }),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info,
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A token issued by the system (aot_…)' },
      },
    },
    paths,
  };
}
