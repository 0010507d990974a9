/** Runs `temporal server start-dev` as a child process and waits until it answers. */
import { spawn, type ChildProcess } from 'node:child_process';
import { SEARCH_ATTRIBUTES, CLI_TYPE_NAMES } from '../../domain/searchAttributes';
import { waitForTemporal } from '../../lib/temporal';

export interface DevServerHandle {
  address: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the dev server persisting to `dbFile` (so workflows and timers survive a restart). The SDK's own
 * readiness wait is 5 s, too short for a cold start on a small machine, so this one waits up to `readyTimeoutMs`.
 */
export async function startDevServer(opts: {
  cliPath: string;
  dbFile: string;
  port: number;
  uiPort?: number;
  namespace: string;
  readyTimeoutMs?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  stdio?: 'inherit' | 'ignore';
}): Promise<DevServerHandle> {
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--db-filename',
    opts.dbFile,
    '--namespace',
    opts.namespace,
    '--log-level',
    opts.logLevel ?? 'warn',
    ...(opts.uiPort ? ['--ui-port', String(opts.uiPort)] : ['--headless']),
    ...SEARCH_ATTRIBUTES.flatMap((k) => ['--search-attribute', `${k.name}=${CLI_TYPE_NAMES[k.type]}`]),
  ];
  const child = spawn(opts.cliPath, args, {
    stdio: ['ignore', opts.stdio ?? 'inherit', opts.stdio ?? 'inherit'],
    detached: true,
  });
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) =>
      reject(new Error(`temporal server exited early (${signal ?? `exit ${code}`})`)),
    );
    child.once('error', reject);
  });
  exited.catch(() => undefined);
  const address = `127.0.0.1:${opts.port}`;
  try {
    await Promise.race([waitForTemporal(address, opts.readyTimeoutMs ?? 120_000), exited]);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    address,
    process: child,
    stop: () => stopChild(child, 20_000),
  };
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
