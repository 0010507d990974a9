/**
 * Queries of the key-area register (Art. 15(1) ¶2): the committee's versioned identification standards, the register
 * with each item's reasons and standard version, its append-only events, the rolling investigations assigned to member
 * units, and the periodic notifications. Writes are keyed (event keys, (area, round, unit), notification keys), so a
 * retried activity writes nothing twice.
 */
import type { KeyAreaCategory, KeyAreaKind, KeyAreaPolicy, KeyAreaStatus } from '../domain/keyAreas';
import type { Pool, PoolClient } from './pool';

type Db = Pool | PoolClient;

// ---------------------------------------------------------------- standards

export interface KeyAreaStandardRow {
  region_id: string;
  version: number;
  title: string;
  criteria: string[];
  procedure: string;
  effective_from: Date;
  adopted_by: string;
  adopted_at: Date;
}

/** Adopts the register's next version of its identification standards and procedure. */
export async function insertStandard(
  db: Db,
  s: { regionId: string; title: string; criteria: string[]; procedure: string; effectiveFrom: Date; adoptedBy: string },
): Promise<KeyAreaStandardRow> {
  const { rows } = await db.query<KeyAreaStandardRow>(
    `INSERT INTO key_area_standards (region_id, version, title, criteria, procedure, effective_from, adopted_by)
     VALUES ($1, COALESCE((SELECT max(version) FROM key_area_standards WHERE region_id = $1), 0) + 1, $2, $3, $4, $5, $6)
     RETURNING *`,
    [s.regionId, s.title, s.criteria, s.procedure, s.effectiveFrom, s.adoptedBy],
  );
  return rows[0]!;
}

export async function listStandards(db: Db, regionId: string): Promise<KeyAreaStandardRow[]> {
  const { rows } = await db.query<KeyAreaStandardRow>(
    'SELECT * FROM key_area_standards WHERE region_id = $1 ORDER BY version DESC',
    [regionId],
  );
  return rows;
}

export async function getStandard(db: Db, regionId: string, version: number): Promise<KeyAreaStandardRow | undefined> {
  const { rows } = await db.query<KeyAreaStandardRow>(
    'SELECT * FROM key_area_standards WHERE region_id = $1 AND version = $2',
    [regionId, version],
  );
  return rows[0];
}

/** The newest version in force at `at`. */
export async function standardInForce(db: Db, regionId: string, at: Date): Promise<KeyAreaStandardRow | undefined> {
  const { rows } = await db.query<KeyAreaStandardRow>(
    `SELECT * FROM key_area_standards WHERE region_id = $1 AND effective_from <= $2 ORDER BY version DESC LIMIT 1`,
    [regionId, at],
  );
  return rows[0];
}

// ---------------------------------------------------------------- the register

export interface KeyAreaRow {
  id: string;
  register_region_id: string;
  kind: KeyAreaKind;
  category: KeyAreaCategory;
  name: string;
  location_region_id: string;
  responsible_kind: 'region' | 'unit';
  responsible_id: string;
  responsible_name: string;
  reasons: string[];
  standard_version: number;
  targets: string[];
  member_units: string[];
  status: KeyAreaStatus;
  deadline: Date;
  policy: KeyAreaPolicy;
  listed_at: Date;
  listed_by: string;
  idempotency_key: string | null;
  delisted_at: Date | null;
  delisted_by: string | null;
  acceptance: string | null;
  watch_until: Date | null;
  case_id: string | null;
  rebound_case_id: string | null;
  rounds: number;
}

/** The next number of the register's items: `KA-<year>-<n>`, one series for the system (a business key). */
export async function nextKeyAreaId(db: Db, year: number): Promise<string> {
  const { rows } = await db.query<{ n: string }>("SELECT nextval('key_area_number_seq')::text AS n");
  return `KA-${year}-${rows[0]!.n.padStart(4, '0')}`;
}

export async function insertKeyArea(
  db: Db,
  a: Omit<
    KeyAreaRow,
    'delisted_at' | 'delisted_by' | 'acceptance' | 'watch_until' | 'case_id' | 'rebound_case_id' | 'rounds'
  >,
): Promise<KeyAreaRow> {
  const { rows } = await db.query<KeyAreaRow>(
    `INSERT INTO key_areas (id, register_region_id, kind, category, name, location_region_id, responsible_kind,
       responsible_id, responsible_name, reasons, standard_version, targets, member_units, status, deadline, policy,
       listed_at, listed_by, idempotency_key)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19) RETURNING *`,
    [
      a.id,
      a.register_region_id,
      a.kind,
      a.category,
      a.name,
      a.location_region_id,
      a.responsible_kind,
      a.responsible_id,
      a.responsible_name,
      a.reasons,
      a.standard_version,
      a.targets,
      a.member_units,
      a.status,
      a.deadline,
      JSON.stringify(a.policy),
      a.listed_at,
      a.listed_by,
      a.idempotency_key,
    ],
  );
  return rows[0]!;
}

