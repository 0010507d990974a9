/**
 * Issue 2 ¶1: `npm start` brings up the whole stack (embedded PostgreSQL, the Temporal dev server with its UI,
 * migrations, worker, API), stops all of it on SIGTERM leaving no process behind, and a second start picks up
 * where the first left off — a durable timer started before the stop still fires after it.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call, eventually } from '../helpers';
import { freePort, tempDir } from '../ports';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let dataDir: string;
let env: Record<string, string>;
let api: string;
let ui: string;

function start(extra: Record<string, string> = {}): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env: { ...env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  dataDir = await tempDir('stack-');
  const [apiPort, temporalPort, uiPort, pgPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('VITEST')) base[k] = v;
  delete base.DATABASE_URL;
  delete base.TEMPORAL_ADDRESS;
  env = {
    ...base,
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
      await eventually(async () => (await fetch(`${api}/healthz`).catch(() => undefined))?.status === 200, 180_000);
      expect((await fetch(ui)).status).toBe(200);
      expect(first.output()).toMatch(/migrations: applied 0001_system_checks\.sql/);

      // The first admin token comes from the admin command, as the README says.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(ROOT, 'scripts', 'admin.ts'),
          'create-token',
          '--role',
          'admin',
          '--name',
          '系统管理员',
        ],
        { cwd: ROOT, env },
      );
      const secret = /secret:\s+(aot_\S+)/.exec(stdout)?.[1];
      expect(secret).toBeDefined();
      const auth = { Authorization: `Bearer ${secret}` };
      expect((await call(api, 'GET', '/me', undefined, auth)).body).toMatchObject({
        role: 'admin',
        name: '系统管理员',
      });

      const check = await call(api, 'POST', '/system-checks', { note: 'survives a restart', wait: 'PT8S' }, auth);
      expect(check.status).toBe(202);
      await eventually(
        async () => (await call(api, 'GET', check.body.href, undefined, auth)).body?.workflow?.phase === 'waiting',
      );

      // The supervisors' Web UI lists it (through the UI server's own HTTP API, which its pages call).
      const listed = await eventually(async () => {
        const res = await fetch(
          `${ui}/api/v1/namespaces/default/workflows?query=${encodeURIComponent(`WorkflowId = '${check.body.workflowId}'`)}`,
        );
        const json = (await res.json()) as { executions?: Array<{ execution: { workflowId: string } }> };
        return json.executions?.length ? json.executions : undefined;
      });
      expect(listed[0]!.execution.workflowId).toBe(check.body.workflowId);

      const pids = JSON.parse(await readFile(path.join(dataDir, 'run', 'pids.json'), 'utf8')) as Record<string, number>;
      expect(Object.keys(pids).sort()).toEqual(['api', 'temporal', 'worker']);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.output()).toMatch(/stopping: API, worker, Temporal, PostgreSQL[\s\S]*stopped/);
      for (const [name, pid] of Object.entries(pids)) expect(alive(pid), `${name} still running`).toBe(false);
      expect(
        await fetch(`${api}/healthz`).then(
          () => 'answered',
          () => 'refused',
        ),
      ).toBe('refused');

      const second = start();
      try {
        await eventually(async () => (await fetch(`${api}/healthz`).catch(() => undefined))?.status === 200, 180_000);
        expect(second.output()).toMatch(/migrations: none pending/);
        const done = await eventually(async () => {
          const r = await call(api, 'GET', check.body.href, undefined, auth);
          return r.body?.workflow?.status === 'COMPLETED' ? r.body : undefined;
        }, 60_000);
        expect(done).toMatchObject({ note: 'survives a restart', wait: 'PT8S' });
        expect(new Date(done.completedAt).getTime() - new Date(done.startedAt).getTime()).toBeGreaterThanOrEqual(8000);
      } finally {
        second.child.kill('SIGTERM');
        expect(await second.exited).toBe(0);
      }
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }
  }, 400_000);
});
