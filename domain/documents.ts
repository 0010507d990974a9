/**
 * The Chinese documents each rung issues (DESIGN.md §2: user-facing documents in the official register). Pure
 * templates: the activity that issues a document numbers and stores it.
 */
import { chineseDate } from './calendar';
import { RUNG_NAMES, type Rung } from './policy';

export type DocumentKind =
  'notice' | 'talk-notice' | 'listing-notice' | 'veto-proposal' | 'veto-recommendation' | 'veto-decision';

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

/** The body text of a document, in the official register. */
export function documentBody(f: DocumentFacts): string {
  const grounds = f.grounds.map((g) => `（${'一二三四五六'[g - 1]}）${GROUND_TEXT[g]}`).join('；');
  const basis = `经查，${f.subjectName}存在《健全落实社会治安综合治理领导责任制的实施办法》第十四条所列情形：${grounds}。具体情况：${f.facts}`;
  const escalation = f.escalatedFrom ? `该单位（地区）受到${RUNG_NAMES[f.escalatedFrom]}后仍未按期完成整改目标。` : '';
  const deadline = f.deadline ? `请于${chineseDate(f.deadline)}前完成整改，并将整改情况书面报送${f.issuerName}。` : '';
  const action: Record<DocumentKind, string> = {
    notice: `根据第十五条第（一）项，现予以通报。请认真分析发生问题的主要原因，找准症结，研究提出解决问题的措施，限期进行整改。${deadline}`,
    'talk-notice': `根据第十五条第（二）项，${f.issuerName}将约谈其党政主要领导干部、社会治安综合治理工作分管领导干部和负有责任的其他领导班子成员，帮助分析原因，督促限期整改。约谈时间另行通知。`,
    'listing-notice': `根据第十五条第（三）项，决定对其实行挂牌督办，限期进行整改。${deadline}自本决定作出之日起半年内，取消该地区、单位评选综合性荣誉称号的资格和该地区、单位主要领导干部、主管领导干部、社会治安综合治理工作分管领导干部评先受奖、晋职晋级的资格。`,
    'veto-proposal': `根据第十五条第（四）项，提请${f.issuerName}商有关部门共同研究决定是否实行一票否决权制。`,
    'veto-recommendation': `根据第十五条第（四）项第三款，该单位系驻地方单位，${f.extra ?? ''}`,
    'veto-decision': `根据第十五条第（四）项，经商有关部门共同研究，决定对其实行一票否决。自本决定作出之日起一年内，取消该地区、单位评选综合性荣誉称号的资格；取消其主要领导干部、主管领导干部、社会治安综合治理工作分管领导干部评先受奖、晋职晋级的资格，并按照中央有关规定向上级有关部门报告、备案。${deadline}${f.extra ?? ''}`,
  };
  // The further basis of the act, when it is not (only) a missed deadline: a committee's decision, an Art. 16 / 17
  // circumstance found during the case (issue 11). The veto documents carry it in their own sentence.
  const further = f.extra && f.kind !== 'veto-recommendation' && f.kind !== 'veto-decision' ? f.extra : '';
  return `${f.subjectName}：\n\n${escalation}${basis}${further}\n\n${action[f.kind]}\n\n${f.issuerName}\n${chineseDate(f.issuedAt)}`;
}
