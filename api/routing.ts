/**
 * Routes are declared once, as data: method, path, zod schemas for params / query / body / responses, and a
 * handler. From that one declaration come the Express route (with validation before the handler runs), and the
 * OpenAPI document. A route cannot be served without being documented, or documented without being validated.
 */
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from './deps';
import { ProblemError } from './problem';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteContext<P, Q, B, H> {
  params: P;
  query: Q;
  body: B;
  headers: H;
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

/** Mounts every route on the router, each validating its input before its handler runs. */
export function mountRoutes(router: Router, routes: RouteSpec[], deps: AppDeps): void {
  for (const route of routes) {
    router[route.method](toExpressPath(route.path), async (req: Request, res: Response) => {
      const headers = route.headers ? parseOrThrow(route.headers, req.headers, 'header') : {};
      const params = route.params ? parseOrThrow(route.params, req.params, 'path') : {};
      const query = route.query ? parseOrThrow(route.query, req.query, 'query') : {};
      const body = route.body ? parseOrThrow(route.body, req.body ?? {}, 'body') : undefined;
      const result = await route.handler({ params, query, body, headers, req, res, deps });
      for (const [k, v] of Object.entries(result.headers ?? {})) res.setHeader(k, v);
      res.status(result.status);
      if (result.body === undefined) {
        res.end();
      } else if (result.contentType && result.contentType !== 'application/json') {
        res.type(result.contentType).send(result.body);
      } else {
        res.json(result.body);
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
  return { openapi: '3.1.0', info, paths };
}
