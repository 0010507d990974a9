/**
 * The Chinese documents each rung issues (DESIGN.md §2: user-facing documents in the official register). Pure
 * templates: the activity that issues a document numbers and stores it.
 */
import { chineseDate, SHANGHAI_OFFSET_MS } from './calendar';
import { RUNG_NAMES, type Rung } from './policy';

export type DocumentKind =
  | 'notice'
  | 'talk-notice'
  | 'talk-record'
  | 'listing-notice'
  | 'veto-proposal'
  | 'veto-recommendation'
  | 'veto-decision'
  | 'veto-declined'
  | 'veto-filing'
  | 'referral-letter';

/** What a referral letter (问责移送函, Art. 15(5)) states. */
export interface ReferralFacts {
  referralId: string;
  caseId: string;
  leader: string;
  bodyName: string;
  reasons: string;
  /** The Art. 16 / 17 circumstances on record, in words (empty when none). */
  circumstances: string;
}

/** What a talk record (约谈纪要) states (Art. 15(2)). */
export interface TalkFacts {
  heldAt: string;
  heldBy: string;
  attendees: string[];
  absences: string[];
  minutes: string;
  deadline: string | null;
}

/** What a declined veto decision states (Art. 15(4)): what follows, and why. */
export interface DeclinedFacts {
  then: 'continue-listing' | 'list' | 'close' | null;
  reasons: string;
  departments: string[];
  newDeadline: string | null;
}

/** What a veto's report and filing (报告备案, Art. 15(4) ¶2) states: the decision reported upward. */
export interface FilingFacts {
  decisionNo: string;
  decidedAt: string;
  departments: string[];
}

export interface DocumentFacts {
  kind: DocumentKind;
  rung: Rung;
  issuerName: string;
  subjectName: string;
  grounds: number[];
  facts: string;
  issuedAt: Date;
  deadline: Date | null;
  escalatedFrom?: Rung;
  extra?: string;
  /** The rung was reached on a rebound after a rectified close (Art. 14(5)), not a missed deadline. */
  reopenedOnRebound?: { from: Rung; facts: string };
  /** Why the case started above the notice (the Art. 15 condition, Art. 16 / 17 circumstances), on its first document. */
  startReason?: string;
  /** The bar period applied by a listing or veto decision (ISO-8601), said in words. */
  barPeriod?: string;
  /** The committee that decides a proposed veto (Art. 15(4)). */
  decidingCommittee?: string;
  /** Where the rectification is reported, when not to the issuer. */
  reportTo?: string;
  talk?: TalkFacts;
  declined?: DeclinedFacts;
  filing?: FilingFacts;
  referral?: ReferralFacts;
}

const GROUND_TEXT: Record<number, string> = {
  1: '不重视社会治安综合治理和平安建设，相关工作措施落实不力，基层基础工作薄弱，治安秩序严重混乱',
  2: '在较短时间内连续发生重大刑事案件、群体性事件、公共安全事件',
  3: '发生特别重大刑事案件、群体性事件、公共安全事件',
  4: '社会治安综合治理工作（平安建设）考核评价不合格、不达标',
  5: '对群众反映强烈的社会治安重点地区和突出公共安全、治安问题等，没有采取有效措施或者出现反弹',
  6: '各级党委和政府及社会治安综合治理委员会认为需要查究的其他事项',
};

const TITLES: Record<DocumentKind, string> = {
  notice: '关于对{subject}予以通报的决定',
  'talk-notice': '关于约谈{subject}有关领导干部的通知',
  'listing-notice': '关于对{subject}实行挂牌督办的决定',
  'veto-proposal': '关于提请对{subject}实行一票否决的报告',
  'veto-recommendation': '关于建议对{subject}实行一票否决的函',
  'veto-decision': '关于对{subject}实行一票否决的决定',
  'talk-record': '关于约谈{subject}有关领导干部的纪要',
  'veto-declined': '关于对{subject}不予实行一票否决的决定',
  'veto-filing': '关于对{subject}实行一票否决情况的报告',
  'referral-letter': '关于移送{subject}有关领导干部问责的函',
};

/** What a drill case's documents carry in their title and number (issue 11, item 1: a drill says 演练). */
export const DRILL_TITLE_PREFIX = '【演练】';
export const DRILL_NUMBER_MARK = '（演练）';

