/**
 * Which acts the signed-in token may perform on a case, from its role and jurisdiction and the case's state, so the
 * console shows no button for an act the API would refuse. It mirrors the API's checks (api/routes/cases.ts,
 * referrals.ts) for what a page can know; the API checks again and has the last word.
 */
import type { CaseDetail, Me } from './client';

export type CaseAct =
  | 'report'
  | 'review'
  | 'talk'
  | 'veto'
  | 'extension-request'
  | 'extension-decision'
  | 'circumstance'
  | 'withdraw'
  | 'referral'
  | 'rebound';

export const ACT_NAMES: Record<CaseAct, string> = {
  report: '报送整改报告',
  review: '审核整改报告',
  talk: '记录约谈',
  veto: '作出一票否决决定',
  'extension-request': '申请延期',
  'extension-decision': '审批延期申请',
  circumstance: '认定从重或从轻情形',
  withdraw: '撤销案件',
  referral: '移送问责',
  rebound: '报告出现反弹',
};

type CaseLike = Pick<
  CaseDetail,
  'subject' | 'openingRegionId' | 'upperRegionId' | 'rung' | 'phase' | 'status' | 'vetoPath' | 'deadline'
> & { events?: CaseDetail['events']; live?: unknown };

interface LiveReport {
  id: number;
  status: string;
}

/** The reports still waiting for a review, from the workflow's live state. */
export function pendingReports(c: CaseLike): LiveReport[] {
  const live = c.live as { reports?: LiveReport[] } | null | undefined;
  return (live?.reports ?? []).filter((r) => r.status === 'pending');
}

/** Whether the subject has asked for an extension the issuer has not answered. */
export function extensionPending(c: CaseLike): boolean {
  let pending = false;
  for (const e of c.events ?? []) {
    if (e.kind === 'extension-requested') pending = true;
    if (e.kind === 'extension-granted' || e.kind === 'extension-refused' || e.kind === 'escalated') pending = false;
  }
  return pending;
}

/** The region whose office issued the current rung: the notice the opening office, the rest the upper level. */
export const issuerRegion = (c: CaseLike): string => (c.rung === 'notice' ? c.openingRegionId : c.upperRegionId);

/** The region whose committee decides the veto: the upper one, or for a stationed unit the local one (¶3). */
const vetoRegion = (c: CaseLike): string => (c.vetoPath === 'recommendation' ? c.subject.regionId : c.upperRegionId);

/** The level holding the case now (Art. 15): the opening level at the notice, the upper level from the talk on. */
function holds(me: Me, c: CaseLike): boolean {
  if (me.role === 'admin') return c.rung !== 'veto';
  if (c.rung === 'veto') return me.role === 'committee-leader' && me.regionId === vetoRegion(c);
  return (me.role === 'office-operator' || me.role === 'committee-leader') && me.regionId === issuerRegion(c);
}

/** The subject acts for itself: a unit through its liaison, a region through its own office. */
const actsForSubject = (me: Me, c: CaseLike): boolean =>
  me.role === 'admin' ||
  (c.subject.kind === 'unit' && me.role === 'unit-liaison' && me.unitId === c.subject.id) ||
  (c.subject.kind === 'region' && me.role === 'office-operator' && me.regionId === c.subject.id);

export function caseActs(me: Me, c: CaseLike): CaseAct[] {
  const acts: CaseAct[] = [];
  const open = c.status === 'open';
  const future = c.deadline !== null && new Date(c.deadline).getTime() > Date.now();
  const issuer = me.role === 'admin' || (me.role === 'office-operator' && me.regionId === issuerRegion(c));
  if (open && c.phase === 'rectifying' && actsForSubject(me, c)) acts.push('report');
  if (open && (c.phase === 'awaiting-review' || pendingReports(c).length > 0) && issuer) acts.push('review');
  if (
    open &&
    c.phase === 'awaiting-talk' &&
    (me.role === 'admin' ||
      ((me.role === 'office-operator' || me.role === 'committee-leader') && me.regionId === c.upperRegionId))
  )
    acts.push('talk');
  if (open && c.phase === 'awaiting-veto-decision' && me.role === 'committee-leader' && me.regionId === vetoRegion(c))
    acts.push('veto');
  if (open && c.phase === 'rectifying' && future && !extensionPending(c) && actsForSubject(me, c))
    acts.push('extension-request');
  if (open && extensionPending(c) && issuer) acts.push('extension-decision');
  if (open && holds(me, c)) acts.push('circumstance', 'withdraw');
  if (
    c.status !== 'withdrawn' &&
    (me.role === 'office-operator' || me.role === 'committee-leader') &&
    (me.regionId === c.openingRegionId || me.regionId === c.upperRegionId)
  )
    acts.push('referral');
  if (
    c.phase === 'rebound-watch' &&
    me.role === 'office-operator' &&
    (me.regionId === issuerRegion(c) || me.regionId === c.upperRegionId)
  )
    acts.push('rebound');
  return acts;
}

/** Whether the token may open cases at all (POST /cases). */
export const mayOpenCases = (me: Me): boolean =>
  me.role === 'admin' || me.role === 'office-operator' || me.role === 'committee-leader';
