/** The append-only audit log (issue 6). There is no query here that changes or deletes an entry. */
import type { Pool, PoolClient } from './pool';

export interface AuditEntry {
  requestId: string | null;
  tokenId: string | null;
  actor: string | null;
  role: string | null;
  address: string | null;
  method: string;
  route: string;
  path: string;
  status: number;
  outcome: 'succeeded' | 'refused' | 'failed';
  detail: string | null;
}

export interface AuditRow {
  id: string;
  at: Date;
  request_id: string | null;
  token_id: string | null;
  actor: string | null;
  role: string | null;
  address: string | null;
  method: string;
  route: string;
  path: string;
  status: number;
  outcome: string;
  detail: string | null;
}

/**
 * Appends one entry. Given a transaction's client, the entry commits or rolls back with the write it records
 * (issue 14 item 4; `ctx.transaction` in api/routing.ts).
 */
export async function insertAudit(db: Pool | PoolClient, e: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (request_id, token_id, actor, role, address, method, route, path, status, outcome, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [e.requestId, e.tokenId, e.actor, e.role, e.address, e.method, e.route, e.path, e.status, e.outcome, e.detail],
  );
}

/**
 * One page of the log, newest first, by keyset: entries with an id below `beforeId` (the previous page's `next`).
 * Ordered by the numeric id — qualified, because a bare `id` in ORDER BY would name the `id::text` output column
 * and sort as text ('999' above '1000'). Answers the page and the cursor of the next one (null on the last page).
 */
export async function listAudit(
  pool: Pool,
  filter: { tokenId?: string; outcome?: string; since?: Date; until?: Date; limit: number; beforeId?: string },
): Promise<{ rows: AuditRow[]; next: string | null }> {
  const { rows } = await pool.query<AuditRow>(
    `SELECT audit_log.id::text AS id, at, request_id, token_id, actor, role, address, method, route, path, status, outcome,
            detail
       FROM audit_log
      WHERE ($1::uuid IS NULL OR token_id = $1)
        AND ($2::text IS NULL OR outcome = $2)
        AND ($3::timestamptz IS NULL OR at >= $3)
        AND ($4::timestamptz IS NULL OR at < $4)
        AND ($5::bigint IS NULL OR audit_log.id < $5)
      ORDER BY audit_log.id DESC
      LIMIT $6`,
    [
      filter.tokenId ?? null,
      filter.outcome ?? null,
      filter.since ?? null,
      filter.until ?? null,
      filter.beforeId ?? null,
      // One more than asked: whether there is a next page, without a count.
      filter.limit + 1,
    ],
  );
  const more = rows.length > filter.limit;
  const page = more ? rows.slice(0, filter.limit) : rows;
  return { rows: page, next: more ? page[page.length - 1]!.id : null };
}
