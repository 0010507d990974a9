/** Queries for accountability cases, their events and documents. */
import type { LadderPolicy } from '../domain/policy';
import type { Pool, PoolClient } from './pool';
import { subtree } from './scope';

type Db = Pool | PoolClient;

export interface CaseRow {
  id: string;
  subject_kind: 'unit' | 'region';
  subject_id: string;
  subject_name: string;
  subject_region_id: string;
  opening_region_id: string;
  upper_region_id: string;
  grounds: number[];
  facts: string;
  severity: string;
  aggravating: unknown[];
  mitigating: unknown[];
  start_rung: string;
  start_reason: string;
  policy_region_id: string | null;
  policy_version: number;
  policy: LadderPolicy;
  /** The upper level's policy, which governs the talk, the listing and the veto (null: opened before issue 11). */
  upper_policy_region_id: string | null;
  upper_policy_version: number | null;
  upper_policy: LadderPolicy | null;
  /** The organ that issued the opening act: the office, or "必要时" the committee (Art. 15(1)). */
  opening_organ: 'office' | 'committee';
  rung: string;
  phase: string;
  status: string;
  deadline: Date | null;
  idempotency_key: string | null;
  opened_by: string;
  opened_at: Date;
  closed_at: Date | null;
  /** Art. 15(4) ¶3: 'recommendation' for a unit stationed locally by the centre or the province. */
  veto_path: 'committee' | 'recommendation';
  local_region_id: string | null;
  /** The process a case came from (issue 13), linked both ways; null for an office's own decision. */
  origin_kind: 'assessment' | 'supervision-item' | 'key-area' | null;
  origin_id: string | null;
}

export interface CaseEventRow {
  seq: number;
  at: Date;
  kind: string;
  rung: string;
  actor: string;
  detail: Record<string, unknown>;
  document_no: string | null;
}

export interface CaseDocumentRow {
  document_no: string;
  event_seq: number;
  rung: string;
  kind: string;
  issuer_region_id: string;
  issuer_name: string;
  title: string;
  body: string;
  issued_at: Date;
}

export async function nextCaseNumber(db: Db, year: number): Promise<string> {
  const { rows } = await db.query<{ n: string }>("SELECT nextval('case_number_seq')::text AS n");
  return `${year}-${rows[0]!.n.padStart(6, '0')}`;
}

export async function insertCase(
  db: Db,
  c: Omit<
    CaseRow,
    | 'closed_at'
    | 'opened_at'
    | 'veto_path'
    | 'local_region_id'
    | 'upper_policy_region_id'
    | 'upper_policy_version'
    | 'upper_policy'
    | 'opening_organ'
    | 'origin_kind'
    | 'origin_id'
  > &
    Partial<
      Pick<
        CaseRow,
        | 'veto_path'
        | 'local_region_id'
        | 'upper_policy_region_id'
        | 'upper_policy_version'
        | 'upper_policy'
        | 'opening_organ'
        | 'origin_kind'
        | 'origin_id'
      >
    >,
): Promise<CaseRow> {
  const { rows } = await db.query<CaseRow>(
    `INSERT INTO cases (id, subject_kind, subject_id, subject_name, subject_region_id, opening_region_id, upper_region_id,
       grounds, facts, severity, aggravating, mitigating, start_rung, start_reason, policy_region_id, policy_version, policy,
       rung, phase, status, deadline, idempotency_key, opened_by, veto_path, local_region_id,
       upper_policy_region_id, upper_policy_version, upper_policy, opening_organ, origin_kind, origin_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,
       $26,$27,$28,$29,$30,$31) RETURNING *`,
    [
      c.id,
      c.subject_kind,
      c.subject_id,
      c.subject_name,
      c.subject_region_id,
      c.opening_region_id,
      c.upper_region_id,
      c.grounds,
      c.facts,
      c.severity,
      JSON.stringify(c.aggravating),
      JSON.stringify(c.mitigating),
      c.start_rung,
      c.start_reason,
      c.policy_region_id,
      c.policy_version,
      JSON.stringify(c.policy),
      c.rung,
      c.phase,
      c.status,
      c.deadline,
      c.idempotency_key,
      c.opened_by,
      c.veto_path ?? 'committee',
      c.local_region_id ?? null,
      c.upper_policy_region_id ?? null,
      c.upper_policy_version ?? null,
      c.upper_policy ? JSON.stringify(c.upper_policy) : null,
      c.opening_organ ?? 'office',
      c.origin_kind ?? null,
      c.origin_id ?? null,
    ],
  );
  return rows[0]!;
}

export async function getCase(db: Db, id: string): Promise<CaseRow | undefined> {
  const { rows } = await db.query<CaseRow>('SELECT * FROM cases WHERE id = $1', [id]);
  return rows[0];
}

