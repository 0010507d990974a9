/**
 * Routes are declared once, as data: method, path, zod schemas for params / query / body / responses, and a
 * handler. From that one declaration come the Express route (with validation before the handler runs), and the
 * OpenAPI document. A route cannot be served without being documented, or documented without being validated.
 */
import { createHash } from 'node:crypto';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import { insertAudit, type AuditEntry } from '../db/audit';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  getIdempotencyKey,
  releaseIdempotencyKey,
  type IdempotencyRow,
} from '../db/idempotency';
import { withTransaction, type PoolClient } from '../db/pool';
import type { Actor, Role } from '../domain/roles';
import { Jurisdiction } from './auth/jurisdiction';
import type { AppDeps } from './deps';
import type { ApiLimits, LimitState } from './limits';
import { ProblemError } from './problem';
import { requireCleanText, requireUtf8Body, requireUtf8Url } from './text';

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
  /**
   * Runs `fn` in one PostgreSQL transaction that also writes this request's audit entry (issue 14 item 4): the write
   * and the record of it commit together or not at all, so an audited write cannot exist without its entry and a
   * write rolled back leaves none. The entry says `succeeded` with `status` — the answer the handler gives once it
   * returns (by default 201 if the route declares it, else its lowest declared 2xx status) — and the after-response audit then writes nothing
   * for the request. If the handler answers something else after all (a 500 after the commit, say), that answer is
   * audited after the response as well. Routes that write through `deps.pool` or through Temporal (a case's acts are
   * written by its workflow's activities) keep the after-response entry, as do refusals and failures.
   */
  transaction<T>(fn: (db: PoolClient) => Promise<T>, opts?: { status?: number }): Promise<T>;
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
  /** A larger body limit for these roles only (a whole province's organisation in one import); others get the default. */
  largeBody?: { limit: string; roles: readonly Role[] };
  /**
   * For routes that take an Idempotency-Key: the status a repeat answers with when the first answer was a 201
   * (e.g. 200 "already opened"); by default a repeat answers exactly as the first request was answered.
   */
  replayStatus?: number;
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

/** What a route answers when it wrote: 201 if it declares it (a creation), else its lowest declared 2xx status. */
function successStatus(route: RouteSpec): number {
  const ok = Object.keys(route.responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 300);
  return ok.includes(201) ? 201 : ok.length ? Math.min(...ok) : 200;
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
  /** Not recorded: a refusal repeated within one throttled window (the first one was). */
  skip?: boolean;
  /** The statuses already audited inside the transaction of the write (`ctx.transaction`). */
  recorded?: number[];
}

/** The audit entry of a request as far as it is known: the route wrapper fills `state` in as it goes. */
function auditEntry(req: Request, state: AuditState, status: number): AuditEntry {
  return {
    requestId: (req as Request & { id?: string }).id ?? null,
    tokenId: state.actor?.tokenId ?? null,
    actor: state.actor?.name ?? null,
    role: state.actor?.role ?? null,
    address: req.ip ?? null,
    method: req.method,
    route: state.route ?? '(none)',
    path: req.originalUrl.slice(0, 500),
    status,
    outcome: status >= 500 ? 'failed' : status >= 400 ? 'refused' : 'succeeded',
    detail: state.detail ?? null,
  };
}

/**
 * Records every write and every refused attempt (issue 6: audit) once the response is finished: a middleware
 * mounted before everything that can refuse. Reads are not audited unless refused (401 / 403 / 429); every other
 * method is, including one refused before any route saw it (rate limit, unreadable body). A write whose entry was
 * written in its own transaction (`ctx.transaction`, issue 14 item 4) is not recorded again.
 */
export function auditMiddleware(deps: AppDeps) {
  return (req: Request, res: Response, next: () => void): void => {
    const state: AuditState = {};
    res.locals.audit = state;
    res.on('finish', () => {
      if (state.skip) return;
      const status = res.statusCode;
      const refused = status === 401 || status === 403 || status === 429;
      if ((req.method === 'GET' || req.method === 'HEAD') && !refused) return;
      if (state.recorded?.includes(status)) return;
      insertAudit(deps.pool, auditEntry(req, state, status)).catch((err: unknown) =>
        deps.logger.error({ err }, 'could not write the audit log'),
      );
    });
    next();
  };
}

function rateLimited(limit: LimitState, detail: string): ProblemError {
  return new ProblemError('rate-limited', detail, {}, 429, {
    'Retry-After': String(limit.resetSeconds),
    RateLimit: `limit=${limit.limit}, remaining=0, reset=${limit.resetSeconds}`,
  });
}

