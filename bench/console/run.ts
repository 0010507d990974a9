/**
 * bench/console (issue 15): how long the console's case list takes to load, in Chromium at 1366×768, with 1,000 cases
 * in the jurisdiction.
 *
 * Starts an embedded PostgreSQL (or uses BENCH_DATABASE_URL), migrates a fresh database, seeds a province, a city, two
 * counties, 20 units and 1,000 open cases with deadlines from 10 days past to 60 days ahead (so all three lights show),
 * starts the API in this process (the list reads PostgreSQL only; its Temporal client is lazy and unused), builds the
 * console if needed, and opens #/cases as the province office (all 1,000 in its jurisdiction) BENCH_RUNS times, each
 * in a fresh browser context (cold cache, fonts included). Measures from navigation to the 1,000th row in the table.
 *
 *   npm run bench:console                 # defaults: 1,000 cases, 5 runs
 *   BENCH_CASES=2000 BENCH_RUNS=10 npm run bench:console
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildApp, createServer } from '../../api/app';
import { createDbTokenVerifier, issueToken } from '../../api/auth/verifier';
import { ensureConsoleBuilt } from '../../console/build';
import { migrate } from '../../db/migrate';
import { createPool } from '../../db/pool';
import { loadConfig } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { createLazyClient } from '../../lib/temporal';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres';
import { chromiumPath, launchChromium, VIEWPORT } from '../../test/console/chromium';

const say = (s: string) => process.stdout.write(`[bench] ${s}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!chromiumPath()) throw new Error('no Chromium: apt-get install chromium (or set CHROMIUM_PATH)');
  const env = loadConfig();
  const cases = Number(process.env.BENCH_CASES ?? 1000);
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  let url = process.env.BENCH_DATABASE_URL;
  let stopPg: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!url) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bench-console-'));
    await chmod(dir, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'pg'),
      port: 20000 + Math.floor(Math.random() * 20000),
      database: 'bench',
      user: 'postgres',
      password: 'postgres',
    });
    url = server.url;
    stopPg = server.stop;
  }
  const pool = createPool(url, 10);
  await migrate(pool);
  await pool.query(`INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES
      ('220000', '吉林省', 'province', NULL, '吉林省社会治安综合治理委员会', '吉林省综治办'),
      ('220100', '长春市', 'city', '220000', '长春市社会治安综合治理委员会', '长春市综治办'),
      ('220102', '南关区', 'county', '220100', '南关区社会治安综合治理委员会', '南关区综治办'),
      ('220103', '宽城区', 'county', '220100', '宽城区社会治安综合治理委员会', '宽城区综治办')
    ON CONFLICT DO NOTHING`);
  await pool.query(`INSERT INTO units (id, name, kind, region_id)
      SELECT 'BU-' || g, CASE WHEN g % 2 = 0 THEN '南关区' ELSE '宽城区' END || '第' || g || '单位', 'administrative-organ',
             CASE WHEN g % 2 = 0 THEN '220102' ELSE '220103' END
        FROM generate_series(1, 20) g ON CONFLICT DO NOTHING`);
  await pool.query(
    `INSERT INTO cases (id, subject_kind, subject_id, subject_name, subject_region_id, opening_region_id, upper_region_id,
        grounds, facts, severity, start_rung, start_reason, policy_version, policy, rung, phase, status, deadline, opened_by,
        opened_at)
      SELECT '2026-' || lpad(g::text, 6, '0'), 'unit', 'BU-' || (g % 20 + 1),
             CASE WHEN (g % 20 + 1) % 2 = 0 THEN '南关区' ELSE '宽城区' END || '第' || (g % 20 + 1) || '单位',
             CASE WHEN (g % 20 + 1) % 2 = 0 THEN '220102' ELSE '220103' END,
             CASE WHEN (g % 20 + 1) % 2 = 0 THEN '220102' ELSE '220103' END, '220100',
             '{1}', '辖区治安秩序混乱', 'ordinary', 'notice', '情节一般', 0, '{}',
             (ARRAY['notice', 'talk', 'listing', 'veto'])[g % 4 + 1], 'rectifying', 'open',
             now() + ((g % 70) - 10) * interval '1 day', 'bench', now() - g * interval '1 hour'
        FROM generate_series(1, $1::int) g ON CONFLICT DO NOTHING`,
    [cases],
  );
  await pool.query('ANALYZE');
  const { secret } = await issueToken(pool, {
    name: '吉林省综治办 基准测试',
    role: 'office-operator',
    regionId: '220000',
    unitId: null,
    createdBy: 'bench',
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const config = { ...env, api: { ...env.api, rateLimitPerMinute: 0 } };
  const app = buildApp({
    config,
    logger: createLogger('silent', 'bench'),
    pool,
    temporal: createLazyClient('127.0.0.1:1', 'default'),
    verifier: createDbTokenVerifier(pool, undefined, config.api.tokenCacheMs),
  });
  const server = createServer(app).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await ensureConsoleBuilt(say);

  // The API alone: the pages the list asks for.
  const apiTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    let before: string | null = null;
    let n = 0;
    do {
      const res = await fetch(`${base}/cases?limit=500${before ? `&before=${before}` : ''}`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      const body = (await res.json()) as { items: unknown[]; next: string | null };
      n += body.items.length;
      before = body.next;
    } while (before);
    apiTimes.push(performance.now() - t);
    if (n !== cases) throw new Error(`the API listed ${n} cases, not ${cases}`);
  }

  const browser = await launchChromium();
  const wall: number[] = [];
  const inPage: number[] = [];
  const fetched: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      await context.addInitScript(`sessionStorage.setItem('console.token', ${JSON.stringify(secret)})`);
      const page = await context.newPage();
      const t = performance.now();
      await page.goto(`${base}/console/#/cases`);
      // All the cases fetched and counted, the first page of rows (100) in the table.
      await page.getByText(`共 ${cases} 件`).waitFor({ timeout: 60_000 });
      await page.locator(`[data-testid=case-table] tbody tr:nth-child(${Math.min(cases, 100)})`).waitFor();
      wall.push(performance.now() - t);
      const mark = async (name: string) =>
        Number(await page.evaluate(`performance.getEntriesByName('console:${name}')[0]?.startTime ?? NaN`));
      // The rows are drawn before the effect that marks them runs (after the next frame): wait for the mark.
      await page.waitForFunction(`performance.getEntriesByName('console:cases-rendered').length > 0`);
      inPage.push(await mark('cases-rendered'));
      fetched.push(await mark('cases-fetched'));
      if (i === 0) await page.screenshot({ path: path.resolve('.cache/artifacts/console/bench-case-list-1000.png') });
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    await pool.end();
    await stopPg?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
  say(
    `${cases} cases, ${runs} runs, ${os.cpus().length} cores, Chromium headless at ${VIEWPORT.width}×${VIEWPORT.height}`,
  );
  say(`API alone (GET /cases, pages of 500): median ${median(apiTimes).toFixed(0)} ms`);
  say(
    `case list, navigation → all ${cases} counted and the first 100 rows in the table: median ${median(wall).toFixed(0)} ms ` +
      `(min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)}); ` +
      `in-page (navigation start → rendered): median ${median(inPage).toFixed(0)} ms, of which the last page of ` +
      `data arrived at ${median(fetched).toFixed(0)} ms (rendering: ${median(inPage.map((t, i) => t - fetched[i]!)).toFixed(0)} ms)`,
  );
  say(
    `load average while measuring: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
