/**
 * Issued documents as PDF (issue 12): the stored record is the source, rendered on demand — deterministic, so the
 * same record always gives the same bytes. A document issued before records were kept (title and text only) is laid
 * out from those, so every document on record can be printed.
 */
import { issuedDocument, type IssuedDocumentRow } from '../db/cases';
import type { Pool, PoolClient } from '../db/pool';
import { chineseDate } from '../domain/calendar';
import type { OfficialDocument } from '../domain/officialDocument';
import { renderDocumentPdf } from './pdf';

/** The record of an issued document; for one issued before records were kept, built from its title and text. */
export function recordOf(row: IssuedDocumentRow): OfficialDocument {
  if (row.record) return row.record as OfficialDocument;
  // Before issue 12 the text was `<subject>：\n\n<paragraphs…>\n\n<issuer>\n<date>`.
  const parts = row.body.split('\n\n');
  const salutation = parts[0]?.endsWith('：') ? parts.shift()!.slice(0, -1) : null;
  const tail = parts.pop() ?? '';
  const date = chineseDate(row.issued_at);
  return {
    documentNo: row.document_no,
    kind: row.kind,
    issuerMark: `${row.issuer_name}文件`,
    signers: [],
    title: row.title,
    mainAddressees: salutation ? [salutation] : [],
    body: tail.startsWith(row.issuer_name) ? parts : [...parts, tail],
    attachments: [],
    signatureOrgan: row.issuer_name,
    date,
    note: null,
    copyTo: [],
    copyUp: [],
    printingOrgan: row.issuer_name,
    printDate: date,
    drill: row.document_no.includes('（演练）'),
  };
}

/** The PDF of a document on record, or undefined when there is no such document. */
export async function issuedDocumentPdf(
  db: Pool | PoolClient,
  documentNo: string,
): Promise<{ pdf: Buffer; row: IssuedDocumentRow } | undefined> {
  const row = await issuedDocument(db, documentNo);
  if (!row) return undefined;
  return { pdf: await renderDocumentPdf(recordOf(row)), row };
}

/** The file name a document's PDF is saved under: its number, made safe for a file system. */
export const pdfFileName = (documentNo: string): string => `${documentNo.replace(/[\\/:*?"<>|]/g, '_')}.pdf`;
