/**
 * Supervision items (Art. 9; db/migrations/0017_supervision_items.sql): the item, its responsible units, its
 * append-only events and the case opened from its recommendation. The API inserts the item and links the case; the
 * item's workflow records every event through {@link recordItemEvent}, idempotently (item id + seq).
 */
import type {
  ItemForm,
  ItemKind,
  ItemStatus,
  Recommendation,
  SupervisionItemState,
  SupervisionPolicy,
} from '../domain/supervision';
import type { Pool, PoolClient } from './pool';
import { subtree } from './scope';

type Db = Pool | PoolClient;

export interface SupervisionItemRow {
  id: string;
  kind: ItemKind;
  form: ItemForm;
  title: string;
  content: string;
  basis: string | null;
  region_id: string;
  target_kind: 'unit' | 'region' | null;
  target_id: string | null;
  target_name: string | null;
  target_region_id: string | null;
  status: ItemStatus;
  stage: 'handling' | 'rectification';
  deadline: Date | null;
  first_deadline: Date;
  reminders: number;
  returned: number;
  policy_region_id: string | null;
  policy_version: number;
  policy: SupervisionPolicy;
  drill: boolean;
  findings: {
    causes: string;
    loopholes: string;
    rectificationDeadline: string | null;
    recordedBy: string;
    at: string;
  } | null;
  findings_at: Date | null;
  recommendation: Recommendation | null;
  case_id: string | null;
  assigned_by: string;
  assigned_at: Date;
  closed_at: Date | null;
  idempotency_key: string | null;
  /** The responsible units, the lead unit first. */
  units: { id: string; name: string; regionId: string }[];
}

export interface SupervisionEventRow {
  seq: number;
  at: Date;
  kind: string;
  actor: string;
  detail: Record<string, unknown>;
}

const SELECT_ITEM = `SELECT i.*,
       COALESCE((SELECT json_agg(json_build_object('id', u.unit_id, 'name', u.unit_name, 'regionId', un.region_id)
                                 ORDER BY u.position)
                   FROM supervision_item_units u JOIN units un ON un.id = u.unit_id
                  WHERE u.item_id = i.id), '[]') AS units
  FROM supervision_items i`;

/** The next item number of `year`: DB2026-000001 (督办). */
export async function nextItemId(db: Db, year: number): Promise<string> {
  const { rows } = await db.query<{ n: string }>("SELECT nextval('supervision_item_seq')::text AS n");
  return `DB${year}-${rows[0]!.n.padStart(6, '0')}`;
}

export async function insertItem(
  db: PoolClient,
  i: Omit<
    SupervisionItemRow,
    | 'status'
    | 'stage'
    | 'reminders'
    | 'returned'
    | 'findings'
    | 'findings_at'
    | 'recommendation'
    | 'case_id'
    | 'assigned_at'
    | 'closed_at'
    | 'units'
    | 'deadline'
  > & { units: { id: string; name: string }[]; assigned_at: Date },
): Promise<SupervisionItemRow> {
  await db.query(
    `INSERT INTO supervision_items (id, kind, form, title, content, basis, region_id, target_kind, target_id, target_name,
       target_region_id, deadline, first_deadline, policy_region_id, policy_version, policy, drill, assigned_by,
       assigned_at, idempotency_key)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$12,$13,$14,$15,$16,$17,$18,$19)`,
    [
      i.id,
      i.kind,
      i.form,
      i.title,
      i.content,
      i.basis,
      i.region_id,
      i.target_kind,
      i.target_id,
      i.target_name,
      i.target_region_id,
      i.first_deadline,
      i.policy_region_id,
      i.policy_version,
      JSON.stringify(i.policy),
      i.drill,
      i.assigned_by,
      i.assigned_at,
      i.idempotency_key,
    ],
  );
  for (const [position, u] of i.units.entries()) {
    await db.query(
      'INSERT INTO supervision_item_units (item_id, unit_id, unit_name, position) VALUES ($1, $2, $3, $4)',
      [i.id, u.id, u.name, position],
    );
  }
  return (await getItem(db, i.id))!;
}

export async function getItem(db: Db, id: string): Promise<SupervisionItemRow | undefined> {
  const { rows } = await db.query<SupervisionItemRow>(`${SELECT_ITEM} WHERE i.id = $1`, [id]);
  return rows[0];
}

export async function getItemByIdempotencyKey(db: Db, key: string): Promise<SupervisionItemRow | undefined> {
  const { rows } = await db.query<SupervisionItemRow>(`${SELECT_ITEM} WHERE i.idempotency_key = $1`, [key]);
  return rows[0];
}

/** The item, locked for the rest of the caller's transaction (the one case of a recommendation is decided under it). */
export async function lockItem(db: PoolClient, id: string): Promise<SupervisionItemRow | undefined> {
  await db.query('SELECT id FROM supervision_items WHERE id = $1 FOR UPDATE', [id]);
  return getItem(db, id);
}