/**
 * Authenticates the caller and checks the route's roles; returns the actor or throws 401 / 403 / 429. An address
 * that keeps failing to authenticate is refused before its tokens are looked up, and only its first refusal in a
 * window is audited, so guessing tokens can neither load the database nor fill the audit log.
 */
async function authenticate(
  req: Request,
  route: RouteSpec,
  deps: AppDeps,
  limits: ApiLimits,
  state: AuditState,
): Promise<Actor> {
  const address = req.ip ?? '';
  const throttled = limits.authFailuresPerAddress.exhausted(address);
  if (throttled) {
    state.skip = !throttled.firstTime;
    state.detail = 'authentication failures throttled';
    throw rateLimited(
      throttled,
      `more than ${throttled.limit} failed authentications from this address in a minute; wait and retry with a valid token`,
    );
  }
  const failed = (problem: ProblemError) => {
    limits.authFailuresPerAddress.hit(address);
    return problem;
  };
  const token = bearerToken(req);
  if (!token) {
    throw failed(
      new ProblemError(
        'unauthenticated',
        'send a bearer token in the Authorization header: Authorization: Bearer aot_…',
      ),
    );
  }
  const result = await deps.verifier.verify(token);
  if (!result.ok) {
    state.detail = `token ${result.reason}`;
    throw failed(
      new ProblemError(
        'unauthenticated',
        result.reason === 'unknown'
          ? 'the bearer token is not valid'
          : `the bearer token is ${result.reason}; ask an administrator for a new one`,
      ),
    );
  }
  state.actor = result.actor;
  const perToken = limits.perToken.hit(result.actor.tokenId);
  if (!perToken.allowed)
    throw rateLimited(perToken, `more than ${perToken.limit} requests in a minute; wait and retry`);
  if ('roles' in route.access && !route.access.roles.includes(result.actor.role)) {
    throw new ProblemError('forbidden', `the role ${result.actor.role} may not ${route.summary.toLowerCase()}`, {
      allowedRoles: route.access.roles,
    });
  }
  return result.actor;
}

const hasBody = (req: Request) =>
  Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

/** Reads a JSON body with the given parser; bytes that are not UTF-8 are refused (422) before they are parsed. */
function readBody(parser: express.RequestHandler, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    void parser(req, res, (err?: unknown) => (err ? reject(err) : resolve()));
  });
}

/** JSON with object keys sorted, so the same request always hashes the same. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

/** Whose keys these are: an Idempotency-Key means one request within the caller's office, never across offices. */
export function idempotencyScope(actor: Actor): string {
  return `${actor.role}:${actor.unitId ?? actor.regionId ?? '-'}`;
}

/**
 * What Temporal dedupes an act by (its update id): the key within its scope, so two offices' keys never meet in
 * one workflow.
 */
export function scopedIdempotencyKey(actor: Actor, key: string): string {
  return createHash('sha256')
    .update(`${idempotencyScope(actor)}\n${key}`)
    .digest('hex')
    .slice(0, 40);
}

const takesIdempotencyKey = (route: RouteSpec) =>
  route.headers instanceof z.ZodObject && 'idempotency-key' in route.headers.shape;

interface Answer {
  status: number;
  payload: unknown;
  headers: Record<string, string>;
  contentType?: string;
}

function send(res: Response, a: Answer): void {
  for (const [k, v] of Object.entries(a.headers)) res.setHeader(k, v);
  res.status(a.status);
  if (a.payload === undefined) res.end();
  else if (a.contentType && a.contentType !== 'application/json') res.type(a.contentType).send(a.payload);
  else res.json(a.payload);
}

const IDEMPOTENCY_WAIT_MS = 30_000;

/**
 * Runs `act` once per (scope, key): a repeat with the same request gets the first answer; the same key with another
 * request is refused (422); a repeat arriving while the first is still at work waits for its answer.
 */
