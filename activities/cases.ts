/**
 * Activities of the accountability case: every write is keyed by (case, event seq), so a retried activity never
 * records an event twice or numbers a second document (STYLE.md habit 3).
 */
import { log } from '@temporalio/activity';
import {
  appendCaseCircumstance,
  documentForEvent,
  insertCaseDocument,
  insertCaseEvent,
  takeDocumentNumber,
  updateCaseState,
} from '../db/cases';
import { caseIsDrill, takeDrillDocumentNumber } from '../db/drill';
import { withTransaction } from '../db/pool';
import { SHANGHAI_OFFSET_MS } from '../domain/calendar';
import { documentBody, documentNumber, documentTitle, type DocumentFacts } from '../domain/documents';
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
        const year = new Date(issuedAt.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
        // A drill case (its subject in a drill region, db/drill.ts) says 演练 in every document's title and number,
        // numbered in the drill series: a drill never takes a number from the real one (issue 11, item 1).
        const drill = await caseIsDrill(db, input.caseId);
        const n = drill
          ? await takeDrillDocumentNumber(db, input.document.issuerRegionId, year)
          : await takeDocumentNumber(db, input.document.issuerRegionId, year);
        const documentNo = documentNumber(input.document.issuerShortName, year, n, drill);
        const facts: DocumentFacts = {
          ...input.document,
          issuedAt,
          deadline: input.document.deadline ? new Date(input.document.deadline) : null,
        };
        await insertCaseDocument(db, {
          document_no: documentNo,
          case_id: input.caseId,
          event_seq: input.seq,
          rung: input.rung,
          kind: input.document.kind,
          issuer_region_id: input.document.issuerRegionId,
          issuer_name: input.document.issuerName,
          title: documentTitle(input.document.kind, input.document.subjectName, drill),
          body: documentBody(facts),
          issued_at: issuedAt,
        });
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
