/**
 * The one place that reads `process.env` (STYLE.md habit 12). Every port, path and address the system uses
 * is parsed here once, by one zod schema; a bad value stops the process with a message that names the
 * variable, what was expected and what was given.
 */
import { scryptSync } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'expected a TCP port number' })
  .int('expected a whole number')
  .min(1, 'expected a TCP port between 1 and 65535')
  .max(65535, 'expected a TCP port between 1 and 65535');

const hostPort = z.string().regex(/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/, 'expected host:port, e.g. 127.0.0.1:7233');

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// connection URL, e.g. postgres://user:pass@host:5432/db');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the local stack keeps its state: Temporal's SQLite file, the embedded PostgreSQL cluster, pid files. */
  DATA_DIR: z.string().min(1).default('data'),
  /** Where provisioned tools (the Go-built `temporal` CLI, the Java test server) are cached across runs. */
  TOOLS_CACHE_DIR: z
    .string()
    .min(1)
    .default(path.join(os.homedir(), '.cache', 'accountability-tools')),

  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(3000),
  /** Largest request body the API accepts. */
  API_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 100kb or 1mb')
    .default('256kb'),

  /** Requests one token (or, unauthenticated, one address) may make per minute; 0 turns the limit off. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  API_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(30),
  /** How long a verified token is trusted without asking the database again; a revocation takes effect within it. */
  TOKEN_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  /** Longest lifetime of a token issued through the API or the admin command. */
  TOKEN_MAX_LIFETIME_DAYS: z.coerce.number().int().min(1).max(3650).default(366),

  /** An existing Temporal frontend. When set, `npm start` starts no Temporal server of its own. */
  TEMPORAL_ADDRESS: hostPort.optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('accountability'),
  /** Ports of the dev server `npm start` runs when TEMPORAL_ADDRESS is not set. */
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  /** A `temporal` CLI binary to use instead of looking on PATH or building one. */
  TEMPORAL_CLI_PATH: z.string().min(1).optional(),
  /**
   * Which Temporal `npm start` runs when TEMPORAL_ADDRESS is not set: `dev`, the CLI's dev server (SQLite, one history
   * shard), or `production`, temporal-server on PostgreSQL with 16 history shards and its Web UI as a separate server
   * (scripts/lib/temporalServer.ts).
   */
  TEMPORAL_TOPOLOGY: z.enum(['dev', 'production'], { error: 'expected dev or production' }).default('dev'),
  /**
   * Ports of the production topology: the frontend's gRPC port (history, matching and worker take the next three;
   * the frontend's HTTP API and the four membership ports are 10 to 14 above it: scripts/lib/temporalServer.ts)
   * and the Web UI's. Apart from the dev server's defaults, so both can run side by side. At most 32767 - 14:
   * Temporal's PostgreSQL schema keeps the membership ports in a smallint column (cluster_membership.rpc_port).
   */
  TEMPORAL_SERVER_PORT: port
    .max(32767 - 14, 'expected a TCP port up to 32753 (the server uses 14 above it, below 32768)')
    .default(7433),
  TEMPORAL_SERVER_UI_PORT: port.default(8433),
  /** If set, the production topology's server serves its Prometheus metrics on 127.0.0.1 at this port (/metrics). */
  TEMPORAL_SERVER_METRICS_PORT: port.optional(),

  /**
   * An existing PostgreSQL database. When set, `npm start` starts no embedded PostgreSQL. Its user owns the schema
   * and runs the migrations; the worker and the API do not connect as it (APP_DATABASE_URL).
   */
  DATABASE_URL: postgresUrl.optional(),
  /**
   * Where the worker, the API and `npm run admin` connect: as the least-privilege role accountability_app
   * (db/migrations/0009_app_role.sql) or a login that is a member of it. Default: the owner's server and database,
   * as accountability_app with a password derived from the owner's ({@link appDatabaseUrl}).
   */
  APP_DATABASE_URL: postgresUrl.optional(),
  /** Port of the embedded PostgreSQL `npm start` runs when DATABASE_URL is not set. */
  EMBEDDED_PG_PORT: port.default(5433),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),

  /**
   * Worker tuning (issue 14; measured by `npm run bench:ladder`, README "Worker settings"). The workflow cache bounds
   * the worker's memory: a workflow evicted from it replays its history when its timer fires.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(1_000_000).default(1000),
  /** Workflow tasks run at once (at most the cache size). */
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(2).max(10_000).default(40),
  /** Activities run at once; each holds a database connection for most of its run (DATABASE_POOL_MAX). */
  WORKER_MAX_CONCURRENT_ACTIVITIES: z.coerce.number().int().min(1).max(10_000).default(100),
  /**
   * How the worker's pollers are sized: `simple`, the SDK's fixed 10 (of which only a fifth poll the shared workflow
   * queue new workflows start on), or `autoscaling`, sized from the backlog the server reports.
   */
  WORKER_POLLERS: z.enum(['simple', 'autoscaling']).default('simple'),

  /** Set by `npm start` on its children so they stop if it dies without stopping them. */
  SUPERVISOR_PID: z.coerce.number().int().positive().optional(),
  /** Run migrations when the API or worker starts (off: `npm start` runs them once itself). */
  MIGRATE_ON_START: bool.default(false),

  /** Mail delivery of the notification outbox: an SMTP server, smtp://user:pass@host:port or smtps://…; unset: off. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'expected smtp://host:port or smtps://host:port')
    .optional(),
  /** The sender of notification mail. */
  MAIL_FROM: z.string().min(3).default('综治责任制督导系统 <noreply@zongzhi.local>'),
  /** Webhook delivery of the notification outbox: every notification is POSTed here, signed; unset: off. */
  WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  /** The shared secret of the webhook's HMAC-SHA256 signature (at least 16 characters). */
  WEBHOOK_SECRET: z.string().min(16, 'expected at least 16 characters').optional(),
  /** How often the outbox relay sweeps for due deliveries (it is also woken by each new notification). */
  NOTIFY_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  /** Attempts per delivery before it is marked failed; retries back off exponentially from NOTIFY_RETRY_BASE_MS. */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5_000),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: string;
  dataDir: string;
  toolsCacheDir: string;
  api: {
    host: string;
    port: number;
    bodyLimit: string;
    rateLimitPerMinute: number;
    /** Failed authentications an address may make in a minute before it is answered 429 (0: no limit). */
    authFailuresPerMinute: number;
    tokenMaxLifetimeDays: number;
    tokenCacheMs: number;
  };
  temporal: {
    /** Address workers and clients connect to. */
    address: string;
    /** True when the address came from TEMPORAL_ADDRESS: nobody of ours runs that server. */
    external: boolean;
    namespace: string;
    taskQueue: string;
    devServer: { port: number; uiPort: number; cliPath?: string };
    /** Which Temporal `npm start` runs itself when {@link Config.temporal.external} is false. */
    topology: 'dev' | 'production';
    /** The production topology's frontend and Web UI ports. */
    server: { port: number; uiPort: number; metricsPort?: number };
  };
  database: {
    /**
     * Where the worker, the API and the admin command connect: the app's least-privilege role (APP_DATABASE_URL, or
     * the owner's server and database as {@link APP_DB_ROLE}). Not the owner: it cannot change the schema or
     * truncate the audit log.
     */
    url: string;
    /** The owner of the schema (DATABASE_URL, or the embedded superuser): for migrations, nothing else. */
    ownerUrl: string;
    /**
     * The login of {@link APP_DB_ROLE} the owner sets up after migrating (db/appRole.ts): its password when known.
     * Absent when APP_DATABASE_URL names another role (a login its DBA manages, member of accountability_app).
     */
    appLogin?: { role: string; password?: string };
    /** True when the owner's URL came from DATABASE_URL. */
    external: boolean;
    embeddedPort: number;
    poolMax: number;
  };
  /** The worker's tuning (WORKER_*): passed to Worker.create by worker/worker.ts. */
  worker: {
    maxCachedWorkflows: number;
    maxConcurrentWorkflowTaskExecutions: number;
    maxConcurrentActivityTaskExecutions: number;
    pollers: 'simple' | 'autoscaling';
  };
  supervisorPid?: number;
  migrateOnStart: boolean;
  notifications: {
    smtpUrl?: string;
    mailFrom: string;
    webhook?: { url: string; secret: string };
    pollMs: number;
    maxAttempts: number;
    retryBaseMs: number;
  };
}