/** A document's title; a drill case's is prefixed 【演练】. */
export function documentTitle(kind: DocumentKind, subjectName: string, drill = false): string {
  return `${drill ? DRILL_TITLE_PREFIX : ''}${TITLES[kind].replace('{subject}', subjectName)}`;
}

/**
 * A document number, `长春市综治办〔2026〕3号`; a drill case's, `长春市综治办（演练）〔2026〕3号`, counted in the drill
 * series of its issuer and year (db/drill.ts), so a drill never takes a number from the real series.
 */
export function documentNumber(issuerShortName: string, year: number, n: number, drill = false): string {
  return `${issuerShortName}${drill ? DRILL_NUMBER_MARK : ''}〔${year}〕${n}号`;
}

/** The body text of a document, in the official register: the paragraphs of {@link caseDocument}, joined. */
export function documentBody(f: DocumentFacts): string {
  return caseDocumentParagraphs(f).join('\n\n');
}

/** 半年, 一年 as the regulation says them; any other period (a drill's) in plain words: 2分钟, 45天. */
export function periodInWords(iso: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, w, d, h, mi, se] = m.map((x) => (x === undefined ? 0 : Number(x))) as number[];
  const months = (y ?? 0) * 12 + (mo ?? 0);
  if (months === 6 && !w && !d && !h && !mi && !se) return '半年';
  if (months === 12 && !w && !d && !h && !mi && !se) return '一年';
  const parts: string[] = [];
  if (months % 12 === 0 && months) parts.push(`${months / 12}年`);
  else if (months) parts.push(`${months}个月`);
  if (w) parts.push(`${w}周`);
  if (d) parts.push(`${d}天`);
  if (h) parts.push(`${h}小时`);
  if (mi) parts.push(`${mi}分钟`);
  if (se) parts.push(`${se}秒`);
  return parts.join('') || iso;
}

/**
 * The last moment of a deadline, unambiguous: a day-scale deadline runs to the end of its day (Asia/Shanghai), so it
 * reads 2026年12月28日（含当日）; a drill's second-scale one reads to the second.
 */
export function deadlineInWords(at: Date): string {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const endOfDay = local.getUTCHours() === 23 && local.getUTCMinutes() === 59 && local.getUTCSeconds() === 59;
  if (endOfDay) return `${chineseDate(at)}（含当日）`;
  return `${chineseDate(at)}${local.getUTCHours()}时${local.getUTCMinutes()}分${local.getUTCSeconds()}秒`;
}

/**
 * The paragraphs of a case's document (issue 12): every sentence true of the case. A rung reached by a missed
 * deadline says so; one reached on a rebound says the subject rectified and then rebounded (ground 5); a case that
 * starts above the notice states the Art. 15 condition and the Art. 16 / 17 circumstances that put it there; periods
 * are the ones applied, in words; the deadline names its last day.
 */
