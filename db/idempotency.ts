/** Idempotency keys (issue 10): claimed before a request acts, completed with its answer, released if it failed. */
import type { Pool } from './pool';

export interface IdempotencyRow {
  scope: string;
  key: string;
  route: string;
  request_hash: string;
  state: 'in-progress' | 'done';
  status: number | null;
  response: unknown;
  headers: Record<string, string>;
  created_at: Date;
}

/** A claim older than this whose request never finished (its process died) may be taken over by a repeat. */
const STALE_CLAIM = '2 minutes';

/**
 * Claims the key for this request. Returns null when this request now holds it, else the row that holds it (a
 * stale in-progress claim with the same request is taken over, so a crashed request does not block its retry).
 */
export async function claimIdempotencyKey(
  pool: Pool,
  k: { scope: string; key: string; route: string; requestHash: string },
): Promise<IdempotencyRow | null> {
  const inserted = await pool.query(
    `INSERT INTO idempotency_keys (scope, key, route, request_hash, state)
     VALUES ($1, $2, $3, $4, 'in-progress')
     ON CONFLICT (scope, key) DO UPDATE SET created_at = now()
       WHERE idempotency_keys.state = 'in-progress' AND idempotency_keys.created_at < now() - $5::interval
         AND idempotency_keys.route = EXCLUDED.route AND idempotency_keys.request_hash = EXCLUDED.request_hash
     RETURNING 1`,
    [k.scope, k.key, k.route, k.requestHash, STALE_CLAIM],
  );
  if (inserted.rowCount) return null;
  return getIdempotencyKey(pool, k.scope, k.key);
}

export async function getIdempotencyKey(pool: Pool, scope: string, key: string): Promise<IdempotencyRow | null> {
  const { rows } = await pool.query<IdempotencyRow>('SELECT * FROM idempotency_keys WHERE scope = $1 AND key = $2', [
    scope,
    key,
  ]);
  return rows[0] ?? null;
}

/** Stores the answer a repeat of the request gets. */
export async function completeIdempotencyKey(
  pool: Pool,
  k: { scope: string; key: string; status: number; response: unknown; headers: Record<string, string> },
): Promise<void> {
  await pool.query(
    `UPDATE idempotency_keys SET state = 'done', status = $3, response = $4, headers = $5, completed_at = now()
     WHERE scope = $1 AND key = $2`,
    [k.scope, k.key, k.status, JSON.stringify(k.response ?? null), JSON.stringify(k.headers)],
  );
}

/** A request that failed did nothing: its key is free again, for the same or a corrected request. */
export async function releaseIdempotencyKey(pool: Pool, scope: string, key: string): Promise<void> {
  await pool.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND state = 'in-progress'`, [
    scope,
    key,
  ]);
}
