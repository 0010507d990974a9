/**
 * What each case event is called in Chinese: in the notices that tell people of it (activities/caseNotices.ts) and in
 * the summaries a supervisor reads in the Temporal Web UI (workflows/accountabilityCase.ts). Pure; safe in workflows.
 */
export const CASE_EVENT_TITLES: Record<string, string> = {
  opened: '督导追究案件立案',
  'document-issued:notice': '通报',
  'document-issued:talk-notice': '约谈通知',
  'document-issued:listing-notice': '挂牌督办通知',
  'document-issued:veto-proposal': '一票否决提请',
  'document-issued:veto-recommendation': '一票否决书面建议',
  'document-issued:veto-decision': '一票否决决定',
  'document-issued:talk-record': '约谈纪要',
  'document-issued:veto-declined': '不予一票否决决定',
  'document-issued:veto-filing': '一票否决报告备案',
  aggravated: '发现从重情形，提高督导措施',
  'circumstance-recorded': '认定从重或从轻情形',
  'closed-by-committee': '综治委决定结案',
  reminder: '督办提醒',
  escalated: '逾期未整改升级督导',
  'talk-overdue': '约谈逾期',
  'talk-held': '约谈已进行',
  'listing-decided': '挂牌督办决定',
  'veto-imposed': '实行一票否决',
  'veto-declined': '不予一票否决、继续挂牌督办',
  'rectification-submitted': '整改报告已报送',
  'rectification-accepted': '整改报告审核通过',
  'rectification-rejected': '整改报告退回',
  'extension-requested': '延期申请',
  'extension-granted': '同意延期',
  'extension-refused': '不同意延期',
  rectified: '整改销号',
  'deadline-missed': '一票否决后仍未按期整改',
  withdrawn: '案件撤销',
  'reopened-on-rebound': '出现反弹，重新督导',
  'rebound-watch-ended': '反弹观察期届满',
  'accountability-window-ended': '问责期限届满',
  'act-refused': '行为因内容无法记录而未予采纳',
  'referral-made': '移送问责',
};

/** The title of an event kind, or the kind itself for one not named here. */
export const caseEventTitle = (kind: string): string => CASE_EVENT_TITLES[kind] ?? kind;