async function once(
  deps: AppDeps,
  route: RouteSpec,
  k: { scope: string; key: string; requestHash: string },
  act: () => Promise<Answer>,
): Promise<Answer> {
  const routeName = `${route.method.toUpperCase()} ${route.path}`;
  const replay = (row: IdempotencyRow): Answer => {
    if (row.route !== routeName || row.request_hash !== k.requestHash) {
      throw new ProblemError(
        'validation-failed',
        'header.idempotency-key: this key was already used for a different request; use a new key for a new request',
        { errors: [{ in: 'header', path: 'idempotency-key', message: 'reused for a different request' }] },
      );
    }
    const status = row.status === 201 && route.replayStatus ? route.replayStatus : row.status!;
    return {
      status,
      payload: row.response ?? undefined,
      headers: { ...row.headers, 'Idempotent-Replayed': 'true' },
    };
  };
  const started = Date.now();
  for (;;) {
    const holder = await claimIdempotencyKey(deps.pool, { ...k, route: routeName });
    if (!holder) break;
    if (holder.state === 'done' || holder.route !== routeName || holder.request_hash !== k.requestHash)
      return replay(holder);
    // The first request with this key is still at work: wait for its answer rather than act twice.
    while (Date.now() - started < IDEMPOTENCY_WAIT_MS) {
      await new Promise((r) => setTimeout(r, 100));
      const row = await getIdempotencyKey(deps.pool, k.scope, k.key);
      if (!row) break; // it failed and let go of the key: try to claim it
      if (row.state === 'done') return replay(row);
    }
    if (Date.now() - started >= IDEMPOTENCY_WAIT_MS)
      throw new ProblemError(
        'conflict',
        'a request with this Idempotency-Key is still being processed; repeat it shortly to get its answer',
        {},
        409,
        { 'Retry-After': '5' },
      );
  }
  let answer: Answer;
  try {
    answer = await act();
  } catch (err) {
    await releaseIdempotencyKey(deps.pool, k.scope, k.key).catch(() => undefined);
    throw err;
  }
  if (answer.status >= 400) {
    await releaseIdempotencyKey(deps.pool, k.scope, k.key);
  } else {
    await completeIdempotencyKey(deps.pool, {
      scope: k.scope,
      key: k.key,
      status: answer.status,
      response: answer.payload,
      headers: Object.fromEntries(Object.entries(answer.headers).filter(([h]) => /^(location)$/i.test(h))),
    });
  }
  return answer;
}

/**
 * Mounts every route on the router. In order: the request target must be UTF-8; authentication (throttled per
 * address on failure), the per-token rate limit and the route's roles; only then is a body read, with the route's
 * limit; then every string is checked for control characters and lone surrogates, then the zod schemas; then the
 * handler, once per Idempotency-Key.
 */
/**
 * Every route's pipeline, in routers of their own by the path's first segment: a request is matched against the
 * routes under its own segment only, not against all of them in turn (issue 14 item 6: the walk through every route
 * before /eligibility was a tenth of its answer's cost).
 */
export function routesMiddleware(routes: RouteSpec[], deps: AppDeps, limits: ApiLimits): RequestHandler {
  const jsonOptions = { strict: true, verify: (_req: unknown, _res: unknown, buf: Buffer) => requireUtf8Body(buf) };
  const defaultParser = express.json({ ...jsonOptions, limit: deps.config.api.bodyLimit });
  const bySegment = new Map<string, Router>();
  for (const route of routes) {
    const segment = firstSegment(route.path);
    let router = bySegment.get(segment);
    if (!router) bySegment.set(segment, (router = express.Router()));
    const largeParser = route.largeBody ? express.json({ ...jsonOptions, limit: route.largeBody.limit }) : undefined;
    mountRoute(router, route, deps, limits, defaultParser, largeParser);
  }
  return (req, res, next) => {
    const router = bySegment.get(firstSegment(req.path));
    if (router) router(req, res, next);
    else next();
  };
}

const firstSegment = (path: string) => {
  const end = path.indexOf('/', 1);
  return end === -1 ? path.slice(1) : path.slice(1, end);
};

