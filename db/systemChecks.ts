/** Queries for the `system_checks` table. */
import type { Pool } from './pool';

export interface SystemCheckRow {
  id: string;
  requested_by: string;
  note: string | null;
  wait: string | null;
  started_at: Date;
  completed_at: Date | null;
}

/** Records the start; a retry with the same id changes nothing. */
export async function insertSystemCheck(
  pool: Pool,
  row: { id: string; requestedBy: string; note: string | null; wait: string | null; startedAt: Date },
): Promise<void> {
  await pool.query(
    `INSERT INTO system_checks (id, requested_by, note, wait, started_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING`,
    [row.id, row.requestedBy, row.note, row.wait, row.startedAt],
  );
}

/** Records the completion once; a retry keeps the first completion time. Returns the row as it now stands. */
export async function completeSystemCheck(
  pool: Pool,
  id: string,
  completedAt: Date,
): Promise<SystemCheckRow | undefined> {
  const { rows } = await pool.query<SystemCheckRow>(
    `UPDATE system_checks SET completed_at = COALESCE(completed_at, $2)
     WHERE id = $1
     RETURNING id, requested_by, note, wait, started_at, completed_at`,
    [id, completedAt],
  );
  return rows[0];
}

export async function getSystemCheck(pool: Pool, id: string): Promise<SystemCheckRow | undefined> {
  const { rows } = await pool.query<SystemCheckRow>(
    'SELECT id, requested_by, note, wait, started_at, completed_at FROM system_checks WHERE id = $1',
    [id],
  );
  return rows[0];
}
