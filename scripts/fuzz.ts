/**
 * `npm run fuzz`: an external fuzzer against the real stack (issue 10, item 12).
 *
 *   1. provisions Schemathesis (PyPI, pinned in scripts/lib/provision.ts) and the Temporal CLI into the tools cache;
 *   2. starts a throwaway stack in a temporary directory on free loopback ports: an embedded PostgreSQL, a Temporal
 *      dev server, the migrations, a worker and the API (both in this process; the API's rate limits off, so the
 *      fuzzer reaches the routes);
 *   3. seeds a sandbox through the API: a province, a city and a county with units and leaders, two open cases, and
 *      an admin token for the fuzzer (scripts/fuzz-hooks.py keeps it from revoking that token);
 *   4. runs `st run <api>/openapi.json --checks all` with a fixed seed and a time budget, one worker (Python 3.11
 *      intermittently fails with "AST constructor recursion depth mismatch" under Schemathesis's threads), and
 *      writes its reports into .cache/fuzz/ (events.ndjson, junit.xml), with the stack's error log (stack.log);
 *   5. summarises — operations, requests, time, distinct failures by check with one reproducing request each, also in
 *      .cache/fuzz/summary.json — and exits 1 when a check in {@link GATING_CHECKS} failed.
 * Everything it started is stopped on exit, on failure and on Ctrl-C.
 *
 *   npm run fuzz                                   # the CI run: seed 20160601, 300 s of fuzzing, ~5.5 min in all
 *   npm run fuzz -- --max-time 60                  # a quicker look
 *   npm run fuzz -- --seed 7 -- --include-path-regex '^/cases'   # after a second `--`: passed to `st run`
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { pino } from 'pino';
import { buildApp, createServer, buildOpenApiDocument } from '../api/app';
import { createDbTokenVerifier, issueToken } from '../api/auth/verifier';
import { migrateAndSetUpAppLogin } from '../db/appRole';
import { createPool, type Pool } from '../db/pool';
import { ConfigError, loadConfig, type Config } from '../lib/config';
import { REDACTED_PATHS } from '../lib/logger';
import { ensureSearchAttributes } from '../lib/temporal';
import { createWorker } from '../worker/worker';
import { startDevServer, stopChild, type DevServerHandle } from './lib/devServer';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './lib/postgres';
import { ensureSchemathesis, ensureTemporalCli, SCHEMATHESIS_VERSION } from './lib/provision';

/**
 * The checks whose failures fail the run (CI). The others are printed as findings only; widen this set as the API
 * comes to satisfy them (Schemathesis's names: `st run --help`, option --checks).
 */
export const GATING_CHECKS: ReadonlySet<string> = new Set(['not_a_server_error', 'response_schema_conformance']);

/** The defaults CI runs with: a fixed seed, so a finding reproduces, and a budget that keeps the step near 6 min. */
const DEFAULTS = { seed: 20160601, maxTime: 300, maxExamples: 100, workers: 1 };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT_DIR = path.join(ROOT, '.cache', 'fuzz');
const NDJSON_REPORT = path.join(REPORT_DIR, 'events.ndjson');
const JUNIT_REPORT = path.join(REPORT_DIR, 'junit.xml');
/** Keeps the fuzzer from revoking its own token (see the file). */
const HOOKS = path.join(ROOT, 'scripts', 'fuzz-hooks.py');
const say = (line: string): void => {
  process.stdout.write(`[fuzz] ${line}\n`);
};

class UsageError extends Error {}

