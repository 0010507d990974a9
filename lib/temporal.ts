/** Temporal connections and the one-time namespace setup shared by `npm start`, the API and the tests. */
import { Client, Connection, ScheduleAlreadyRunning } from '@temporalio/client';
import type { SearchAttributeKey, SearchAttributeType } from '@temporalio/common/lib/search-attributes';
import { SEARCH_ATTRIBUTES } from '../domain/searchAttributes';

/** grpc.health.v1.HealthCheckResponse.ServingStatus.SERVING */
const SERVING = 1;
/** gRPC status code ALREADY_EXISTS */
const ALREADY_EXISTS = 6;

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
