/** Queries of the annual cycle (Art. 7, 8, 10–13): cycles, pledges, work reports, assessments, commendations. */
import type { AnnualPolicy } from '../domain/annual';
import type { Pool, PoolClient } from './pool';
import { subtree } from './scope';

type Db = Pool | PoolClient;

// ---- cycles

export interface CycleRow {
  year: number;
  started_by: string;
  started_at: Date;
  policy: AnnualPolicy;
  stage: string;
  stage_until: Date | null;
  completed_at: Date | null;
}

export async function insertCycle(
  db: Db,
  c: { year: number; startedBy: string; startedAt: Date; policy: AnnualPolicy },
): Promise<void> {
  await db.query(
    `INSERT INTO annual_cycles (year, started_by, started_at, policy) VALUES ($1, $2, $3, $4) ON CONFLICT (year) DO NOTHING`,
    [c.year, c.startedBy, c.startedAt, JSON.stringify(c.policy)],
  );
}

export async function getCycle(db: Db, year: number): Promise<CycleRow | undefined> {
  const { rows } = await db.query<CycleRow>('SELECT * FROM annual_cycles WHERE year = $1', [year]);
  return rows[0];
}

export async function listCycles(db: Db): Promise<CycleRow[]> {
  const { rows } = await db.query<CycleRow>('SELECT * FROM annual_cycles ORDER BY year DESC');
  return rows;
}

export async function setCycleStage(db: Db, year: number, stage: string, until: Date | null): Promise<void> {
  await db.query(
    `UPDATE annual_cycles SET stage = $2, stage_until = $3,
       completed_at = CASE WHEN $2 = 'completed' THEN COALESCE(completed_at, now()) ELSE completed_at END
     WHERE year = $1`,
    [year, stage, until],
  );
}

/** The root regions (provinces) whose committees start the year. */
export async function rootCommittees(db: Db): Promise<Array<{ id: string; name: string }>> {
  const { rows } = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM regions WHERE parent_id IS NULL AND committee_name IS NOT NULL ORDER BY id',
  );
  return rows;
}

// ---- pledges (Art. 7)

/** Who a committee signs with: its member units and the committees one level down. */
export async function committeeParties(
  db: Db,
  regionId: string,
): Promise<Array<{ kind: 'unit' | 'committee'; id: string; name: string }>> {
  const { rows } = await db.query<{ kind: 'unit' | 'committee'; id: string; name: string }>(
    `SELECT 'unit' AS kind, id, name FROM units WHERE region_id = $1 AND member_of_committee
     UNION ALL
     SELECT 'committee' AS kind, id, committee_name AS name FROM regions WHERE parent_id = $1 AND committee_name IS NOT NULL
     ORDER BY kind DESC, id`,
    [regionId],
  );
  return rows;
}

/** The lower regions with a committee of their own: the next level of pledges. */
export async function lowerCommittees(db: Db, regionId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM regions WHERE parent_id = $1 AND committee_name IS NOT NULL ORDER BY id',
    [regionId],
  );
  return rows.map((r) => r.id);
}

