/**
 * bench/eligibility (issue 4): the eligibility endpoint with 100,000 bars in the table.
 *
 * Starts an embedded PostgreSQL (or uses BENCH_DATABASE_URL), migrates a fresh database, seeds 100,000 bars on
 * 20,000 leaders and units, starts one API process in this process (its Temporal client is lazy and unused by the
 * endpoint), and drives it from autocannon on loopback. Prints requests/s and latency percentiles.
 *
 *   npm run bench:eligibility            # defaults: 10 s, 8 connections
 *   BENCH_SECONDS=30 BENCH_CONNECTIONS=16 npm run bench:eligibility
 * Targets on a 2-core machine: p99 ≤ 5 ms and ≥ 2,000 requests/s from one API process.
 */
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import autocannon from 'autocannon';
import { buildApp } from '../../api/app';
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
  await pool.query('ANALYZE');
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
  const server = app.listen(0, '127.0.0.1');
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

  say(
    `autocannon: ${connections} connections for ${seconds} s on ${os.cpus().length} cores; the API's pool ${env.database.poolMax} connections`,
  );
  // The load generator runs in a worker thread, so it does not share the API's event loop.
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${secret}` },
    requests,
    workers: 1,
  });
  const ok = result.non2xx === 0 && result.errors === 0;
  say(
    `requests/s: mean ${result.requests.average.toFixed(0)}, total ${result.requests.total}, non-2xx ${result.non2xx}, errors ${result.errors}`,
  );
  say(
    `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
  );
  say(
    `targets (p99 ≤ 5 ms, ≥ 2000 req/s): ${result.latency.p99 <= 5 && result.requests.average >= 2000 ? 'met' : 'NOT met'}${ok ? '' : ' (with errors)'}`,
  );

  await new Promise((r) => server.close(r));
  await temporal.connection.close().catch(() => undefined);
  await pool.end();
  await stopPg?.();
  if (dir) await rm(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack}\n`);
  process.exit(1);
});
