/**
 * bench/ladder (issue 14 item 1): the escalation ladder's throughput, latency and footprint, all in one run against
 * one stack built as `npm start` builds it (bench/ladder/stack.ts: embedded PostgreSQL, Temporal dev server, the
 * worker and the API as processes of their own, with the worker settings of lib/config.ts or WORKER_* variables).
 *
 *   (a) the engine's ceiling: a workflow with one no-op activity, started by a client and awaited (a worker of its
 *       own in this process, with the same settings), workflows/s;
 *   (b) system checks through the API (POST /system-checks) until each has recorded its completion, checks/s;
 *   (c) cases through the API (POST /cases, an office of a drill region under a drill policy) until each has its
 *       notice issued, cases/s; target (c) ≥ 0.8 × (b);
 *   (d) cases whose notice deadlines fall within one minute: deadline → escalation, measured at the commit of the
 *       `escalated` row of case_events (pg_xact_commit_timestamp, the stack runs with track_commit_timestamp) against
 *       the deadline it missed; p50 / p99 / max; target p99 ≤ 1 s;
 *   (e) open cases waiting on their timers (real case workflows on the real server, opened through the same one door
 *       as the API — db/caseOpening.ts and caseStartOptions — without HTTP, to fill faster): the worker's RSS and V8
 *       heap, and GET /cases p50 / p99 with filters and keyset pages; targets RSS ≤ 1 GiB, list p99 ≤ 50 ms.
 *
 *   npm run bench:ladder                                    # the issue's sizes: (e) 100,000 open cases
 *   BENCH_TOPOLOGY=both npm run bench:ladder                # dev server, then temporal-server on PostgreSQL; side by side
 *   BENCH_OPEN=20000 BENCH_FILL_MINUTES=15 npm run bench:ladder
 *   BENCH_CEILING=100 BENCH_CHECKS=50 BENCH_CASES=50 BENCH_DEADLINES=50 BENCH_OPEN=500 npm run bench:ladder  # a smoke run
 *
 * (e) stops opening cases when BENCH_FILL_MINUTES have passed and says how many it reached: every figure is printed
 * for the number of cases actually open, never extrapolated. Not a test: it asserts nothing and prints figures
 * against the targets.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { issueToken } from '../../api/auth/verifier';
import { loadOpeningContext, recordCaseOpening } from '../../db/caseOpening';
import { createPool, withTransaction, type Pool } from '../../db/pool';
import {
  caseStartOptions,
  openingRequestOf,
  planOpening,
  type CaseParticulars,
  type OpeningContext,
} from '../../domain/caseOpening';
import { DEFAULT_POLICY } from '../../domain/policy';
import { accountabilityCaseWorkflow } from '../../workflows/accountabilityCase';
import { ceilingWorkflow } from './ceilingWorkflow';
import { startStack, type Stack } from './stack';
import { benchTopologies, type Topology } from '../lib/temporal';
import { loadConfig } from '../../lib/config';
import { mib, percentile, perS, runPool, sleep } from './stats';

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name}: expected a number, got ${process.env[name]}`);
  return v;
};
const N = {
  ceiling: num('BENCH_CEILING', 1000),
  checks: num('BENCH_CHECKS', 300),
  cases: num('BENCH_CASES', 300),
  deadlines: num('BENCH_DEADLINES', 1000),
  open: num('BENCH_OPEN', 100_000),
};
/** Requests (or starts) in flight at once in (a)–(c), as many operators would send them. */
const CONCURRENCY = num('BENCH_CONCURRENCY', 16);
const FILL_CONCURRENCY = num('BENCH_FILL_CONCURRENCY', 32);
const FILL_MINUTES = num('BENCH_FILL_MINUTES', 45);
/** (e) opens no more while this many opened cases have not yet reached their timers. */
const FILL_BACKLOG = num('BENCH_FILL_BACKLOG', 200);
const LIST_SECONDS = num('BENCH_LIST_SECONDS', 10);