/** The year's work points of a committee: its own, else the nearest committee above it that set them. */
export async function workPointsFor(db: Db, year: number, regionId: string): Promise<unknown[] | null> {
  const { rows } = await db.query<{ points: unknown[] }>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, 0 AS depth FROM regions WHERE id = $2
       UNION ALL SELECT r.id, r.parent_id, up.depth + 1 FROM regions r JOIN up ON r.id = up.parent_id
     )
     SELECT w.points FROM work_points w JOIN up ON up.id = w.region_id WHERE w.year = $1 ORDER BY up.depth LIMIT 1`,
    [year, regionId],
  );
  return rows[0]?.points ?? null;
}

export async function setWorkPoints(
  db: Db,
  w: { year: number; regionId: string; points: unknown[]; setBy: string },
): Promise<void> {
  await db.query(
    `INSERT INTO work_points (year, region_id, points, set_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (year, region_id) DO UPDATE SET points = $3, set_by = $4, set_at = now()`,
    [w.year, w.regionId, JSON.stringify(w.points), w.setBy],
  );
}

export interface PledgeRow {
  id: string;
  year: number;
  issuer_region_id: string;
  party_kind: 'unit' | 'committee';
  party_id: string;
  party_name: string;
  version: number;
  status: 'awaiting-signature' | 'overdue' | 'signed' | 'unsigned';
  deadline: Date;
  signed_version: number | null;
  signed_at: Date | null;
  signed_by: string | null;
  reminders: number;
  issued_at: Date;
}

/** Issues a committee's pledges in one statement, once each (by id), with their first version. */
export async function insertPledges(
  db: Db,
  p: {
    year: number;
    issuerRegionId: string;
    deadline: Date;
    issuedAt: Date;
    issuedBy: string;
    content: unknown;
    parties: Array<{ id: string; kind: string; partyId: string; name: string }>;
  },
): Promise<void> {
  if (p.parties.length === 0) return;
  await db.query(
    `WITH inserted AS (
       INSERT INTO pledges (id, year, issuer_region_id, party_kind, party_id, party_name, deadline, issued_at)
       SELECT id, $1, $2, kind, party_id, name, $3, $4
         FROM unnest($5::text[], $6::text[], $7::text[], $8::text[]) AS t(id, kind, party_id, name)
       ON CONFLICT (id) DO NOTHING
       RETURNING id
     )
     INSERT INTO pledge_versions (pledge_id, version, content, issued_by, issued_at)
     SELECT id, 1, $9, $10, $4 FROM inserted`,
    [
      p.year,
      p.issuerRegionId,
      p.deadline,
      p.issuedAt,
      p.parties.map((x) => x.id),
      p.parties.map((x) => x.kind),
      p.parties.map((x) => x.partyId),
      p.parties.map((x) => x.name),
      JSON.stringify(p.content),
      p.issuedBy,
    ],
  );
}

export async function getPledge(db: Db, id: string): Promise<PledgeRow | undefined> {
  const { rows } = await db.query<PledgeRow>('SELECT * FROM pledges WHERE id = $1', [id]);
  return rows[0];
}

export async function lockPledge(db: Db, id: string): Promise<PledgeRow | undefined> {
  const { rows } = await db.query<PledgeRow>('SELECT * FROM pledges WHERE id = $1 FOR UPDATE', [id]);
  return rows[0];
}

export async function pledgeVersions(
  db: Db,
  id: string,
): Promise<Array<{ version: number; content: unknown; issued_by: string; issued_at: Date; reason: string | null }>> {
  const { rows } = await db.query(
    'SELECT version, content, issued_by, issued_at, reason FROM pledge_versions WHERE pledge_id = $1 ORDER BY version',
    [id],
  );
  return rows;
}

export async function pledgeEvents(
  db: Db,
  id: string,
): Promise<Array<{ seq: number; at: Date; kind: string; actor: string; detail: unknown }>> {
  const { rows } = await db.query(
    'SELECT seq, at, kind, actor, detail FROM pledge_events WHERE pledge_id = $1 ORDER BY seq',
    [id],
  );
  return rows;
}

export async function insertPledgeEvent(
  db: Db,
  e: { pledgeId: string; seq: number; at: Date; kind: string; actor: string; detail: unknown },
): Promise<void> {
  await db.query(
    `INSERT INTO pledge_events (pledge_id, seq, at, kind, actor, detail) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (pledge_id, seq) DO NOTHING`,
    [e.pledgeId, e.seq, e.at, e.kind, e.actor, JSON.stringify(e.detail)],
  );
}

export async function updatePledge(
  db: Db,
  p: {
    id: string;
    status: string;
    version: number;
    deadline: Date;
    reminders: number;
    signedVersion: number | null;
    signedAt: Date | null;
    signedBy: string | null;
  },
): Promise<void> {
  await db.query(
    `UPDATE pledges SET status = $2, version = $3, deadline = $4, reminders = GREATEST(reminders, $5),
       signed_version = $6, signed_at = $7, signed_by = $8 WHERE id = $1`,
    [p.id, p.status, p.version, p.deadline, p.reminders, p.signedVersion, p.signedAt, p.signedBy],
  );
}

export async function insertPledgeVersion(
  db: Db,
  v: { pledgeId: string; version: number; content: unknown; issuedBy: string; issuedAt: Date; reason: string },
): Promise<void> {
  await db.query(
    `INSERT INTO pledge_versions (pledge_id, version, content, issued_by, issued_at, reason) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (pledge_id, version) DO NOTHING`,
    [v.pledgeId, v.version, JSON.stringify(v.content), v.issuedBy, v.issuedAt, v.reason],
  );
}

/** Pledges of a year whose issuer is in `scopeRegionId`'s subtree (null: all), or whose party is `partyUnitId`. */
export async function listPledges(
  db: Db,
  f: { year: number; scopeRegionId: string | null; partyUnitId?: string; status?: string; limit: number },
): Promise<PledgeRow[]> {
  const { rows } = await db.query<PledgeRow>(
    `WITH RECURSIVE ${subtree('sub', '$2')}
     SELECT * FROM pledges
      WHERE year = $1 AND ($3::text IS NULL OR (party_kind = 'unit' AND party_id = $3))
        AND ($3::text IS NOT NULL OR issuer_region_id IN (SELECT id FROM sub))
        AND ($4::text IS NULL OR status = $4)
      ORDER BY issuer_region_id, party_kind DESC, party_id LIMIT $5`,
    [f.year, f.scopeRegionId, f.partyUnitId ?? null, f.status ?? null, f.limit],
  );
  return rows;
}

export async function countPledges(db: Db, year: number): Promise<number> {
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM pledges WHERE year = $1', [year]);
  return Number(rows[0]!.n);
}

// ---- work reports (Art. 8)

export interface WorkReportRow {
  year: number;
  to_region_id: string;
  party_kind: 'unit' | 'committee';
  party_id: string;
  party_name: string;
  status: 'due' | 'filed' | 'missing' | 'filed-late';
  deadline: Date;
  summary: string | null;
  next_year_plan: string | null;
  filed_at: Date | null;
  filed_by: string | null;
}

/** Every member unit and every lower committee owes its committee a report, once a year. Returns how many. */
export async function openWorkReports(db: Db, year: number, deadline: Date): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO work_reports (year, to_region_id, party_kind, party_id, party_name, deadline)
     SELECT $1::int, u.region_id, 'unit', u.id, u.name, $2::timestamptz FROM units u
       JOIN regions r ON r.id = u.region_id AND r.committee_name IS NOT NULL
      WHERE u.member_of_committee
     UNION ALL
     SELECT $1::int, r.parent_id, 'committee', r.id, r.committee_name, $2::timestamptz FROM regions r
      WHERE r.parent_id IS NOT NULL AND r.committee_name IS NOT NULL
     ON CONFLICT (year, party_kind, party_id) DO NOTHING`,
    [year, deadline],
  );
  return rowCount ?? 0;
}

