/**
 * bench/eligibility (issue 4): the eligibility endpoint with 100,000 bars in the table.
 *
 * Starts an embedded PostgreSQL (or uses BENCH_DATABASE_URL), migrates a fresh database, seeds 100,000 bars on
 * 20,000 leaders and units, starts one API process in this process (its Temporal client is lazy and unused by the
 * endpoint), and drives it on loopback from a worker thread: autocannon saturating it (requests/s), then requests due
 * at a fixed rate (openLoop.mjs; latency percentiles at that load).
 *
 *   npm run bench:eligibility            # defaults: capacity over 10 s, 8 connections; latency at 2,000 requests/s
 *                                        # over 30 s after 2 s of warm-up
 *   BENCH_SECONDS=20 BENCH_LATENCY_SECONDS=60 BENCH_WARMUP_SECONDS=2 BENCH_CONNECTIONS=16 BENCH_RATE=1500 npm run bench:eligibility
 * Targets on a 2-core machine, from one API process: ≥ 2,000 requests/s, and p99 ≤ 5 ms at 2,000 requests/s.
 */
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { buildApp, createServer } from '../../api/app';
import { createDbTokenVerifier, issueToken } from '../../api/auth/verifier';
import { migrate } from '../../db/migrate';
import { createPool } from '../../db/pool';
import { loadConfig } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { createLazyClient } from '../../lib/temporal';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres';

const BARS = 100_000;
const SUBJECTS = 20_000;
const say = (s: string) => process.stdout.write(`[bench] ${s}\n`);