export async function getKeyArea(db: Db, id: string): Promise<KeyAreaRow | undefined> {
  const { rows } = await db.query<KeyAreaRow>('SELECT * FROM key_areas WHERE id = $1', [id]);
  return rows[0];
}

export async function getKeyAreaByKey(db: Db, key: string): Promise<KeyAreaRow | undefined> {
  const { rows } = await db.query<KeyAreaRow>('SELECT * FROM key_areas WHERE idempotency_key = $1', [key]);
  return rows[0];
}

export interface KeyAreaFilter {
  registerRegionId?: string;
  /** Items whose register or location is in this region or below (an office's or a supervisor's view). */
  withinRegionId?: string;
  /** Items a unit answers for or is assigned to investigate (a liaison's view). */
  unitId?: string;
  status?: KeyAreaStatus;
  category?: KeyAreaCategory;
  limit: number;
}

export async function listKeyAreas(db: Db, f: KeyAreaFilter): Promise<KeyAreaRow[]> {
  const { rows } = await db.query<KeyAreaRow>(
    `WITH RECURSIVE sub AS (
       SELECT id FROM regions WHERE id = $2
       UNION ALL SELECT r.id FROM regions r JOIN sub ON r.parent_id = sub.id
     )
     SELECT * FROM key_areas a
      WHERE ($1::text IS NULL OR a.register_region_id = $1)
        AND ($2::text IS NULL OR a.register_region_id IN (SELECT id FROM sub) OR a.location_region_id IN (SELECT id FROM sub))
        AND ($3::text IS NULL OR (a.responsible_kind = 'unit' AND a.responsible_id = $3) OR $3 = ANY (a.member_units))
        AND ($4::text IS NULL OR a.status = $4)
        AND ($5::text IS NULL OR a.category = $5)
      ORDER BY a.listed_at DESC, a.id DESC LIMIT $6`,
    [
      f.registerRegionId ?? null,
      f.withinRegionId ?? null,
      f.unitId ?? null,
      f.status ?? null,
      f.category ?? null,
      f.limit,
    ],
  );
  return rows;
}

export async function setKeyAreaStatus(
  db: Db,
  id: string,
  status: KeyAreaStatus,
  more: { delistedAt?: Date; delistedBy?: string; acceptance?: string; watchUntil?: Date } = {},
): Promise<void> {
  await db.query(
    `UPDATE key_areas SET status = $2, delisted_at = COALESCE($3, delisted_at), delisted_by = COALESCE($4, delisted_by),
            acceptance = COALESCE($5, acceptance), watch_until = COALESCE($6, watch_until)
      WHERE id = $1`,
    [id, status, more.delistedAt ?? null, more.delistedBy ?? null, more.acceptance ?? null, more.watchUntil ?? null],
  );
}

/** Links the case a key area opened to it (the case links back by origin). */
export async function setKeyAreaCase(db: Db, id: string, occasion: 'no-measures' | 'rebound', caseId: string) {
  await db.query(
    occasion === 'rebound'
      ? 'UPDATE key_areas SET rebound_case_id = $2 WHERE id = $1'
      : 'UPDATE key_areas SET case_id = $2 WHERE id = $1',
    [id, caseId],
  );
}

// ---------------------------------------------------------------- events

export interface KeyAreaEventRow {
  area_id: string;
  seq: number;
  kind: string;
  at: Date;
  actor: string;
  detail: Record<string, unknown>;
}

/** Appends an event once per key; a repeat with the same key writes nothing. */
export async function insertKeyAreaEvent(
  db: Db,
  e: { areaId: string; kind: string; at: Date; actor: string; detail?: Record<string, unknown>; key: string },
): Promise<void> {
  await db.query(
    `INSERT INTO key_area_events (area_id, seq, kind, at, actor, detail, event_key)
     SELECT $1, COALESCE((SELECT max(seq) FROM key_area_events WHERE area_id = $1), 0) + 1, $2, $3, $4, $5, $6
      WHERE NOT EXISTS (SELECT 1 FROM key_area_events WHERE event_key = $6)
     ON CONFLICT DO NOTHING`,
    [e.areaId, e.kind, e.at, e.actor, JSON.stringify(e.detail ?? {}), e.key],
  );
}

