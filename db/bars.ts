/** Queries for bars, the performance archive and the notification outbox (Art. 15(3)(4), Art. 10–11). */
import { endOfShanghaiDay, SHANGHAI_OFFSET_MS } from '../domain/calendar';
import type { Pool, PoolClient } from './pool';

type Db = Pool | PoolClient;

export type BarScope = 'honours' | 'awards' | 'promotion';

export interface BarRow {
  id: string;
  bar_key: string;
  case_id: string;
  rung: 'listing' | 'veto';
  decision_event_seq: number;
  decision_document_no: string | null;
  authority_region_id: string;
  subject_kind: 'unit' | 'region' | 'leader';
  subject_id: string;
  subject_name: string;
  leader_role: string | null;
  leader_unit_id: string | null;
  scopes: BarScope[];
  starts_at: Date;
  ends_at: Date;
  period: string;
  status: 'active' | 'lapsed' | 'revoked';
  lapsed_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  /**
   * The last day (YYYY-MM-DD, Asia/Shanghai) the bar counts: the day of `ends_at`, or — if it was revoked before
   * that — the day of the last instant before `revoked_at`. Computed by the database for every read, from
   * LAST_IN_FORCE, the same expression that orders eligibility.
   */
  last_day_in_force: string;
}

/**
 * The last instant a bar counts (Art. 15(3)(4)): its end, or the instant before its revocation, whichever is
 * earlier (LEAST ignores a NULL `revoked_at`). A revocation at T counts the bar for instants before T, never from T.
 */
const LAST_IN_FORCE = `LEAST(ends_at, revoked_at - interval '1 microsecond')`;

