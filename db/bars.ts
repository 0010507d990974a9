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

/** Every bar of a case's decisions, whatever its status. */
export async function barsOfCase(db: Db, caseId: string): Promise<BarRow[]> {
  const { rows } = await db.query<BarRow>(`SELECT ${BAR_COLS} FROM bars WHERE case_id = $1 ORDER BY bars.id`, [caseId]);
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
  const { rows } = await db.query<BarRow>({
    name: 'eligibility-on',
    text: `SELECT ${BAR_COLS} FROM ${APPLYING} bars ORDER BY ${LAST_IN_FORCE} DESC, bars.id`,
    values: [subjectKind, subjectId, scope, ...dayBounds(date)],
  });
  return eligibilityOf(date, rows);
}

/**
 * The bars of subject ($1 kind, $2 id) that apply to scope $3 on the day [$4, $5] (Asia/Shanghai): the one condition
 * {@link eligibilityOn} and {@link eligibilityWithSubject} share, so that they cannot disagree — a function of the
 * database (db/migrations/0019), planned once per connection rather than at every call (issue 14 item 6).
 */
const APPLYING = `eligibility_bars($1, $2, $3, $4, $5)`;

/** The first and last instant of `date` (YYYY-MM-DD) in Asia/Shanghai. */
function dayBounds(date: string): [Date, Date] {
  const dayStart = new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
  return [dayStart, endOfShanghaiDay(dayStart)];
}

const eligibilityOf = (date: string, bars: BarRow[]): Eligibility => ({
  date,
  eligible: bars.length === 0,
  barredUntil: bars[0]?.last_day_in_force ?? null,
  bars,
});

/**
 * The subject $2 of each kind, with what the jurisdiction check needs: a unit and its region; a region; a leader with
 * the units they hold or held a role in and the regions of those units and of their posts (as `leaderRegions`).
 */
const SUBJECT_OF = {
  unit: `SELECT u.name, ARRAY[u.id] AS units, ARRAY[u.region_id] AS regions FROM units u WHERE u.id = $2`,
  region: `SELECT r.name, '{}'::text[] AS units, ARRAY[r.id] AS regions FROM regions r WHERE r.id = $2`,
  leader: `SELECT l.name,
          ARRAY(SELECT DISTINCT lr.unit_id FROM leader_roles lr WHERE lr.leader_id = l.id AND lr.unit_id IS NOT NULL) AS units,
          ARRAY(SELECT DISTINCT COALESCE(u.region_id, lr.region_id)
                  FROM leader_roles lr LEFT JOIN units u ON u.id = lr.unit_id WHERE lr.leader_id = l.id) AS regions
        FROM leaders l WHERE l.id = $2`,
} as const;

/** A subject of eligibility as the jurisdiction check needs it: its name, and the units and regions it belongs to. */
export interface EligibilitySubject {
  name: string;
  /** The unit itself; for a leader, every unit they hold or held a role in. */
  unitIds: string[];
  /** The unit's region, the region itself; for a leader, the regions of those units and of the posts they held. */
  regionIds: string[];
}

/**
 * {@link eligibilityOn} and the subject it is asked about, in one round trip (issue 14 item 6: the endpoint's three
 * queries — the subject, the leader's places for the jurisdiction check, the bars — were most of its time). The bars
 * are those {@link eligibilityOn} answers, in its order; `subject` is undefined when there is no such subject. The
 * caller checks the jurisdiction before it shows anything.
 */
export async function eligibilityWithSubject(
  db: Db,
  subjectKind: 'unit' | 'region' | 'leader',
  subjectId: string,
  scope: BarScope,
  date: string,
): Promise<{ subject: EligibilitySubject | undefined; eligibility: Eligibility }> {
  const { rows } = await db.query<
    BarRow & { s_name: string; s_units: string[]; s_regions: string[]; b_last: Date | null; b_id: string | null }
  >({
    // One statement per kind, so that PostgreSQL plans each once (a generic plan) instead of at every call.
    name: `eligibility-with-${subjectKind}`,
    text: `SELECT subject.name AS s_name, subject.units AS s_units, subject.regions AS s_regions, b.*
        FROM (${SUBJECT_OF[subjectKind]}) subject LEFT JOIN LATERAL (
          SELECT ${BAR_COLS}, ${LAST_IN_FORCE} AS b_last, bars.id AS b_id FROM ${APPLYING} bars
        ) b ON true
       ORDER BY b.b_last DESC, b.b_id`,
    values: [subjectKind, subjectId, scope, ...dayBounds(date)],
  });
  const first = rows[0];
  if (!first) return { subject: undefined, eligibility: eligibilityOf(date, []) };
  const bars = rows
    .filter((r) => r.b_id !== null)
    .map(({ s_name: _n, s_units: _u, s_regions: _r, b_last: _l, b_id: _i, ...bar }) => bar as BarRow);
  return {
    subject: { name: first.s_name, unitIds: first.s_units, regionIds: first.s_regions },
    eligibility: eligibilityOf(date, bars),
  };
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