const TOPOLOGIES = benchTopologies();

const say = (s: string) => process.stdout.write(`[bench] ${s}\n`);
/** Why the run cannot go on: the worker or the API died. */
let died: string | undefined;
let figures: string[] = [];
/** The headline figures of each topology, by name, for the side-by-side table at the end. */
let headline = new Map<string, string>();
/** A figure: printed now and again in the summary; `short` goes into the side-by-side table under `name`. */
const figure = (s: string, name?: string, short?: string) => {
  figures.push(s);
  if (name && short) headline.set(name, short);
  say(s);
};

// The organisation: a drill province (so a drill policy may be installed), 9 cities of 7 counties, 10 units a county.
const PROVINCE = '990000';
const CITIES = Array.from({ length: 9 }, (_, c) => `99${String(c + 1).padStart(2, '0')}00`);
const COUNTIES = CITIES.flatMap((city) =>
  Array.from({ length: 7 }, (_, k) => `${city.slice(0, 4)}${String(k + 1).padStart(2, '0')}`),
);
const UNITS_PER_COUNTY = 10;
const unitOf = (i: number) => {
  const county = COUNTIES[i % COUNTIES.length]!;
  return { county, id: `BU-${county}-${1 + (Math.floor(i / COUNTIES.length) % UNITS_PER_COUNTY)}` };
};

/**
 * The drill policy (Art. 18, a drill region): the ladder's periods as the default's, shortened to a day so that every
 * case in the bench waits on timers well inside the run's reach; (d) gives its cases explicit deadlines within it.
 */
const DRILL = {
  basis: '基准测试演练：期限以日计',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    rectification: { notice: 'P1D', talk: 'P1D', listing: 'P1D', veto: 'P1D' },
    reminders: ['PT12H'],
    talkHoldWithin: 'P1D',
  },
};

async function seed(owner: Pool) {
  await owner.query(
    `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name, drill)
     VALUES ($1, '基准省', 'province', NULL, '基准省综治委', '基准省综治办', true)`,
    [PROVINCE],
  );
  for (const [c, city] of CITIES.entries()) {
    await owner.query(
      `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES ($1, $2, 'city', $3, $4, $5)`,
      [city, `市${c + 1}`, PROVINCE, `市${c + 1}综治委`, `市${c + 1}综治办`],
    );
  }
  for (const county of COUNTIES) {
    const city = `${county.slice(0, 4)}00`;
    await owner.query(
      `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES ($1, $2, 'county', $3, $4, $5)`,
      [county, `县${county}`, city, `县${county}综治委`, `县${county}综治办`],
    );
    await owner.query(
      `INSERT INTO units (id, name, kind, region_id, member_of_committee)
       SELECT 'BU-' || $1 || '-' || g, '县' || $1 || '单位' || g, 'administrative-organ', $1, true FROM generate_series(1, $2::int) g`,
      [county, UNITS_PER_COUNTY],
    );
  }
}

type Tokens = { admin: string; city: string; county: Map<string, string> };

async function issueTokens(owner: Pool): Promise<Tokens> {
  const expiresAt = new Date(Date.now() + 86_400_000);
  const issue = async (role: 'admin' | 'office-operator', regionId: string | null) =>
    (
      await issueToken(owner, {
        name: `基准 ${regionId ?? 'admin'}`,
        role,
        regionId,
        unitId: null,
        createdBy: 'bench',
        expiresAt,
      })
    ).secret;
  const county = new Map<string, string>();
  for (const c of COUNTIES) county.set(c, await issue('office-operator', c));
  return { admin: await issue('admin', null), city: await issue('office-operator', CITIES[0]!), county };
}