/** A configuration value was missing or malformed. The message names every offending variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The database name the embedded PostgreSQL serves. */
export const EMBEDDED_DATABASE = 'accountability';
/** Credentials of the embedded PostgreSQL superuser (loopback only, local data directory). */
export const EMBEDDED_PG_USER = 'postgres';
export const EMBEDDED_PG_PASSWORD = 'postgres';
/** The role the worker and the API connect as (db/migrations/0009_app_role.sql): rows only, no DDL, no TRUNCATE. */
export const APP_DB_ROLE = 'accountability_app';

const derivedPasswords = new Map<string, string>();
/**
 * The app role's password when none is configured: derived from the owner's password with scrypt, so `npm start`,
 * `npm run migrate`, the worker, the API and the admin command all arrive at it without another secret to keep, and
 * the app role's processes, which know only the result, cannot work back to the owner's password.
 */
function derivedAppPassword(ownerPassword: string): string {
  let password = derivedPasswords.get(ownerPassword);
  if (password === undefined) {
    password = scryptSync(ownerPassword, `${APP_DB_ROLE} password`, 24, { N: 2 ** 14, r: 8, p: 1 }).toString(
      'base64url',
    );
    derivedPasswords.set(ownerPassword, password);
  }
  return password;
}

/**
 * The URL of the app role on the owner's server and database: the owner's URL with its credentials replaced by
 * {@link APP_DB_ROLE} and the derived password (none when the owner's URL has none: trust, peer or certificate
 * authentication). Everything else — host, port, database, parameters such as sslmode — is kept.
 */
