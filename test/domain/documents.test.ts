/**
 * Issue 12: a document is a legal act — every sentence true of the case, in the official form. Pure checks of the
 * texts and addressees; the API tests check the documents a real case issues.
 */
import { describe, expect, it } from 'vitest';
import {
  caseDocumentAddressees,
  caseDocumentParagraphs,
  deadlineInWords,
  periodInWords,
  type CaseOrgans,
  type DocumentFacts,
} from '../../domain/documents';
import { documentText, type OfficialDocument } from '../../domain/officialDocument';

const facts = (f: Partial<DocumentFacts>): DocumentFacts => ({
  kind: 'notice',
  rung: 'notice',
  issuerName: '长春市社会治安综合治理委员会办公室',
  subjectName: '南关区公安分局',
  grounds: [1],
  facts: '辖区盗抢案件高发。',
  issuedAt: new Date('2026-11-28T02:00:00Z'),
  deadline: null,
  ...f,
});
const organs: CaseOrgans = {
  subject: '南关区公安分局',
  openingOffice: '南关区社会治安综合治理委员会办公室',
  upperOffice: '长春市社会治安综合治理委员会办公室',
  upperCommittee: '长春市社会治安综合治理委员会',
  aboveCommittee: '吉林省社会治安综合治理委员会',
  organisationDepartment: '中共南关区委员会组织部',
  supervisingUnit: '某铁路公安局',
};
const text = (f: Partial<DocumentFacts>) => caseDocumentParagraphs(facts(f)).join('\n');