interface Options {
  seed: number;
  maxTime: number;
  maxExamples: number;
  workers: number;
  stArgs: string[];
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      'max-time': { type: 'string' },
      'max-examples': { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    throw new UsageError(
      'npm run fuzz -- [--seed N] [--max-time SECONDS] [--max-examples N] [--workers N] [-- <more st run options>]',
    );
  }
  const int = (name: string, v: string | undefined, fallback: number, min: number): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min} (got ${v})`);
    return n;
  };
  return {
    seed: int('seed', values.seed, DEFAULTS.seed, 0),
    maxTime: int('max-time', values['max-time'], DEFAULTS.maxTime, 1),
    maxExamples: int('max-examples', values['max-examples'], DEFAULTS.maxExamples, 1),
    workers: int('workers', values.workers, DEFAULTS.workers, 1),
    stArgs: positionals,
  };
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The sandbox: 吉林省 → 长春市 → 南关区, each with units and leaders in their roles. */
const SANDBOX = {
  regions: [
    { id: '220000', name: '吉林省', level: 'province' },
    { id: '220100', name: '长春市', level: 'city', parentId: '220000' },
    { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
  ],
  units: [
    { id: 'U-220000-PC', name: '中共吉林省委', kind: 'party-organ', regionId: '220000', leadsRegion: true },
    { id: 'U-220100-GOV', name: '长春市人民政府', kind: 'administrative-organ', regionId: '220100', leadsRegion: true },
    {
      id: 'U-220100-PSB',
      name: '长春市公安局',
      kind: 'administrative-organ',
      regionId: '220100',
      memberOfCommittee: true,
    },
    { id: 'U-220102-GOV', name: '南关区人民政府', kind: 'administrative-organ', regionId: '220102', leadsRegion: true },
    {
      id: 'U-220102-PSB',
      name: '南关区公安分局',
      kind: 'administrative-organ',
      regionId: '220102',
      memberOfCommittee: true,
    },
    { id: 'U-220102-EDU', name: '南关区教育局', kind: 'administrative-organ', regionId: '220102' },
    {
      id: 'U-220102-TAX',
      name: '国家税务总局长春市南关区税务局',
      kind: 'administrative-organ',
      regionId: '220102',
      stationedBy: 'central',
      supervisingUnitName: '国家税务总局吉林省税务局',
    },
  ],
  leaders: [
    {
      id: 'L-220100-01',
      name: '王建国',
      roles: [{ unitId: 'U-220100-GOV', role: 'principal', startsOn: '2024-01-01' }],
    },
    { id: 'L-220102-01', name: '李明', roles: [{ unitId: 'U-220102-GOV', role: 'principal', startsOn: '2023-03-01' }] },
    { id: 'L-220102-02', name: '张伟', roles: [{ unitId: 'U-220102-PSB', role: 'principal', startsOn: '2022-06-15' }] },
    {
      id: 'L-220102-03',
      name: '刘芳',
      roles: [{ unitId: 'U-220102-EDU', role: 'in-charge', title: '副局长', startsOn: '2021-09-01' }],
    },
  ],
};

/**
 * Two open cases, so the case routes meet real ids (the fuzzer finds them through `GET /cases`): a notice to a unit
 * from the county office, and a talk with the county from the city office.
 */
const SANDBOX_CASES = [
  {
    subject: { kind: 'unit', id: 'U-220102-PSB' },
    grounds: [1],
    facts: '辖区连续发生盗窃案件，群众安全感下降',
    severity: 'ordinary',
    openingRegionId: '220102',
  },
  {
    subject: { kind: 'region', id: '220102' },
    grounds: [2],
    facts: '重点工作未按期完成',
    severity: 'serious',
    openingRegionId: '220100',
  },
];

async function seed(baseUrl: string, secret: string): Promise<number> {
  const post = async (route: string, body: unknown, key?: string) => {
    const res = await fetch(`${baseUrl}${route}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${secret}`,
        'content-type': 'application/json',
        ...(key ? { 'Idempotency-Key': key } : {}),
      },
      body: JSON.stringify(body),
    });
    if (res.status >= 300)
      throw new Error(`seeding the sandbox: POST ${route} answered ${res.status} ${await res.text()}`);
  };
  await post('/organisation/import', SANDBOX);
  for (const [i, c] of SANDBOX_CASES.entries()) await post('/cases', c, `fuzz-seed-${i}`);
  return SANDBOX_CASES.length;
}

interface Stack {
  dir?: string;
  postgres?: EmbeddedPostgresHandle;
  temporal?: DevServerHandle;
  pool?: Pool;
  nativeConnection?: NativeConnection;
  worker?: Worker;
  workerRun?: Promise<void>;
  connection?: Connection;
  server?: Server;
  fuzzer?: ChildProcess;
  logs?: WriteStream;
}

/** Stops what was started, newest first; never throws. */
async function stopStack(s: Stack): Promise<void> {
  const quietly = async (what: string, fn: () => Promise<unknown> | undefined) => {
    try {
      await fn();
    } catch (err) {
      say(`stopping ${what}: ${(err as Error).message}`);
    }
  };
  if (s.fuzzer) await quietly('Schemathesis', () => stopChild(s.fuzzer!, 5_000));
  if (s.server) {
    s.server.closeAllConnections();
    await quietly('the API', () => new Promise((r) => s.server!.close(r)));
  }
  if (s.worker) {
    const worker = s.worker;
    await quietly('the worker', async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await s.workerRun;
    });
  }
  await quietly('Temporal connections', async () => {
    await s.nativeConnection?.close();
    await s.connection?.close();
  });
  await quietly('the pool', () => s.pool?.end());
  await quietly('Temporal', () => s.temporal?.stop());
  await quietly('PostgreSQL', () => s.postgres?.stop());
  if (s.dir) await quietly('the temporary directory', () => rm(s.dir!, { recursive: true, force: true }));
  await quietly('the logs', () => new Promise((r) => (s.logs ? s.logs.end(r) : r(undefined))));
}

async function startStack(
  s: Stack,
  config: Config,
  cliPath: string,
): Promise<{ baseUrl: string; secret: string; tokenId: string }> {
  s.dir = await mkdtemp(path.join(os.tmpdir(), 'accountability-fuzz-'));
  // As root the embedded PostgreSQL runs as a `postgres` user, which must be able to enter the directory.
  await chmod(s.dir, 0o755);
  const [pgPort, temporalPort] = await Promise.all([freePort(), freePort()]);

  say(`PostgreSQL: embedded, 127.0.0.1:${pgPort}, in ${s.dir}`);
  s.postgres = await startEmbeddedPostgres({
    dataDir: path.join(s.dir, 'postgres'),
    port: pgPort,
    database: 'accountability_fuzz',
    user: 'postgres',
    password: 'postgres',
  });
  say(`Temporal: dev server 127.0.0.1:${temporalPort}`);
  s.temporal = await startDevServer({
    cliPath,
    dbFile: path.join(s.dir, 'temporal.db'),
    port: temporalPort,
    namespace: 'default',
    stdio: 'ignore',
    readyTimeoutMs: 180_000,
  });
  s.connection = await Connection.connect({ address: s.temporal.address });
  await ensureSearchAttributes(s.connection, 'default');
  // Migrated as the owner; the worker and the API connect as the app's least-privilege role, as in production.
  const database = loadConfig({ DATABASE_URL: s.postgres.url, TOOLS_CACHE_DIR: config.toolsCacheDir }).database;
  const { migrations: report } = await migrateAndSetUpAppLogin(database);
  say(`migrations: applied ${report.applied.length}; the app connects as ${new URL(database.url).username}`);
  s.pool = createPool(database.url, 10);

  const fuzzConfig: Config = {
    ...config,
    nodeEnv: 'production',
    database: { ...database, external: true },
    temporal: { ...config.temporal, address: s.temporal.address, external: true, namespace: 'default' },
    // The fuzzer sends thousands of requests with one token, and many without a valid one (the auth checks): the
    // limits would answer most of them 429 and leave the routes behind them untested.
    api: { ...config.api, host: '127.0.0.1', port: 0, rateLimitPerMinute: 0, authFailuresPerMinute: 0 },
  };

  // The API's and the worker's errors (with stacks: what a 500 was) go to a log file next to the report.
  s.logs = createWriteStream(path.join(REPORT_DIR, 'stack.log'));
  const logs = s.logs;
  const logger = pino({ level: 'error', name: 'api', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, logs);
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) => {
      logs.write(`${JSON.stringify({ name: 'worker', level: entry.level, msg: entry.message, ...entry.meta })}\n`);
    }),
  });

  say('worker: bundling the workflows and starting');
  s.nativeConnection = await NativeConnection.connect({ address: s.temporal.address });
  s.worker = await createWorker({
    connection: s.nativeConnection,
    namespace: 'default',
    taskQueue: fuzzConfig.temporal.taskQueue,
    deps: { pool: s.pool },
    overrides: { shutdownGraceTime: '5s' },
  });
  s.workerRun = s.worker.run();

  const app = buildApp({
    config: fuzzConfig,
    logger,
    pool: s.pool,
    temporal: { connection: s.connection, client: new Client({ connection: s.connection, namespace: 'default' }) },
    verifier: createDbTokenVerifier(s.pool),
  });
  const server = createServer(app).listen(0, '127.0.0.1');
  s.server = server;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { secret, row } = await issueToken(s.pool, {
    name: '模糊测试 管理员',
    role: 'admin',
    regionId: null,
    unitId: null,
    createdBy: 'npm run fuzz',
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const cases = await seed(baseUrl, secret);
  say(
    `API ${baseUrl}; sandbox: ${SANDBOX.regions.length} regions, ${SANDBOX.units.length} units, ` +
      `${SANDBOX.leaders.length} leaders, ${cases} open cases`,
  );
  return { baseUrl, secret, tokenId: row.id };
}

function runFuzzer(s: Stack, st: string, args: string[], tokenId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(st, args, {
      cwd: REPORT_DIR,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        NO_COLOR: '1',
        PYTHONUNBUFFERED: '1',
        SCHEMATHESIS_HOOKS: HOOKS,
        FUZZ_OWN_TOKEN_ID: tokenId,
      },
    });
    s.fuzzer = child;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      s.fuzzer = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const started = Date.now();
  const st = await ensureSchemathesis({ cacheDir: config.toolsCacheDir, say });
  const cliPath = await ensureTemporalCli({
    cliPath: config.temporal.devServer.cliPath,
    cacheDir: config.toolsCacheDir,
    say,
  });
  await rm(REPORT_DIR, { recursive: true, force: true });
  await mkdir(REPORT_DIR, { recursive: true });

  const stack: Stack = {};
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopStack(stack));
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    say(`${signal}: stopping everything`);
    void stop().then(() => {
      say('stopped everything');
      process.exit(130);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const { baseUrl, secret, tokenId } = await startStack(stack, config, cliPath);
    say(`stack ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const args = [
      'run',
      `${baseUrl}/openapi.json`,
      '--url',
      baseUrl,
      '--checks',
      'all',
      '--seed',
      String(opts.seed),
      '--max-time',
      String(opts.maxTime),
      '--max-examples',
      String(opts.maxExamples),
      '--workers',
      String(opts.workers),
      '--generation-database',
      'none',
      '--request-timeout',
      '20',
      '--header',
      `Authorization: Bearer ${secret}`,
      '--report',
      'junit,ndjson',
      '--report-junit-path',
      JUNIT_REPORT,
      '--report-ndjson-path',
      NDJSON_REPORT,
      '--no-color',
      ...opts.stArgs,
    ];
    say(
      `st run (Schemathesis ${SCHEMATHESIS_VERSION}) --checks all --seed ${opts.seed} --max-time ${opts.maxTime} ` +
        `--max-examples ${opts.maxExamples} --workers ${opts.workers}${opts.stArgs.length ? ` ${opts.stArgs.join(' ')}` : ''}`,
    );
    const fuzzStarted = Date.now();
    const stExit = await runFuzzer(stack, st, args, tokenId);
    if (interrupted) return 130;
    const fuzzSeconds = (Date.now() - fuzzStarted) / 1000;
    const me = await fetch(`${baseUrl}/me`, { headers: { Authorization: `Bearer ${secret}` } });
    return await summarise(stExit, fuzzSeconds, me.status === 200);
  } finally {
    await stop();
    say(`stopped everything; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  }
}

/** What the NDJSON report says, as far as this summary reads it (Schemathesis 4.x event stream). */
interface StCase {
  value: { method: string; path: string; query?: Record<string, unknown> };
}
interface StCheck {
  name: string;
  status: string;
  failure_info?: { failure?: { operation?: string; title?: string; message?: string; code?: string } };
}
interface StInteraction {
  request: { method: string; uri: string; body?: { $base64?: string } | null };
  response?: { status_code: number; content?: { $base64?: string } | null } | null;
}
interface StScenario {
  status: string;
  recorder: {
    label: string;
    cases?: Record<string, StCase>;
    checks?: Record<string, StCheck[]>;
    interactions?: Record<string, StInteraction>;
  };
}

/** One distinct finding: a check that failed on an operation, for one reason, with one request that shows it. */
interface Finding {
  check: string;
  operation: string;
  title: string;
  message: string;
  count: number;
  request?: { method: string; path: string; body?: string; status?: number; response?: string };
}

const fromBase64 = (b?: { $base64?: string } | null): string | undefined =>
  b?.$base64 === undefined ? undefined : Buffer.from(b.$base64, 'base64').toString('utf8');
/** Control characters, line breaks and lone surrogates: shown as \\uXXXX escapes. */
const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Short enough to read, with every control character visible. */
const shown = (text: string, max = 400): string =>
  (text.length > max ? `${text.slice(0, max)}…` : text).replace(
    UNPRINTABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

interface Summary {
  operationsDocumented: number;
  operationsFuzzed: number;
  requests: number;
  statuses: Record<string, number>;
  findings: Finding[];
  errors: string[];
  stopReason?: string;
}

async function readReport(file: string, documented: Set<string>): Promise<Summary> {
  const text = await readFile(file, 'utf8');
  const fuzzed = new Set<string>();
  const statuses: Record<string, number> = {};
  const findings = new Map<string, Finding>();
  const errors: string[] = [];
  let requests = 0;
  let stopReason: string | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as Record<string, unknown>;
    const [kind] = Object.keys(event);
    const body = event[kind!] as Record<string, unknown>;
    if (kind === 'EngineFinished') stopReason = body.stop_reason as string | undefined;
    if (kind === 'NonFatalError' || kind === 'FatalError') {
      const value = body.value as { type?: string; message?: string } | undefined;
      const where = typeof body.label === 'string' ? `${body.label}: ` : '';
      errors.push(`${where}${value?.type ?? kind} ${shown(value?.message ?? JSON.stringify(body), 300)}`);
    }
    if (kind !== 'ScenarioFinished') continue;
    const { recorder } = body as unknown as StScenario;
    for (const [id, interaction] of Object.entries(recorder.interactions ?? {})) {
      requests++;
      const status = interaction.response?.status_code;
      const bucket = status === undefined ? 'no response' : `${String(status)[0]}xx`;
      statuses[bucket] = (statuses[bucket] ?? 0) + 1;
      const c = recorder.cases?.[id];
      if (c && documented.has(`${c.value.method.toUpperCase()} ${c.value.path}`))
        fuzzed.add(`${c.value.method.toUpperCase()} ${c.value.path}`);
    }
    for (const [id, checks] of Object.entries(recorder.checks ?? {})) {
      for (const check of checks) {
        if (check.status !== 'failure') continue;
        const failure = check.failure_info?.failure ?? {};
        const c = recorder.cases?.[id];
        const operation = failure.operation ?? (c ? `${c.value.method.toUpperCase()} ${c.value.path}` : recorder.label);
        const title = failure.title ?? check.name;
        const key = `${check.name}|${operation}|${title}`;
        const known = findings.get(key);
        if (known) {
          known.count++;
          continue;
        }
        const interaction = recorder.interactions?.[id];
        const url = interaction ? new URL(interaction.request.uri) : undefined;
        const response = fromBase64(interaction?.response?.content);
        const requestBody = fromBase64(interaction?.request.body);
        findings.set(key, {
          check: check.name,
          operation,
          title,
          message: failure.message ?? '',
          count: 1,
          request: interaction && {
            method: interaction.request.method,
            path: `${url!.pathname}${url!.search}`,
            body: requestBody === undefined ? undefined : shown(requestBody),
            status: interaction.response?.status_code,
            response: response === undefined ? undefined : shown(response, 300),
          },
        });
      }
    }
  }
  return {
    operationsDocumented: documented.size,
    operationsFuzzed: fuzzed.size,
    requests,
    statuses,
    findings: [...findings.values()].sort(
      (a, b) => a.check.localeCompare(b.check) || a.operation.localeCompare(b.operation),
    ),
    errors,
    stopReason,
  };
}

/** Prints the summary; returns the exit code: 1 when a gating check failed or the run could not be trusted. */
async function summarise(stExit: number, fuzzSeconds: number, tokenStillValid: boolean): Promise<number> {
  const documented = new Set<string>();
  const paths = buildOpenApiDocument().paths as Record<string, Record<string, unknown>>;
  for (const [p, ops] of Object.entries(paths))
    for (const m of Object.keys(ops)) documented.add(`${m.toUpperCase()} ${p}`);
  let summary: Summary;
  try {
    summary = await readReport(NDJSON_REPORT, documented);
  } catch (err) {
    say(`no usable report from Schemathesis (exit ${stExit}): ${(err as Error).message}`);
    return 1;
  }
  await writeFile(path.join(REPORT_DIR, 'summary.json'), `${JSON.stringify({ fuzzSeconds, ...summary }, null, 2)}\n`);

  const byCheck = new Map<string, Finding[]>();
  for (const f of summary.findings) byCheck.set(f.check, [...(byCheck.get(f.check) ?? []), f]);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out();
  out('== fuzz summary');
  out(
    `operations fuzzed: ${summary.operationsFuzzed} of ${summary.operationsDocumented} documented; requests: ${summary.requests} ` +
      `(${Object.entries(summary.statuses)
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}); fuzzing took ${fuzzSeconds.toFixed(0)} s (stopped by ${summary.stopReason ?? '?'})`,
  );
  if (byCheck.size === 0) out('no check failed');
  for (const [check, findings] of byCheck) {
    const gating = GATING_CHECKS.has(check);
    out();
    out(
      `${gating ? 'FAIL' : 'finding'} ${check}: ${findings.length} distinct, ${findings.reduce((n, f) => n + f.count, 0)} failing cases${gating ? ' (gating)' : ''}`,
    );
    for (const f of findings) {
      out(`  - ${f.operation} — ${f.title} (×${f.count})`);
      const firstLine = f.message.split('\n').find((l) => l.trim());
      if (firstLine) out(`      ${shown(firstLine, 200)}`);
      if (f.request) {
        out(
          `      ${f.request.method} ${f.request.path}${f.request.body !== undefined ? `  body: ${f.request.body}` : ''}`,
        );
        if (f.request.status !== undefined)
          out(`      → ${f.request.status}${f.request.response ? ` ${f.request.response}` : ''}`);
      }
    }
  }
  for (const e of summary.errors) out(`error: ${e}`);
  out();

  const gatingFailures = summary.findings.filter((f) => GATING_CHECKS.has(f.check));
  const problems: string[] = [];
  if (gatingFailures.length)
    problems.push(`${gatingFailures.length} distinct failures of gating checks (${[...GATING_CHECKS].join(', ')})`);
  if (summary.requests === 0) problems.push('Schemathesis made no requests');
  if (!tokenStillValid)
    problems.push("the fuzzer's admin token stopped working during the run: the results mean little");
  if (stExit !== 0 && stExit !== 1) problems.push(`Schemathesis itself failed (exit ${stExit})`);
  say(`reports: ${path.relative(ROOT, REPORT_DIR)}/ (events.ndjson, junit.xml, summary.json, stack.log)`);
  if (problems.length) {
    say(`FAILED: ${problems.join('; ')}`);
    return 1;
  }
  say(
    `passed: no gating check failed${summary.findings.length ? `; ${summary.findings.length} other findings above` : ''}`,
  );
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    process.stderr.write(
      err instanceof ConfigError || err instanceof UsageError
        ? `${err.message}\n`
        : `fuzz failed: ${(err as Error)?.stack ?? String(err)}\n`,
    );
    process.exit(2);
  });
