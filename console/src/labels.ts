/** Every word the console shows for the API's codes: roles, rungs, phases, statuses, events (all in Chinese). */

export const ROLE_NAMES: Record<string, string> = {
  admin: '系统管理员',
  'office-operator': '综治办工作人员',
  'committee-leader': '综治委领导',
  'unit-liaison': '单位联络员',
  'discipline-inspection': '纪检监察机关',
  'organisation-personnel': '组织人事部门',
  supervisor: '督导查看',
};

export const RUNG_NAMES: Record<string, string> = {
  notice: '通报',
  talk: '约谈',
  listing: '挂牌督办',
  veto: '一票否决',
};

export const PHASE_NAMES: Record<string, string> = {
  issuing: '正在发文',
  'awaiting-talk': '待约谈',
  rectifying: '整改中',
  'awaiting-review': '待审核整改报告',
  'awaiting-veto-decision': '待作出一票否决决定',
  closed: '已结案',
  'rebound-watch': '反弹观察期',
  'awaiting-accountability': '待问责',
};

export const STATUS_NAMES: Record<string, string> = {
  open: '督导中',
  rectified: '已整改销号',
  withdrawn: '已撤销',
  unrectified: '逾期未整改',
  dismissed: '综治委决定结案',
};

export const SEVERITY_NAMES: Record<string, string> = {
  ordinary: '一般',
  serious: '较重',
  'especially-serious': '严重',
  'veto-level': '应予一票否决',
};

/** Art. 14 (1)–(6), shortened. */
export const GROUND_NAMES: Record<number, string> = {
  1: '（一）工作措施落实不力、治安秩序严重混乱',
  2: '（二）较短时间内连续发生重大案事件',
  3: '（三）发生特别重大案事件',
  4: '（四）考核评价不合格、不达标',
  5: '（五）重点地区、突出问题未有效整治或出现反弹',
  6: '（六）党委政府及综治委认为需要查究的其他事项',
};

/** Art. 16 items 1–4 and Art. 17 items 1–3. */
export const AGGRAVATING_NAMES: Record<number, string> = {
  1: '（一）弄虚作假、隐瞒实情',
  2: '（二）干扰、阻碍调查',
  3: '（三）打击报复',
  4: '（四）其他应当从重的情形',
};
export const MITIGATING_NAMES: Record<number, string> = {
  1: '（一）积极配合调查',
  2: '（二）主动采取措施、有效避免或挽回损失',
  3: '（三）其他可以从轻的情形',
};

export const EVENT_NAMES: Record<string, string> = {
  opened: '立案',
  'document-issued:notice': '印发通报',
  'document-issued:talk-notice': '印发约谈通知',
  'document-issued:listing-notice': '印发挂牌督办通知',
  'document-issued:veto-proposal': '提请一票否决',
  'document-issued:veto-recommendation': '印发一票否决书面建议',
  'document-issued:veto-decision': '印发一票否决决定',
  'document-issued:talk-record': '印发约谈纪要',
  'document-issued:veto-declined': '印发不予一票否决决定',
  'document-issued:veto-filing': '一票否决报告备案',
  'document-issued:referral-letter': '印发问责移送函',
  aggravated: '发现从重情形，提高督导措施',
  'circumstance-recorded': '认定从重或从轻情形',
  'closed-by-committee': '综治委决定结案',
  reminder: '督办提醒',
  escalated: '逾期未整改，升级督导',
  'talk-overdue': '约谈逾期',
  'talk-held': '约谈已进行',
  'listing-decided': '挂牌督办决定',
  'veto-imposed': '实行一票否决',
  'veto-declined': '不予一票否决',
  'rectification-submitted': '报送整改报告',
  'rectification-accepted': '整改报告审核通过',
  'rectification-rejected': '整改报告退回',
  'extension-requested': '申请延期',
  'extension-granted': '同意延期',
  'extension-refused': '不同意延期',
  rectified: '整改销号',
  'deadline-missed': '逾期未整改',
  withdrawn: '撤销案件',
  'reopened-on-rebound': '出现反弹，重新督导',
  'rebound-watch-ended': '反弹观察期届满',
  'accountability-window-ended': '问责期限届满',
  'referral-made': '移送问责',
  'act-refused': '操作未能记录',
};

export const BODY_NAMES: Record<string, string> = {
  'discipline-inspection': '纪检监察机关',
  'organisation-personnel': '组织人事部门',
  judiciary: '司法机关',
};

export const OUTCOME_NAMES: Record<string, string> = {
  'resign-to-take-blame': '引咎辞职',
  'ordered-to-resign': '责令辞职',
  removal: '免职',
  'party-sanction': '党纪处分',
  'administrative-sanction': '政纪处分',
  'criminal-referral': '移送司法机关',
  'no-action': '不予追究',
};

export const REFERRAL_STATUS_NAMES: Record<string, string> = {
  'awaiting-outcome': '待反馈结果',
  decided: '已作出处理',
};

export const STAGE_NAMES: Record<string, string> = {
  pledges: '签订责任书',
  'work-reports': '述职报告',
  assessment: '考核评价',
  commendations: '表彰奖励',
  completed: '已完成',
};

export const PLEDGE_STATUS_NAMES: Record<string, string> = {
  'awaiting-signature': '待签订',
  overdue: '逾期未签',
  signed: '已签订',
  unsigned: '未签订',
};

export const WORK_REPORT_STATUS_NAMES: Record<string, string> = {
  due: '待报送',
  filed: '已报送',
  missing: '逾期未报',
  'filed-late': '逾期报送',
};

export const LEVEL_NAMES: Record<string, string> = {
  province: '省',
  city: '市',
  county: '县（市、区）',
  township: '乡镇（街道）',
};

export const UNIT_KIND_NAMES: Record<string, string> = {
  'party-organ': '党委机关',
  'congress-organ': '人大机关',
  'administrative-organ': '行政机关',
  'cppcc-organ': '政协机关',
  court: '审判机关',
  procuratorate: '检察机关',
  'people-organisation': '人民团体',
  'public-institution': '事业单位',
  'state-owned-enterprise': '国有企业',
};

export const PURPOSE_NAMES: Record<string, string> = {
  honours: '评先评优',
  awards: '授予荣誉称号',
  promotion: '晋职晋级',
};

export const SUPERVISION_STATUS_NAMES: Record<string, string> = {
  'in-progress': '办理中',
  'under-review': '待审核',
  handled: '已办结',
  rectifying: '整改中',
  'awaiting-case': '待立案追究',
  closed: '已销号',
};

export const KEY_AREA_STATUS_NAMES: Record<string, string> = {
  listed: '挂牌整治中',
  overdue: '逾期未摘牌',
  delisted: '已摘牌',
  'watch-ended': '观察期届满',
  rebound: '出现反弹',
};

export const BAR_STATUS_NAMES: Record<string, string> = { active: '有效', lapsed: '已到期', revoked: '已撤销' };

/** The label of a code, or the code itself when the console has no word for it yet. */
export const label = (names: Record<string, string>, code: string | null | undefined): string =>
  code == null ? '—' : (names[code] ?? code);

/**
 * A time as offices read it: Beijing time (UTC+8 all year, no daylight saving), `2026-11-28 19:09:43`. Plain
 * arithmetic rather than Intl: a list of a thousand cases formats two thousand of these.
 */
export const when = (iso: string | null | undefined): string =>
  iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ') : '—';
