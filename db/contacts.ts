/** Where notifications reach an addressee (issue 3): one mailbox per addressee kind and id. */
import { requeueNoContact } from './notifications';
import type { Pool, PoolClient } from './pool';

type Db = Pool | PoolClient;

/** Sets (or replaces) an addressee's mailbox; returns when it was saved. */
export async function upsertContact(
  db: Db,
  c: { kind: string; id: string; email: string; updatedBy: string },
): Promise<Date> {
  const { rows } = await db.query<{ updated_at: Date }>(
    `INSERT INTO contacts (addressee_kind, addressee_id, email, updated_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (addressee_kind, addressee_id) DO UPDATE SET email = $3, updated_by = $4, updated_at = now()
     RETURNING updated_at`,
    [c.kind, c.id, c.email, c.updatedBy],
  );
  await requeueNoContact(db, c.kind, c.id, c.email);
  return rows[0]!.updated_at;
}