export function appDatabaseUrl(ownerUrl: string): { url: string; password?: string } {
  const url = new URL(ownerUrl);
  const ownerPassword = url.password ? decodeURIComponent(url.password) : url.searchParams.get('password');
  const password = ownerPassword ? derivedAppPassword(ownerPassword) : undefined;
  url.searchParams.delete('user');
  url.searchParams.delete('password');
  if (url.hostname) {
    url.username = APP_DB_ROLE;
    url.password = password ?? '';
  } else {
    // postgres:///db?host=/run/postgresql: a URL without a host carries no credentials, its parameters do.
    url.searchParams.set('user', APP_DB_ROLE);
    if (password) url.searchParams.set('password', password);
  }
  return { url: url.toString(), password };
}

/** The login {@link APP_DB_ROLE} is set up with for an explicit APP_DATABASE_URL, if the URL names that role. */
function appLoginOf(appUrl: string): { role: string; password?: string } | undefined {
  const url = new URL(appUrl);
  const user = url.username ? decodeURIComponent(url.username) : url.searchParams.get('user');
  if (user !== APP_DB_ROLE) return undefined;
  const password = url.password ? decodeURIComponent(url.password) : url.searchParams.get('password');
  return { role: APP_DB_ROLE, password: password || undefined };
}

/**
 * Parses and validates the configuration. Throws {@link ConfigError} naming each bad variable; never returns a
 * half-valid config. Empty strings count as unset, so `FOO= npm start` means the default.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
  }
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const given = cleaned[name];
      return `  ${name}: ${issue.message}${given === undefined ? '' : ` (got ${JSON.stringify(given)})`}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  WEBHOOK_SECRET: required when WEBHOOK_URL is set (signs every delivery)',
    );
  }
  const dataDir = path.resolve(e.DATA_DIR);
  const ownerUrl =
    e.DATABASE_URL ??
    `postgres://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${e.EMBEDDED_PG_PORT}/${EMBEDDED_DATABASE}`;
  let app: { url: string; login?: { role: string; password?: string } };
  if (e.APP_DATABASE_URL) {
    app = { url: e.APP_DATABASE_URL, login: appLoginOf(e.APP_DATABASE_URL) };
  } else {
    const derived = appDatabaseUrl(ownerUrl);
    app = { url: derived.url, login: { role: APP_DB_ROLE, password: derived.password } };
  }
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    dataDir,
    toolsCacheDir: path.resolve(e.TOOLS_CACHE_DIR),
    api: {
      host: e.API_HOST,
      port: e.API_PORT,
      bodyLimit: e.API_BODY_LIMIT,
      rateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
      authFailuresPerMinute: e.API_AUTH_FAILURES_PER_MINUTE,
      tokenMaxLifetimeDays: e.TOKEN_MAX_LIFETIME_DAYS,
      tokenCacheMs: e.TOKEN_CACHE_MS,
    },
    temporal: {
      address:
        e.TEMPORAL_ADDRESS ??
        `127.0.0.1:${e.TEMPORAL_TOPOLOGY === 'production' ? e.TEMPORAL_SERVER_PORT : e.TEMPORAL_PORT}`,
      external: e.TEMPORAL_ADDRESS !== undefined,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      devServer: { port: e.TEMPORAL_PORT, uiPort: e.TEMPORAL_UI_PORT, cliPath: e.TEMPORAL_CLI_PATH },
      topology: e.TEMPORAL_TOPOLOGY,
      server: {
        port: e.TEMPORAL_SERVER_PORT,
        uiPort: e.TEMPORAL_SERVER_UI_PORT,
        metricsPort: e.TEMPORAL_SERVER_METRICS_PORT,
      },
    },
    database: {
      url: app.url,
      ownerUrl,
      appLogin: app.login,
      external: e.DATABASE_URL !== undefined,
      embeddedPort: e.EMBEDDED_PG_PORT,
      poolMax: e.DATABASE_POOL_MAX,
    },
    worker: {
      maxCachedWorkflows: e.WORKER_MAX_CACHED_WORKFLOWS,
      maxConcurrentWorkflowTaskExecutions: e.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
      maxConcurrentActivityTaskExecutions: e.WORKER_MAX_CONCURRENT_ACTIVITIES,
      pollers: e.WORKER_POLLERS,
    },
    supervisorPid: e.SUPERVISOR_PID,
    migrateOnStart: e.MIGRATE_ON_START,
    notifications: {
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      webhook: e.WEBHOOK_URL ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET! } : undefined,
      pollMs: e.NOTIFY_POLL_MS,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      retryBaseMs: e.NOTIFY_RETRY_BASE_MS,
    },
  };
}

/**
 * The environment for a child process of `npm start`: the parent's environment plus the resolved addresses,
 * so the child's own {@link loadConfig} sees exactly what the parent decided. The child (the worker, the API) gets
 * the app role's URL only: the owner's credentials stay with `npm start`, which has already migrated.
 */
export function childEnv(config: Config, extra: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DATABASE_URL') base[k] = v;
  return {
    ...base,
    TEMPORAL_ADDRESS: config.temporal.address,
    TEMPORAL_NAMESPACE: config.temporal.namespace,
    TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
    APP_DATABASE_URL: config.database.url,
    MIGRATE_ON_START: 'false',
    DATA_DIR: config.dataDir,
    API_HOST: config.api.host,
    API_PORT: String(config.api.port),
    SUPERVISOR_PID: String(process.pid),
    ...extra,
  };
}
