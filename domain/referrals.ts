/**
 * Accountability referrals (Art. 15(5)): which body receives a leader's case, and what each may decide. Pure:
 * imported by the referral workflow's validator, the activities and the API.
 *
 * 实行问责：应当采取引咎辞职、责令辞职、免职等方式问责的，由纪检监察机关、组织人事部门按照管理权限办理；需追究党政纪责任的，
 * 由纪检监察机关办理；需组织处理的，由组织人事部门或负责调查的纪检监察机关会同组织人事部门办理；构成犯罪的，依法追究刑事责任。
 */
import type { Rung } from './policy';
export const REFERRAL_BODIES = ['discipline-inspection', 'organisation-personnel', 'judiciary'] as const;
export type ReferralBody = (typeof REFERRAL_BODIES)[number];

export const REFERRAL_OUTCOMES = [
  'resign-to-take-blame',
  'ordered-to-resign',
  'removal',
  'party-sanction',
  'administrative-sanction',
  'criminal-referral',
  'no-action',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** What each body may decide (Art. 15(5)): organisational handling, discipline, or criminal liability. */
export const OUTCOMES_BY_BODY: Record<ReferralBody, readonly ReferralOutcome[]> = {
  // 组织处理：引咎辞职、责令辞职、免职.
  'organisation-personnel': ['resign-to-take-blame', 'ordered-to-resign', 'removal', 'no-action'],
  // 党政纪处分; 会同组织人事部门的组织处理; 构成犯罪的移送司法机关.
  'discipline-inspection': [
    'party-sanction',
    'administrative-sanction',
    'resign-to-take-blame',
    'ordered-to-resign',
    'removal',
    'criminal-referral',
    'no-action',
  ],
  // 构成犯罪的，依法追究刑事责任.
  judiciary: ['criminal-referral', 'no-action'],
};

export const BODY_NAMES: Record<ReferralBody, string> = {
  'discipline-inspection': '纪检监察机关',
  'organisation-personnel': '组织人事部门',
  judiciary: '司法机关',
};

export const OUTCOME_NAMES: Record<ReferralOutcome, string> = {
  'resign-to-take-blame': '引咎辞职',
  'ordered-to-resign': '责令辞职',
  removal: '免职',
  'party-sanction': '党纪处分',
  'administrative-sanction': '政纪处分',
  'criminal-referral': '依法追究刑事责任',
  'no-action': '不予追究',
};

/** The role whose token records a body's outcome; the judiciary's answer is recorded by the referring office. */
export const OUTCOME_RECORDER_ROLE: Record<
  ReferralBody,
  'discipline-inspection' | 'organisation-personnel' | 'office-operator'
> = {
  'discipline-inspection': 'discipline-inspection',
  'organisation-personnel': 'organisation-personnel',
  judiciary: 'office-operator',
};

export interface ReferralInput {
  /** `<case>-R<n>`; the workflow is `referral-<id>`. */
  referralId: string;
  caseId: string;
  caseEventSeq: number;
  leader: { id: string; name: string; unitId: string | null; unitName: string | null; role: string | null };
  body: ReferralBody;
  bodyRegionId: string;
  /** e.g. 长春市纪检监察机关. */
  bodyName: string;
  referringRegionId?: string | null;
  /** The organ of the referring level that refers: it issues the referral letter (issue 12). */
  referringOrgan?: 'office' | 'committee';
  rung: Rung;
  reasons: string;
  referredBy: string;
  referredAt: string;
  /** Fixed-length ISO duration between reminders while the outcome is awaited. */
  reminderEvery: string;
}

export interface ReferralOutcomeRecord {
  outcome: ReferralOutcome;
  /** What was decided, in the body's words. */
  detail: string;
  /** The body's own decision document, when there is one. */
  documentNo?: string;
  /** The day the body decided (yyyy-mm-dd), not in the future. */
  decidedOn: string;
  recordedBy: string;
}