/** Links the case opened from the item's recommendation (the case row carries the item as its origin). */
export async function linkItemCase(db: PoolClient, id: string, caseId: string): Promise<void> {
  const { rowCount } = await db.query(
    'UPDATE supervision_items SET case_id = $2 WHERE id = $1 AND case_id IS NULL AND recommendation IS NOT NULL',
    [id, caseId],
  );
  if (rowCount !== 1) throw new Error(`supervision item ${id} has no recommendation open for a case`);
}

export interface ItemFilter {
  /** A region-scoped token: the items it may see from its region (see {@link listItems}). */
  withinRegionId?: string;
  /** A unit liaison: the items of its unit. */
  unitId?: string;
  regionId?: string;
  kind?: string;
  form?: string;
  status?: string;
  dueBefore?: Date;
  limit: number;
}

/**
 * Items visible to a scope, newest first. A region-scoped token sees the items its region or a region below it
 * assigned, and — once an item is not (or no longer) covert — those whose responsible units or inspected subject are
 * in its subtree; a liaison sees the items of its unit as a responsible unit, and as the inspected unit once the item
 * is not covert. Covert: an unannounced inspection (暗访) before its findings are recorded.
 */
export async function listItems(db: Db, f: ItemFilter): Promise<SupervisionItemRow[]> {
  const { rows } = await db.query<SupervisionItemRow>(
    `WITH RECURSIVE ${subtree('sub', '$1')}, ${subtree('within', '$3')},
     visible AS (
       SELECT i.id FROM supervision_items i
        WHERE ($2::text IS NULL AND (
                 i.region_id IN (SELECT id FROM sub)
                 OR ((i.form <> 'unannounced-inspection' OR i.findings_at IS NOT NULL) AND (
                       i.target_region_id IN (SELECT id FROM sub)
                       OR EXISTS (SELECT 1 FROM supervision_item_units u JOIN units un ON un.id = u.unit_id
                                   WHERE u.item_id = i.id AND un.region_id IN (SELECT id FROM sub))))))
           OR ($2::text IS NOT NULL AND (
                 EXISTS (SELECT 1 FROM supervision_item_units u WHERE u.item_id = i.id AND u.unit_id = $2)
                 OR (i.target_kind = 'unit' AND i.target_id = $2
                     AND (i.form <> 'unannounced-inspection' OR i.findings_at IS NOT NULL))))
     )
     ${SELECT_ITEM}
      WHERE i.id IN (SELECT id FROM visible)
        AND ($3::text IS NULL OR i.region_id IN (SELECT id FROM within) OR i.target_region_id IN (SELECT id FROM within))
        AND ($4::text IS NULL OR i.kind = $4)
        AND ($5::text IS NULL OR i.form = $5)
        AND ($6::text IS NULL OR i.status = $6)
        AND ($7::timestamptz IS NULL OR (i.deadline IS NOT NULL AND i.deadline < $7))
      ORDER BY i.assigned_at DESC, i.id DESC
      LIMIT $8`,
    [
      f.withinRegionId ?? null,
      f.unitId ?? null,
      f.regionId ?? null,
      f.kind ?? null,
      f.form ?? null,
      f.status ?? null,
      f.dueBefore ?? null,
      f.limit,
    ],
  );
  return rows;
}

export async function itemEvents(db: Db, id: string): Promise<SupervisionEventRow[]> {
  const { rows } = await db.query<SupervisionEventRow>(
    'SELECT seq, at, kind, actor, detail FROM supervision_events WHERE item_id = $1 ORDER BY seq',
    [id],
  );
  return rows;
}

/**
 * One event of an item and the item's state after it, in one transaction: the event is inserted once (item id + seq),
 * the row brought to the state. Findings and a recommendation are written with the event that records them.
 */
export async function recordItemEvent(
  db: PoolClient,
  e: {
    itemId: string;
    seq: number;
    at: Date;
    kind: string;
    actor: string;
    detail: Record<string, unknown>;
    state: SupervisionItemState;
    findings?: { causes: string; loopholes: string; rectificationDeadline: string | null; recordedBy: string };
    recommendation?: Recommendation | null;
  },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO supervision_events (item_id, seq, at, kind, actor, detail) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (item_id, seq) DO NOTHING`,
    [e.itemId, e.seq, e.at, e.kind, e.actor, JSON.stringify(e.detail)],
  );
  const s = e.state;
  await db.query(
    `UPDATE supervision_items
        SET status = $2, stage = $3, deadline = $4, reminders = $5, returned = $6,
            closed_at = CASE WHEN $2 = 'closed' THEN COALESCE(closed_at, $7) ELSE NULL END,
            findings = COALESCE(findings, $8::jsonb),
            findings_at = COALESCE(findings_at, CASE WHEN $8::jsonb IS NULL THEN NULL ELSE $7::timestamptz END),
            recommendation = COALESCE(recommendation, $9::jsonb)
      WHERE id = $1`,
    [
      e.itemId,
      s.status,
      s.stage,
      s.deadline,
      s.reminders,
      s.returned,
      e.at,
      e.findings ? JSON.stringify({ ...e.findings, at: e.at.toISOString() }) : null,
      e.recommendation ? JSON.stringify(e.recommendation) : null,
    ],
  );
  return (rowCount ?? 0) > 0;
}
