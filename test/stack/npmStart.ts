/**
 * What the tests of `npm start` share (test/stack/start.test.ts, the dev server; production.test.ts, the production
 * topology): running it as a child, the first admin token, a system check's durable timer across a stop.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { call, eventually } from '../helpers';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StartedStack {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start` (scripts/start.ts) with exactly this environment. */
export function startStack(env: Record<string, string>): StartedStack {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** The process environment without vitest's own variables and without a choice of PostgreSQL or Temporal. */
export function baseEnv(): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('VITEST')) base[k] = v;
  delete base.DATABASE_URL;
  delete base.TEMPORAL_ADDRESS;
  delete base.TEMPORAL_TOPOLOGY;
  return base;
}

/** The first admin token, from the admin command, as the README says; returns its secret. */
export async function createAdminToken(env: Record<string, string>, name: string): Promise<string | undefined> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts', 'admin.ts'), 'create-token', '--role', 'admin', '--name', name],
    { cwd: ROOT, env },
  );
  return /secret:\s+(aot_\S+)/.exec(stdout)?.[1];
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until the API answers /healthz with 200; fails at once, with what the stack printed, if it exits first. */
export async function untilHealthy(api: string, stack: StartedStack, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await fetch(`${api}/healthz`).catch(() => undefined))?.status === 200) return;
    const exited = stack.child.exitCode !== null || stack.child.signalCode !== null;
    if (exited || Date.now() > deadline) {
      throw new Error(`${exited ? 'npm start exited' : 'not healthy in time'}; it printed:\n${stack.output()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

type Auth = Record<string, string>;

/** Starts a system check through the API and waits until its workflow waits on its durable timer of `wait`. */
export async function startWaitingCheck(
  api: string,
  auth: Auth,
  body: { note: string; wait: string },
): Promise<{ href: string; workflowId: string }> {
  const check = await call(api, 'POST', '/system-checks', body, auth);
  expect(check.status).toBe(202);
  await eventually(
    async () => (await call(api, 'GET', check.body.href, undefined, auth)).body?.workflow?.phase === 'waiting',
    60_000,
  );
  return check.body;
}

/** Waits until the Web UI server lists the workflow (through its own HTTP API, which its pages call). */
export async function expectListedByUi(ui: string, workflowId: string): Promise<void> {
  const listed = await eventually(async () => {
    const res = await fetch(
      `${ui}/api/v1/namespaces/default/workflows?query=${encodeURIComponent(`WorkflowId = '${workflowId}'`)}`,
    );
    const json = (await res.json()) as { executions?: Array<{ execution: { workflowId: string } }> };
    return json.executions?.length ? json.executions : undefined;
  });
  expect(listed[0]!.execution.workflowId).toBe(workflowId);
}

/** Waits until the check has completed, no sooner than its timer allowed (`waitMs` after it started). */
export async function expectCompleted(
  api: string,
  auth: Auth,
  check: { href: string },
  expected: { note: string; wait: string },
  waitMs: number,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the check as the API returns it
): Promise<any> {
  const done = await eventually(async () => {
    const r = await call(api, 'GET', check.href, undefined, auth);
    return r.body?.workflow?.status === 'COMPLETED' ? r.body : undefined;
  }, 60_000);
  expect(done).toMatchObject(expected);
  expect(new Date(done.completedAt).getTime() - new Date(done.startedAt).getTime()).toBeGreaterThanOrEqual(waitMs);
  return done;
}

/** SIGTERM to `npm start`: it exits 0, and no process of its pid file (`names`, exactly) is left running. */
export async function expectCleanStop(stack: StartedStack, dataDir: string, names: string[]): Promise<void> {
  const pids = JSON.parse(await readFile(path.join(dataDir, 'run', 'pids.json'), 'utf8')) as Record<string, number>;
  expect(Object.keys(pids).sort()).toEqual([...names].sort());
  stack.child.kill('SIGTERM');
  expect(await stack.exited).toBe(0);
  expect(stack.output()).toMatch(/stopping: API, worker, Temporal, PostgreSQL[\s\S]*stopped/);
  for (const [name, pid] of Object.entries(pids)) expect(alive(pid), `${name} still running`).toBe(false);
}