export async function getCaseByIdempotencyKey(db: Db, key: string): Promise<CaseRow | undefined> {
  const { rows } = await db.query<CaseRow>('SELECT * FROM cases WHERE idempotency_key = $1', [key]);
  return rows[0];
}

export interface CaseFilter {
  withinRegionId?: string;
  subjectUnitId?: string;
  regionId?: string;
  rung?: string;
  severity?: string;
  status?: string;
  overdueAt?: Date;
  /** Only cases not overdue at this moment (`overdue=false`): closed, without a deadline, or due at it or later. */
  notOverdueAt?: Date;
  dueBefore?: Date;
  /** Keyset pagination: only cases listed after this one (older, in the list's order, newest first). */
  before?: string;
  limit: number;
}

/** A case as lists show it: the row without the two policy documents it pinned (read by `GET /cases/{id}`). */
export type CaseListRow = Omit<CaseRow, 'policy' | 'upper_policy'>;

/** Every column of `cases` but `policy` and `upper_policy`: a list never shows them, and they are most of a row. */
const LIST_COLS = `id, subject_kind, subject_id, subject_name, subject_region_id, opening_region_id, upper_region_id,
  grounds, facts, severity, aggravating, mitigating, start_rung, start_reason, policy_region_id, policy_version,
  upper_policy_region_id, upper_policy_version, opening_organ, rung, phase, status, deadline, idempotency_key,
  opened_by, opened_at, closed_at, veto_path, local_region_id, origin_kind, origin_id`;

export async function listCases(db: Db, f: CaseFilter): Promise<CaseListRow[]> {
  const { rows } = await db.query<CaseListRow>(
    `WITH RECURSIVE ${subtree('sub', '$1')}, ${subtree('within', '$3')}
     SELECT ${LIST_COLS} FROM cases
      WHERE subject_region_id IN (SELECT id FROM sub)
        AND subject_region_id IN (SELECT id FROM within)
        AND ($2::text IS NULL OR (subject_kind = 'unit' AND subject_id = $2))
        AND ($4::text IS NULL OR rung = $4)
        AND ($5::text IS NULL OR severity = $5)
        AND ($6::text IS NULL OR status = $6)
        AND ($7::timestamptz IS NULL OR (status = 'open' AND deadline < $7))
        AND ($8::timestamptz IS NULL OR (status = 'open' AND deadline < $8))
        AND ($10::timestamptz IS NULL OR NOT (status = 'open' AND deadline IS NOT NULL AND deadline < $10))
        -- Keyset (issue 14): the rows after the cursor's in (opened_at, id) order, by the index cases_list_order (0019).
        AND ($11::text IS NULL OR (opened_at, id) < (SELECT c.opened_at, c.id FROM cases c WHERE c.id = $11))
      ORDER BY opened_at DESC, id DESC
      LIMIT $9`,
    [
      f.withinRegionId ?? null,
      f.subjectUnitId ?? null,
      f.regionId ?? null,
      f.rung ?? null,
      f.severity ?? null,
      f.status ?? null,
      f.overdueAt ?? null,
      f.dueBefore ?? null,
      f.limit,
      f.notOverdueAt ?? null,
      f.before ?? null,
    ],
  );
  return rows;
}

export async function caseEvents(db: Db, caseId: string): Promise<CaseEventRow[]> {
  const { rows } = await db.query<CaseEventRow>(
    'SELECT seq, at, kind, rung, actor, detail, document_no FROM case_events WHERE case_id = $1 ORDER BY seq',
    [caseId],
  );
  return rows;
}

export async function caseDocuments(db: Db, caseId: string): Promise<CaseDocumentRow[]> {
  const { rows } = await db.query<CaseDocumentRow>(
    `SELECT document_no, event_seq, rung, kind, issuer_region_id, issuer_name, title, body, issued_at
       FROM case_documents WHERE case_id = $1 ORDER BY event_seq`,
    [caseId],
  );
  return rows;
}

/** Records an event once: a retried activity with the same (case, seq) changes nothing. */
export async function insertCaseEvent(
  db: Db,
  e: {
    caseId: string;
    seq: number;
    at: Date;
    kind: string;
    rung: string;
    actor: string;
    detail: unknown;
    documentNo: string | null;
  },
): Promise<boolean> {
  const r = await db.query(
    `INSERT INTO case_events (case_id, seq, at, kind, rung, actor, detail, document_no)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (case_id, seq) DO NOTHING`,
    [e.caseId, e.seq, e.at, e.kind, e.rung, e.actor, JSON.stringify(e.detail), e.documentNo],
  );
  return (r.rowCount ?? 0) > 0;
}

