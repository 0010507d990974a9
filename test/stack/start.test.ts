/**
 * Issue 2 ¶1: `npm start` brings up the whole stack (embedded PostgreSQL, the Temporal dev server with its UI,
 * migrations, worker, API), stops all of it on SIGTERM leaving no process behind, and a second start picks up
 * where the first left off — a durable timer started before the stop still fires after it.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call } from '../helpers';
import { freePort, tempDir } from '../ports';
import {
  baseEnv,
  createAdminToken,
  expectCleanStop,
  expectCompleted,
  expectListedByUi,
  startStack,
  startWaitingCheck,
  untilHealthy,
} from './npmStart';

let dataDir: string;
let env: Record<string, string>;
let api: string;
let ui: string;

const start = (extra: Record<string, string> = {}) => startStack({ ...env, ...extra });

beforeAll(async () => {
  dataDir = await tempDir('stack-');
  const [apiPort, temporalPort, uiPort, pgPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  env = {
    ...baseEnv(),
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    API_PORT: String(apiPort),
    TEMPORAL_PORT: String(temporalPort),
    TEMPORAL_UI_PORT: String(uiPort),
    EMBEDDED_PG_PORT: String(pgPort),
    TEMPORAL_CLI_PATH: inject('temporalCliPath'),
    TOOLS_CACHE_DIR: inject('toolsCacheDir'),
  };
  api = `http://127.0.0.1:${apiPort}`;
  ui = `http://127.0.0.1:${uiPort}`;
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('refuses a bad setting with a message naming the variable, starting nothing', async () => {
    const run = start({ API_PORT: 'three thousand' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/API_PORT: expected a TCP port/);
  });

  it('runs the whole stack, stops it cleanly on SIGTERM, and resumes a durable timer on the next start', async () => {
    const first = start();
    try {
      await untilHealthy(api, first);
      expect((await fetch(ui)).status).toBe(200);
      expect(first.output()).toMatch(/migrations: applied 0001_system_checks\.sql/);

      // The first admin token comes from the admin command, as the README says.
      const secret = await createAdminToken(env, '系统管理员');
      expect(secret).toBeDefined();
      const auth = { Authorization: `Bearer ${secret}` };
      expect((await call(api, 'GET', '/me', undefined, auth)).body).toMatchObject({
        role: 'admin',
        name: '系统管理员',
      });

      const body = { note: 'survives a restart', wait: 'PT8S' };
      const check = await startWaitingCheck(api, auth, body);
      // The supervisors' Web UI lists it.
      await expectListedByUi(ui, check.workflowId);

      await expectCleanStop(first, dataDir, ['api', 'temporal', 'worker']);
      expect(
        await fetch(`${api}/healthz`).then(
          () => 'answered',
          () => 'refused',
        ),
      ).toBe('refused');

      const second = start();
      try {
        await untilHealthy(api, second);
        expect(second.output()).toMatch(/migrations: none pending/);
        await expectCompleted(api, auth, check, body, 8000);
      } finally {
        second.child.kill('SIGTERM');
        expect(await second.exited).toBe(0);
      }
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }
  }, 400_000);
});