/** An instant's day in Asia/Shanghai (UTC+8 all year, as domain/calendar.ts counts), as YYYY-MM-DD. */
const shanghaiDay = (instant: string) =>
  `to_char(((${instant}) AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;

const BAR_COLS = `id::text, bar_key, case_id, rung, decision_event_seq, decision_document_no, authority_region_id, subject_kind,
  subject_id, subject_name, leader_role, leader_unit_id, scopes, starts_at, ends_at, period, status, lapsed_at, revoked_at,
  revoked_by, revoke_reason, ${shanghaiDay(LAST_IN_FORCE)} AS last_day_in_force`;

/** Leaders holding a principal, supervising or in-charge role in any of `unitIds` on `date` (YYYY-MM-DD). */
export async function barredLeadersAt(
  db: Db,
  unitIds: string[],
  date: string,
): Promise<Array<{ leader_id: string; name: string; role: string; unit_id: string }>> {
  const { rows } = await db.query(
    `SELECT DISTINCT ON (lr.leader_id) lr.leader_id, l.name, lr.role, lr.unit_id
       FROM leader_roles lr JOIN leaders l ON l.id = lr.leader_id
      WHERE lr.unit_id = ANY($1) AND lr.role IN ('principal', 'supervising', 'in-charge')
        AND lr.starts_on <= $2::date AND (lr.ends_on IS NULL OR lr.ends_on >= $2::date)
      ORDER BY lr.leader_id, array_position(ARRAY['principal', 'supervising', 'in-charge'], lr.role)`,
    [unitIds, date],
  );
  return rows;
}

export async function regionLeadershipUnits(db: Db, regionId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM units WHERE region_id = $1 AND leads_region', [
    regionId,
  ]);
  return rows.map((r) => r.id);
}

/** Inserts a bar once (by its key); returns the row as stored. */
export async function upsertBar(
  db: Db,
  b: Omit<BarRow, 'id' | 'status' | 'lapsed_at' | 'revoked_at' | 'revoked_by' | 'revoke_reason' | 'last_day_in_force'>,
): Promise<BarRow> {
  await db.query(
    `INSERT INTO bars (bar_key, case_id, rung, decision_event_seq, decision_document_no, authority_region_id, subject_kind, subject_id,
       subject_name, leader_role, leader_unit_id, scopes, starts_at, ends_at, period)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) ON CONFLICT (bar_key) DO NOTHING`,
    [
      b.bar_key,
      b.case_id,
      b.rung,
      b.decision_event_seq,
      b.decision_document_no,
      b.authority_region_id,
      b.subject_kind,
      b.subject_id,
      b.subject_name,
      b.leader_role,
      b.leader_unit_id,
      b.scopes,
      b.starts_at,
      b.ends_at,
      b.period,
    ],
  );
  const { rows } = await db.query<BarRow>(`SELECT ${BAR_COLS} FROM bars WHERE bar_key = $1`, [b.bar_key]);
  return rows[0]!;
}

/**
 * The key pattern of one decision's bars: its rung and, from a second listing or veto of the same case (reopened on
 * a rebound), its round (`veto-r2`), so one round's lapse or revocation never touches another's.
 */
const decisionKeys = (caseId: string, tag: string) => `^bar-${caseId}-${tag}-(unit|region|leader)-`;

export async function barsOfDecision(db: Db, caseId: string, rung: string, tag: string = rung): Promise<BarRow[]> {
  const { rows } = await db.query<BarRow>(
    // `bars.id`, qualified: a bare `id` would name the `id::text` output column and sort as text.
    `SELECT ${BAR_COLS} FROM bars WHERE case_id = $1 AND rung = $2 AND bar_key ~ $3 ORDER BY bars.id`,
    [caseId, rung, decisionKeys(caseId, tag)],
  );
  return rows;
}

/** The bars of a case still in force, oldest decision first (a withdrawal must revoke them, issue 11). */
export async function activeBarsOfCase(db: Db, caseId: string): Promise<BarRow[]> {
  const { rows } = await db.query<BarRow>(
    `SELECT ${BAR_COLS} FROM bars WHERE case_id = $1 AND status = 'active' ORDER BY bars.id`,
    [caseId],
  );
  return rows;
}

export async function getBar(db: Db, id: string): Promise<BarRow | undefined> {
  const { rows } = await db.query<BarRow>(`SELECT ${BAR_COLS} FROM bars WHERE id = $1`, [id]);
  return rows[0];
}

/** Marks a decision's active bars lapsed, once. Returns the rows it changed. */
export async function lapseBars(db: Db, caseId: string, rung: string, at: Date, tag: string = rung): Promise<BarRow[]> {
  const { rows } = await db.query<BarRow>(
    `UPDATE bars SET status = 'lapsed', lapsed_at = $3
      WHERE case_id = $1 AND rung = $2 AND status = 'active' AND bar_key ~ $4 RETURNING ${BAR_COLS}`,
    [caseId, rung, at, decisionKeys(caseId, tag)],
  );
  return rows;
}

/** Revokes a decision's active bars, keeping their original window alongside the revocation. */
export async function revokeBars(
  db: Db,
  caseId: string,
  rung: string,
  at: Date,
  by: string,
  reason: string,
  tag: string = rung,
): Promise<BarRow[]> {
  const { rows } = await db.query<BarRow>(
    `UPDATE bars SET status = 'revoked', revoked_at = $3, revoked_by = $4, revoke_reason = $5
      WHERE case_id = $1 AND rung = $2 AND status = 'active' AND bar_key ~ $6 RETURNING ${BAR_COLS}`,
    [caseId, rung, at, by, reason, decisionKeys(caseId, tag)],
  );
  return rows;
}

export interface Eligibility {
  /** The day asked about, YYYY-MM-DD in Asia/Shanghai. */
  date: string;
  eligible: boolean;
  /** The latest `last_day_in_force` of the bars that apply; null when eligible. */
  barredUntil: string | null;
  /** The bars that apply, the one that counts longest first. */
  bars: BarRow[];
}

/**
 * Art. 15(3)(4): may the subject have `scope` (honours, awards, promotion) on `date` (YYYY-MM-DD, Asia/Shanghai)?
 * The one question behind the eligibility endpoint, a nomination by hand, the cycle's nominations from the results
 * and the province's commendation decision, so that they cannot disagree.
 *
 * A bar applies to a day if it was in force at any moment of that day (a subject barred for part of a day is
 * barred that day): it started by the day's end, ends at or after the day's start, and — if revoked — was revoked
 * after the day began (and after it started). Revoked at T, a bar counts for instants before T and not from T on;
 * so the day of a revocation during the day is still barred, and the next day is not. The answer is computed from
 * the records as they are known now (start, end, revocation — never from whether a timer fired): asked after a
 * revocation, a day before it is barred only up to the revocation (`barredUntil` is the revocation's day).
 */
export async function eligibilityOn(
  db: Db,
  subjectKind: string,
  subjectId: string,
  scope: BarScope,
  date: string,
): Promise<Eligibility> {
  const dayStart = new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
  const dayEnd = endOfShanghaiDay(dayStart);
  // A named (prepared) statement: the eligibility endpoint is the hottest read in the system.
  const { rows } = await db.query<BarRow>({
    name: 'eligibility-on',
    text: `SELECT ${BAR_COLS} FROM bars
      WHERE subject_kind = $1 AND subject_id = $2 AND $3 = ANY(scopes)
        AND starts_at <= $5 AND ends_at >= $4
        AND (revoked_at IS NULL OR (revoked_at > $4 AND revoked_at > starts_at))
      ORDER BY ${LAST_IN_FORCE} DESC, bars.id`,
    values: [subjectKind, subjectId, scope, dayStart, dayEnd],
  });
  return { date, eligible: rows.length === 0, barredUntil: rows[0]?.last_day_in_force ?? null, bars: rows };
}

export async function insertArchiveEntry(
  db: Db,
  e: {
    key: string;
    subjectKind: string;
    subjectId: string;
    at: Date;
    kind: string;
    barId: string | null;
    caseId: string | null;
    summary: string;
    detail: unknown;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO performance_archive (entry_key, subject_kind, subject_id, at, kind, bar_id, case_id, summary, detail)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (entry_key) DO NOTHING`,
    [e.key, e.subjectKind, e.subjectId, e.at, e.kind, e.barId, e.caseId, e.summary, JSON.stringify(e.detail)],
  );
}

export interface ArchiveRow {
  id: string;
  at: Date;
  kind: string;
  bar_id: string | null;
  case_id: string | null;
  summary: string;
  detail: unknown;
}

export async function archiveOf(db: Db, subjectKind: string, subjectId: string): Promise<ArchiveRow[]> {
  const { rows } = await db.query<ArchiveRow>(
    `SELECT id::text, at, kind, bar_id::text, case_id, summary, detail FROM performance_archive
      WHERE subject_kind = $1 AND subject_id = $2 ORDER BY at, performance_archive.id`,
    [subjectKind, subjectId],
  );
  return rows;
}
