/**
 * Builds the Express application from its dependencies. Started by `api/main.ts`; tests call it directly.
 */
import { randomUUID } from 'node:crypto';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import type { AppDeps } from './deps';
import type { Logger } from '../lib/logger';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, ProblemError, type ProblemSlug } from './problem';
import { createLimits } from './limits';
import { allowedMethods, auditMiddleware, buildOpenApi, routesMiddleware, type RouteSpec } from './routing';
import { accessRoutes } from './routes/access';
import { barRoutes } from './routes/bars';
import { caseRoutes } from './routes/cases';
import { healthRoutes } from './routes/health';
import { organisationRoutes } from './routes/organisation';
import { policyRoutes } from './routes/policies';
import { referralRoutes } from './routes/referrals';
import { contactRoutes } from './routes/contacts';
import { annualRoutes } from './routes/annual';
import { systemCheckRoutes } from './routes/systemChecks';
import { documentRoutes } from './routes/documents';
import { keyAreaRoutes } from './routes/keyAreas';
import { supervisionRoutes } from './routes/supervision';
import { consoleRouter } from '../console/serve';

/** Every route the API serves. The OpenAPI document lists exactly these. */
export const ROUTES: RouteSpec[] = [
  ...healthRoutes,
  ...accessRoutes,
  ...organisationRoutes,
  ...policyRoutes,
  ...caseRoutes,
  ...documentRoutes,
  ...barRoutes,
  ...referralRoutes,
  ...contactRoutes,
  ...annualRoutes,
  ...keyAreaRoutes,
  ...supervisionRoutes,
  ...systemCheckRoutes,
];

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function buildOpenApiDocument(): Record<string, unknown> {
  return buildOpenApi(ROUTES, { title: 'Accountability orchestration API', version: '0.1.0' });
}

export function buildApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');
  // No ETags: every answer is read fresh from the database, and hashing each body cost more than a client saved.
  app.set('etag', false);

  // A request id on every response: the caller's if it is sane, else a new one.
  app.use((req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    (req as Request & { id: string }).id = id;
    res.setHeader('X-Request-Id', id);
    next();
  });
  app.use(requestLog(deps.logger));

  const openapi = buildOpenApiDocument();
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  // Swagger UI serves inline scripts and styles, so it gets its own, looser CSP.
  app.use(
    '/docs',
    helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"] } } }),
    swaggerUi.serve,
    swaggerUi.setup(openapi),
  );
  app.get('/problems/:slug', (req, res) => {
    const slug = req.params.slug as ProblemSlug;
    // Own keys only: `constructor` or `toString` are no problem types.
    const known = Object.hasOwn(PROBLEM_TYPES, slug) ? PROBLEM_TYPES[slug] : undefined;
    if (!known) throw new ProblemError('not-found', `there is no problem type ${req.params.slug}`);
    res.json({ type: `/problems/${slug}`, title: known.title, status: known.status });
  });

  // The operator console (issue 15): static pages with a strict CSP of their own; every datum comes from the API.
  app.use('/console', consoleRouter(deps.config));

  app.use(helmet());
  app.use(auditMiddleware(deps));
  // Authentication, rate limits, body parsing (with each route's limit, after authentication) and validation all
  // happen per route, in routesMiddleware: nothing is read from an unauthenticated caller but its headers.
  const allowed = allowedMethods(ROUTES);
  app.use((req, res, next) => {
    const methods = req.method === 'OPTIONS' ? allowed(req.path) : [];
    if (methods.length === 0) return next();
    res.setHeader('Allow', methods.join(', '));
    res.status(204).end();
  });
  app.use(routesMiddleware(ROUTES, deps, createLimits(deps.config.api)));

  app.use((req, _res, next) => {
    const methods = allowed(req.path);
    if (methods.length === 0) {
      next(
        new ProblemError('not-found', `no route ${req.method} ${req.path}; see /openapi.json for the routes there are`),
      );
    } else {
      next(
        new ProblemError(
          'method-not-allowed',
          `${req.method} is not allowed on ${req.path}; allowed: ${methods.join(', ')}`,
          {},
          405,
          { Allow: methods.join(', ') },
        ),
      );
    }
  });
  app.use(problemHandler(deps));
  return app;
}

/**
 * The HTTP server for an app built by {@link buildApp}: use it instead of `app.listen`. Its requests and responses are
 * built with the app's own prototypes (`app.request`, `app.response`), so the `Object.setPrototypeOf` that Express's
 * `app.handle` does to every request and response (expressjs/express#5998) finds them already set and changes
 * nothing. Measured with the eligibility benchmark (issue 14 item 6): with the prototypes changed per request, about
 * a third of what a request allocated was still alive at the next minor GC and was promoted to the old generation
 * (2–4 MB a scavenge at 1,000 requests/s, 4–10 ms pauses, and major GCs to clear it); built this way, nothing is
 * promoted and the pauses are about 1 ms. Sub-apps would still change the prototypes; this API mounts none.
 */