export async function keyAreaEvents(db: Db, id: string): Promise<KeyAreaEventRow[]> {
  const { rows } = await db.query<KeyAreaEventRow>(
    'SELECT area_id, seq, kind, at, actor, detail FROM key_area_events WHERE area_id = $1 ORDER BY seq',
    [id],
  );
  return rows;
}

// ---------------------------------------------------------------- rolling investigations

export interface KeyAreaCheckRow {
  id: string;
  area_id: string;
  round: number;
  unit_id: string;
  unit_name: string;
  assigned_at: Date;
  due_at: Date;
  status: 'assigned' | 'reported' | 'missed' | 'closed';
  findings: string | null;
  measures: string | null;
  effective: boolean | null;
  reported_at: Date | null;
  reported_by: string | null;
}

const CHECK_COLS = `id::text, area_id, round, unit_id, unit_name, assigned_at, due_at, status, findings, measures,
  effective, reported_at, reported_by`;

/** A round of rolling investigation for every member unit of the item, once; returns the units newly assigned. */
export async function assignRound(
  db: Db,
  r: { areaId: string; round: number; at: Date; due: Date },
): Promise<Array<{ unit_id: string; unit_name: string }>> {
  const { rows } = await db.query<{ unit_id: string; unit_name: string }>(
    `INSERT INTO key_area_checks (area_id, round, unit_id, unit_name, assigned_at, due_at)
     SELECT a.id, $2, u.id, u.name, $3, $4 FROM key_areas a JOIN units u ON u.id = ANY (a.member_units) WHERE a.id = $1
     ON CONFLICT (area_id, round, unit_id) DO NOTHING
     RETURNING unit_id, unit_name`,
    [r.areaId, r.round, r.at, r.due],
  );
  await db.query('UPDATE key_areas SET rounds = GREATEST(rounds, $2) WHERE id = $1', [r.areaId, r.round]);
  return rows;
}

/** The round is over: what was not reported is marked missed; returns those units' names. */
export async function closeRound(db: Db, areaId: string, round: number): Promise<string[]> {
  await db.query(
    `UPDATE key_area_checks SET status = 'missed' WHERE area_id = $1 AND round = $2 AND status = 'assigned'`,
    [areaId, round],
  );
  const { rows } = await db.query<{ unit_name: string }>(
    `SELECT unit_name FROM key_area_checks WHERE area_id = $1 AND round = $2 AND status = 'missed' ORDER BY unit_id`,
    [areaId, round],
  );
  return rows.map((r) => r.unit_name);
}

/** The item left the register: checks still open are closed, not missed. */
export async function closeOpenChecks(db: Db, areaId: string): Promise<void> {
  await db.query(`UPDATE key_area_checks SET status = 'closed' WHERE area_id = $1 AND status = 'assigned'`, [areaId]);
}

export async function getCheck(db: Db, id: string): Promise<KeyAreaCheckRow | undefined> {
  const { rows } = await db.query<KeyAreaCheckRow>(`SELECT ${CHECK_COLS} FROM key_area_checks WHERE id = $1`, [id]);
  return rows[0];
}

/** Records a unit's report on its check, if the check still waits for one; undefined otherwise. */
export async function reportCheck(
  db: Db,
  r: { id: string; findings: string; measures: string; effective: boolean; at: Date; by: string },
): Promise<KeyAreaCheckRow | undefined> {
  const { rows } = await db.query<KeyAreaCheckRow>(
    `UPDATE key_area_checks SET status = 'reported', findings = $2, measures = $3, effective = $4, reported_at = $5,
            reported_by = $6
      WHERE id = $1 AND status = 'assigned' RETURNING ${CHECK_COLS}`,
    [r.id, r.findings, r.measures, r.effective, r.at, r.by],
  );
  return rows[0];
}

export async function listChecks(
  db: Db,
  f: { areaId?: string; unitId?: string; withinRegionId?: string; status?: string; limit: number },
): Promise<KeyAreaCheckRow[]> {
  const { rows } = await db.query<KeyAreaCheckRow>(
    `WITH RECURSIVE sub AS (
       SELECT id FROM regions WHERE id = $3
       UNION ALL SELECT r.id FROM regions r JOIN sub ON r.parent_id = sub.id
     )
     SELECT c.id::text, c.area_id, c.round, c.unit_id, c.unit_name, c.assigned_at, c.due_at, c.status, c.findings,
            c.measures, c.effective, c.reported_at, c.reported_by
       FROM key_area_checks c JOIN key_areas a ON a.id = c.area_id
      WHERE ($1::text IS NULL OR c.area_id = $1) AND ($2::text IS NULL OR c.unit_id = $2)
        AND ($3::text IS NULL OR a.register_region_id IN (SELECT id FROM sub) OR a.location_region_id IN (SELECT id FROM sub))
        AND ($4::text IS NULL OR c.status = $4)
      ORDER BY c.due_at DESC, c.id DESC LIMIT $5`,
    [f.areaId ?? null, f.unitId ?? null, f.withinRegionId ?? null, f.status ?? null, f.limit],
  );
  return rows;
}

