/**
 * The periodic notification of a key-area register (Art. 15(1) ¶2 定期通报) as an official document: the register's
 * state at the end of the period, computed from the records (pure), and its words. Every number in it is counted from
 * the same snapshot, so the document is true of the register as it stood when the notification was due.
 */
import { chineseDate } from './calendar';
import { deadlineInWords } from './documents';
import { CATEGORY_NAMES, KIND_NAMES, type KeyAreaCategory, type KeyAreaKind } from './keyAreas';
import type { OfficialDocument } from './officialDocument';

export interface SnapshotArea {
  id: string;
  kind: KeyAreaKind;
  category: KeyAreaCategory;
  name: string;
  responsibleName: string;
  reasons: string[];
  standardVersion: number;
  targets: string[];
  listedAt: Date;
  deadline: Date;
  delistedAt: Date | null;
  acceptance: string | null;
  caseId: string | null;
  reboundCaseId: string | null;
  /** Case ids and when they were opened, from the events. */
  casesOpened: Array<{ caseId: string; at: Date; occasion: string }>;
  reboundAt: Date | null;
}

export interface SnapshotCheck {
  areaId: string;
  unitName: string;
  status: 'assigned' | 'reported' | 'missed' | 'closed';
  dueAt: Date;
  reportedAt: Date | null;
  effective: boolean | null;
}

export interface RegisterSnapshot {
  /** Listed at the end of the period (not delisted by then). */
  listed: SnapshotArea[];
  /** Of those, under rectification within their deadline. */
  rectifying: SnapshotArea[];
  /** Of those, past their deadline with no acceptance. */
  overdue: SnapshotArea[];
  listedInPeriod: SnapshotArea[];
  delistedInPeriod: SnapshotArea[];
  reboundInPeriod: SnapshotArea[];
  casesInPeriod: Array<{ area: SnapshotArea; caseId: string; occasion: string }>;
  /** Per listed item: reports received and rounds missed in the period, by unit. */
  checks: Record<string, { reported: number; missed: string[]; pending: number }>;
}

const within = (t: Date | null, start: Date, end: Date) =>
  !!t && t.getTime() > start.getTime() && t.getTime() <= end.getTime();

/** The register's state at `end`, and what changed in (start, end]. Pure. */
export function registerSnapshot(
  areas: SnapshotArea[],
  checks: SnapshotCheck[],
  start: Date,
  end: Date,
): RegisterSnapshot {
  const listed = areas.filter(
    (a) => a.listedAt.getTime() <= end.getTime() && !(a.delistedAt && a.delistedAt.getTime() <= end.getTime()),
  );
  const overdue = listed.filter((a) => a.deadline.getTime() < end.getTime());
  const byArea: RegisterSnapshot['checks'] = {};
  for (const a of listed) byArea[a.id] = { reported: 0, missed: [], pending: 0 };
  for (const c of checks) {
    const row = byArea[c.areaId];
    if (!row) continue;
    if (c.reportedAt && within(c.reportedAt, start, end)) row.reported++;
    else if (c.status === 'missed' && within(c.dueAt, start, end)) row.missed.push(c.unitName);
    else if (c.status === 'assigned') row.pending++;
  }
  return {
    listed,
    rectifying: listed.filter((a) => !overdue.includes(a)),
    overdue,
    listedInPeriod: areas.filter((a) => within(a.listedAt, start, end)),
    delistedInPeriod: areas.filter((a) => within(a.delistedAt, start, end)),
    reboundInPeriod: areas.filter((a) => within(a.reboundAt, start, end)),
    casesInPeriod: areas.flatMap((a) =>
      a.casesOpened
        .filter((c) => within(c.at, start, end))
        .map((c) => ({ area: a, caseId: c.caseId, occasion: c.occasion })),
    ),
    checks: byArea,
  };
}