describe('Issue 12: the words of the ladder’s documents are true of the case', () => {
  it('Art. 15(4): the veto proposal asks the committee to decide, and goes up to it', () => {
    const t = text({ kind: 'veto-proposal', rung: 'veto', decidingCommittee: '长春市社会治安综合治理委员会' });
    expect(t).toMatch(/提请长春市社会治安综合治理委员会商有关部门共同研究决定是否对其实行一票否决权制/);
    expect(caseDocumentAddressees('veto-proposal', organs, organs.upperOffice).mainAddressees).toEqual([
      '长春市社会治安综合治理委员会',
    ]);
  });

  it('Art. 14(5): a document after a rebound says the subject rectified and rebounded, not that it missed a deadline', () => {
    const t = text({
      kind: 'talk-notice',
      rung: 'talk',
      grounds: [1, 5],
      reopenedOnRebound: { from: 'notice', facts: '同类案件再次集中发生。' },
    });
    expect(t).toMatch(/通报后已整改销号，但在观察期内出现反弹（第十四条第（五）项）：同类案件再次集中发生。/);
    expect(t).toMatch(/（五）对群众反映强烈的社会治安重点地区/);
    expect(t).not.toMatch(/仍未按期完成整改目标/);
  });

  it('Art. 15(3)(4): the bar period is said as applied — 半年 and 一年, or a drill’s own', () => {
    expect(text({ kind: 'listing-notice', rung: 'listing', barPeriod: 'P6M' })).toMatch(/自本决定作出之日起半年内/);
    expect(text({ kind: 'veto-decision', rung: 'veto', barPeriod: 'P1Y' })).toMatch(/自本决定作出之日起一年内/);
    expect(text({ kind: 'listing-notice', rung: 'listing', barPeriod: 'PT2M' })).toMatch(/自本决定作出之日起2分钟内/);
    expect(periodInWords('P12M')).toBe('一年');
    expect(periodInWords('P45D')).toBe('45天');
  });

  it('Art. 15: a case that starts above the notice states why', () => {
    const t = text({
      kind: 'listing-notice',
      rung: 'listing',
      startReason: '情节危害特别严重或者影响特别重大，依第十五条自挂牌督办起',
    });
    expect(t).toMatch(/依照第十五条，情节危害特别严重或者影响特别重大，依第十五条自挂牌督办起。/);
    expect(t).not.toMatch(/仍未按期完成整改目标/);
  });

  it('names the deadline’s last day unambiguously', () => {
    // The end of 28 December in Asia/Shanghai.
    expect(deadlineInWords(new Date('2026-12-28T15:59:59.999Z'))).toBe('2026年12月28日（含当日）');
    expect(deadlineInWords(new Date('2026-11-28T01:30:15Z'))).toBe('2026年11月28日9时30分15秒');
    expect(text({ deadline: new Date('2026-12-28T15:59:59.999Z') })).toMatch(/整改期限至2026年12月28日（含当日）止/);
  });

  it('Art. 15(4) ¶3: the recommendation goes to the supervising unit and is reported to the upper committee', () => {
    const a = caseDocumentAddressees('veto-recommendation', organs, '南关区社会治安综合治理委员会');
    expect(a.mainAddressees).toEqual(['某铁路公安局']);
    expect(a.copyUp).toEqual(['长春市社会治安综合治理委员会']);
  });

  it('every paper of the ladder is a document with its own text: talk record, declined veto, filing, referral letter', () => {
    expect(
      text({
        kind: 'talk-record',
        rung: 'talk',
        talk: {
          heldAt: '2026-11-28T02:00:00Z',
          heldBy: '综治办主任陈某',
          attendees: ['王某（主要负责同志）'],
          absences: ['李某（因公出差）'],
          minutes: '限期整改。',
          deadline: '2026-12-28T15:59:59.999Z',
        },
      }),
    ).toMatch(
      /综治办主任陈某依照.*第十五条第（二）项[\s\S]*参加约谈：王某（主要负责同志）[\s\S]*未参加约谈：李某（因公出差）/,
    );
    expect(
      text({
        kind: 'veto-declined',
        rung: 'veto',
        declined: { then: 'close', reasons: '系他人责任', departments: ['组织部'], newDeadline: null },
      }),
    ).toMatch(/不予实行一票否决权制[\s\S]*理由：系他人责任[\s\S]*本案予以结案/);
    expect(
      text({
        kind: 'veto-filing',
        rung: 'veto',
        barPeriod: 'P1Y',
        filing: { decisionNo: '长春市综治委〔2026〕1号', decidedAt: '2026-11-28T02:00:00Z', departments: ['组织部'] },
      }),
    ).toMatch(/作出长春市综治委〔2026〕1号决定[\s\S]*期限一年[\s\S]*请予备案/);
    expect(
      text({
        kind: 'referral-letter',
        rung: 'veto',
        referral: {
          referralId: '2026-000001-R1',
          caseId: '2026-000001',
          leader: '王某（南关区公安分局主要负责同志）',
          bodyName: '南关区纪检监察机关',
          reasons: '失职',
          circumstances: '',
        },
      }),
    ).toMatch(/依照第十五条第（五）项，现将王某（南关区公安分局主要负责同志）移送你单位/);
  });

  it('a document’s text reads in the official order: mark, number, 签发人, title, 主送, body, signature, date, 版记', () => {
    const d: OfficialDocument = {
      documentNo: '长春市综治办〔2026〕4号',
      kind: 'veto-proposal',
      issuerMark: '长春市社会治安综合治理委员会办公室文件',
      signers: ['陈某'],
      title: '关于提请对南关区公安分局实行一票否决的报告',
      mainAddressees: ['长春市社会治安综合治理委员会'],
      body: ['第一段。', '第二段。'],
      attachments: [],
      signatureOrgan: '长春市社会治安综合治理委员会办公室',
      date: '2026年11月28日',
      note: null,
      copyTo: [],
      copyUp: ['吉林省社会治安综合治理委员会'],
      printingOrgan: '长春市社会治安综合治理委员会办公室',
      printDate: '2026年11月28日',
      drill: false,
    };
    expect(documentText(d).split('\n')).toEqual([
      '长春市社会治安综合治理委员会办公室文件',
      '长春市综治办〔2026〕4号',
      '签发人：陈某',
      '关于提请对南关区公安分局实行一票否决的报告',
      '长春市社会治安综合治理委员会：',
      '第一段。',
      '第二段。',
      '长春市社会治安综合治理委员会办公室',
      '2026年11月28日',
      '抄报：吉林省社会治安综合治理委员会。',
      '长春市社会治安综合治理委员会办公室　　2026年11月28日印发',
    ]);
  });
});
