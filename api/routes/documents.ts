/**
 * Issued documents (issue 12): the record as JSON, and the printable PDF in the GB/T 9704-2012 format, under the
 * access rules of the case they belong to.
 */
import { z } from 'zod';
import { issuedDocument, type IssuedDocumentRow } from '../../db/cases';
import { ALL_ROLES } from '../../domain/roles';
import { issuedDocumentPdf, pdfFileName, recordOf } from '../../documents/issued';
import { Jurisdiction } from '../auth/jurisdiction';
import { getCommendation, getPledge } from '../../db/annual';
import { seesPledge } from './annual';
import { referralsOfCase } from '../../db/referrals';
import { notificationOfDocument } from '../../db/keyAreas';
import type { AppDeps } from '../deps';
import { ProblemError } from '../problem';
import { defineRoute } from '../routing';
import { visibleCase } from './cases';

/** A document number as issued, e.g. 长春市综治办〔2026〕3号 (percent-encoded in the path). */
const numberParam = z.object({
  number: z
    .string()
    .min(4)
    .max(100)
    .regex(/^[^\s/]+〔\d{4}〕\d+号$/, 'expected a document number such as 长春市综治办〔2026〕3号'),
});

const recordView = z.object({
  documentNo: z.string(),
  kind: z.string(),
  issuerMark: z.string(),
  signers: z.array(z.string()),
  title: z.string(),
  mainAddressees: z.array(z.string()),
  body: z.array(z.string()),
  attachments: z.array(z.string()),
  signatureOrgan: z.string(),
  date: z.string(),
  note: z.string().nullable(),
  copyTo: z.array(z.string()),
  copyUp: z.array(z.string()),
  printingOrgan: z.string(),
  printDate: z.string(),
  drill: z.boolean(),
});

const documentView = z.object({
  documentNo: z.string(),
  kind: z.string(),
  caseId: z.string().nullable(),
  pledgeId: z.string().nullable(),
  commendationId: z.string().nullable(),
  issuer: z.string(),
  organ: z.enum(['office', 'committee']).nullable(),
  issuedAt: z.string(),
  textSha256: z.string().nullable().describe('SHA-256 of the text, taken when the document was issued'),
  record: recordView,
  pdf: z.string(),
});

/** The document, if the caller may see the case it belongs to; the same 404 / 403 as the case otherwise. */
async function visibleDocument(deps: AppDeps, j: Jurisdiction, number: string): Promise<IssuedDocumentRow> {
  const row = await issuedDocument(deps.pool, number);
  if (!row) {
    // Whether a number exists is the jurisdiction's to know, as for cases.
    if (j.actor.role !== 'admin')
      throw new ProblemError('forbidden', `document ${number} is not within this token's jurisdiction`);
    throw new ProblemError('not-found', `there is no document ${number}`);
  }
  if (row.case_id) {
    await visibleCase(deps, j, row.case_id);
    // A referral letter (Art. 15(5)) is the offices', the committees' and its own body's: never the subject's liaison,
    // nor the other body.
    if (row.kind === 'referral-letter') {
      const role = j.actor.role;
      let sees = role !== 'unit-liaison';
      if (role === 'discipline-inspection' || role === 'organisation-personnel') {
        const referrals = await referralsOfCase(deps.pool, row.case_id);
        sees = referrals.some((r) => r.body === role && r.case_event_seq === row.event_seq);
      }
      Jurisdiction.require(sees, `document ${number}`);
    }
  } else if (row.pledge_id) {
    const pledge = await getPledge(deps.pool, row.pledge_id);
    Jurisdiction.require(!!pledge && (await seesPledge(j, pledge)), `document ${number}`);
  } else if (row.commendation_id) {
    const c = await getCommendation(deps.pool, row.commendation_id);
    Jurisdiction.require(
      !!c && j.actor.role !== 'unit-liaison' && (await j.coversRegion(c.region_id)),
      `document ${number}`,
    );
  } else {
    // A key-area register's periodic notification (Art. 15(1) ¶2): sent to the committee's member units and the
    // committees below, so whoever sees the register's region reads it.
    const n = await notificationOfDocument(deps.pool, number);
    Jurisdiction.require(!!n && (await j.seesRegion(n.region_id)), `document ${number}`);
  }
  return row;
}

export const documentRoutes = [
  // Declared before `/documents/{number}`, which would otherwise take `….pdf` as part of the number.
  defineRoute({
    method: 'get',
    path: '/documents/{number}.pdf',
    operationId: 'getDocumentPdf',
    summary: 'An issued document as a printable PDF (GB/T 9704-2012), fonts embedded',
    tags: ['documents'],
    access: { roles: ALL_ROLES },
    params: numberParam,
    responses: {
      200: {
        description: 'The PDF, rendered from the stored record (the same record gives the same bytes)',
        contentType: 'application/pdf',
      },
      404: { description: 'No such document' },
    },
    handler: async ({ params, jurisdiction, deps }) => {
      await visibleDocument(deps, jurisdiction, params.number);
      const rendered = (await issuedDocumentPdf(deps.pool, params.number))!;
      return {
        status: 200,
        body: rendered.pdf,
        contentType: 'application/pdf',
        headers: {
          'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(pdfFileName(params.number))}`,
          ...(rendered.row.text_sha256 ? { ETag: `"${rendered.row.text_sha256}"` } : {}),
        },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/documents/{number}',
    operationId: 'getDocument',
    summary: 'An issued document: its record (addressees, signers, text, 版记) and the SHA-256 taken at issue',
    description:
      'A case’s documents are read under the case’s access rules, a pledge’s under the pledge’s, a commendation decision’s by its region’s jurisdiction, a key-area notification by whoever sees its register’s region.',
    tags: ['documents'],
    access: { roles: ALL_ROLES },
    params: numberParam,
    responses: { 200: { description: 'The document', schema: documentView }, 404: { description: 'No such document' } },
    handler: async ({ params, jurisdiction, deps }) => {
      const row = await visibleDocument(deps, jurisdiction, params.number);
      return {
        status: 200,
        body: {
          documentNo: row.document_no,
          kind: row.kind,
          caseId: row.case_id,
          pledgeId: row.pledge_id,
          commendationId: row.commendation_id,
          issuer: row.issuer_name,
          organ: row.organ,
          issuedAt: row.issued_at.toISOString(),
          textSha256: row.text_sha256,
          record: recordOf(row),
          pdf: `/documents/${encodeURIComponent(row.document_no)}.pdf`,
        },
      };
    },
  }),
];