export function caseDocumentParagraphs(f: DocumentFacts): string[] {
  const grounds = f.grounds.map((g) => `（${'一二三四五六'[g - 1]}）${GROUND_TEXT[g]}`).join('；');
  const opening: string[] = [];
  if (f.reopenedOnRebound) {
    opening.push(
      `${f.subjectName}${RUNG_NAMES[f.reopenedOnRebound.from]}后已整改销号，但在观察期内出现反弹（第十四条第（五）项）：${f.reopenedOnRebound.facts}`,
    );
  } else if (f.escalatedFrom) {
    opening.push(`${f.subjectName}受到${RUNG_NAMES[f.escalatedFrom]}后仍未按期完成整改目标。`);
  }
  opening.push(
    `经查，${f.subjectName}存在《健全落实社会治安综合治理领导责任制的实施办法》第十四条所列情形：${grounds}。具体情况：${f.facts}`,
  );
  if (f.startReason) opening.push(`依照第十五条，${f.startReason}。`);
  if (f.extra && f.kind !== 'veto-recommendation' && f.kind !== 'veto-decision') opening.push(f.extra);
  const deadline = f.deadline
    ? `整改期限至${deadlineInWords(f.deadline)}止，请于期限届满前将整改情况书面报送${f.reportTo ?? f.issuerName}。`
    : '';
  const barPeriod = periodInWords(f.barPeriod ?? (f.kind === 'veto-decision' ? 'P1Y' : 'P6M'));
  const action: Record<DocumentKind, string> = {
    notice: `根据第十五条第（一）项，现予以通报。请认真分析发生问题的主要原因，找准症结，研究提出解决问题的措施，限期进行整改。${deadline}`,
    'talk-notice': `根据第十五条第（二）项，${f.issuerName}将约谈其主要负责同志、社会治安综合治理工作分管负责同志和负有责任的其他领导班子成员，帮助分析原因，督促限期整改。约谈时间另行通知。`,
    'listing-notice': `根据第十五条第（三）项，决定对其实行挂牌督办，限期进行整改。${deadline}自本决定作出之日起${barPeriod}内，取消该地区、单位评选综合性荣誉称号的资格和该地区、单位主要领导干部、主管领导干部、社会治安综合治理工作分管领导干部评先受奖、晋职晋级的资格。`,
    'veto-proposal': `根据第十五条第（四）项，提请${f.decidingCommittee ?? '上一级社会治安综合治理委员会'}商有关部门共同研究决定是否对其实行一票否决权制。`,
    'veto-recommendation': `根据第十五条第（四）项第三款，该单位系驻地方单位。${f.extra ?? ''}`,
    'veto-decision': `根据第十五条第（四）项，经商有关部门共同研究，决定对其实行一票否决。自本决定作出之日起${barPeriod}内，取消该地区、单位评选综合性荣誉称号的资格；取消其主要领导干部、主管领导干部、社会治安综合治理工作分管领导干部评先受奖、晋职晋级的资格，并按照中央有关规定向上级有关部门报告、备案。${deadline}${f.extra ?? ''}`,
    'talk-record': '',
    'veto-declined': '',
    'veto-filing': '',
    'referral-letter': '',
  };
  if (f.kind === 'referral-letter' && f.referral) return referralParagraphs(f, f.referral);
  if (f.kind === 'talk-record' && f.talk) return talkRecordParagraphs(f, f.talk);
  if (f.kind === 'veto-declined' && f.declined) return declinedParagraphs(f, f.declined);
  if (f.kind === 'veto-filing' && f.filing) return filingParagraphs(f, f.filing);
  return [...opening, action[f.kind]];
}

/** The organs a case's documents are addressed to and copied to, as the activity finds them on record. */
export interface CaseOrgans {
  subject: string;
  openingOffice: string;
  upperOffice: string;
  upperCommittee: string;
  /** The committee above the upper level, when there is one (a veto is reported and filed upward, Art. 15(4) ¶2). */
  aboveCommittee: string | null;
  /** The organisation department of the subject's level: bars bar promotions (Art. 15(3)(4)). */
  organisationDepartment: string;
  /** A stationed unit's supervising unit (Art. 15(4) ¶3). */
  supervisingUnit: string | null;
  /** The body a referral goes to (Art. 15(5)). */
  referralBody?: string;
}

/** Whether a document goes up (上行文, with 签发人): a proposal to the committee, a report and filing upward. */
export const UPWARD_KINDS: ReadonlySet<string> = new Set(['veto-proposal', 'veto-filing']);

/** 主送, 抄送 and 抄报 of a case's document, by kind (issue 12): each paper reaches the organ it is meant for. */
export function caseDocumentAddressees(
  kind: DocumentKind,
  o: CaseOrgans,
  issuerName: string,
): { mainAddressees: string[]; copyTo: string[]; copyUp: string[] } {
  const others = (list: (string | null)[]) => [...new Set(list.filter((x): x is string => !!x && x !== issuerName))];
  switch (kind) {
    case 'notice':
      return { mainAddressees: [o.subject], copyTo: [], copyUp: others([o.upperOffice]) };
    case 'talk-notice':
      return { mainAddressees: [o.subject], copyTo: others([o.openingOffice]), copyUp: others([o.upperCommittee]) };
    case 'listing-notice':
      return {
        mainAddressees: [o.subject],
        copyTo: others([o.openingOffice, o.organisationDepartment]),
        copyUp: others([o.upperCommittee]),
      };
    case 'veto-proposal':
      // Art. 15(4): the committee decides; the office proposes to it.
      return { mainAddressees: [o.upperCommittee], copyTo: [], copyUp: [] };
    case 'veto-recommendation':
      // Art. 15(4) ¶3: to the supervising unit, reported to the upper committee.
      return {
        mainAddressees: [o.supervisingUnit ?? o.subject],
        copyTo: others([o.subject]),
        copyUp: others([o.upperCommittee]),
      };
    case 'veto-decision':
      return {
        mainAddressees: [o.subject],
        copyTo: others([o.openingOffice, o.upperOffice, o.organisationDepartment]),
        copyUp: others([o.aboveCommittee]),
      };
    case 'talk-record':
      return { mainAddressees: [o.subject], copyTo: others([o.openingOffice]), copyUp: others([o.upperCommittee]) };
    case 'veto-declined':
      return { mainAddressees: [o.subject], copyTo: others([o.upperOffice, o.openingOffice]), copyUp: [] };
    case 'referral-letter':
      return { mainAddressees: [o.referralBody ?? o.subject], copyTo: [], copyUp: [] };
    case 'veto-filing':
      // Reported and filed upward (Art. 15(4) ¶2): the committee above, and the organisation department.
      return { mainAddressees: [o.aboveCommittee ?? '上级有关部门'], copyTo: [], copyUp: [] };
  }
}