/** Adds an Art. 16 / 17 circumstance found during the case to the case's own lists (issue 11). */
export async function appendCaseCircumstance(
  db: Db,
  caseId: string,
  kind: 'aggravating' | 'mitigating',
  c: { item: number; evidence: string; recordedAt: string; recordedBy: string },
): Promise<void> {
  await db.query(
    kind === 'aggravating'
      ? `UPDATE cases SET aggravating = aggravating || $2::jsonb, updated_at = now() WHERE id = $1`
      : `UPDATE cases SET mitigating = mitigating || $2::jsonb, updated_at = now() WHERE id = $1`,
    [caseId, JSON.stringify([c])],
  );
}

/** The document issued for (case, event), if any: a retried issue finds it instead of numbering a second one. */
export async function documentForEvent(db: Db, caseId: string, seq: number): Promise<CaseDocumentRow | undefined> {
  const { rows } = await db.query<CaseDocumentRow>(
    `SELECT document_no, event_seq, rung, kind, issuer_region_id, issuer_name, title, body, issued_at
       FROM case_documents WHERE case_id = $1 AND event_seq = $2`,
    [caseId, seq],
  );
  return rows[0];
}

/**
 * The next number of an organ's series (its office's or its committee's, issue 12) for a year, taken in the
 * transaction that stores the document: a rolled-back issue gives its number back, so each series has no gaps.
 */
export async function takeDocumentNumber(
  db: Db,
  issuerRegionId: string,
  organ: 'office' | 'committee',
  year: number,
  drill = false,
): Promise<number> {
  // A drill's documents are numbered in a series of their own (issue 11): a drill never takes a real number.
  const table = drill ? 'drill_document_counters' : 'document_counters';
  const { rows } = await db.query<{ last_number: number }>(
    `INSERT INTO ${table} (issuer_region_id, organ, year, last_number) VALUES ($1, $2, $3, 1)
     ON CONFLICT (issuer_region_id, organ, year) DO UPDATE SET last_number = ${table}.last_number + 1
     RETURNING last_number`,
    [issuerRegionId, organ, year],
  );
  return rows[0]!.last_number;
}

export async function insertCaseDocument(
  db: Db,
  d: CaseDocumentRow & { case_id: string; organ: 'office' | 'committee'; record: unknown; text_sha256: string },
): Promise<void> {
  await db.query(
    `INSERT INTO case_documents (document_no, case_id, event_seq, rung, kind, issuer_region_id, issuer_name, title, body,
       issued_at, organ, record, text_sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      d.document_no,
      d.case_id,
      d.event_seq,
      d.rung,
      d.kind,
      d.issuer_region_id,
      d.issuer_name,
      d.title,
      d.body,
      d.issued_at,
      d.organ,
      JSON.stringify(d.record),
      d.text_sha256,
    ],
  );
}

export async function updateCaseState(
  db: Db,
  s: { caseId: string; rung: string; phase: string; status: string; deadline: Date | null; closedAt: Date | null },
): Promise<void> {
  await db.query(
    // A closed case keeps the moment it closed through its rebound watch or accountability window; reopening clears it.
    `UPDATE cases SET rung = $2, phase = $3, status = $4, deadline = $5,
       closed_at = CASE WHEN $4 = 'open' THEN NULL ELSE COALESCE(closed_at, $6) END, updated_at = now() WHERE id = $1`,
    [s.caseId, s.rung, s.phase, s.status, s.deadline, s.closedAt],
  );
}

/** A document by its number: its title and text (for the notification that carries it). */
export async function documentByNumber(
  db: Db,
  documentNo: string,
): Promise<{ title: string; body: string } | undefined> {
  const { rows } = await db.query<{ title: string; body: string }>(
    'SELECT title, body FROM case_documents WHERE document_no = $1',
    [documentNo],
  );
  return rows[0];
}

/** A case's document as issued (issue 12): its whole record, when it was issued with one, and its text's SHA-256. */
export interface IssuedDocumentRow {
  document_no: string;
  /** Exactly one of these owns the document: a case, a pledge version, a commendation. */
  case_id: string | null;
  pledge_id: string | null;
  commendation_id: string | null;
  event_seq: number | null;
  kind: string;
  issuer_region_id: string;
  issuer_name: string;
  title: string;
  body: string;
  issued_at: Date;
  organ: 'office' | 'committee' | null;
  record: unknown;
  text_sha256: string | null;
}

export async function issuedDocument(db: Db, documentNo: string): Promise<IssuedDocumentRow | undefined> {
  const { rows } = await db.query<IssuedDocumentRow>(
    `SELECT document_no, case_id, pledge_id, commendation_id::text, event_seq, kind, issuer_region_id, issuer_name, title,
            body, issued_at, organ, record, text_sha256
       FROM case_documents WHERE document_no = $1`,
    [documentNo],
  );
  return rows[0];
}
