/**
 * Builds the Express application from its dependencies. Started by `api/main.ts`; tests call it directly.
 */
import { createHash, randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import type { AppDeps } from './deps';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, ProblemError, type ProblemSlug } from './problem';
import { auditMiddleware, buildOpenApi, mountRoutes, type RouteSpec } from './routing';
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

/** Every route the API serves. The OpenAPI document lists exactly these. */
export const ROUTES: RouteSpec[] = [
  ...healthRoutes,
  ...accessRoutes,
  ...organisationRoutes,
  ...policyRoutes,
  ...caseRoutes,
  ...barRoutes,
  ...referralRoutes,
  ...contactRoutes,
  ...annualRoutes,
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

  // A request id on every response: the caller's if it is sane, else a new one.
  app.use((req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    (req as Request & { id: string }).id = id;
    res.setHeader('X-Request-Id', id);
    next();
  });
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req) => (req as Request & { id: string }).id,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

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
    const known = PROBLEM_TYPES[slug];
    if (!known) throw new ProblemError('not-found', `there is no problem type ${req.params.slug}`);
    res.json({ type: `/problems/${slug}`, title: known.title, status: known.status });
  });

  app.use(helmet());
  app.use(auditMiddleware(deps));
  // Bodies are JSON; anything else sent with a body is refused before a route sees it.
  app.use((req, _res, next) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && !req.is(['application/json', 'application/*+json'])) {
      throw new ProblemError(
        'unsupported-media-type',
        `send the request body as application/json (got ${req.headers['content-type'] ?? 'no Content-Type'})`,
      );
    }
    next();
  });
  // A whole province's organisation arrives in one import document; everything else stays small.
  app.use('/organisation/import', express.json({ limit: '25mb', strict: true }));
  app.use(express.json({ limit: deps.config.api.bodyLimit, strict: true }));
  if (deps.config.api.rateLimitPerMinute > 0) {
    // Per token (hashed, never the token itself) or, without one, per address (OWASP API4).
    app.use(
      rateLimit({
        windowMs: 60_000,
        limit: deps.config.api.rateLimitPerMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        keyGenerator: (req) => {
          const auth = req.headers.authorization;
          return auth ? `t:${createHash('sha256').update(auth).digest('hex')}` : `a:${ipKeyGenerator(req.ip ?? '')}`;
        },
        handler: (_req, _res, next) => {
          next(
            new ProblemError(
              'rate-limited',
              `more than ${deps.config.api.rateLimitPerMinute} requests in a minute; wait and retry`,
            ),
          );
        },
      }),
    );
  }

  const router = express.Router();
  mountRoutes(router, ROUTES, deps);
  app.use(router);

  app.use((req, _res, next) => {
    next(
      new ProblemError('not-found', `no route ${req.method} ${req.path}; see /openapi.json for the routes there are`),
    );
  });
  app.use(problemHandler(deps));
  return app;
}

/** The one final error handler: every error leaves as RFC 9457 problem JSON. */
function problemHandler(deps: AppDeps) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const problem = toProblem(err);
    if (problem.status >= 500)
      deps.logger.error({ err, reqId: (req as Request & { id?: string }).id }, 'request failed');
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
  // PostgreSQL's integrity checks are the last line behind the validators (a race between two requests, say).
  const pgCode = (err as { code?: string })?.code;
  if (pgCode === '23505') return new ProblemError('conflict', 'a record with this key already exists');
  if (pgCode === '23503')
    return new ProblemError('validation-failed', 'the request refers to a record that does not exist');
  if (pgCode === '23514' || pgCode === '22P02' || pgCode === '22007' || pgCode === '22008') {
    return new ProblemError('validation-failed', 'the request breaks a rule of the data model');
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose) {
    return new ProblemError('malformed-request', e.message ?? 'bad request', {}, e.status);
  }
  return new ProblemError('internal-error', 'an unexpected error occurred; it has been logged with the request id');
}
