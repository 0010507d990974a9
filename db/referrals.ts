/** Queries for accountability referrals (Art. 15(5)) and their append-only event log. */
import type { Pool, PoolClient } from './pool';
import { subtree } from './scope';

type Db = Pool | PoolClient;

export interface ReferralRow {
  id: string;
  case_id: string;
  case_event_seq: number;
  leader_id: string;
  leader_name: string;
  leader_unit_id: string | null;
  leader_role: string | null;
  body: string;
  body_region_id: string;
  referring_region_id: string | null;
  rung: string;
  reasons: string;
  referred_by: string;
  referred_at: Date;
  status: 'awaiting-outcome' | 'decided';
  outcome: string | null;
  outcome_detail: string | null;
  outcome_document_no: string | null;
  decided_on: string | null;
  recorded_by: string | null;
  recorded_at: Date | null;
  reminders: number;
}

const COLS = `id, case_id, case_event_seq, leader_id, leader_name, leader_unit_id, leader_role, body, body_region_id, referring_region_id, rung,
  reasons, referred_by, referred_at, status, outcome, outcome_detail, outcome_document_no, to_char(decided_on, 'YYYY-MM-DD') AS decided_on,
  recorded_by, recorded_at, reminders`;

/** Inserts a referral once, by its id: a retried activity changes nothing. */
export async function insertReferral(
  db: Db,
  r: Pick<
    ReferralRow,
    | 'id'
    | 'case_id'
    | 'case_event_seq'
    | 'leader_id'
    | 'leader_name'
    | 'leader_unit_id'
    | 'leader_role'
    | 'body'
    | 'body_region_id'
    | 'referring_region_id'
    | 'rung'
    | 'reasons'
    | 'referred_by'
    | 'referred_at'
  >,
): Promise<void> {
  await db.query(
    `INSERT INTO referrals (id, case_id, case_event_seq, leader_id, leader_name, leader_unit_id, leader_role, body,
       body_region_id, rung, reasons, referred_by, referred_at, referring_region_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) ON CONFLICT (id) DO NOTHING`,
    [
      r.id,
      r.case_id,
      r.case_event_seq,
      r.leader_id,
      r.leader_name,
      r.leader_unit_id,
      r.leader_role,
      r.body,
      r.body_region_id,
      r.rung,
      r.reasons,
      r.referred_by,
      r.referred_at,
      r.referring_region_id,
    ],
  );
}

export async function getReferral(db: Db, id: string): Promise<ReferralRow | undefined> {
  const { rows } = await db.query<ReferralRow>(`SELECT ${COLS} FROM referrals WHERE id = $1`, [id]);
  return rows[0];
}

export async function lockReferral(db: Db, id: string): Promise<ReferralRow | undefined> {
  const { rows } = await db.query<ReferralRow>(`SELECT ${COLS} FROM referrals WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0];
}

export async function referralsOfCase(db: Db, caseId: string): Promise<ReferralRow[]> {
  const { rows } = await db.query<ReferralRow>(
    `SELECT ${COLS} FROM referrals WHERE case_id = $1 ORDER BY referred_at, id`,
    [caseId],
  );
  return rows;
}

/** Referrals addressed to bodies in `scopeRegionId`'s subtree (null: all), optionally one body and status. */
export async function listReferrals(
  db: Db,
  f: { scopeRegionId: string | null; body?: string; status?: string; caseId?: string; limit: number },
): Promise<ReferralRow[]> {
  const { rows } = await db.query<ReferralRow>(
    `WITH RECURSIVE ${subtree('sub', '$1')}
     SELECT ${COLS} FROM referrals
      WHERE body_region_id IN (SELECT id FROM sub)
        AND ($2::text IS NULL OR body = $2) AND ($3::text IS NULL OR status = $3) AND ($4::text IS NULL OR case_id = $4)
      ORDER BY referred_at DESC, id LIMIT $5`,
    [f.scopeRegionId, f.body ?? null, f.status ?? null, f.caseId ?? null, f.limit],
  );
  return rows;
}

export interface ReferralEventRow {
  seq: number;
  at: Date;
  kind: string;
  actor: string;
  detail: unknown;
}

export async function referralEvents(db: Db, referralId: string): Promise<ReferralEventRow[]> {
  const { rows } = await db.query<ReferralEventRow>(
    'SELECT seq, at, kind, actor, detail FROM referral_events WHERE referral_id = $1 ORDER BY seq',
    [referralId],
  );
  return rows;
}

/** Records an event once, by (referral, seq). */
export async function insertReferralEvent(
  db: Db,
  e: { referralId: string; seq: number; at: Date; kind: string; actor: string; detail: unknown },
): Promise<void> {
  await db.query(
    `INSERT INTO referral_events (referral_id, seq, at, kind, actor, detail) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (referral_id, seq) DO NOTHING`,
    [e.referralId, e.seq, e.at, e.kind, e.actor, JSON.stringify(e.detail)],
  );
}

export async function setReferralReminders(db: Db, id: string, n: number): Promise<void> {
  await db.query('UPDATE referrals SET reminders = GREATEST(reminders, $2) WHERE id = $1', [id, n]);
}

/** Records the outcome on an undecided referral; false when it was already decided (a retried activity). */
export async function decideReferralRow(
  db: Db,
  d: {
    id: string;
    outcome: string;
    detail: string;
    documentNo: string | null;
    decidedOn: string;
    recordedBy: string;
    at: Date;
  },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE referrals SET status = 'decided', outcome = $2, outcome_detail = $3, outcome_document_no = $4,
       decided_on = $5::date, recorded_by = $6, recorded_at = $7
     WHERE id = $1 AND status = 'awaiting-outcome'`,
    [d.id, d.outcome, d.detail, d.documentNo, d.decidedOn, d.recordedBy, d.at],
  );
  return (rowCount ?? 0) > 0;
}

/** A leader's role in the subject of a case: the subject unit, or the units that lead the subject region (Art. 15(5)
 * 党政领导干部). A current role before an ended one, the latest first. */
export async function subjectLeaderRole(
  db: Db,
  subject: { kind: string; id: string },
  leaderId: string,
): Promise<{ name: string; unit_id: string; unit_name: string; role: string } | undefined> {
  const { rows } = await db.query<{ name: string; unit_id: string; unit_name: string; role: string }>(
    `SELECT l.name, lr.unit_id, u.name AS unit_name, lr.role
       FROM leader_roles lr JOIN leaders l ON l.id = lr.leader_id JOIN units u ON u.id = lr.unit_id
      WHERE lr.leader_id = $1
        AND (($2 = 'unit' AND lr.unit_id = $3) OR ($2 = 'region' AND u.region_id = $3 AND u.leads_region))
      ORDER BY (lr.ends_on IS NULL) DESC, lr.starts_on DESC
      LIMIT 1`,
    [leaderId, subject.kind, subject.id],
  );
  return rows[0];
}
