/**
 * The time-skipping test environment, on a Java test server this module starts itself. The SDK's own launcher gives
 * the server five seconds to listen and fails the test file otherwise; a JVM starting while the other test files load
 * two cores can take longer, which made the time-skipping tests fail now and then for no fault of the code (issue 14:
 * a flaky test is a defect). Here the server gets as long as it needs, and a server that dies is reported as such.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { inject } from 'vitest';
import { SEARCH_ATTRIBUTES } from '../domain/searchAttributes';
import { INDEXED_VALUE_TYPE } from '../lib/temporal';
import { freePort } from './ports';

const START_WITHIN_MS = 120_000;

/** `TestWorkflowEnvironment.create`, which the SDK keeps private: an existing server, with time skipping. */
type CreateEnvironment = (opts: {
  server: { type: 'existing' };
  supportsTimeSkipping: true;
  address: string;
  namespace: string;
}) => Promise<TestWorkflowEnvironment>;

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(inject('testServerPath'), [String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const deadline = Date.now() + START_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the time-skipping test server exited (${child.exitCode ?? child.signalCode}): ${stderr}`);
    if (await listening(port)) return { child, port };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the time-skipping test server did not listen on ${port} within ${START_WITHIN_MS / 1000} s`);
}

/** A time-skipping environment with the system's search attributes registered; `teardown` stops its server too. */
export async function startTimeSkipping(): Promise<TestWorkflowEnvironment> {
  let started: { child: ChildProcess; port: number };
  try {
    started = await startServer();
  } catch (err) {
    // Another process may have taken the free port first: one more try on another.
    if (!/exited/.test((err as Error).message)) throw err;
    started = await startServer();
  }
  const { child, port } = started;
  const create = (TestWorkflowEnvironment as unknown as { create: CreateEnvironment }).create.bind(
    TestWorkflowEnvironment,
  );
  const env = await create({
    server: { type: 'existing' },
    supportsTimeSkipping: true,
    address: `127.0.0.1:${port}`,
    namespace: 'default',
  });
  // The Java test server knows no custom search attributes until told; it implements AddSearchAttributes only.
  await env.connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(SEARCH_ATTRIBUTES.map((k) => [k.name, INDEXED_VALUE_TYPE[k.type]!])),
  });
  const teardown = env.teardown.bind(env);
  env.teardown = async () => {
    await teardown();
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return env;
}