export async function getWorkReport(
  db: Db,
  year: number,
  partyKind: string,
  partyId: string,
): Promise<WorkReportRow | undefined> {
  const { rows } = await db.query<WorkReportRow>(
    'SELECT * FROM work_reports WHERE year = $1 AND party_kind = $2 AND party_id = $3',
    [year, partyKind, partyId],
  );
  return rows[0];
}

export async function fileWorkReport(
  db: Db,
  r: { year: number; partyKind: string; partyId: string; summary: string; nextYearPlan: string; filedBy: string },
): Promise<WorkReportRow | undefined> {
  const { rows } = await db.query<WorkReportRow>(
    `UPDATE work_reports SET summary = $4, next_year_plan = $5, filed_by = $6, filed_at = now(),
       status = CASE WHEN status = 'missing' OR now() > deadline THEN 'filed-late' ELSE 'filed' END
     WHERE year = $1 AND party_kind = $2 AND party_id = $3 AND status IN ('due', 'missing') RETURNING *`,
    [r.year, r.partyKind, r.partyId, r.summary, r.nextYearPlan, r.filedBy],
  );
  return rows[0];
}

/** Reports still due, grouped by the committee they are owed to. */
export async function dueWorkReports(db: Db, year: number): Promise<WorkReportRow[]> {
  const { rows } = await db.query<WorkReportRow>(
    "SELECT * FROM work_reports WHERE year = $1 AND status = 'due' ORDER BY to_region_id, party_kind, party_id",
    [year],
  );
  return rows;
}

