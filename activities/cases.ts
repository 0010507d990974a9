/**
 * Activities of the accountability case: every write is keyed by (case, event seq), so a retried activity never
 * records an event twice or numbers a second document (STYLE.md habit 3).
 */
import { log } from '@temporalio/activity';
import {
  appendCaseCircumstance,
  documentForEvent,
  getCase,
  insertCaseDocument,
  insertCaseEvent,
  takeDocumentNumber,
  updateCaseState,
} from '../db/cases';
import { caseIsDrill } from '../db/drill';
import { withTransaction, type PoolClient } from '../db/pool';
import { chineseDate, SHANGHAI_OFFSET_MS, shanghaiDate } from '../domain/calendar';
import {
  caseDocumentAddressees,
  caseDocumentParagraphs,
  documentNumber,
  documentTitle,
  UPWARD_KINDS,
  type CaseOrgans,
  type DocumentFacts,
} from '../domain/documents';
import { documentText, type OfficialDocument } from '../domain/officialDocument';
import { getRegion, getUnit, postHolderNames } from '../db/organisation';
import { createHash } from 'node:crypto';
import { notifyCaseEvent } from './caseNotices';
import type { ActivityDeps } from './deps';

export interface CaseEventInput {
  caseId: string;
  seq: number;
  at: string;
  kind: string;
  rung: string;
  actor: string;
  detail: Record<string, unknown>;
}

export interface IssueDocumentInput extends CaseEventInput {
  document: Omit<DocumentFacts, 'issuedAt' | 'deadline'> & {
    issuerRegionId: string;
    issuerShortName: string;
    /** Whose series the number is taken from; cases started before it existed are told by the issuer's name. */
    issuerOrgan?: 'office' | 'committee';
    deadline: string | null;
  };
}

export interface CaseStateInput {
  caseId: string;
  rung: string;
  phase: string;
  status: 'open' | 'rectified' | 'withdrawn' | 'unrectified' | 'dismissed';
  deadline: string | null;
  closedAt: string | null;
}

export function createCaseActivities({ pool }: ActivityDeps) {
  return {
    /** Records an event and its notifications, once. */
    async recordCaseEvent(e: CaseEventInput): Promise<void> {
      await withTransaction(pool, async (db) => {
        const fresh = await insertCaseEvent(db, { ...e, at: new Date(e.at), documentNo: null });
        if (fresh && e.kind === 'circumstance-recorded') {
          const d = e.detail as { kind: 'aggravating' | 'mitigating'; item: number; evidence: string };
          await appendCaseCircumstance(db, e.caseId, d.kind, {
            item: d.item,
            evidence: d.evidence,
            recordedAt: e.at,
            recordedBy: e.actor,
          });
        }
        await notifyCaseEvent(db, { ...e, at: new Date(e.at), documentNo: null });
      });
    },

    /** Numbers, writes and records a document with its event, once. Returns the document number. */
    async issueCaseDocument(input: IssueDocumentInput): Promise<string> {
      return withTransaction(pool, async (db) => {
        const existing = await documentForEvent(db, input.caseId, input.seq);
        if (existing) return existing.document_no;
        const issuedAt = new Date(input.at);
        const documentNo = await storeCaseDocument(db, input, issuedAt);
        await insertCaseEvent(db, { ...input, at: issuedAt, documentNo });
        await notifyCaseEvent(db, { ...input, at: issuedAt, documentNo });
        log.info('case document issued', { caseId: input.caseId, documentNo });
        return documentNo;
      });
    },

    async updateCaseState(s: CaseStateInput): Promise<void> {
      await updateCaseState(pool, {
        ...s,
        deadline: s.deadline ? new Date(s.deadline) : null,
        closedAt: s.closedAt ? new Date(s.closedAt) : null,
      });
    },
  };
}

/**
 * Numbers a case's document in its organ's series and stores it with its whole record and the SHA-256 of its text, in
 * the caller's transaction (so a rolled-back issue gives its number back). Returns the number.
 */