/** The counts the notification row keeps (and the API shows). */
export function snapshotSummary(s: RegisterSnapshot): Record<string, number> {
  return {
    listed: s.listed.length,
    rectifying: s.rectifying.length,
    overdue: s.overdue.length,
    listedInPeriod: s.listedInPeriod.length,
    delistedInPeriod: s.delistedInPeriod.length,
    reboundInPeriod: s.reboundInPeriod.length,
    casesInPeriod: s.casesInPeriod.length,
  };
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (i: number) => (i < 10 ? NUMERALS[i]! : String(i + 1));
const label = (a: SnapshotArea) => `${a.name}（${CATEGORY_NAMES[a.category]}，${a.id}）`;

/** The notification (定期通报) of a register, numbered `seq` in its series: its record in the official register. */
export function keyAreaNotificationDocument(n: {
  documentNo: string;
  seq: number;
  regionName: string;
  office: string;
  committee: string;
  lowerCommittees: string[];
  periodStart: Date;
  periodEnd: Date;
  snapshot: RegisterSnapshot;
  issuedAt: Date;
  drill: boolean;
}): OfficialDocument {
  const s = n.snapshot;
  const date = chineseDate(n.issuedAt);
  const period = `${chineseDate(n.periodStart)}至${chineseDate(n.periodEnd)}`;
  const areas = s.listed.filter((a) => a.kind === 'area').length;
  const problems = s.listed.length - areas;
  const body: string[] = [
    `依照《健全落实社会治安综合治理领导责任制的实施办法》第十五条第一项第二款和本委社会治安重点地区认定标准和程序办法，现将${period}（第${n.seq}期）社会治安重点地区和突出治安问题滚动排查、常态整治情况通报如下。`,
    '一、总体情况',
    s.listed.length
      ? `截至${chineseDate(n.periodEnd)}，在册${KIND_NAMES.area}${areas}处、${KIND_NAMES.problem}${problems}项，其中在整治期限内整治的${s.rectifying.length}处（项），逾期未采取有效措施的${s.overdue.length}处（项）。本期新列入${s.listedInPeriod.length}处（项），验收销号${s.delistedInPeriod.length}处（项），销号后出现反弹${s.reboundInPeriod.length}处（项），依第十四条第五项立案督导${s.casesInPeriod.length}件。`
      : `截至${chineseDate(n.periodEnd)}，本委无在册${KIND_NAMES.area}和${KIND_NAMES.problem}。本期新列入${s.listedInPeriod.length}处（项），验收销号${s.delistedInPeriod.length}处（项），销号后出现反弹${s.reboundInPeriod.length}处（项），依第十四条第五项立案督导${s.casesInPeriod.length}件。`,
    '二、在册重点地区和突出治安问题',
  ];
  if (!s.listed.length) body.push('无。');
  s.listed.forEach((a, i) => {
    const c = s.checks[a.id] ?? { reported: 0, missed: [], pending: 0 };
    const state = s.overdue.includes(a)
      ? `已逾期，未采取有效措施${a.caseId ? `，已立案督导（案件${a.caseId}）` : ''}`
      : '正在整治';
    body.push(
      `（${numeral(i)}）${label(a)}。责任地区（单位）：${a.responsibleName}。${chineseDate(a.listedAt)}依认定标准第${a.standardVersion}版列入，理由：${a.reasons.join('；')}。整治目标：${a.targets.join('；')}。整治期限：${deadlineInWords(a.deadline)}。现状：${state}。本期滚动排查报告${c.reported}份${c.missed.length ? `，${c.missed.join('、')}未按期报告排查情况` : ''}${c.pending ? `，${c.pending}份排查尚在期限内` : ''}。`,
    );
  });
  body.push('三、本期验收销号情况');
  if (!s.delistedInPeriod.length) body.push('无。');
  s.delistedInPeriod.forEach((a, i) =>
    body.push(`（${numeral(i)}）${label(a)}，${chineseDate(a.delistedAt!)}经验收销号：${a.acceptance ?? ''}。`),
  );
  body.push('四、逾期未采取有效措施和出现反弹的情况');
  if (!s.casesInPeriod.length && !s.overdue.length && !s.reboundInPeriod.length) body.push('无。');
  s.overdue.forEach((a, i) =>
    body.push(
      `（${numeral(i)}）${label(a)}整治期限已于${deadlineInWords(a.deadline)}届满，未采取有效措施${a.caseId ? `，已依第十四条第五项对${a.responsibleName}立案督导（案件${a.caseId}）` : ''}。`,
    ),
  );
  s.reboundInPeriod.forEach((a, i) =>
    body.push(
      `（${numeral(s.overdue.length + i)}）${label(a)}销号后出现反弹${a.reboundCaseId ? `，已依第十四条第五项对${a.responsibleName}立案督导（案件${a.reboundCaseId}）` : ''}。`,
    ),
  );
  body.push(
    '五、工作要求',
    '各成员单位要按照分工继续开展滚动排查、常态整治，按期报告排查情况；各责任地区、单位要对照整治目标限期整改，逾期未采取有效措施或者销号后出现反弹的，依照第十四条第五项、第十五条进行责任督导和追究。',
  );
  return {
    documentNo: n.documentNo,
    kind: 'key-area-notification',
    issuerMark: `${n.office}文件`,
    signers: [],
    title: `${n.drill ? '【演练】' : ''}关于${n.regionName}社会治安重点地区和突出治安问题排查整治情况的通报（第${n.seq}期）`,
    mainAddressees: [`${n.committee}各成员单位`, ...n.lowerCommittees],
    body,
    attachments: [],
    signatureOrgan: n.office,
    date,
    note: null,
    copyTo: [],
    copyUp: [],
    printingOrgan: n.office,
    printDate: date,
    drill: n.drill,
  };
}