/** At the deadline: every report still due is missing. Returns them. */
export async function markMissingWorkReports(db: Db, year: number): Promise<WorkReportRow[]> {
  const { rows } = await db.query<WorkReportRow>(
    "UPDATE work_reports SET status = 'missing' WHERE year = $1 AND status = 'due' RETURNING *",
    [year],
  );
  return rows;
}

export async function listWorkReports(
  db: Db,
  f: { year: number; scopeRegionId: string | null; partyUnitId?: string; status?: string; limit: number },
): Promise<WorkReportRow[]> {
  const { rows } = await db.query<WorkReportRow>(
    `WITH RECURSIVE ${subtree('sub', '$2')}
     SELECT * FROM work_reports
      WHERE year = $1 AND ($3::text IS NULL OR (party_kind = 'unit' AND party_id = $3))
        AND ($3::text IS NOT NULL OR to_region_id IN (SELECT id FROM sub))
        AND ($4::text IS NULL OR status = $4)
      ORDER BY to_region_id, party_kind DESC, party_id LIMIT $5`,
    [f.year, f.scopeRegionId, f.partyUnitId ?? null, f.status ?? null, f.limit],
  );
  return rows;
}

export async function schedulePlenaryReport(
  db: Db,
  p: { year: number; regionId: string; partyKind: string; partyId: string; scheduledFor: Date; scheduledBy: string },
): Promise<{ id: string } | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO plenary_reports (year, region_id, party_kind, party_id, scheduled_for, scheduled_by)
     VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT (year, region_id, party_kind, party_id) DO NOTHING RETURNING id::text`,
    [p.year, p.regionId, p.partyKind, p.partyId, p.scheduledFor, p.scheduledBy],
  );
  return rows[0];
}

export interface PlenaryRow {
  id: string;
  year: number;
  region_id: string;
  party_kind: string;
  party_id: string;
  scheduled_for: Date;
  scheduled_by: string;
  recorded_at: Date | null;
  recorded_by: string | null;
  minutes: string | null;
}

export async function getPlenaryReport(db: Db, id: string): Promise<PlenaryRow | undefined> {
  const { rows } = await db.query<PlenaryRow>('SELECT * FROM plenary_reports WHERE id = $1', [id]);
  return rows[0];
}

export async function recordPlenaryReport(
  db: Db,
  p: { id: string; minutes: string; recordedBy: string },
): Promise<PlenaryRow | undefined> {
  const { rows } = await db.query<PlenaryRow>(
    `UPDATE plenary_reports SET minutes = $2, recorded_by = $3, recorded_at = now()
      WHERE id = $1 AND recorded_at IS NULL RETURNING *`,
    [p.id, p.minutes, p.recordedBy],
  );
  return rows[0];
}

// ---- assessment (Art. 10–11)

export interface AssessmentRow {
  year: number;
  subject_kind: 'unit' | 'region';
  subject_id: string;
  subject_name: string;
  assessor_region_id: string;
  scores: Record<string, number>;
  major_incident: boolean;
  scored_by: string | null;
  scored_at: Date | null;
  total: string | null;
  grade: 'excellent' | 'good' | 'pass' | 'fail' | null;
  grade_reason: string | null;
  computed_at: Date | null;
  case_id: string | null;
}

/** Each committee assesses its member units and the regions one level down. Returns how many are assessed. */
export async function openAssessments(db: Db, year: number): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO assessments (year, subject_kind, subject_id, subject_name, assessor_region_id)
     SELECT $1::int, 'unit', u.id, u.name, u.region_id FROM units u
       JOIN regions r ON r.id = u.region_id AND r.committee_name IS NOT NULL
      WHERE u.member_of_committee
     UNION ALL
     SELECT $1::int, 'region', r.id, r.name, r.parent_id FROM regions r
      WHERE r.parent_id IS NOT NULL AND r.committee_name IS NOT NULL
     ON CONFLICT (year, subject_kind, subject_id) DO NOTHING`,
    [year],
  );
  return rowCount ?? 0;
}