export function createServer(app: express.Express): http.Server {
  type Ctor<T, A extends unknown[]> = (this: T, ...args: A) => void;
  function ApiRequest(this: IncomingMessage, socket: Socket): void {
    (IncomingMessage as unknown as Ctor<IncomingMessage, [Socket]>).call(this, socket);
  }
  ApiRequest.prototype = app.request;
  function ApiResponse(this: ServerResponse, req: IncomingMessage, options: unknown): void {
    (ServerResponse as unknown as Ctor<ServerResponse, [IncomingMessage, unknown]>).call(this, req, options);
  }
  ApiResponse.prototype = app.response;
  return http.createServer(
    {
      IncomingMessage: ApiRequest as unknown as typeof IncomingMessage,
      ServerResponse: ApiResponse as unknown as typeof ServerResponse,
    },
    app,
  );
}

/**
 * One log line per request when its answer has gone (or the client went away first): its id, method, URL, status
 * and time — pino-http's line, without the child logger it made for every request (a sixth of what an eligibility
 * answer cost, issue 14 item 6). Errors themselves are logged by the problem handler.
 */
function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      const status = res.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id: (req as Request & { id: string }).id, method: req.method, url: req.originalUrl },
          res: { statusCode: status },
          responseTime: Math.round(performance.now() - started),
        },
        res.writableFinished ? 'request completed' : 'request aborted',
      );
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}

/** The one final error handler: every error leaves as RFC 9457 problem JSON. */
function problemHandler(deps: AppDeps) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const problem = toProblem(err);
    if (problem.status >= 500 && problem.slug !== 'dependency-unavailable')
      deps.logger.error({ err, reqId: (req as Request & { id?: string }).id }, 'request failed');
    else if (problem.slug === 'dependency-unavailable')
      deps.logger.warn({ err, reqId: (req as Request & { id?: string }).id }, 'a dependency did not answer');
    for (const [k, v] of Object.entries(problem.headers)) res.setHeader(k, v);
    res
      .status(problem.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problem.toBody(req.originalUrl, (req as Request & { id?: string }).id)));
  };
}

function toProblem(err: unknown): ProblemError {
  if (err instanceof ProblemError) return err;
  const e = err as { type?: string; status?: number; message?: string; expose?: boolean };
  // body-parser's errors carry a type and a status meant for the client.
  switch (e?.type) {
    case 'entity.parse.failed':
      return new ProblemError('malformed-request', `the body is not valid JSON: ${e.message}`);
    case 'entity.too.large':
      return new ProblemError('payload-too-large', `the body exceeds the limit of this API; send less`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ProblemError('unsupported-media-type', e.message ?? 'unsupported encoding');
    default:
      break;
  }
  const mapped = fromPostgresOrTemporal(err);
  if (mapped) return mapped;
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose) {
    return new ProblemError('malformed-request', e.message ?? 'bad request', {}, e.status);
  }
  return new ProblemError('internal-error', 'an unexpected error occurred; it has been logged with the request id');
}

/**
 * PostgreSQL's own checks are the last line behind the validators (a race between two requests, a value the schema
 * let through): class 22 (data exception) is bad input, 422; class 23 (integrity) is a conflict with what is stored,
 * 409, or a reference or rule the input breaks, 422. A database or Temporal that does not answer is 503 with
 * Retry-After: the request may be repeated. Never 500 for any of these.
 */
export function fromPostgresOrTemporal(err: unknown): ProblemError | undefined {
  const e = err as { code?: unknown; message?: string; name?: string; cause?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code && /^[0-9A-Z]{5}$/.test(code)) {
    const cls = code.slice(0, 2);
    if (code === '23505' || code === '23P01')
      return new ProblemError('conflict', 'a record with this key already exists', { sqlstate: code });
    if (code === '23503')
      return new ProblemError('validation-failed', 'the request refers to a record that does not exist', {
        sqlstate: code,
      });
    if (cls === '23')
      return new ProblemError('validation-failed', 'the request breaks a rule of the data model', { sqlstate: code });
    if (cls === '22')
      return new ProblemError('validation-failed', 'the request holds a value the database cannot store', {
        sqlstate: code,
      });
    if (cls === '08' || cls === '53' || cls === '57')
      return unavailable('PostgreSQL is not answering; repeat the request shortly');
  }
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'].includes(code))
    return unavailable('PostgreSQL is not answering; repeat the request shortly');
  const message = e?.message ?? '';
  if (/timeout exceeded when trying to connect|Connection terminated|connection timeout/i.test(message))
    return unavailable('PostgreSQL is not answering; repeat the request shortly');
  // @temporalio/client: a ServiceError (or a gRPC status) when the frontend cannot be reached.
  if (e?.name === 'ServiceError' || /14 UNAVAILABLE|DEADLINE_EXCEEDED|Failed to connect|UNAVAILABLE:/.test(message))
    return unavailable('Temporal is not answering; repeat the request shortly');
  return undefined;
}

function unavailable(detail: string): ProblemError {
  return new ProblemError('dependency-unavailable', detail, {}, 503, { 'Retry-After': '5' });
}