async function main() {
  const env = loadConfig();
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
  let stopPg: (() => Promise<void>) | undefined;
  let url = process.env.BENCH_DATABASE_URL;
  let dir: string | undefined;
  if (!url) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bench-eligibility-'));
    await chmod(dir, 0o755);
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'pg'),
      port,
      database: 'bench',
      user: 'postgres',
      password: 'postgres',
    });
    url = server.url;
    stopPg = server.stop;
  }
  // The API's pool as configured (DATABASE_POOL_MAX), as `npm start` gives it.
  const pool = createPool(url, env.database.poolMax);
  await migrate(pool);
  say(`seeding ${BARS} bars on ${SUBJECTS} subjects`);
  const t0 = Date.now();
  await pool.query(
    `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES ('990000', '基准省', 'province', NULL, '委', '办') ON CONFLICT DO NOTHING`,
  );
  await pool.query(
    `INSERT INTO units (id, name, kind, region_id) SELECT 'BU-' || g, '单位' || g, 'administrative-organ', '990000' FROM generate_series(1, ${SUBJECTS / 2}) g ON CONFLICT DO NOTHING`,
  );
  await pool.query(
    `INSERT INTO leaders (id, name) SELECT 'BL-' || g, '领导' || g FROM generate_series(1, ${SUBJECTS / 2}) g ON CONFLICT DO NOTHING`,
  );
  await pool.query(
    `INSERT INTO leader_roles (leader_id, unit_id, role, starts_on) SELECT 'BL-' || g, 'BU-' || g, 'principal', '2020-01-01' FROM generate_series(1, ${SUBJECTS / 2}) g ON CONFLICT DO NOTHING`,
  );
  await pool.query(`INSERT INTO cases (id, subject_kind, subject_id, subject_name, subject_region_id, opening_region_id, upper_region_id, grounds, facts, severity,
      start_rung, start_reason, policy_version, policy, rung, phase, status, opened_by)
    SELECT '2000-' || lpad(g::text, 6, '0'), 'unit', 'BU-' || (g % ${SUBJECTS / 2} + 1), 'x', '990000', '990000', '990000', '{1}', 'x', 'serious',
      'listing', 'x', 0, '{}', 'listing', 'closed', 'rectified', 'bench' FROM generate_series(1, ${BARS / 2}) g ON CONFLICT DO NOTHING`);
  // Half the bars on units (honours), half on leaders (awards, promotion), spread over five years.
  await pool.query(`INSERT INTO bars (bar_key, case_id, rung, decision_event_seq, authority_region_id, subject_kind, subject_id, subject_name, leader_role,
      scopes, starts_at, ends_at, period)
    SELECT 'b-' || g || '-' || k, '2000-' || lpad(g::text, 6, '0'), 'listing', 1, '990000',
      CASE WHEN k = 0 THEN 'unit' ELSE 'leader' END,
      CASE WHEN k = 0 THEN 'BU-' ELSE 'BL-' END || (g % ${SUBJECTS / 2} + 1), 'x',
      CASE WHEN k = 0 THEN NULL ELSE 'principal' END,
      CASE WHEN k = 0 THEN '{honours}'::text[] ELSE '{awards,promotion}'::text[] END,
      timestamptz '2022-01-01' + (g % 1800) * interval '1 day',
      timestamptz '2022-01-01' + (g % 1800) * interval '1 day' + interval '6 months', 'P6M'
    FROM generate_series(1, ${BARS / 2}) g, generate_series(0, 1) k ON CONFLICT DO NOTHING`);
  // As a table in service is, not as one just bulk-loaded: vacuumed (visibility map, hint bits) and checkpointed, so
  // that autovacuum and the checkpoint the seeding calls for do not run during the measurement.
  await pool.query('VACUUM (ANALYZE)');
  await pool.query('CHECKPOINT');
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM bars');
  say(`${rows[0]!.n} bars in the table (seeded in ${Date.now() - t0} ms)`);

  const { secret } = await issueToken(pool, {
    name: 'bench',
    role: 'organisation-personnel',
    regionId: '990000',
    unitId: null,
    createdBy: 'bench',
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const config = { ...env, api: { ...env.api, rateLimitPerMinute: 0 } };
  const temporal = createLazyClient('127.0.0.1:1', 'default');
  const app = buildApp({
    config,
    logger: createLogger('silent', 'bench'),
    pool,
    temporal,
    verifier: createDbTokenVerifier(pool, undefined, config.api.tokenCacheMs),
  });
  const server = createServer(app).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Requests spread over subjects and dates, for leaders and units alike.
  let i = 0;
  const requests = Array.from({ length: 1000 }, () => {
    i++;
    const leader = i % 2 === 0;
    const n = ((i * 7919) % (SUBJECTS / 2)) + 1;
    const date = new Date(Date.UTC(2022, 0, 1 + ((i * 37) % 1900))).toISOString().slice(0, 10);
    return {
      method: 'GET' as const,
      path: `/eligibility?subjectKind=${leader ? 'leader' : 'unit'}&subjectId=${leader ? 'BL-' : 'BU-'}${n}&purpose=${leader ? 'promotion' : 'honours'}&date=${date}`,
    };
  });
  const check = await fetch(base + requests[1]!.path, { headers: { authorization: `Bearer ${secret}` } });
  say(`sample answer: HTTP ${check.status} ${(await check.text()).slice(0, 160)}…`);

  // Two runs. Capacity: autocannon, every connection sending its next request as soon as the answer arrives (closed
  // loop, saturated), which gives requests/s; its latency is only the queue of `connections` requests waiting for one
  // event loop (mean = connections / throughput), so it says nothing about the latency an official sees. Latency:
  // requests due at the target's rate (BENCH_RATE, default 2,000/s) over the same number of connections, open loop
  // (openLoop.mjs), each latency counted from when it was due; p99 at that load.
  const capacity = await autocannon({
    url: base,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${secret}` },
    requests,
    // The load generator runs in a worker thread, so it does not share the API's event loop.
    workers: 1,
  });
  say(
    `capacity (closed loop, saturated): requests/s mean ${capacity.requests.average.toFixed(0)}, total ${capacity.requests.total}, non-2xx ${capacity.non2xx}, errors ${capacity.errors}`,
  );
  say(
    `capacity (closed loop, saturated): latency ms p50 ${capacity.latency.p50}, p90 ${capacity.latency.p90}, p99 ${capacity.latency.p99}, max ${capacity.latency.max}`,
  );

  const rate = Number(process.env.BENCH_RATE ?? 2000);
  // The open loop's first seconds at the rate are its warm-up, not counted: its sockets connect and its own code is
  // compiled while requests are already due. Measured without it (issue 14), the first ~600 ms held up to 40 % of the
  // requests slower than 4 ms — the generator starting, not the API, which the capacity run has just warmed.
  const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
  // 30 s, not 10: the slow requests come in bursts (see the stretches printed below), a few in 10 s, so the p99 of a
  // 10 s window moved by a millisecond with how many bursts happened to fall in it. 30 s of them weigh each burst less;
  // a long one (tens of ms with every request slow) still costs the target (README, bench:eligibility).
  const latencySeconds = Number(process.env.BENCH_LATENCY_SECONDS ?? 30);
  const apiThread = runQueueOfThisThread();
  const machine = stolenFromThisMachine();
  // The API thread's GC pauses during the open loop (its warm-up included): what a request arriving during one waits
  // for.
  const pauses: number[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push(e.duration);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const open = await new Promise<{
    latencies: Float64Array;
    lags: Float64Array;
    non2xx: number;
    errors: number;
    seconds: number;
  }>((resolve, reject) => {
    const w = new Worker(new URL('./openLoop.mjs', import.meta.url), {
      workerData: {
        base,
        headers: { authorization: `Bearer ${secret}` },
        paths: requests.map((r) => r.path),
        rate,
        seconds: latencySeconds,
        warmup,
        connections,
      },
    });
    w.once('message', (m) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
  gcObserver.disconnect();
  const quantile = (xs: ArrayLike<number>) => {
    const s = Float64Array.from(xs).sort();
    return (q: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : 0).toFixed(1);
  };
  const at = quantile(open.latencies);
  const lag = quantile(open.lags);
  // The API's latency: from when the generator took the request up. The generator's own lag (its timers fire up to
  // a millisecond or two late) is the client's, not the API's; a wait for a connection still busy with an earlier
  // request stays in (that is the API's queue).
  const apiLatencies = Float64Array.from(open.latencies, (l, i) => l - open.lags[i]!);
  const api = quantile(apiLatencies);
  const gc = quantile(pauses);
  const waited = apiThread();
  const stolen = machine();
  const achieved = open.latencies.length / open.seconds;
  say(
    `at ${rate} requests/s (open loop, after ${warmup} s of warm-up at that rate): ${open.latencies.length} requests in ${open.seconds.toFixed(1)} s (${achieved.toFixed(0)}/s), non-2xx ${open.non2xx}, errors ${open.errors}`,
  );
  say(
    `at ${rate} requests/s (open loop): latency from when each request was due, ms p50 ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}, max ${at(1)}`,
  );
  say(`  of which the generator's own lag: p50 ${lag(0.5)}, p99 ${lag(0.99)}, max ${lag(1)}`);
  say(`  the API's latency (without that lag), ms p50 ${api(0.5)}, p90 ${api(0.9)}, p99 ${api(0.99)}, max ${api(1)}`);
  say(`  ${bursts(apiLatencies, rate)}`);
  if (waited)
    say(
      `  the API thread meanwhile (warm-up included): ran ${waited.ranMs.toFixed(0)} ms, waited ${waited.waitedMs.toFixed(0)} ms for a core (${waited.slices} wake-ups)`,
    );
  if (stolen !== undefined)
    say(
      `  the machine's cores meanwhile: ${stolen} ms taken by the hypervisor for others (steal, both cores together)`,
    );
  say(
    `  the API thread's GC meanwhile: ${pauses.length} pauses, ${pauses.reduce((a, b) => a + b, 0).toFixed(0)} ms in all, p50 ${gc(0.5)}, max ${gc(1)} ms`,
  );
  const errors = capacity.non2xx + capacity.errors + open.non2xx + open.errors;
  say(
    `target ≥ 2000 requests/s: ${capacity.requests.average >= 2000 ? 'met' : 'NOT met'} (${capacity.requests.average.toFixed(0)})`,
  );
  say(
    `target p99 ≤ 5 ms at 2000 requests/s: ${rate >= 2000 && Number(api(0.99)) <= 5 && !errors ? 'met' : 'NOT met'} (the API's p99 ${api(0.99)} ms at ${rate}/s over ${open.seconds.toFixed(0)} s; ${at(0.99)} ms with the generator's lag)${errors ? ' (with errors)' : ''}`,
  );

  await new Promise((r) => server.close(r));
  await temporal.connection.close().catch(() => undefined);
  await pool.end();
  await stopPg?.();
  if (dir) await rm(dir, { recursive: true, force: true });
}

/**
 * Where the API's slow requests (over 5 ms) fall in time: how many, in how many 20 ms stretches of the schedule, and the
 * largest. A few large bursts are the API or PostgreSQL kept from a core for milliseconds; slow requests spread evenly
 * would be the API's own cost per request.
 */
function bursts(latencies: Float64Array, rate: number): string {
  const stretchMs = 20;
  const slowIn = new Map<number, number>();
  let slow = 0;
  latencies.forEach((l, i) => {
    if (l <= 5) return;
    slow++;
    const k = Math.floor((i * 1000) / rate / stretchMs);
    slowIn.set(k, (slowIn.get(k) ?? 0) + 1);
  });
  const largest = [...slowIn.values()].sort((a, b) => b - a).slice(0, 5);
  return (
    `over 5 ms: ${slow} requests (${((100 * slow) / Math.max(1, latencies.length)).toFixed(2)} %), due in ` +
    `${slowIn.size} stretches of ${stretchMs} ms; the largest hold ${largest.join(', ') || 'none'}`
  );
}

/**
 * How long this thread ran and waited on the run queue (runnable, no core free) from now until the returned function
 * is called, from Linux's /proc/thread-self/schedstat; undefined where there is none.
 */
function runQueueOfThisThread(): () => { ranMs: number; waitedMs: number; slices: number } | undefined {
  const read = () => {
    try {
      return readFileSync('/proc/thread-self/schedstat', 'utf8').trim().split(/\s+/).map(Number);
    } catch {
      return undefined;
    }
  };
  const before = read();
  return () => {
    const after = read();
    if (!before || !after) return undefined;
    return {
      ranMs: (after[0]! - before[0]!) / 1e6,
      waitedMs: (after[1]! - before[1]!) / 1e6,
      slices: after[2]! - before[2]!,
    };
  };
}

/**
 * Time the hypervisor ran something else on this virtual machine's cores (steal, from /proc/stat, in 10 ms ticks) from
 * now until the returned function is called: during it none of our threads ran, whatever the scheduler here shows.
 */
function stolenFromThisMachine(): () => number | undefined {
  const read = () => {
    try {
      const cpu = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
      return Number(cpu[8]) * 10; // user nice system idle iowait irq softirq steal, in USER_HZ (100/s)
    } catch {
      return undefined;
    }
  };
  const before = read();
  return () => {
    const after = read();
    return before === undefined || after === undefined ? undefined : after - before;
  };
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack}\n`);
  process.exit(1);
});