export async function getAssessment(
  db: Db,
  year: number,
  subjectKind: string,
  subjectId: string,
): Promise<AssessmentRow | undefined> {
  const { rows } = await db.query<AssessmentRow>(
    'SELECT * FROM assessments WHERE year = $1 AND subject_kind = $2 AND subject_id = $3',
    [year, subjectKind, subjectId],
  );
  return rows[0];
}

export async function setScores(
  db: Db,
  s: {
    year: number;
    subjectKind: string;
    subjectId: string;
    scores: Record<string, number>;
    majorIncident: boolean;
    scoredBy: string;
  },
): Promise<AssessmentRow | undefined> {
  const { rows } = await db.query<AssessmentRow>(
    `UPDATE assessments SET scores = $4, major_incident = $5, scored_by = $6, scored_at = now()
      WHERE year = $1 AND subject_kind = $2 AND subject_id = $3 AND computed_at IS NULL RETURNING *`,
    [s.year, s.subjectKind, s.subjectId, JSON.stringify(s.scores), s.majorIncident, s.scoredBy],
  );
  return rows[0];
}

export async function assessmentsOfYear(db: Db, year: number): Promise<AssessmentRow[]> {
  const { rows } = await db.query<AssessmentRow>(
    'SELECT * FROM assessments WHERE year = $1 ORDER BY assessor_region_id, subject_kind DESC, subject_id',
    [year],
  );
  return rows;
}

export async function setResult(
  db: Db,
  r: {
    year: number;
    subjectKind: string;
    subjectId: string;
    total: number | null;
    grade: string | null;
    reason: string;
  },
): Promise<void> {
  await db.query(
    `UPDATE assessments SET total = $4, grade = $5, grade_reason = $6, computed_at = COALESCE(computed_at, now())
      WHERE year = $1 AND subject_kind = $2 AND subject_id = $3 AND computed_at IS NULL`,
    [r.year, r.subjectKind, r.subjectId, r.total, r.grade, r.reason],
  );
}

export async function setAssessmentCase(
  db: Db,
  year: number,
  subjectKind: string,
  subjectId: string,
  caseId: string,
): Promise<void> {
  await db.query(
    'UPDATE assessments SET case_id = $4 WHERE year = $1 AND subject_kind = $2 AND subject_id = $3 AND case_id IS NULL',
    [year, subjectKind, subjectId, caseId],
  );
}

export async function listAssessments(
  db: Db,
  f: { year: number; scopeRegionId: string | null; subjectUnitId?: string },
): Promise<AssessmentRow[]> {
  const { rows } = await db.query<AssessmentRow>(
    `WITH RECURSIVE ${subtree('sub', '$2')}
     SELECT * FROM assessments
      WHERE year = $1 AND ($3::text IS NULL OR (subject_kind = 'unit' AND subject_id = $3))
        AND ($3::text IS NOT NULL OR assessor_region_id IN (SELECT id FROM sub))
      ORDER BY assessor_region_id, subject_kind DESC, subject_id`,
    [f.year, f.scopeRegionId, f.subjectUnitId ?? null],
  );
  return rows;
}

// ---- commendations (Art. 12–13)