/** One route's pipeline: authentication, rate limits, the body, validation, the handler, the answer. */
function mountRoute(
  router: Router,
  route: RouteSpec,
  deps: AppDeps,
  limits: ApiLimits,
  defaultParser: RequestHandler,
  largeParser: RequestHandler | undefined,
): void {
  router[route.method](toExpressPath(route.path), async (req: Request, res: Response) => {
    const state = (res.locals.audit ?? {}) as AuditState;
    state.route = `${route.method.toUpperCase()} ${route.path}`;
    requireUtf8Url(req.originalUrl);
    const actor =
      'public' in route.access ? (undefined as unknown as Actor) : await authenticate(req, route, deps, limits, state);
    if (route.body && hasBody(req)) {
      if (!req.is(['application/json', 'application/*+json'])) {
        throw new ProblemError(
          'unsupported-media-type',
          `send the request body as application/json (got ${req.headers['content-type'] ?? 'no Content-Type'})`,
        );
      }
      const large = largeParser && route.largeBody!.roles.includes(actor.role);
      await readBody(large ? largeParser : defaultParser, req, res);
    }
    const jurisdiction = new Jurisdiction(deps.pool, actor);
    requireCleanText(req.params, 'path');
    requireCleanText(req.query, 'query');
    if (route.body) requireCleanText(req.body, 'body');
    const headers = route.headers ? parseOrThrow(route.headers, req.headers, 'header') : {};
    const params = route.params ? parseOrThrow(route.params, req.params, 'path') : {};
    const query = route.query ? parseOrThrow(route.query, req.query, 'query') : {};
    const body = route.body ? parseOrThrow(route.body, req.body ?? {}, 'body') : undefined;
    const transaction = async <T>(fn: (db: PoolClient) => Promise<T>, opts?: { status?: number }): Promise<T> => {
      const status = opts?.status ?? successStatus(route);
      // The entry first: it does not depend on what `fn` does, and a workflow `fn` starts last (POST /cases) then
      // has nothing but the COMMIT between its start and the commit.
      const result = await withTransaction(deps.pool, async (db) => {
        await insertAudit(db, auditEntry(req, state, status));
        return fn(db);
      });
      (state.recorded ??= []).push(status);
      return result;
    };
    const run = async (): Promise<Answer> => {
      const result = await route.handler({
        params,
        query,
        body,
        headers,
        actor,
        jurisdiction,
        req,
        res,
        deps,
        transaction,
      });
      // Responses pass through their declared schema, so a field the schema does not list never leaves (API3).
      const schema = route.responses[result.status]?.schema;
      const payload = schema && result.body !== undefined ? schema.parse(result.body) : result.body;
      return { status: result.status, payload, headers: result.headers ?? {}, contentType: result.contentType };
    };
    const key = (headers as { 'idempotency-key'?: string })['idempotency-key'];
    if (key && takesIdempotencyKey(route) && actor) {
      const requestHash = createHash('sha256')
        .update(canonicalJson({ params: req.params, query: req.query, body: req.body ?? null }))
        .digest('hex');
      send(res, await once(deps, route, { scope: idempotencyScope(actor), key, requestHash }, run));
    } else {
      send(res, await run());
    }
  });
}

/** Every route's path as a pattern, for answering 405 with the methods a path does have. */
export function allowedMethods(routes: RouteSpec[]): (path: string) => string[] {
  const patterns = routes.map((r) => ({
    method: r.method.toUpperCase(),
    re: new RegExp(`^${r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}/?$`),
  }));
  return (path) => {
    const methods = new Set(patterns.filter((p) => p.re.test(path)).map((p) => p.method));
    if (methods.has('GET')) methods.add('HEAD');
    if (methods.size) methods.add('OPTIONS');
    const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
    return [...methods].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  };
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
        ...(!r.schema && !isProblem && r.contentType
          ? { content: { [r.contentType]: { schema: { type: 'string', format: 'binary' } } } }
          : {}),
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
    // Every answer the pipeline in mountRoutes and the final handler can give, so clients and fuzzers can rely on
    // the document: a route lists its own statuses, these are added where they apply.
    const problem = (description: string) => ({
      description,
      content: { 'application/problem+json': { schema: problemSchema } },
    });
    const takesInput = !!(route.params || route.query || route.body || route.headers);
    responses['400'] ??= problem('The request could not be read (malformed JSON, an unreadable request)');
    if (!('public' in route.access)) {
      responses['401'] ??= problem('No valid bearer token');
      responses['403'] ??= problem('The token may not do this here');
      responses['429'] ??= problem('Too many requests (per token), or too many failed authentications (per address)');
    }
    if (route.params) responses['404'] ??= problem('No such resource, or not one this token may see');
    if (route.body) {
      responses['413'] ??= problem('The body exceeds the limit');
      responses['415'] ??= problem('The body is not application/json');
    }
    if (takesIdempotencyKey(route))
      responses['409'] ??= problem('The request conflicts with the current state, or its Idempotency-Key is in use');
    // Every route may meet a bad character in its path or query, and every route that stores may meet a database rule.
    responses['422'] ??= problem(
      takesInput ? 'The request does not satisfy the schema' : 'The request target is not valid UTF-8 text',
    );
    responses['503'] ??= problem('PostgreSQL or Temporal is not answering; repeat after Retry-After');
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
