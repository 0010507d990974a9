/** Temporal connections and the one-time namespace setup shared by `npm start`, the API and the tests. */
import { Client, Connection, ScheduleAlreadyRunning } from '@temporalio/client';
import type { SearchAttributeKey, SearchAttributeType } from '@temporalio/common/lib/search-attributes';
import { msNumberToTs } from '@temporalio/common/lib/time';
import { SEARCH_ATTRIBUTES } from '../domain/searchAttributes';

/** grpc.health.v1.HealthCheckResponse.ServingStatus.SERVING */
const SERVING = 1;
/** gRPC status code ALREADY_EXISTS */
const ALREADY_EXISTS = 6;
/** gRPC status code NOT_FOUND */
const NOT_FOUND = 5;

export interface TemporalHandle {
  connection: Connection;
  client: Client;
}

/**
 * A client whose connection is made lazily, so the API can start (and report 503 on /healthz) while Temporal is
 * still down, and reconnects by itself when it comes back.
 */
export function createLazyClient(address: string, namespace: string): TemporalHandle {
  const connection = Connection.lazy({ address });
  return { connection, client: new Client({ connection, namespace }) };
}

/** Asks the frontend's gRPC health service, within a deadline. */
export async function checkTemporal(connection: Connection, timeoutMs = 2000): Promise<void> {
  await connection.withDeadline(Date.now() + timeoutMs, async () => {
    const res = await connection.healthService.check({});
    if (res.status !== SERVING) {
      throw new Error(`health status ${String(res.status)}`);
    }
  });
}

/** Polls until the frontend answers, or throws after `timeoutMs`. */
export async function waitForTemporal(address: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    let connection: Connection | undefined;
    try {
      connection = await Connection.connect({ address, connectTimeout: 2000 });
      await checkTemporal(connection);
      await connection.workflowService.getSystemInfo({});
      return;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await connection?.close().catch(() => undefined);
    }
  }
  throw new Error(`Temporal at ${address} did not answer within ${timeoutMs} ms: ${(lastError as Error)?.message}`);
}

/**
 * Registers `namespace` if it does not exist (temporal-server, unlike the dev server, creates none), then waits
 * until the frontend serves it: a new namespace reaches the frontend's namespace cache a few seconds after it is
 * written. Closed workflows are kept for `retentionDays`. Returns whether it registered the namespace.
 */
export async function ensureNamespace(
  connection: Connection,
  namespace: string,
  opts: { retentionDays?: number; timeoutMs?: number } = {},
): Promise<boolean> {
  let registered = false;
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } catch (err) {
    if ((err as { code?: number }).code !== NOT_FOUND) throw err;
    try {
      await connection.workflowService.registerNamespace({
        namespace,
        workflowExecutionRetentionPeriod: msNumberToTs((opts.retentionDays ?? 30) * 24 * 3600 * 1000),
      });
      registered = true;
    } catch (err2) {
      if ((err2 as { code?: number }).code !== ALREADY_EXISTS) throw err2;
    }
  }
  await retryUntil(opts.timeoutMs ?? 60_000, `namespace ${namespace} to be served`, () =>
    connection.workflowService.countWorkflowExecutions({ namespace, query: '' }),
  );
  return registered;
}

/** Calls `attempt` until it resolves, twice a second, or throws its last error after `timeoutMs`. */
async function retryUntil<T>(timeoutMs: number, what: string, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      if (Date.now() >= deadline) throw new Error(`gave up waiting for ${what}: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** A visibility query that names every key, valid for each key's type: it fails while one is still unknown. */
function queryNaming(keys: readonly SearchAttributeKey<SearchAttributeType>[]): string {
  return keys
    .map((k) => {
      if (k.type === 'DATETIME') return `${k.name} > '2000-01-01T00:00:00Z'`;
      if (k.type === 'INT' || k.type === 'DOUBLE') return `${k.name} > 0`;
      if (k.type === 'BOOL') return `${k.name} = true`;
      return `${k.name} = ''`;
    })
    .join(' OR ');
}

/** temporal.api.enums.v1.IndexedValueType by SDK type name. */
export const INDEXED_VALUE_TYPE: Record<string, number> = {
  TEXT: 1,
  KEYWORD: 2,
  INT: 3,
  DOUBLE: 4,
  BOOL: 5,
  DATETIME: 6,
  KEYWORD_LIST: 7,
};

/**
 * Registers the project's custom search attributes on a namespace, adding only those that are missing, so it is
 * safe on a fresh server, on a server whose database already has them, and with several processes at once.
 */
export async function ensureSearchAttributes(
  connection: Connection,
  namespace: string,
  keys: readonly SearchAttributeKey<SearchAttributeType>[] = SEARCH_ATTRIBUTES,
): Promise<string[]> {
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const have = new Set([
    ...Object.keys(existing.customAttributes ?? {}),
    ...Object.keys(existing.systemAttributes ?? {}),
  ]);
  const missing = keys.filter((k) => !have.has(k.name));
  if (missing.length === 0) return [];
  const searchAttributes: Record<string, number> = {};
  for (const k of missing) searchAttributes[k.name] = INDEXED_VALUE_TYPE[k.type]!;
  try {
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes });
  } catch (err) {
    if ((err as { code?: number }).code !== ALREADY_EXISTS) throw err;
  }
  // A server on SQL visibility maps the new names through its namespace cache, refreshed a few seconds later:
  // until then a workflow that sets one is refused. Wait until a query naming them all is accepted.
  await retryUntil(60_000, `the search attributes of ${namespace} to be usable`, () =>
    connection.workflowService.countWorkflowExecutions({ namespace, query: queryNaming(missing) }),
  );
  return missing.map((k) => k.name);
}

/**
 * Creates the annual cycle's schedule, or brings an existing one up to date (DESIGN.md §6, Art. 7 每年年初): at the
 * policy's month, day and hour, Asia/Shanghai, start the launcher, which starts that year's cycle once. Safe to call
 * at every start. Returns whether it was created or updated.
 */
export async function ensureAnnualSchedule(
  client: Client,
  opts: { taskQueue: string; start: { month: number; day: number; hour: number } },
): Promise<'created' | 'updated'> {
  const spec = {
    calendars: [
      {
        month: MONTHS[opts.start.month - 1]!,
        dayOfMonth: opts.start.day,
        hour: opts.start.hour,
        minute: 0,
        second: 0,
        comment: '每年年初签订综治工作责任状（第七条）',
      },
    ],
    timezone: 'Asia/Shanghai',
  };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: 'annualCycleLauncherWorkflow',
    workflowId: 'annual-cycle-launch',
    taskQueue: opts.taskQueue,
    args: [],
  };
  try {
    await client.schedule.create({
      scheduleId: 'annual-cycle',
      spec,
      action,
      policies: { overlap: 'SKIP', catchupWindow: '30 days' },
      memo: { purpose: '年度社会治安综合治理责任制工作' },
    });
    return 'created';
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await client.schedule.getHandle('annual-cycle').update((prev) => ({ ...prev, spec, action }));
    return 'updated';
  }
}

const MONTHS = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
] as const;