/** 约谈纪要 (Art. 15(2)): who held the talk, with whom, who was absent and why, what was said, the new deadline. */
function talkRecordParagraphs(f: DocumentFacts, t: TalkFacts): string[] {
  return [
    `${chineseDate(new Date(t.heldAt))}，${t.heldBy}依照《健全落实社会治安综合治理领导责任制的实施办法》第十五条第（二）项，约谈${f.subjectName}有关领导干部。`,
    `参加约谈：${t.attendees.length ? t.attendees.join('，') : '无'}。`,
    ...(t.absences.length ? [`未参加约谈：${t.absences.join('；')}。`] : []),
    `约谈情况：${t.minutes}`,
    ...(t.deadline ? [`约谈要求限期整改，整改期限至${deadlineInWords(new Date(t.deadline))}止。`] : []),
  ];
}

/** A committee that declines the veto says what follows (Art. 15(4); issue 11). */
function declinedParagraphs(f: DocumentFacts, d: DeclinedFacts): string[] {
  const follows =
    d.then === 'close'
      ? '本案予以结案。'
      : d.then === 'list'
        ? `由${f.reportTo ?? '上一级社会治安综合治理委员会办公室'}对其实行挂牌督办，限期整改。`
        : `继续实行挂牌督办${d.newDeadline ? `，整改期限至${deadlineInWords(new Date(d.newDeadline))}止` : ''}。`;
  return [
    `${f.issuerName}依照《健全落实社会治安综合治理领导责任制的实施办法》第十五条第（四）项，商${d.departments.join('、')}共同研究，决定对${f.subjectName}不予实行一票否决权制。`,
    `理由：${d.reasons}`,
    follows,
  ];
}

/** 报告备案 (Art. 15(4) ¶2): the veto decision reported to the upper departments. */
function filingParagraphs(f: DocumentFacts, r: FilingFacts): string[] {
  return [
    `依照《健全落实社会治安综合治理领导责任制的实施办法》第十五条第（四）项和中央有关规定，现将对${f.subjectName}实行一票否决的情况报告如下：`,
    `${f.issuerName}经商${r.departments.join('、')}共同研究，于${chineseDate(new Date(r.decidedAt))}作出${r.decisionNo}决定，对${f.subjectName}实行一票否决，期限${periodInWords(f.barPeriod ?? 'P1Y')}。`,
    '特此报告，请予备案。',
  ];
}

/** 问责移送函 (Art. 15(5)): whom, why, on which case, with the circumstances on record; the outcome asked for. */
function referralParagraphs(f: DocumentFacts, r: ReferralFacts): string[] {
  return [
    `${f.subjectName}具有《健全落实社会治安综合治理领导责任制的实施办法》第十四条所列情形，经督导追究（案件编号${r.caseId}，现处${RUNG_NAMES[f.rung]}阶段）。依照第十五条第（五）项，现将${r.leader}移送你单位，按照干部管理权限和有关规定追究责任。`,
    `移送理由：${r.reasons}`,
    ...(r.circumstances ? [r.circumstances] : []),
    `请将处理结果及时函复（问责编号${r.referralId}）。`,
  ];
}