export interface CommendationRow {
  id: string;
  year: number;
  category: 'advanced-collective' | 'leader-commendation';
  subject_kind: 'unit' | 'region' | 'leader';
  subject_id: string;
  subject_name: string;
  region_id: string;
  basis: string;
  nominated_by: string;
  nominated_at: Date;
  status: 'nominated' | 'refused' | 'commended' | 'declined';
  reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  document_no: string | null;
  provincial_praise: boolean;
}

/** Records a nomination once (per year, category and subject); returns the row as stored and whether it is new. */
export async function insertNomination(
  db: Db,
  n: {
    year: number;
    category: string;
    subjectKind: string;
    subjectId: string;
    subjectName: string;
    regionId: string;
    basis: string;
    nominatedBy: string;
    status: 'nominated' | 'refused';
    reason: string | null;
  },
): Promise<{ row: CommendationRow; created: boolean }> {
  const { rows } = await db.query<CommendationRow>(
    `INSERT INTO commendations (year, category, subject_kind, subject_id, subject_name, region_id, basis, nominated_by, status, reason)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (year, category, subject_kind, subject_id) DO NOTHING
     RETURNING *`,
    [
      n.year,
      n.category,
      n.subjectKind,
      n.subjectId,
      n.subjectName,
      n.regionId,
      n.basis,
      n.nominatedBy,
      n.status,
      n.reason,
    ],
  );
  if (rows[0]) return { row: rows[0], created: true };
  const existing = await db.query<CommendationRow>(
    'SELECT * FROM commendations WHERE year = $1 AND category = $2 AND subject_kind = $3 AND subject_id = $4',
    [n.year, n.category, n.subjectKind, n.subjectId],
  );
  return { row: existing.rows[0]!, created: false };
}

export async function getCommendation(db: Db, id: string): Promise<CommendationRow | undefined> {
  const { rows } = await db.query<CommendationRow>('SELECT * FROM commendations WHERE id = $1', [id]);
  return rows[0];
}

export async function decideCommendation(
  db: Db,
  d: {
    id: string;
    status: 'commended' | 'declined' | 'refused';
    reason: string | null;
    decidedBy: string;
    documentNo: string | null;
    provincialPraise: boolean;
  },
): Promise<CommendationRow | undefined> {
  const { rows } = await db.query<CommendationRow>(
    `UPDATE commendations SET status = $2, reason = $3, decided_by = $4, decided_at = now(), document_no = $5,
       provincial_praise = $6
      WHERE id = $1 AND status = 'nominated' RETURNING *`,
    [d.id, d.status, d.reason, d.decidedBy, d.documentNo, d.provincialPraise],
  );
  return rows[0];
}

/** How many years in a row up to `year - 1` the subject was commended as an advanced collective. */
export async function collectiveStreakBefore(
  db: Db,
  subjectKind: string,
  subjectId: string,
  year: number,
): Promise<number> {
  const { rows } = await db.query<{ year: number }>(
    `SELECT year FROM commendations WHERE category = 'advanced-collective' AND subject_kind = $1 AND subject_id = $2
       AND status = 'commended' AND year < $3 ORDER BY year DESC`,
    [subjectKind, subjectId, year],
  );
  let streak = 0;
  for (const r of rows) {
    if (r.year !== year - 1 - streak) break;
    streak++;
  }
  return streak;
}

export async function listCommendations(
  db: Db,
  f: { year: number; scopeRegionId: string | null; status?: string },
): Promise<CommendationRow[]> {
  const { rows } = await db.query<CommendationRow>(
    `WITH RECURSIVE ${subtree('sub', '$2')}
     SELECT * FROM commendations
      WHERE year = $1 AND region_id IN (SELECT id FROM sub) AND ($3::text IS NULL OR status = $3)
      ORDER BY id`,
    [f.year, f.scopeRegionId, f.status ?? null],
  );
  return rows;
}

/** The commendation decision's document number, once it is issued (issue 12). */
export async function setCommendationDocument(db: Db, id: string, documentNo: string): Promise<void> {
  await db.query('UPDATE commendations SET document_no = $2 WHERE id = $1', [id, documentNo]);
}
