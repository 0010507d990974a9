/**
 * Documents that belong to a pledge version, a commendation or a key-area notification (issue 12, 13): numbered in
 * the issuing organ's series in the caller's transaction, stored with their record and the SHA-256 of its text, once
 * per owner.
 */
import { createHash } from 'node:crypto';
import { SHANGHAI_OFFSET_MS } from '../domain/calendar';
import { documentNumber } from '../domain/documents';
import { documentText, type OfficialDocument } from '../domain/officialDocument';
import { takeDocumentNumber } from './cases';
import { regionIsDrill } from './drill';
import type { PoolClient } from './pool';

export type DocumentOwner =
  | { pledgeId: string; version: number }
  | { commendationId: string }
  /** A key-area register's periodic notification (Art. 15(1) ¶2 定期通报). */
  | { keyAreaNotificationId: string };

/** Issues the owner's document once; returns its number (the existing one on a repeat). */
export async function issueOwnedDocument(
  db: PoolClient,
  owner: DocumentOwner,
  issuer: { regionId: string; organ: 'office' | 'committee'; name: string; shortName: string },
  issuedAt: Date,
  build: (documentNo: string, drill: boolean) => OfficialDocument,
): Promise<string> {
  const pledge = 'pledgeId' in owner ? owner : undefined;
  const keyArea = 'keyAreaNotificationId' in owner ? owner.keyAreaNotificationId : null;
  const { rows: existing } = await db.query<{ document_no: string }>(
    pledge
      ? 'SELECT document_no FROM case_documents WHERE pledge_id = $1 AND pledge_version = $2'
      : keyArea
        ? 'SELECT document_no FROM case_documents WHERE key_area_notification_id = $1'
        : 'SELECT document_no FROM case_documents WHERE commendation_id = $1',
    pledge ? [pledge.pledgeId, pledge.version] : [keyArea ?? (owner as { commendationId: string }).commendationId],
  );
  if (existing[0]) return existing[0].document_no;
  const year = new Date(issuedAt.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
  const drill = await regionIsDrill(db, issuer.regionId);
  const n = await takeDocumentNumber(db, issuer.regionId, issuer.organ, year, drill);
  const documentNo = documentNumber(issuer.shortName, year, n, drill);
  const record = build(documentNo, drill);
  const text = documentText(record);
  await db.query(
    `INSERT INTO case_documents (document_no, case_id, event_seq, rung, kind, issuer_region_id, issuer_name, title, body,
       issued_at, organ, record, text_sha256, pledge_id, pledge_version, commendation_id, key_area_notification_id)
     VALUES ($1, NULL, NULL, '-', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      documentNo,
      record.kind,
      issuer.regionId,
      issuer.name,
      record.title,
      text,
      issuedAt,
      issuer.organ,
      JSON.stringify(record),
      createHash('sha256').update(text).digest('hex'),
      pledge?.pledgeId ?? null,
      pledge?.version ?? null,
      'commendationId' in owner ? owner.commendationId : null,
      keyArea,
    ],
  );
  return documentNo;
}
