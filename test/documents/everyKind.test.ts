/**
 * Issue 12: every kind of paper of the ladder and the annual cycle, printed — the PDF's text (pdftotext) holds the
 * number, title, addressees, body and date, and every font is embedded as a subset (pdffonts). The records are built
 * by the same functions the activities use.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocumentPdf } from '../../documents/pdf';
import { commendationDocument, pledgeDocument } from '../../domain/annualDocuments';
import {
  caseDocumentAddressees,
  caseDocumentParagraphs,
  documentTitle,
  UPWARD_KINDS,
  type CaseOrgans,
  type DocumentFacts,
  type DocumentKind,
} from '../../domain/documents';
import type { OfficialDocument } from '../../domain/officialDocument';

const poppler = spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdffonts', ['-v']).error === undefined;
if (!poppler) {
  const message =
    'poppler-utils is missing: the PDFs of every document kind cannot be read back (apt-get install -y poppler-utils)';
  if (process.env.CI) throw new Error(message);
  process.stderr.write(`\n!!!!!!!!!! SKIPPED: ${message} !!!!!!!!!!\n\n`);
}

const organs: CaseOrgans = {
  subject: '南关区公安分局',
  openingOffice: '南关区社会治安综合治理委员会办公室',
  upperOffice: '长春市社会治安综合治理委员会办公室',
  upperCommittee: '长春市社会治安综合治理委员会',
  aboveCommittee: '吉林省社会治安综合治理委员会',
  organisationDepartment: '中共南关区委员会组织部',
  supervisingUnit: '某铁路公安局',
  referralBody: '南关区纪检监察机关',
};
const issuedAt = new Date('2026-11-28T02:00:00Z');
const deadline = new Date('2026-12-28T15:59:59.999Z');

/** A case document's record, as activities/cases.ts builds one. */
function caseRecord(kind: DocumentKind, issuerName: string, more: Partial<DocumentFacts> = {}): OfficialDocument {
  const f: DocumentFacts = {
    kind,
    rung: 'listing',
    issuerName,
    subjectName: organs.subject,
    grounds: [1],
    facts: '辖区盗抢案件高发，群众反映强烈。',
    issuedAt,
    deadline: null,
    ...more,
  };
  return {
    documentNo: `${issuerName.startsWith('长春') ? '长春市' : '南关区'}${issuerName.endsWith('办公室') ? '综治办' : '综治委'}〔2026〕${kind.length}号`,
    kind,
    issuerMark: kind === 'veto-recommendation' || kind === 'referral-letter' ? issuerName : `${issuerName}文件`,
    signers: UPWARD_KINDS.has(kind) ? ['陈某'] : [],
    title: documentTitle(kind, organs.subject),
    ...caseDocumentAddressees(kind, organs, issuerName),
    body: caseDocumentParagraphs(f),
    attachments: [],
    signatureOrgan: issuerName,
    date: '2026年11月28日',
    note: null,
    printingOrgan: issuerName.endsWith('办公室') ? issuerName : `${issuerName}办公室`,
    printDate: '2026年11月28日',
    drill: false,
  };
}

const RECORDS: OfficialDocument[] = [
  caseRecord('notice', organs.openingOffice, { rung: 'notice', deadline }),
  caseRecord('talk-notice', organs.upperOffice, { rung: 'talk', escalatedFrom: 'notice' }),
  caseRecord('talk-record', organs.upperOffice, {
    rung: 'talk',
    talk: {
      heldAt: issuedAt.toISOString(),
      heldBy: '综治办主任陈某',
      attendees: ['王某（主要负责同志）', '李某（分管社会治安综合治理工作的负责同志）'],
      absences: [],
      minutes: '指出问题，提出整改要求。',
      deadline: deadline.toISOString(),
    },
  }),
  caseRecord('listing-notice', organs.upperOffice, { deadline, escalatedFrom: 'talk', barPeriod: 'P6M' }),
  caseRecord('veto-proposal', organs.upperOffice, { rung: 'veto', decidingCommittee: organs.upperCommittee }),
  caseRecord('veto-recommendation', '南关区社会治安综合治理委员会', {
    rung: 'veto',
    extra: '经研究，建议某铁路公安局对其实行一票否决权制，并抄报长春市社会治安综合治理委员会。请予研究并函复。',
  }),
  caseRecord('veto-decision', organs.upperCommittee, { rung: 'veto', deadline, barPeriod: 'P1Y' }),
  caseRecord('veto-declined', organs.upperCommittee, {
    rung: 'veto',
    declined: { then: 'list', reasons: '尚未达到一票否决的程度', departments: ['市委组织部'], newDeadline: null },
    reportTo: organs.upperOffice,
  }),
  caseRecord('veto-filing', organs.upperCommittee, {
    rung: 'veto',
    barPeriod: 'P1Y',
    filing: { decisionNo: '长春市综治委〔2026〕1号', decidedAt: issuedAt.toISOString(), departments: ['市委组织部'] },
  }),
  caseRecord('referral-letter', organs.upperOffice, {
    rung: 'veto',
    referral: {
      referralId: '2026-000001-R1',
      caseId: '2026-000001',
      leader: '王某（南关区公安分局主要负责同志）',
      bodyName: organs.referralBody!,
      reasons: '对辖区治安秩序严重混乱负有领导责任',
      circumstances: '',
    },
  }),
  pledgeDocument({
    documentNo: '南关区综治委〔2027〕3号',
    year: 2027,
    version: 1,
    committee: '南关区社会治安综合治理委员会',
    office: organs.openingOffice,
    party: organs.subject,
    points: [{ point: '深化平安建设', target: '刑事案件发案率下降' }],
    issuedAt,
    drill: false,
  }),
  commendationDocument({
    documentNo: '吉林省综治委〔2027〕5号',
    year: 2026,
    category: 'advanced-collective',
    subject: organs.subject,
    basis: '2026年度考核评价优秀（95分）',
    committee: '吉林省社会治安综合治理委员会',
    office: '吉林省社会治安综合治理委员会办公室',
    decidedAt: issuedAt,
    provincialPraise: false,
    drill: false,
  }),
];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'every-kind-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});
const flat = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!poppler)('Issue 12: every paper is a printable document in the official form', () => {
  it.each(RECORDS.map((r) => [r.kind, r] as const))('%s', async (_kind, record) => {
    const file = path.join(dir, `${record.kind}.pdf`);
    await writeFile(file, await renderDocumentPdf(record));
    // The whole text, less the page numbers (— 1 —) a paragraph may run across.
    const text = flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).replace(/—\d+—/g, '');
    expect(text).toContain(flat(record.documentNo));
    expect(text).toContain(flat(record.title));
    for (const a of record.mainAddressees) expect(text).toContain(flat(a));
    for (const p of record.body) expect(text).toContain(flat(p));
    expect(text).toContain(flat(record.date));
    for (const s of record.signers) expect(text).toContain(`签发人：${s}`);
    for (const c of [...record.copyTo, ...record.copyUp]) expect(text).toContain(flat(c));
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/\+\S+.*\s+yes\s+yes\s+/);
  });
});