async function api(stack: Stack, token: string, method: string, p: string, body?: unknown, key?: string) {
  const res = await fetch(stack.apiBase + p, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${p}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Polls `count()` until it reaches `target`; returns the moment it did (ms), or throws after `timeoutMs`. */
async function until(what: string, target: number, count: () => Promise<number>, timeoutMs: number) {
  const t0 = Date.now();
  for (;;) {
    if (died) throw new Error(died);
    const n = await count();
    if (n >= target) return Date.now();
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what}: ${n} of ${target} after ${timeoutMs} ms`);
    await sleep(50);
  }
}

const countOf = (pool: Pool, sql: string, params: unknown[]) => async () =>
  Number((await pool.query<{ n: string }>(sql, params)).rows[0]!.n);

/** (a) */
async function ceiling(stack: Stack, client: Client): Promise<number> {
  const connection = await NativeConnection.connect({ address: stack.temporalAddress });
  const w = stack.config.worker;
  const worker = await Worker.create({
    connection,
    taskQueue: 'bench-ceiling',
    workflowsPath: fileURLToPath(new URL('./ceilingWorkflow.ts', import.meta.url)),
    activities: { noop: async () => undefined },
    maxCachedWorkflows: w.maxCachedWorkflows,
    maxConcurrentWorkflowTaskExecutions: Math.min(
      w.maxConcurrentWorkflowTaskExecutions,
      w.maxCachedWorkflows || Infinity,
    ),
    maxConcurrentActivityTaskExecutions: w.maxConcurrentActivityTaskExecutions,
    ...(w.pollers === 'autoscaling'
      ? {
          workflowTaskPollerBehavior: { type: 'autoscaling' as const },
          activityTaskPollerBehavior: { type: 'autoscaling' as const },
        }
      : {}),
  });
  const running = worker.run();
  // One warm-up, so the bundle and the connections are ready before the clock starts.
  await client.workflow.execute(ceilingWorkflow, { taskQueue: 'bench-ceiling', workflowId: 'ceiling-warmup' });
  const t0 = Date.now();
  await runPool(N.ceiling, CONCURRENCY, async (i) => {
    await client.workflow.execute(ceilingWorkflow, { taskQueue: 'bench-ceiling', workflowId: `ceiling-${i}` });
  });
  const rate = perS(N.ceiling, Date.now() - t0);
  worker.shutdown();
  await running;
  await connection.close();
  return rate;
}

/** (b) */
async function systemChecks(stack: Stack, owner: Pool, tokens: Tokens): Promise<number> {
  await api(stack, tokens.admin, 'POST', '/system-checks', { note: 'warm-up' });
  const ids: string[] = [];
  const t0 = Date.now();
  await runPool(N.checks, CONCURRENCY, async (i) => {
    const r = await api(stack, tokens.admin, 'POST', '/system-checks', { note: `基准 ${i}` }, `bench-check-${i}`);
    ids.push(String(r.workflowId));
  });
  const done = await until(
    '(b) system checks completed',
    N.checks,
    countOf(owner, 'SELECT count(*) AS n FROM system_checks WHERE id = ANY($1) AND completed_at IS NOT NULL', [ids]),
    10 * 60_000,
  );
  return perS(N.checks, done - t0);
}

const caseBody = (i: number, deadline?: Date) => ({
  subject: { kind: 'unit' as const, id: unitOf(i).id },
  grounds: [1],
  facts: `基准测试案件 ${i}：未按要求落实综治领导责任制`,
  severity: 'ordinary' as const,
  ...(deadline ? { deadline: deadline.toISOString() } : {}),
});

/** (c) */
async function casesThroughApi(stack: Stack, owner: Pool, tokens: Tokens): Promise<number> {
  await api(stack, tokens.county.get(unitOf(0).county)!, 'POST', '/cases', caseBody(0), 'bench-case-warmup');
  const ids: string[] = [];
  const t0 = Date.now();
  await runPool(N.cases, CONCURRENCY, async (i) => {
    const token = tokens.county.get(unitOf(i).county)!;
    const r = await api(stack, token, 'POST', '/cases', caseBody(i), `bench-case-${i}`);
    ids.push(String(r.id));
  });
  const done = await until(
    '(c) notices issued',
    N.cases,
    countOf(
      owner,
      `SELECT count(*) AS n FROM case_events WHERE case_id = ANY($1) AND kind = 'document-issued:notice'`,
      [ids],
    ),
    10 * 60_000,
  );
  return perS(N.cases, done - t0);
}

/**
 * Opens a case as the API does after its checks — the one door (db/caseOpening.ts) and caseStartOptions, the workflow
 * started inside the transaction — without HTTP: the fast path for (d) and (e).
 */
function directOpener(stack: Stack, pool: Pool, client: Client) {
  const contexts = new Map<string, OpeningContext>();
  return async (i: number, deadline?: Date): Promise<string> => {
    const unit = unitOf(i);
    let ctx = contexts.get(unit.id);
    if (!ctx) {
      const found = await loadOpeningContext(pool, {
        subjectKind: 'unit',
        subjectId: unit.id,
        openingRegionId: unit.county,
        at: new Date(),
      });
      if ('missing' in found) throw new Error(found.message);
      contexts.set(unit.id, (ctx = found));
    }
    const body = caseBody(i, deadline);
    const particulars: CaseParticulars = {
      grounds: body.grounds,
      facts: body.facts,
      severity: body.severity,
      aggravating: [],
      mitigating: [],
      inNameOf: 'office',
      explicitDeadline: body.deadline,
      openedBy: '基准测试',
    };
    const plan = planOpening(ctx, openingRequestOf(particulars));
    return withTransaction(pool, async (db) => {
      const opened = await recordCaseOpening(db, ctx, plan, particulars, { at: new Date(), idempotencyKey: null });
      await client.workflow.start(accountabilityCaseWorkflow, {
        ...caseStartOptions(opened.input),
        taskQueue: stack.config.temporal.taskQueue,
        workflowIdConflictPolicy: 'FAIL',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [opened.input],
      });
      return opened.input.caseId;
    });
  };
}

/** (d) */
async function deadlines(owner: Pool, open: ReturnType<typeof directOpener>, openRate: number) {
  // The window starts once every case is open and waits on its timer — twice the time (c)'s rate would take, and
  // half a minute — so that what is measured is the escalations alone, not escalations queued behind openings.
  const leadMs = Math.ceil((2 * N.deadlines * 1000) / openRate) + 30_000;
  const t0 = Date.now() + leadMs;
  say(`(d) opening ${N.deadlines} cases, deadlines from +${(leadMs / 1000).toFixed(0)} s over one minute`);
  const ids: string[] = [];
  // Paced as (e) is: no more than FILL_BACKLOG cases still waiting for their notice.
  const opening = countOf(owner, `SELECT count(*) AS n FROM cases WHERE phase = 'opening'`, []);
  let backlog = 0;
  const backlogPoll = setInterval(() => {
    void opening().then(
      (n) => (backlog = n),
      () => undefined,
    );
  }, 500);
  await runPool(N.deadlines, CONCURRENCY, async (i) => {
    while (backlog > FILL_BACKLOG) await sleep(100);
    backlog++;
    ids.push(await open(N.cases + 1 + i, new Date(t0 + Math.floor((60_000 * i) / N.deadlines))));
  });
  clearInterval(backlogPoll);
  const openedAt = Date.now();
  const waiting = countOf(
    owner,
    `SELECT count(*) AS n FROM cases WHERE id = ANY($1) AND phase = 'rectifying' AND status = 'open'`,
    [ids],
  );
  const settledAt = await until('(d) cases waiting on their timers', N.deadlines, waiting, leadMs + 5 * 60_000);
  say(
    `(d) opened in ${((openedAt - (t0 - leadMs)) / 1000).toFixed(1)} s, all waiting on their timers ${((t0 - settledAt) / 1000).toFixed(1)} s before the first deadline${settledAt > t0 ? ' — NOT before it: the figures below include the opening' : ''}`,
  );
  await until(
    '(d) escalations',
    N.deadlines,
    countOf(owner, `SELECT count(*) AS n FROM case_events WHERE case_id = ANY($1) AND kind = 'escalated'`, [ids]),
    Math.max(0, t0 + 60_000 - Date.now()) + 5 * 60_000,
  );
  const { rows } = await owner.query<{ committed: number; workflow: number; late_notice: boolean }>(
    `SELECT EXTRACT(EPOCH FROM pg_xact_commit_timestamp(e.xmin) - (e.detail->>'missedDeadline')::timestamptz) * 1000 AS committed,
            EXTRACT(EPOCH FROM e.at - (e.detail->>'missedDeadline')::timestamptz) * 1000 AS workflow,
            (SELECT n.at > (e.detail->>'missedDeadline')::timestamptz FROM case_events n
              WHERE n.case_id = e.case_id AND n.kind = 'document-issued:notice') AS late_notice
       FROM case_events e WHERE e.case_id = ANY($1) AND e.kind = 'escalated'`,
    [ids],
  );
  const committed = rows.map((r) => Number(r.committed));
  const workflow = rows.map((r) => Number(r.workflow));
  return {
    committed,
    workflow,
    lateNotices: rows.filter((r) => r.late_notice).length,
  };
}

/** (e): fills to N.open open cases, sampling the worker's memory, then measures it settled. */
async function fill(stack: Stack, owner: Pool, client: Client, open: ReturnType<typeof directOpener>) {
  const already = Number(
    (await owner.query<{ n: string }>(`SELECT count(*) AS n FROM cases WHERE status = 'open'`)).rows[0]!.n,
  );
  const toOpen = Math.max(0, N.open - already);
  const budgetEnds = Date.now() + FILL_MINUTES * 60_000;
  const waiting = countOf(
    owner,
    `SELECT count(*) AS n FROM cases WHERE status = 'open' AND phase IN ('rectifying', 'awaiting-talk')`,
    [],
  );
  let peakRss = 0;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    void stack.workerRss().then((m) => (peakRss = Math.max(peakRss, m.rss)));
  }, 1000);
  const heapSampler = setInterval(() => {
    void stack.workerMemory().then(
      (m) => (peakHeap = Math.max(peakHeap, m.heapUsed)),
      () => undefined,
    );
  }, 5000);
  say(`(e) ${already} cases open; opening ${toOpen} more (at most ${FILL_MINUTES} min, ${FILL_CONCURRENCY} at once)`);
  const t0 = Date.now();
  let opened = 0;
  const progress = setInterval(() => {
    void Promise.all([stack.workerRss(), stack.workerMemory(), waiting()]).then(
      ([m, h, n]) =>
        say(
          `(e) … ${opened} opened in ${((Date.now() - t0) / 1000).toFixed(0)} s (${perS(opened, Date.now() - t0).toFixed(1)}/s), ${n} waiting on timers; worker RSS ${mib(m.rss)}, heap ${mib(h.heapUsed)}`,
        ),
      () => undefined,
    );
  }, 30_000);
  const base = N.cases + N.deadlines + 1;
  // Closed loop: at most FILL_BACKLOG cases opened and not yet waiting on their timers, so the fill goes at the pace
  // the worker keeps (a flood only queues workflow tasks past their sticky timeout, to be replayed elsewhere).
  let backlog = 0;
  const backlogPoll = setInterval(() => {
    void waiting().then(
      (n) => (backlog = already + opened - n),
      () => undefined,
    );
  }, 500);
  await runPool(
    toOpen,
    FILL_CONCURRENCY,
    async (i) => {
      while (backlog > FILL_BACKLOG && Date.now() < budgetEnds) await sleep(100);
      await open(base + i);
      opened++;
      backlog++;
    },
    () => Date.now() < budgetEnds,
  );
  clearInterval(backlogPoll);
  clearInterval(progress);
  const openedFor = Date.now() - t0;
  const total = already + opened;
  // Settled: every case has issued its notice and recorded its state, and waits on its timers.
  await until('(e) cases waiting on their timers', total, waiting, 30 * 60_000);
  const settledFor = Date.now() - t0;
  await sleep(10_000);
  clearInterval(sampler);
  clearInterval(heapSampler);
  const running = (
    await client.workflow.count(`WorkflowType = 'accountabilityCaseWorkflow' AND ExecutionStatus = 'Running'`)
  ).count;
  const settled = await stack.workerRss();
  const heap = await stack.workerMemory();
  const heapAfterGc = await stack.workerMemory(true);
  return {
    total,
    opened,
    openedFor,
    settledFor,
    running,
    peakRss: Math.max(peakRss, settled.rss),
    peakHeap,
    settled,
    heap,
    heapAfterGc,
  };
}

/** (e) GET /cases with filters and keyset pages, from autocannon. */
async function listLatency(stack: Stack, owner: Pool, tokens: Tokens) {
  const { rows } = await owner.query<{ id: string }>(
    `SELECT id FROM cases ORDER BY opened_at DESC, id DESC OFFSET (SELECT count(*) / 2 FROM cases) LIMIT 1`,
  );
  const middle = rows[0]?.id ?? '';
  const soon = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const county = COUNTIES[3]!;
  const paths: Array<[string, string]> = [
    [tokens.admin, '/cases?limit=100'],
    [tokens.admin, `/cases?limit=100&before=${middle}`],
    [tokens.admin, '/cases?status=open&rung=talk&limit=50'],
    [tokens.admin, `/cases?status=open&dueBefore=${encodeURIComponent(soon)}&severity=ordinary&limit=100`],
    [tokens.city, '/cases?status=open&limit=100'],
    [tokens.city, `/cases?regionId=${CITIES[0]!.slice(0, 4)}02&status=open&rung=notice&limit=100`],
    [tokens.county.get(county)!, '/cases?overdue=false&limit=100'],
    [tokens.county.get(county)!, `/cases?status=open&limit=20&before=${middle}`],
  ];
  // Each first page, and the next page through its cursor when the answer gives one.
  const requests: Array<{ method: 'GET'; path: string; headers: Record<string, string> }> = [];
  for (const [token, p] of paths) {
    requests.push({ method: 'GET', path: p, headers: { authorization: `Bearer ${token}` } });
    const page = await api(stack, token, 'GET', p);
    if (typeof page.next === 'string')
      requests.push({
        method: 'GET',
        path: `${p.replace(/&before=[^&]*/, '')}&before=${page.next}`,
        headers: { authorization: `Bearer ${token}` },
      });
  }
  const result = await autocannon({ url: stack.apiBase, connections: 4, duration: LIST_SECONDS, requests, workers: 1 });
  return { result, kinds: requests.length };
}

async function main() {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const cores = os.cpus().length;
  const results: Array<{ topology: Topology; figures: string[]; headline: Map<string, string> }> = [];
  for (const topology of TOPOLOGIES) {
    figures = [];
    headline = new Map();
    say(`— topology ${topology} —`);
    await benchOn(topology, cores);
    results.push({ topology, figures, headline });
  }
  const w = loadConfig().worker;
  say('');
  say(
    `summary (${cores} cores, ${mib(os.totalmem())} memory, worker cache ${w.maxCachedWorkflows}, wft ${w.maxConcurrentWorkflowTaskExecutions}, activities ${w.maxConcurrentActivityTaskExecutions}, pollers ${w.pollers}):`,
  );
  for (const r of results) {
    say(`topology ${r.topology}:`);
    for (const f of r.figures) say(`  ${f}`);
  }
  if (results.length > 1) {
    say('');
    say('side by side:');
    const names = [...new Set(results.flatMap((r) => [...r.headline.keys()]))];
    const width = Math.max(...names.map((n) => n.length));
    say(`  ${''.padEnd(width)}  ${results.map((r) => r.topology.padEnd(28)).join('')}`);
    for (const n of names)
      say(`  ${n.padEnd(width)}  ${results.map((r) => (r.headline.get(n) ?? '—').padEnd(28)).join('')}`);
  }
}

async function benchOn(topology: Topology, cores: number) {
  died = undefined;
  const stack = await startStack({
    say,
    topology,
    env: {},
    onDeath: (why) => {
      died = why;
      say(why);
    },
  });
  const w = stack.config.worker;
  say(
    `stack up in ${stack.dir} (${topology === 'production' ? 'temporal-server on PostgreSQL, 16 history shards' : 'Temporal dev server'}): ${cores} cores; worker maxCachedWorkflows ${w.maxCachedWorkflows}, ` +
      `maxConcurrentWorkflowTaskExecutions ${w.maxConcurrentWorkflowTaskExecutions}, ` +
      `maxConcurrentActivityTaskExecutions ${w.maxConcurrentActivityTaskExecutions}, pollers ${w.pollers}, DATABASE_POOL_MAX ${stack.config.database.poolMax}`,
  );
  // Ctrl-C stops what the bench started (the dev server and PostgreSQL run in process groups of their own).
  const interrupted = () => void stack.stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const detach = () => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  };
  const owner = createPool(stack.ownerUrl, 4);
  const app = createPool(stack.config.database.url, Math.max(CONCURRENCY, FILL_CONCURRENCY));
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const client = new Client({ connection });
  try {
    await seed(owner);
    const tokens = await issueTokens(owner);
    await api(stack, tokens.admin, 'POST', '/policies', { regionId: PROVINCE, document: DRILL });
    say(
      `seeded: ${CITIES.length} cities, ${COUNTIES.length} counties, ${COUNTIES.length * UNITS_PER_COUNTY} units, a drill policy`,
    );

    const a = await ceiling(stack, client);
    figure(
      `(a) engine ceiling: ${N.ceiling} workflows (one no-op activity) started and awaited: ${a.toFixed(1)} workflows/s`,
      '(a) engine ceiling',
      `${a.toFixed(1)} workflows/s`,
    );
    const b = await systemChecks(stack, owner, tokens);
    figure(
      `(b) system checks through the API: ${N.checks} to completion: ${b.toFixed(1)} checks/s (${(b / a).toFixed(2)} × (a))`,
      '(b) system checks',
      `${b.toFixed(1)}/s`,
    );
    // The worker at rest, its bundle loaded and no workflow open (finished system checks leave the cache).
    const baseline = await stack.workerMemory(true);
    say(
      `worker at rest: RSS ${mib(baseline.rss)}, V8 heap ${mib(baseline.heapUsed)} after a full GC (workflow thread${baseline.threads === 1 ? '' : `s: ${baseline.threads}`} ${mib(baseline.threadHeapUsed)})`,
    );
    const c = await casesThroughApi(stack, owner, tokens);
    figure(
      `(c) cases through the API to the issued notice: ${N.cases}: ${c.toFixed(1)} cases/s = ${(c / b).toFixed(2)} × (b), ${(c / a).toFixed(2)} × (a) — target ≥ 0.8 × (b): ${c >= 0.8 * b ? 'met' : 'NOT met'}`,
      '(c) cases to the notice (≥ 0.8 × b)',
      `${c.toFixed(1)}/s = ${(c / b).toFixed(2)} × (b)`,
    );

    const open = directOpener(stack, app, client);
    const d = await deadlines(owner, open, c);
    const dp = (v: number[], p: number) => percentile(v, p).toFixed(0);
    figure(
      `(d) ${d.committed.length} deadlines within one minute → escalation committed: p50 ${dp(d.committed, 50)} ms, p99 ${dp(d.committed, 99)} ms, max ${Math.max(...d.committed).toFixed(0)} ms — target p99 ≤ 1000 ms: ${percentile(d.committed, 99) <= 1000 ? 'met' : 'NOT met'}`,
      '(d) deadline → commit p50/p99/max (p99 ≤ 1 s)',
      `${dp(d.committed, 50)} / ${dp(d.committed, 99)} / ${Math.max(...d.committed).toFixed(0)} ms`,
    );
    figure(
      `(d) the same in workflow time (the event's \`at\`): p50 ${dp(d.workflow, 50)} ms, p99 ${dp(d.workflow, 99)} ms, max ${Math.max(...d.workflow).toFixed(0)} ms${d.lateNotices ? `; ${d.lateNotices} notices were issued after their deadline` : ''}`,
    );

    const e = await fill(stack, owner, client, open);
    figure(
      `(e) ${e.total} open cases${e.total < N.open ? ` — NOT the ${N.open} asked for: the fill stopped after ${FILL_MINUTES} min` : ''} (${e.running} case workflows running); ${e.opened} opened in ${(e.openedFor / 1000).toFixed(0)} s (${perS(e.opened, e.openedFor).toFixed(1)}/s), all waiting on timers after ${(e.settledFor / 1000).toFixed(0)} s`,
      '(e) open cases (fill rate)',
      `${e.total} (${perS(e.opened, e.openedFor).toFixed(1)}/s)`,
    );
    figure(
      `(e) worker RSS ${mib(e.settled.rss)} settled, ${mib(e.peakRss)} peak during the fill (VmHWM ${mib(e.settled.peak)}); V8 heap used ${mib(e.heap.heapUsed)} (${mib(e.heapAfterGc.heapUsed)} after a full GC: main thread ${mib(e.heapAfterGc.mainHeapUsed)}, workflow thread${e.heapAfterGc.threads === 1 ? '' : `s (${e.heapAfterGc.threads})`} ${mib(e.heapAfterGc.threadHeapUsed)}), peak sampled ${mib(e.peakHeap)} — target RSS ≤ 1024 MiB: ${e.settled.rss <= 1024 ** 3 && e.peakRss <= 1024 ** 3 ? 'met' : 'NOT met'}`,
      '(e) worker RSS settled / peak (≤ 1 GiB)',
      `${mib(e.settled.rss)} / ${mib(e.peakRss)}`,
    );
    const cached = Math.min(e.total, w.maxCachedWorkflows);
    figure(
      `(e) per cached case workflow (${cached} cached of ${e.total}, from the worker at rest): ${((e.heapAfterGc.heapUsed - baseline.heapUsed) / cached / 1024).toFixed(0)} KiB of V8 heap, ${((e.settled.rss - baseline.rss) / cached / 1024).toFixed(0)} KiB of RSS`,
    );
    const l = await listLatency(stack, owner, tokens);
    figure(
      `(e) GET /cases with filters and keyset pages (${l.kinds} kinds, 4 connections, ${LIST_SECONDS} s, ${e.total} cases): ${l.result.requests.average.toFixed(0)} req/s, p50 ${l.result.latency.p50} ms, p99 ${l.result.latency.p99} ms, max ${l.result.latency.max} ms, non-2xx ${l.result.non2xx} — target p99 ≤ 50 ms: ${l.result.latency.p99 <= 50 && l.result.non2xx === 0 ? 'met' : 'NOT met'}`,
      '(e) GET /cases p50/p99 (p99 ≤ 50 ms)',
      `${l.result.latency.p50} / ${l.result.latency.p99} ms`,
    );
  } finally {
    await connection.close();
    await app.end();
    await owner.end();
    await stack.stop();
    detach();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