// ---------------------------------------------------------------- periodic notifications

export interface KeyAreaNotificationRow {
  id: string;
  region_id: string;
  seq: number;
  period_start: Date;
  period_end: Date;
  summary: Record<string, number>;
  idempotency_key: string;
  issued_by: string;
  issued_at: Date;
  document_no: string | null;
}

const NOTIFICATION_COLS = `n.id::text, n.region_id, n.seq, n.period_start, n.period_end, n.summary, n.idempotency_key,
  n.issued_by, n.issued_at, d.document_no`;
const NOTIFICATION_FROM = `key_area_notifications n LEFT JOIN case_documents d ON d.key_area_notification_id = n.id`;

export async function notificationByKey(db: Db, key: string): Promise<KeyAreaNotificationRow | undefined> {
  const { rows } = await db.query<KeyAreaNotificationRow>(
    `SELECT ${NOTIFICATION_COLS} FROM ${NOTIFICATION_FROM} WHERE n.idempotency_key = $1`,
    [key],
  );
  return rows[0];
}

export async function lastNotification(db: Db, regionId: string): Promise<KeyAreaNotificationRow | undefined> {
  const { rows } = await db.query<KeyAreaNotificationRow>(
    `SELECT ${NOTIFICATION_COLS} FROM ${NOTIFICATION_FROM} WHERE n.region_id = $1 ORDER BY n.seq DESC LIMIT 1`,
    [regionId],
  );
  return rows[0];
}

export async function listNotifications(db: Db, regionId: string, limit: number): Promise<KeyAreaNotificationRow[]> {
  const { rows } = await db.query<KeyAreaNotificationRow>(
    `SELECT ${NOTIFICATION_COLS} FROM ${NOTIFICATION_FROM} WHERE n.region_id = $1 ORDER BY n.seq DESC LIMIT $2`,
    [regionId, limit],
  );
  return rows;
}

/** The notification that owns a document, if a key-area notification does. */
export async function notificationOfDocument(db: Db, documentNo: string): Promise<KeyAreaNotificationRow | undefined> {
  const { rows } = await db.query<KeyAreaNotificationRow>(
    `SELECT ${NOTIFICATION_COLS} FROM ${NOTIFICATION_FROM} WHERE d.document_no = $1`,
    [documentNo],
  );
  return rows[0];
}

export async function insertKeyAreaNotification(
  db: Db,
  n: { regionId: string; periodStart: Date; periodEnd: Date; summary: Record<string, number>; key: string; by: string },
): Promise<KeyAreaNotificationRow> {
  const { rows } = await db.query<KeyAreaNotificationRow>(
    `INSERT INTO key_area_notifications (region_id, seq, period_start, period_end, summary, idempotency_key, issued_by)
     VALUES ($1, COALESCE((SELECT max(seq) FROM key_area_notifications WHERE region_id = $1), 0) + 1, $2, $3, $4, $5, $6)
     RETURNING id::text, region_id, seq, period_start, period_end, summary, idempotency_key, issued_by, issued_at,
               NULL::text AS document_no`,
    [n.regionId, n.periodStart, n.periodEnd, JSON.stringify(n.summary), n.key, n.by],
  );
  return rows[0]!;
}

/** What a notification reports on: every item of the register listed by `end`, with its checks and events. */
export async function registerAsOf(
  db: Db,
  regionId: string,
  end: Date,
): Promise<{
  areas: KeyAreaRow[];
  checks: KeyAreaCheckRow[];
  events: KeyAreaEventRow[];
}> {
  const { rows: areas } = await db.query<KeyAreaRow>(
    'SELECT * FROM key_areas WHERE register_region_id = $1 AND listed_at <= $2 ORDER BY listed_at, id',
    [regionId, end],
  );
  const ids = areas.map((a) => a.id);
  const { rows: checks } = await db.query<KeyAreaCheckRow>(
    `SELECT ${CHECK_COLS} FROM key_area_checks WHERE area_id = ANY ($1) AND assigned_at <= $2 ORDER BY area_id, round, unit_id`,
    [ids, end],
  );
  const { rows: events } = await db.query<KeyAreaEventRow>(
    `SELECT area_id, seq, kind, at, actor, detail FROM key_area_events WHERE area_id = ANY ($1) AND at <= $2
      ORDER BY area_id, seq`,
    [ids, end],
  );
  return { areas, checks, events };
}