export async function storeCaseDocument(
  db: PoolClient,
  input: Pick<IssueDocumentInput, 'caseId' | 'seq' | 'rung' | 'document'>,
  issuedAt: Date,
): Promise<string> {
  // Once per (case, event): a retried activity finds the document instead of numbering a second one.
  const existing = await documentForEvent(db, input.caseId, input.seq);
  if (existing) return existing.document_no;
  const year = new Date(issuedAt.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
  // A drill case (its subject in a drill region, db/drill.ts) says 演练 in every document's title and number,
  // numbered in the drill series: a drill never takes a number from the real one (issue 11, item 1).
  const drill = await caseIsDrill(db, input.caseId);
  // Each organ numbers its own series (issue 12): the office's and the committee's.
  const organ = input.document.issuerOrgan ?? organOf(input.document.issuerShortName);
  const n = await takeDocumentNumber(db, input.document.issuerRegionId, organ, year, drill);
  const documentNo = documentNumber(input.document.issuerShortName, year, n, drill);
  const facts: DocumentFacts & { issuerRegionId: string } = {
    ...input.document,
    issuedAt,
    deadline: input.document.deadline ? new Date(input.document.deadline) : null,
  };
  const record = await officialCaseDocument(db, input.caseId, documentNo, organ, facts, drill);
  await insertCaseDocument(db, {
    document_no: documentNo,
    case_id: input.caseId,
    event_seq: input.seq,
    rung: input.rung,
    kind: input.document.kind,
    issuer_region_id: input.document.issuerRegionId,
    issuer_name: input.document.issuerName,
    title: record.title,
    body: documentText(record),
    issued_at: issuedAt,
    organ,
    record,
    text_sha256: createHash('sha256').update(documentText(record)).digest('hex'),
  });
  return documentNo;
}

/** The organ of a short name as domain/caseInput.ts makes them: …综治办 (the office) or …综治委 (the committee). */
const organOf = (shortName: string): 'office' | 'committee' => (shortName.endsWith('综治委') ? 'committee' : 'office');

/**
 * The whole record of a case's document (issue 12; GB/T 9704-2012), from the facts the workflow gave and the organs on
 * record: its addressees, the 签发人 of an upward one, its paragraphs, signature, date and 版记.
 */
async function officialCaseDocument(
  db: PoolClient,
  caseId: string,
  documentNo: string,
  organ: 'office' | 'committee',
  f: DocumentFacts & { issuerRegionId: string },
  drill: boolean,
): Promise<OfficialDocument> {
  const c = (await getCase(db, caseId))!;
  // One after another: a transaction's client runs one query at a time (pg 9 refuses queries queued on one client).
  const opening = await getRegion(db, c.opening_region_id);
  const upper = await getRegion(db, c.upper_region_id);
  const subjectRegion = await getRegion(db, c.subject_region_id);
  const above = upper?.parent_id ? await getRegion(db, upper.parent_id) : undefined;
  const issuerRegion = await getRegion(db, f.issuerRegionId);
  const unit = c.subject_kind === 'unit' ? await getUnit(db, c.subject_id) : undefined;
  const organs: CaseOrgans = {
    subject: c.subject_name,
    openingOffice: opening?.office_name ?? c.opening_region_id,
    upperOffice: upper?.office_name ?? c.upper_region_id,
    upperCommittee: upper?.committee_name ?? c.upper_region_id,
    aboveCommittee: above?.committee_name ?? null,
    organisationDepartment: `中共${subjectRegion?.name ?? ''}委员会组织部`,
    supervisingUnit: unit?.supervising_unit_name ?? null,
    referralBody: f.referral?.bodyName,
  };
  const date = chineseDate(f.issuedAt);
  const upward = UPWARD_KINDS.has(f.kind);
  const signers = upward
    ? await postHolderNames(
        db,
        f.issuerRegionId,
        organ === 'office' ? 'office-director' : 'committee-director',
        shanghaiDate(f.issuedAt),
      )
    : [];
  const letter = f.kind === 'veto-recommendation' || f.kind === 'referral-letter';
  return {
    documentNo,
    kind: f.kind,
    issuerMark: letter ? f.issuerName : `${f.issuerName}文件`,
    signers,
    title: documentTitle(f.kind, f.subjectName, drill),
    ...caseDocumentAddressees(f.kind, organs, f.issuerName),
    body: caseDocumentParagraphs(f),
    attachments: [],
    signatureOrgan: f.issuerName,
    date,
    note: drill ? '（此件为演练文书，不产生法律效力）' : null,
    // The committee's documents are printed by its office (印发机关), the office's by itself.
    printingOrgan: organ === 'committee' ? (issuerRegion?.office_name ?? `${f.issuerName}办公室`) : f.issuerName,
    printDate: date,
    drill,
  };
}
