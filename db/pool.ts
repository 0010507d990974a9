/** The one way to reach PostgreSQL (STYLE.md: all database access goes through `db/`). */
import pg from 'pg';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

/** One pool per process (STYLE.md habit 9), created at start, closed on SIGTERM. */
export function createPool(url: string, max = 10): Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection (PostgreSQL restarted) must not crash the process; the next
  // query gets a fresh connection and /healthz reports the outage meanwhile.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Runs `fn` in one transaction on one client: BEGIN, COMMIT on success, ROLLBACK on any error, and the client is
 * always released. Never run a transaction through `pool.query`: each call may land on another connection.
 */
export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A checked-out client has no 'error' listener (the pool listens only while it is idle), and pg emits 'error' when
  // the server ends the connection (PostgreSQL stopped or restarted: 57P01), even in the middle of a query: unheard,
  // that takes the whole process down (found by the fault suite, test/faults). The query in flight fails by itself;
  // the lost connection is destroyed on release instead of going back to the pool.
  let lost: Error | undefined;
  const onError = (err: Error): void => {
    lost = err;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.removeListener('error', onError);
    client.release(lost);
  }
}

/** `SELECT 1` with a deadline, for health checks. */
export async function ping(pool: Pool, timeoutMs = 2000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([pool.query('SELECT 1'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
