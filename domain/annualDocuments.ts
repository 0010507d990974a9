/**
 * The annual cycle's papers as official documents (issue 12): the pledge (责任状, Art. 7) a committee signs with each
 * member unit and lower committee, and the commendation decision (Art. 12). Pure: the activity or route that issues
 * one numbers and stores it.
 */
import { chineseDate } from './calendar';
import type { OfficialDocument } from './officialDocument';

export interface PledgePoint {
  point: string;
  target: string;
}

const NUMERALS = '一二三四五六七八九十';
const numeral = (i: number) => (i < 10 ? NUMERALS[i]! : `${NUMERALS[9]}${i >= 10 && i < 19 ? NUMERALS[i - 10] : ''}`);

/** The pledge's record: the committee's 责任状 with one party, version by version. */
export function pledgeDocument(p: {
  documentNo: string;
  year: number;
  version: number;
  committee: string;
  office: string;
  party: string;
  points: PledgePoint[];
  issuedAt: Date;
  reason?: string | null;
  drill: boolean;
}): OfficialDocument {
  const date = chineseDate(p.issuedAt);
  return {
    documentNo: p.documentNo,
    kind: 'pledge',
    issuerMark: `${p.committee}文件`,
    signers: [],
    title: `${p.drill ? '【演练】' : ''}${p.year}年度社会治安综合治理（平安建设）目标管理责任状${p.version > 1 ? `（第${p.version}版）` : ''}`,
    mainAddressees: [p.party],
    body: [
      `为认真落实《健全落实社会治安综合治理领导责任制的实施办法》第七条，明确${p.year}年度社会治安综合治理（平安建设）工作目标和责任，${p.committee}与${p.party}签订本责任状。`,
      ...(p.reason ? [`本版责任状系对前一版的修订，修订理由：${p.reason}。前一版同时失效。`] : []),
      '一、年度工作要点和目标',
      ...p.points.map((x, i) => `（${numeral(i)}）${x.point}。目标：${x.target}`),
      `二、${p.party}主要负责同志是本单位（本地区）社会治安综合治理工作的第一责任人，分管负责同志是直接责任人，对本责任状确定的目标任务负责。`,
      `三、${p.committee}依照第十条至第十七条对本责任状的落实情况进行考核评价和督导追究。`,
      `四、本责任状经双方签字后生效，有效期至${p.year}年12月31日。`,
    ],
    attachments: [],
    signatureOrgan: p.committee,
    date,
    note: `（责任单位：${p.party}　签字：　　　　　　）`,
    copyTo: [],
    copyUp: [],
    printingOrgan: p.office,
    printDate: date,
    drill: p.drill,
  };
}

/** The commendation decision (Art. 12): an advanced collective, or a leader's award. */
export function commendationDocument(c: {
  documentNo: string;
  year: number;
  category: 'advanced-collective' | 'leader-commendation';
  subject: string;
  basis: string;
  committee: string;
  office: string;
  decidedAt: Date;
  provincialPraise: boolean;
  drill: boolean;
}): OfficialDocument {
  const date = chineseDate(c.decidedAt);
  const what =
    c.category === 'advanced-collective'
      ? `授予${c.subject}“${c.year}年度全省社会治安综合治理先进集体”称号`
      : `对${c.subject}予以嘉奖`;
  return {
    documentNo: c.documentNo,
    kind: 'commendation-decision',
    issuerMark: `${c.committee}文件`,
    signers: [],
    title: `${c.drill ? '【演练】' : ''}关于${c.category === 'advanced-collective' ? `授予${c.subject}${c.year}年度全省社会治安综合治理先进集体称号` : `对${c.subject}予以嘉奖`}的决定`,
    mainAddressees: [c.subject],
    body: [
      `依照《健全落实社会治安综合治理领导责任制的实施办法》第十二条，根据${c.basis}，经研究，决定${what}。`,
      ...(c.provincialPraise ? ['该集体连续三次以上被评为先进集体，依照第十三条第二款予以表扬。'] : []),
      '希望受到表彰的集体和个人珍惜荣誉，再接再厉，为平安建设作出新的更大贡献。',
    ],
    attachments: [],
    signatureOrgan: c.committee,
    date,
    note: null,
    copyTo: [],
    copyUp: [],
    printingOrgan: c.office,
    printDate: date,
    drill: c.drill,
  };
}
