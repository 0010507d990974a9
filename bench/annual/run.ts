/**
 * bench/annual (issue 5): a province with 10,000 units — how long issuing every pledge of the year takes (Art. 7,
 * top-down: province, 9 cities, 60 counties), and the worker's peak memory while it does.
 *
 * Starts an embedded PostgreSQL and a Temporal dev server (the project's own, from the tools cache), migrates a
 * fresh database, seeds the organisation, runs one worker in this process and starts the year's cycle. Measures:
 *   - rows:      until every pledge row (and its first version and notification) is in PostgreSQL;
 *   - workflows: until every pledge workflow has started and recorded nothing yet to do (visibility count);
 *   - peak RSS of this process (the worker), sampled every 100 ms, and V8 heap.
 *
 *   npm run bench:annual                   # 10,000 units
 *   BENCH_UNITS=2000 npm run bench:annual  # a smaller province
 *   BENCH_TOPOLOGY=both npm run bench:annual   # the dev server, then temporal-server on PostgreSQL (16 shards)
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { migrate } from '../../db/migrate';
import { createPool } from '../../db/pool';
import { loadConfig } from '../../lib/config';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres';
import { annualCycleWorkflow } from '../../workflows/annual';
import { createWorker } from '../../worker/worker';
import { benchBasePort, benchTopologies, startBenchTemporal, type Topology } from '../lib/temporal';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const CITIES = 9;
const COUNTIES_PER_CITY = 7; // 63 counties
const say = (s: string) => process.stdout.write(`[bench] ${s}\n`);

const TOPOLOGIES = benchTopologies();

async function main() {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const lines: string[] = [];
  for (const topology of TOPOLOGIES) {
    say(`— topology ${topology} —`);
    lines.push(`${topology}: ${await benchOn(topology)}`);
  }
  if (lines.length > 1) for (const l of lines) say(l);
}

/** One run on `topology`; returns its headline (pledges/s and peak RSS). */
async function benchOn(topology: Topology): Promise<string> {
  const config = loadConfig();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-annual-'));
  await chmod(dir, 0o755);
  const port = benchBasePort();
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    port,
    database: 'bench',
    user: 'postgres',
    password: 'postgres',
  });
  const temporal = await startBenchTemporal({
    topology,
    dir,
    port,
    postgresUrl: pg.url,
    cacheDir: config.toolsCacheDir,
    say,
  });
  const pool = createPool(pg.url, 10);
  let headline = '';
  try {
    await migrate(pool);
    // The organisation: 1 province, 9 cities, 63 counties; units spread so that every level has members.
    await pool.query(
      `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES ('990000', '基准省', 'province', NULL, '基准省综治委', '基准省综治办')`,
    );
    const regions: string[] = ['990000'];
    for (let c = 1; c <= CITIES; c++) {
      const city = `99${String(c).padStart(2, '0')}00`;
      await pool.query(
        `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES ($1, $2, 'city', '990000', $3, $4)`,
        [city, `市${c}`, `市${c}综治委`, `市${c}综治办`],
      );
      regions.push(city);
      for (let k = 1; k <= COUNTIES_PER_CITY; k++) {
        const county = `99${String(c).padStart(2, '0')}${String(k).padStart(2, '0')}`;
        await pool.query(
          `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES ($1, $2, 'county', $3, $4, $5)`,
          [county, `县${c}-${k}`, city, `县${c}-${k}综治委`, `县${c}-${k}综治办`],
        );
        regions.push(county);
      }
    }
    await pool.query(
      `INSERT INTO units (id, name, kind, region_id, member_of_committee)
       SELECT 'BU-' || g, '单位' || g, 'administrative-organ', ($2::text[])[1 + (g % array_length($2::text[], 1))], true
         FROM generate_series(1, $1::int) g`,
      [UNITS, regions],
    );
    const expected = UNITS + regions.length - 1; // every unit, and every committee below the province
    say(`seeded ${UNITS} units in ${regions.length} regions: ${expected} pledges to issue; ${os.cpus().length} cores`);

    const nativeConnection = await NativeConnection.connect({ address: temporal.address });
    const worker = await createWorker({
      connection: nativeConnection,
      namespace: 'default',
      taskQueue: 'bench-annual',
      deps: { pool },
    });
    const running = worker.run();
    const connection = await Connection.connect({ address: temporal.address });
    const client = new Client({ connection });

    let peakRss = 0;
    let peakHeap = 0;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 100);
    const baseRss = process.memoryUsage().rss;
    const year = new Date().getUTCFullYear();
    const t0 = Date.now();
    await client.workflow.start(annualCycleWorkflow, {
      workflowId: `annual-cycle-${year}`,
      taskQueue: 'bench-annual',
      args: [{ year, startedBy: 'bench' }],
    });
    let rowsAt = 0;
    for (;;) {
      const n = Number((await pool.query('SELECT count(*) AS n FROM pledges WHERE year = $1', [year])).rows[0].n);
      if (!rowsAt && n >= expected) rowsAt = Date.now();
      const started = (await client.workflow.count(`WorkflowType = 'pledgeWorkflow'`)).count;
      if (rowsAt && started >= expected) break;
      if (Date.now() - t0 > 30 * 60_000) throw new Error(`timed out with ${n} rows and ${started} pledge workflows`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const doneAt = Date.now();
    // Let the workers' first tasks of the last pledges finish before measuring the settled footprint.
    await new Promise((r) => setTimeout(r, 5000));
    clearInterval(sampler);
    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
    say(`pledges issued (rows, versions, notifications): ${((rowsAt - t0) / 1000).toFixed(1)} s`);
    say(
      `pledge workflows started (${expected}): ${((doneAt - t0) / 1000).toFixed(1)} s — ${(expected / ((doneAt - t0) / 1000)).toFixed(0)} pledges/s`,
    );
    say(
      `worker peak RSS ${mb(peakRss)} (at start ${mb(baseRss)}), peak V8 heap ${mb(peakHeap)}; settled RSS ${mb(process.memoryUsage().rss)}`,
    );
    headline = `${expected} pledges in ${((doneAt - t0) / 1000).toFixed(1)} s (${(expected / ((doneAt - t0) / 1000)).toFixed(0)}/s), worker peak RSS ${mb(peakRss)}`;
    worker.shutdown();
    await running;
    await nativeConnection.close();
    await connection.close();
  } finally {
    await pool.end();
    await temporal.stop();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return headline;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
