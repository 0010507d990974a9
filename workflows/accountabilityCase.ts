/**
 * One accountability case (Art. 14–17; DESIGN.md §4): the escalation ladder notice → talk → listing → veto.
 * Each rung issues its document and sets a rectification deadline; the subject reports, the issuer reviews; an
 * accepted rectification closes the case; a deadline passed without one escalates to the next rung (Art. 15:
 * "受到…后仍未按期完成整改目标"). The veto is a human decision the case waits for, never an automatic step.
 * Every human act is an update with a validator, so a refused act leaves no trace in the history.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  ParentClosePolicy,
  patched,
  proxyActivities,
  proxyLocalActivities,
  getExternalWorkflowHandle,
  startChild,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { AccountabilityCaseInput, CaseOffice } from '../domain/caseContract';
import type { IssueDocumentInput } from '../activities/cases';
import { ROLE_LABELS } from '../domain/leaderRoles';
import { addDuration, chineseDate, deadlineAfter, latestDeadline } from '../domain/calendar';
import { fixedDurationMs, parseIsoDuration } from '../domain/duration';
import type { DocumentKind } from '../domain/documents';
import {
  DEFAULT_AFTER_CLOSE,
  DEFAULT_EXTENSIONS,
  RUNG_NAMES,
  RUNGS,
  type LadderPolicy,
  type Rung,
} from '../domain/policy';
import { BODY_NAMES, type ReferralBody } from '../domain/referrals';
import { permanentReason } from '../domain/failures';
import { caseEventTitle } from '../domain/caseEvents';
import { CaseDeadline, CaseRegion, CaseRung, CaseStatus, CaseSubject } from '../domain/searchAttributes';
import { barWorkflow, barWorkflowId, revokeBarOnWithdrawal } from './bar';
import { accountabilityReferralWorkflow, referralWorkflowId } from './referral';

// The case's contract (its input and the offices it names) lives in domain/caseContract.ts, which the API, the
// activities and the annual cycle import without importing this workflow (issue 13: no import circle).
export type { AccountabilityCaseInput, CaseOffice } from '../domain/caseContract';

export type CasePhase =
  | 'issuing'
  | 'awaiting-talk'
  | 'rectifying'
  | 'awaiting-review'
  | 'awaiting-veto-decision'
  | 'closed'
  /** Art. 14(5): rectified, watched for a rebound for the policy's period. */
  | 'rebound-watch'
  /** Art. 15(5): the veto's deadline passed unrectified; the case awaits the referrals of its leaders. */
  | 'awaiting-accountability';
/** dismissed: a committee that declined the veto closed the case with reasons (issue 11). */
export type CaseStatusValue = 'open' | 'rectified' | 'withdrawn' | 'unrectified' | 'dismissed';

export interface RectificationReport {
  submittedBy: string;
  summary: string;
  measures: string;
}
export interface RectificationReview {
  reportId: number;
  decision: 'accept' | 'reject';
  reasons?: string;
  reviewedBy: string;
}
export interface TalkRecord {
  heldAt: string;
  conductedBy: string;
  participants: { name: string; role: string; leaderId?: string }[];
  minutes: string;
  /** The new rectification deadline the talk set; defaults to the policy's period from the talk. */
  rectificationDeadline?: string;
  /** Art. 15(2): who held it — the upper office's director, or the committee's (deputy) director; checked by the API. */
  heldBy?: { leaderId: string; name: string; role: string; regionId: string; title: string | null };
  /** The subject's leaders who attended, each with their role in the subject on the talk's day. */
  attendees?: { leaderId: string; name: string; role: string; unitId: string }[];
  /** Why a principal or in-charge leader (or a vacant such post: no leaderId) did not attend. */
  absences?: { leaderId?: string; name?: string; role: string; reason: string }[];
}
export interface VetoDecision {
  decision: 'imposed' | 'declined';
  /** The departments the committee decided jointly with (商有关部门共同研究). */
  departments: string[];
  decidedBy: string;
  reasons: string;
  /**
   * Declined: what follows, as the committee decides it (issue 11; Art. 15(3)(4)) — continued rectification under the
   * listing already decided (a new deadline, no new bars); for a case never listed, a listing decision by the upper
   * office with its bars; or closure with reasons. Absent on decisions recorded before it existed, which went back to
   * the listing rung.
   */
  then?: 'continue-listing' | 'list' | 'close';
  /** Declined: the new deadline (continued listing: required; a new listing: optional, else the policy's period). */
  newDeadline?: string;
  /** The deciding body's own document, when the decision comes from outside (a supervising unit's reply). */
  documentNo?: string;
}
export interface ExtensionRequest {
  requestedBy: string;
  /** The deadline asked for. */
  until: string;
  reason: string;
}
export interface ExtensionDecision {
  decision: 'grant' | 'refuse';
  decidedBy: string;
  reasons?: string;
}
export interface Withdrawal {
  reason: string;
  withdrawnBy: string;
  /**
   * The level that withdraws (issue 11): the opening level while nothing above its notice was issued, the upper level
   * from the talk on. Checked again here, so an escalation between the API's check and the act still refuses it.
   */
  level?: 'opening' | 'upper';
  /** The rung the API checked the holder at: an escalation since refuses the act (the holder may have changed). */
  atRung?: Rung;
  /**
   * The bars the withdrawal revokes in the same act (ids), by the authority that decided them: the case's workflow
   * signals its bar workflows once the withdrawal is accepted, so a refused withdrawal revokes nothing.
   */
  barsRevoked?: string[];
  /**
   * The decisions (their event seqs) whose bars the API found on record and checked the withdrawing level against.
   * A decision the case has made whose bars are not yet on record (its bar workflow is still recording them) refuses
   * the withdrawal: its authority was not checked, and its bars would outlive the case. Absent on withdrawals sent
   * before it existed.
   */
  barDecisionsChecked?: number[];
}
/** Art. 15(5): a leader of the subject referred to the body that handles them, checked by the API against the records. */
export interface ReferralRequest {
  leader: { id: string; name: string; unitId: string | null; unitName: string | null; role: string | null };
  body: ReferralBody;
  bodyRegionId: string;
  bodyName: string;
  reasons: string;
  referredBy: string;
  /** The office or committee that referred (it records the judiciary's answer). */
  referringRegionId?: string;
  /** Which of the referring level's organs referred: it issues the referral letter (issue 12). */
  referringOrgan?: 'office' | 'committee';
}
/**
 * Art. 16 / 17 circumstances that come to light during the case (弄虚作假、干扰调查、打击报复; 积极配合调查…),
 * recorded by the level holding it, with evidence (issue 11).
 */
export interface CircumstanceRecord {
  kind: 'aggravating' | 'mitigating';
  /** The item of Art. 16 (1–4) or Art. 17 (1–3). */
  item: number;
  evidence: string;
  recordedBy: string;
}
/** Art. 14(5): a rebound found during the watch after a rectified close. */
export interface ReboundReport {
  facts: string;
  reportedBy: string;
}

export interface ReportState {
  id: number;
  rung: Rung;
  submittedAt: string;
  submittedBy: string;
  summary: string;
  /** lapsed: still unreviewed when the case closed; refused: it could not be recorded (see `act-refused`). */
  status: 'pending' | 'accepted' | 'rejected' | 'lapsed' | 'refused';
  reasons?: string;
}

export interface CaseState {
  caseId: string;
  rung: Rung;
  phase: CasePhase;
  status: CaseStatusValue;
  deadline: string | null;
  reports: ReportState[];
  documents: string[];
  referrals: { referralId: string; workflowId: string; leaderId: string; body: ReferralBody }[];
  /** When the rebound watch or the accountability window ends, while in one. */
  watchUntil?: string | null;
}

/** Failure types the API maps to 409 (the act does not fit the case's state) and 422 (its content is wrong). */
export const CASE_STATE_CONFLICT = 'CaseStateConflict';
export const INVALID_CASE_ACT = 'InvalidCaseAct';
/** A withdrawal refused while a listing or veto decision is being recorded with its bars: asked again, it is decided. */
export const BARS_BEING_RECORDED = 'BarsBeingRecorded';

export const submitRectification = defineUpdate<{ reportId: number }, [RectificationReport]>('submitRectification');
export const reviewRectification = defineUpdate<{ status: CaseStatusValue }, [RectificationReview]>(
  'reviewRectification',
);
export const recordTalk = defineUpdate<{ deadline: string }, [TalkRecord]>('recordTalk');
export const decideVeto = defineUpdate<{ rung: Rung; deadline: string | null }, [VetoDecision]>('decideVeto');
export const withdrawCase = defineUpdate<void, [Withdrawal]>('withdrawCase');
export const requestExtension = defineUpdate<void, [ExtensionRequest]>('requestExtension');
export const decideExtension = defineUpdate<{ deadline: string | null }, [ExtensionDecision]>('decideExtension');
export const referForAccountability = defineUpdate<{ referralId: string; workflowId: string }, [ReferralRequest]>(
  'referForAccountability',
);
export const reportRebound = defineUpdate<{ rung: Rung }, [ReboundReport]>('reportRebound');
/** Records an Art. 16 / 17 circumstance; an aggravating one escalates the case now (`escalatesTo`). */
export const recordCircumstance = defineUpdate<{ rung: Rung; escalatesTo: Rung | null }, [CircumstanceRecord]>(
  'recordCircumstance',
);
export const getCaseState = defineQuery<CaseState>('getCaseState');

const { recordCaseEvent, issueCaseDocument, updateCaseState } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
/**
 * The case's two records — its events and its state row — written inside the workflow task (local activities): each
 * is one short, idempotent write, and as an activity of its own it cost a round trip through the server's queues — a
 * task scheduled, polled, completed, and a workflow task to carry on — before the next step could begin. Locally a
 * row commits in the task that decided it: the escalation in the task its deadline's timer fired (issue 14:
 * deadline → commit), the opening in the case's first task. Their retries are the same; past a minute between
 * attempts the SDK waits on a server timer, so a long outage of PostgreSQL holds no worker slot. The documents stay
 * activities of their own: each is a legal act the Web UI shows as its own step, and rendering it takes longer.
 */
const { recordCaseEvent: recordCaseEventLocally, updateCaseState: updateCaseStateLocally } =
  proxyLocalActivities<Activities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
  });
/** A referral is recorded while its update waits: bounded, so a caller is answered rather than held forever. */
const { recordReferral } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', backoffCoefficient: 2, maximumAttempts: 5 },
});
export const REFERRAL_NOT_RECORDED = 'ReferralNotRecorded';

const conflict = (message: string) =>
  ApplicationFailure.create({ type: CASE_STATE_CONFLICT, message, nonRetryable: true });
const invalid = (message: string) => ApplicationFailure.create({ type: INVALID_CASE_ACT, message, nonRetryable: true });

const roleLabel = (role: string): string => (ROLE_LABELS as Record<string, string>)[role] ?? role;

const STATUS_NAMES: Record<CaseStatusValue, string> = {
  open: '办理中',
  rectified: '已整改销号',
  withdrawn: '已撤销',
  unrectified: '一票否决后仍未整改',
  dismissed: '综治委决定不予否决并结案',
};
const PHASE_NAMES: Record<CasePhase, string> = {
  issuing: '制发文书中',
  'awaiting-talk': '待约谈',
  rectifying: '整改中',
  'awaiting-review': '待审核整改报告',
  'awaiting-veto-decision': '待综治委决定是否一票否决',
  closed: '已办结',
  'rebound-watch': '反弹观察期',
  'awaiting-accountability': '待问责',
};

/**
 * Waits no longer than this set their timer in the task that asked for them; longer ones from a fresh task (see
 * waitWithReminders). Under patch deadline-settles (cases that ran before deadline-settles-first), how far before a
 * deadline its wait handed over to a last, short timer: longer than a workflow task that records and publishes takes
 * under load (up to about 1.5 s measured, issue 14 (d)).
 */
export const DEADLINE_SETTLE_MS = 5_000;

export async function accountabilityCaseWorkflow(input: AccountabilityCaseInput): Promise<CaseState> {
  const s: CaseState = {
    caseId: input.caseId,
    rung: input.startRung,
    // Until the first document is issued, nothing can be reported or reviewed.
    phase: 'issuing',
    status: 'open',
    deadline: null,
    reports: [],
    documents: [],
    referrals: [],
  };
  /**
   * The rules of an act come from the level that performs it (Art. 18; issue 11): the notice's from the opening
   * level's policy, the talk's, the listing's and the veto's from the upper level's. A case opened before the two were
   * pinned apart has no upperPolicy and runs every rung on the one it pinned, as it always did.
   */
  const upperRules = input.upperPolicy ?? input.policy;
  const rules = (rung: Rung): LadderPolicy => (rung === 'notice' ? input.policy : upperRules);
  let seq = 0;
  let rebound: ReboundReport | undefined;
  /** Reports before this index belong to an earlier, rectified round (a reopened case starts afresh). */
  let reportsFrom = 0;
  const barRounds: Partial<Record<'listing' | 'veto', number>> = {};
  /** The bar workflows the case's decisions started, which a withdrawal revokes. */
  const barWorkflows: string[] = [];
  /** The listing and veto decisions (their event seqs) whose bars the case has started. */
  const barDecisions: number[] = [];
  /**
   * A listing or veto decision is being made: its document, its event and its bars are not all on record yet. A
   * withdrawal waits until they are (issue 11: the bars a withdrawal would leave behind must be revoked by it).
   */
  let decidingBars = false;
  let withdrawal: Withdrawal | undefined;
  /**
   * An act that arrives after a withdrawal was accepted, before the case has closed on it, is refused: accepted, it
   * would be answered and never carried out (issue 11).
   */
  const refuseIfWithdrawn = () => {
    if (withdrawal) throw conflict('the case has been withdrawn');
  };
  /** The extension request awaiting the issuer's decision, and how many were granted on the current rung. */
  let extensionRequest: ExtensionRequest | undefined;
  const extensionsGranted: Partial<Record<Rung, number>> = {};
  let talk: TalkRecord | undefined;
  let veto: (VetoDecision & { deadline: string | null }) | undefined;
  /** A listing was decided in the current round (a reopened case starts a new round). */
  let listed = false;
  /** The veto awaited is a supervising unit's, on the local committee's recommendation (Art. 15(4) ¶3). */
  let recommendationPath = false;
  /** Art. 16 / 17 circumstances recorded during the case, and an aggravating one's escalation still to be made. */
  const circumstances: CircumstanceRecord[] = [];
  let aggravation: { record: CircumstanceRecord; to: Rung } | undefined;
  /** Why the next document is issued, when not (only) for a missed deadline. */
  let documentBasis: string | undefined;
  /** The grounds of Art. 14 the documents state: the opening's, and ground 5 once the case rebounded. */
  const grounds = [...input.grounds];
  let documentsIssued = 0;
  let reopenedOnRebound: { from: Rung; facts: string } | undefined;
  /**
   * Events the update handlers recorded, written in order by the main loop's activities. `undo` takes the act back
   * if it cannot be recorded (issue 10): the act is refused, never retried while the deadline waits.
   */
  const pending: Array<{ kind: string; actor: string; detail: Record<string, unknown>; undo?: () => void }> = [];

  // ---- handlers, registered before the first await (STYLE.md habit 6)
  setHandler(getCaseState, () => s);

  setHandler(
    submitRectification,
    (report: RectificationReport) => {
      const id = s.reports.length + 1;
      s.reports.push({
        id,
        rung: s.rung,
        submittedAt: new Date().toISOString(),
        submittedBy: report.submittedBy,
        summary: report.summary,
        status: 'pending',
      });
      pending.push({
        kind: 'rectification-submitted',
        actor: report.submittedBy,
        detail: { reportId: id, summary: report.summary, measures: report.measures },
        undo: () => {
          const r = s.reports[id - 1];
          if (r?.status === 'pending') r.status = 'refused';
        },
      });
      return { reportId: id };
    },
    {
      validator: (_report: RectificationReport) => {
        refuseIfWithdrawn();
        if (s.phase !== 'rectifying')
          throw conflict(`no rectification is due now: the case is ${PHASE_NAMES[s.phase]}`);
        if (s.reports.some((r) => r.status === 'pending'))
          throw conflict('an earlier rectification report is still awaiting review');
      },
    },
  );

  setHandler(
    reviewRectification,
    (review: RectificationReview) => {
      const report = s.reports[review.reportId - 1]!;
      report.status = review.decision === 'accept' ? 'accepted' : 'rejected';
      report.reasons = review.reasons;
      pending.push({
        kind: `rectification-${report.status}`,
        actor: review.reviewedBy,
        detail: { reportId: report.id, reasons: review.reasons ?? null },
        // Not recorded, not decided: the report awaits its review again.
        undo: () => {
          report.status = 'pending';
          report.reasons = undefined;
        },
      });
      return { status: s.status };
    },
    {
      validator: (review: RectificationReview) => {
        refuseIfWithdrawn();
        const report = s.reports[review.reportId - 1];
        if (!report) throw invalid(`there is no rectification report ${review.reportId}`);
        if (s.phase !== 'rectifying' && s.phase !== 'awaiting-review')
          throw conflict(`no report is reviewed now: the case is ${PHASE_NAMES[s.phase]}`);
        if (report.status !== 'pending') throw conflict(`report ${review.reportId} was already ${report.status}`);
        if (review.decision === 'reject' && !review.reasons?.trim()) throw invalid('a rejection must give its reasons');
      },
    },
  );

  setHandler(
    recordTalk,
    (record: TalkRecord) => {
      talk = record;
      const deadline =
        record.rectificationDeadline ??
        deadlineAfter(new Date(record.heldAt), upperRules.rectification.talk).toISOString();
      return { deadline };
    },
    {
      validator: (record: TalkRecord) => {
        refuseIfWithdrawn();
        if (s.phase !== 'awaiting-talk' || talk)
          throw conflict(`no talk is awaited: the case is ${PHASE_NAMES[s.phase]}`);
        if (Date.parse(record.heldAt) > Date.now())
          throw invalid('a talk is recorded once it has been held; heldAt is in the future');
        if (record.rectificationDeadline && Date.parse(record.rectificationDeadline) <= Date.now())
          throw invalid('the new rectification deadline must be in the future');
        // Bounded by the policy, as every deadline is: a date in 9999 would stop the ladder (issue 10).
        if (
          record.rectificationDeadline &&
          Date.parse(record.rectificationDeadline) >
            latestDeadline(upperRules, 'talk', new Date(record.heldAt)).getTime()
        )
          throw invalid(
            `the new rectification deadline may be at most ${latestDeadline(upperRules, 'talk', new Date(record.heldAt)).toISOString()} (the policy's period after the talk and every extension it allows)`,
          );
      },
    },
  );

  setHandler(
    decideVeto,
    (decision: VetoDecision) => {
      const deadline =
        decision.decision === 'imposed'
          ? deadlineAfter(new Date(), upperRules.rectification.veto).toISOString()
          : decision.then === 'close'
            ? null
            : (decision.newDeadline ??
              (decision.then === 'list'
                ? deadlineAfter(new Date(), upperRules.rectification.listing).toISOString()
                : null));
      veto = { ...decision, deadline };
      if (decision.then === 'close') return { rung: s.rung, deadline: null, status: 'dismissed' as CaseStatusValue };
      return { rung: (decision.decision === 'imposed' ? 'veto' : 'listing') as Rung, deadline };
    },
    {
      validator: (decision: VetoDecision) => {
        refuseIfWithdrawn();
        if (s.phase !== 'awaiting-veto-decision' || veto)
          throw conflict(`no veto decision is awaited: the case is ${PHASE_NAMES[s.phase]}`);
        if (decision.departments.length === 0)
          throw invalid('Art. 15(4): the veto is decided jointly with the relevant departments; name them');
        // Art. 15(4) ¶3: for a stationed unit the supervising unit decides; the local committee only records its reply,
        // by the reply's own document — never a decision of its own.
        if (recommendationPath && !decision.documentNo?.trim())
          throw invalid(
            'Art. 15(4) ¶3: the supervising unit decides on a stationed unit; record its reply with the reply’s documentNo',
          );
        if (recommendationPath && decision.then === 'close')
          throw invalid('Art. 15(4) ¶3: a supervising unit’s reply does not close the case; continue or list it');
        if (decision.decision === 'declined' && decision.then === 'continue-listing' && !listed)
          throw invalid(
            'the case was never listed: a declined veto lists it now (then: list) or closes it with reasons (then: close)',
          );
        if (decision.decision === 'declined' && decision.then === 'list' && listed)
          throw invalid('the case is already listed: continue under that listing (then: continue-listing) or close it');
        if (decision.decision === 'declined' && decision.then === 'close') return;
        const needsDeadline = decision.decision === 'declined' && decision.then !== 'list';
        if (needsDeadline && !(decision.newDeadline && Date.parse(decision.newDeadline) > Date.now())) {
          throw invalid('a declined veto keeps the case listed: give the new deadline, in the future');
        }
        if (decision.newDeadline && Date.parse(decision.newDeadline) <= Date.now())
          throw invalid('the new deadline must be in the future');
        if (
          decision.decision === 'declined' &&
          decision.newDeadline &&
          Date.parse(decision.newDeadline) > latestDeadline(upperRules, 'listing', new Date()).getTime()
        )
          throw invalid(
            `the new deadline may be at most ${latestDeadline(upperRules, 'listing', new Date()).toISOString()} (the policy's period for a listing and every extension it allows)`,
          );
      },
    },
  );

  setHandler(
    withdrawCase,
    (w: Withdrawal) => {
      withdrawal = w;
    },
    {
      validator: (w: Withdrawal) => {
        if (s.status !== 'open' || withdrawal) throw conflict('the case is already closed');
        if (!w.reason.trim()) throw invalid('a withdrawal must give its reason');
        // A listing or veto decision under way, or one whose bars the API has not seen: the bars are being recorded,
        // and a withdrawal now would neither check their authority nor revoke them (Art. 15(3)(4)).
        if (
          w.barDecisionsChecked &&
          (decidingBars || veto || barDecisions.some((seq) => !w.barDecisionsChecked!.includes(seq)))
        )
          throw ApplicationFailure.create({
            type: BARS_BEING_RECORDED,
            message: 'a listing or veto decision on this case is being recorded with its bars; ask again in a moment',
            nonRetryable: true,
          });
        if (w.atRung && w.atRung !== s.rung)
          throw conflict(
            `the case moved from the ${RUNG_NAMES[w.atRung]} to the ${RUNG_NAMES[s.rung]} meanwhile; ask again, as the level holding it now`,
          );
        // Only the level holding the case withdraws it (issue 11; Art. 15): the opening level at its notice, the upper
        // level from the talk on.
        if (input.openingOffice.regionId !== input.upperOffice.regionId) {
          if (w.level === 'opening' && s.rung !== 'notice')
            throw conflict(
              `since the ${RUNG_NAMES[s.rung]} the case is held by ${input.upperOffice.name}; only the upper level can withdraw it`,
            );
          if (w.level === 'upper' && s.rung === 'notice')
            throw conflict(`at the notice the case is held by ${input.openingOffice.name}; only it can withdraw it`);
        }
      },
    },
  );

  // Extensions (DESIGN.md §4): asked by the subject before the deadline, decided by the issuer, within the policy.
  /** The extensions the issuer of the current rung may grant, by its own level's policy. */
  const extensionPolicyNow = () => rules(s.rung).extensions ?? DEFAULT_EXTENSIONS;
  setHandler(
    requestExtension,
    (r: ExtensionRequest) => {
      extensionRequest = r;
      pending.push({
        kind: 'extension-requested',
        actor: r.requestedBy,
        detail: { until: r.until, reason: r.reason, deadline: s.deadline },
        undo: () => {
          if (extensionRequest === r) extensionRequest = undefined;
        },
      });
    },
    {
      validator: (r: ExtensionRequest) => {
        refuseIfWithdrawn();
        if (s.phase !== 'rectifying' || !s.deadline)
          throw conflict(`no rectification deadline is running: the case is ${PHASE_NAMES[s.phase]}`);
        // Art. 16 forbids any extension, whenever it is asked.
        const aggravated = input.aggravating || circumstances.some((c) => c.kind === 'aggravating');
        if (aggravated && (rules(s.rung).aggravatingForbidsExtensions ?? true)) {
          throw conflict('Art. 16: with aggravating circumstances the policy in force allows no extension');
        }
        if (Date.now() >= Date.parse(s.deadline))
          throw conflict('an extension is asked before the deadline, not after it');
        if (extensionRequest) throw conflict('an earlier extension request is still awaiting its decision');
        if ((extensionsGranted[s.rung] ?? 0) >= extensionPolicyNow().maxCount) {
          throw conflict(
            `the policy in force allows ${extensionPolicyNow().maxCount} extension(s) at this rung, and they are used`,
          );
        }
        const until = Date.parse(r.until);
        if (!(until > Date.parse(s.deadline)))
          throw invalid('the deadline asked for must be later than the current one');
        if (until > addDuration(new Date(s.deadline), extensionPolicyNow().maxLength).getTime()) {
          throw invalid(`an extension may add at most ${extensionPolicyNow().maxLength} to the current deadline`);
        }
        if (!r.reason.trim()) throw invalid('an extension request must give its reason');
      },
    },
  );
  setHandler(
    decideExtension,
    (d: ExtensionDecision) => {
      const request = extensionRequest!;
      extensionRequest = undefined;
      if (d.decision === 'grant') {
        extensionsGranted[s.rung] = (extensionsGranted[s.rung] ?? 0) + 1;
        const from = s.deadline;
        const rung = s.rung;
        pending.push({
          kind: 'extension-granted',
          actor: d.decidedBy,
          detail: { from, to: request.until, reasons: d.reasons ?? null },
          // A grant that cannot be recorded does not move the deadline.
          undo: () => {
            extensionsGranted[rung] = (extensionsGranted[rung] ?? 1) - 1;
            if (s.deadline === request.until) s.deadline = from;
          },
        });
        s.deadline = request.until;
      } else {
        pending.push({
          kind: 'extension-refused',
          actor: d.decidedBy,
          detail: { until: request.until, reasons: d.reasons ?? null },
        });
      }
      return { deadline: s.deadline };
    },
    {
      validator: (d: ExtensionDecision) => {
        refuseIfWithdrawn();
        if (!extensionRequest || s.phase !== 'rectifying')
          throw conflict('no extension request is awaiting a decision');
        if (d.decision === 'grant' && !(Date.parse(extensionRequest.until) > Date.now()))
          throw conflict('the deadline asked for has passed; refuse the request instead');
        if (d.decision === 'refuse' && !d.reasons?.trim()) throw invalid('a refusal must give its reasons');
      },
    },
  );

  // Art. 15(5): a leader referred, at any rung and after the close, each referral its own child process that outlives
  // the case. The act is recorded (row, case event, notifications) before the update answers.
  const afterClose = {
    // The upper level's: a rebound reopens the case a rung up, and referrals are the upper committee's to make.
    reboundWatch: upperRules.reboundWatch ?? DEFAULT_AFTER_CLOSE.reboundWatch,
    accountabilityWindow: upperRules.accountabilityWindow ?? DEFAULT_AFTER_CLOSE.accountabilityWindow,
    referralReminderEvery: upperRules.referralReminderEvery ?? DEFAULT_AFTER_CLOSE.referralReminderEvery,
  };
  setHandler(
    referForAccountability,
    async (r: ReferralRequest) => {
      const referralId = `${input.caseId}-R${s.referrals.length + 1}`;
      const workflowId = referralWorkflowId(referralId);
      s.referrals.push({ referralId, workflowId, leaderId: r.leader.id, body: r.body });
      const referral = {
        referralId,
        caseId: input.caseId,
        caseEventSeq: ++seq,
        leader: r.leader,
        body: r.body,
        bodyRegionId: r.bodyRegionId,
        bodyName: r.bodyName,
        referringRegionId: r.referringRegionId ?? null,
        ...(r.referringOrgan ? { referringOrgan: r.referringOrgan } : {}),
        rung: s.rung,
        reasons: r.reasons,
        referredBy: r.referredBy,
        referredAt: now().toISOString(),
        reminderEvery: afterClose.referralReminderEvery,
      };
      try {
        await recordReferral(referral);
      } catch (err) {
        s.referrals.splice(
          s.referrals.findIndex((x) => x.referralId === referralId),
          1,
        );
        const refused = permanentReason(err);
        if (refused !== undefined) throw invalid(`the referral was refused: ${refused}`);
        throw ApplicationFailure.create({
          type: REFERRAL_NOT_RECORDED,
          message: `the referral could not be recorded: ${(err as Error).message}`,
          nonRetryable: true,
        });
      }
      await startChild(accountabilityReferralWorkflow, {
        workflowId,
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [referral],
        staticSummary: `问责移送 ${referralId}：${r.leader.name} → ${r.bodyName}`,
        // Supervisors find referrals as they find cases: "referrals in region X still awaiting an outcome".
        typedSearchAttributes: [
          { key: CaseSubject, value: input.subject.id },
          { key: CaseRegion, value: input.subject.regionId },
          { key: CaseStatus, value: 'awaiting-outcome' },
        ],
      });
      return { referralId, workflowId };
    },
    {
      validator: (r: ReferralRequest) => {
        if (s.status === 'withdrawn' || withdrawal) throw conflict('the case was withdrawn: nobody is referred on it');
        if (s.referrals.some((x) => x.leaderId === r.leader.id && x.body === r.body))
          throw conflict(`${r.leader.name} was already referred to ${BODY_NAMES[r.body]} on this case`);
        if (!r.reasons.trim()) throw invalid('a referral must give its reasons');
      },
    },
  );
  setHandler(
    reportRebound,
    (r: ReboundReport) => {
      rebound = r;
      return { rung: RUNGS[Math.min(RUNGS.length - 1, RUNGS.indexOf(s.rung) + 1)]! };
    },
    {
      validator: (r: ReboundReport) => {
        if (s.phase !== 'rebound-watch' || rebound)
          throw conflict(`a rebound reopens a rectified case during its watch; the case is ${PHASE_NAMES[s.phase]}`);
        if (!r.facts.trim()) throw invalid('describe the rebound');
      },
    },
  );

  // Art. 16 / 17 during the case (issue 11): the holding level records what comes to light. An aggravating
  // circumstance (应当从重) escalates the case now by the policy's rungs, with a document of its own citing Art. 16,
  // and forbids extensions; both kinds are cited in the documents that follow and carried into referrals.
  setHandler(
    recordCircumstance,
    (c: CircumstanceRecord) => {
      circumstances.push(c);
      let escalatesTo: Rung | null = null;
      if (c.kind === 'aggravating' && ['rectifying', 'awaiting-review', 'awaiting-talk'].includes(s.phase)) {
        const up = Math.max(1, rules(s.rung).aggravatingRungsUp);
        const to = RUNGS[Math.min(RUNGS.length - 1, RUNGS.indexOf(s.rung) + up)]!;
        if (to !== s.rung) {
          aggravation = { record: c, to };
          escalatesTo = to;
        }
      }
      pending.push({
        kind: 'circumstance-recorded',
        actor: c.recordedBy,
        detail: {
          kind: c.kind,
          article: c.kind === 'aggravating' ? 16 : 17,
          item: c.item,
          evidence: c.evidence,
          escalatesTo,
        },
        undo: () => {
          const i = circumstances.indexOf(c);
          if (i >= 0) circumstances.splice(i, 1);
          if (aggravation?.record === c) aggravation = undefined;
        },
      });
      return { rung: s.rung, escalatesTo };
    },
    {
      validator: (c: CircumstanceRecord) => {
        if (
          s.status !== 'open' ||
          withdrawal ||
          !['rectifying', 'awaiting-review', 'awaiting-talk', 'awaiting-veto-decision'].includes(s.phase)
        )
          throw conflict(`circumstances are recorded while the case is under way; it is ${PHASE_NAMES[s.phase]}`);
        const max = c.kind === 'aggravating' ? 4 : 3;
        if (!(Number.isInteger(c.item) && c.item >= 1 && c.item <= max))
          throw invalid(`Art. ${c.kind === 'aggravating' ? 16 : 17} has items 1 to ${max}`);
        if (!c.evidence.trim()) throw invalid('a circumstance is recorded with its evidence');
        if (c.kind === 'aggravating' && aggravation)
          throw conflict('an aggravating circumstance is already escalating the case; record this one after it');
      },
    },
  );

  // ---- helpers
  /**
   * The workflow's clock, never earlier than a deadline whose timer has fired. After a worker restart the SDK has been
   * seen to hand the timer's activation the previous task's time (issue 14 item 5: an 8 s timer "completed" a few
   * hundred ms after it started), so an escalation or the next rung's deadline computed from it would come before the
   * deadline that was missed. Only recorded times and computed deadlines read this; no branch does, so histories replay.
   */
  let clockFloor = 0;
  const now = () => new Date(Math.max(Date.now(), clockFloor));
  /** A timer meant to end at `at` has fired: whatever the clock says, it is now at least `at`. */
  const timerFiredAt = (at: number) => {
    clockFloor = Math.max(clockFloor, at);
  };
  /** What a supervisor reads in the Web UI against each activity and timer (issue 15: Chinese summaries). */
  const summary = (kind: string) => ({ summary: `记录：${caseEventTitle(kind)}` });
  /**
   * The case's records as local activities (issue 14), for cases started on this code; a case started before keeps
   * them as activities of their own to the end, so that its history replays unchanged.
   */
  const recordsLocal = patched('case-records-local');
  const writeEvent = recordsLocal ? recordCaseEventLocally : recordCaseEvent;
  const writeState = recordsLocal ? updateCaseStateLocally : updateCaseState;
  /** Records an event; returns its seq (taken before the await: a referral's handler may take the next one). */
  const event = async (kind: string, actor: string, detail: Record<string, unknown> = {}): Promise<number> => {
    const eventSeq = ++seq;
    const at = now().toISOString();
    try {
      await writeEvent.executeWithOptions(summary(kind), [
        { caseId: input.caseId, seq: eventSeq, at, kind, rung: s.rung, actor, detail },
      ]);
    } catch (err) {
      // A permanent failure never holds the ladder: the event is recorded without the content the database refused.
      const reason = permanentReason(err);
      if (reason === undefined) throw err;
      await writeEvent.executeWithOptions(summary(kind), [
        {
          caseId: input.caseId,
          seq: eventSeq,
          at,
          kind,
          rung: s.rung,
          actor: '系统',
          detail: { contentRefused: reason },
        },
      ]);
    }
    return eventSeq;
  };
  /** Records the acts the handlers accepted; one that cannot be recorded is taken back and recorded as refused. */
  /** Records one act a handler accepted; one that cannot be recorded is taken back and recorded as refused. */
  const recordAct = async (e: (typeof pending)[number]): Promise<void> => {
    const eventSeq = ++seq;
    const at = now().toISOString();
    const base = { caseId: input.caseId, seq: eventSeq, at, rung: s.rung };
    try {
      await writeEvent.executeWithOptions(summary(e.kind), [
        { ...base, kind: e.kind, actor: e.actor, detail: e.detail },
      ]);
    } catch (err) {
      const reason = permanentReason(err);
      if (reason === undefined) throw err;
      e.undo?.();
      await writeEvent.executeWithOptions(summary('act-refused'), [
        { ...base, kind: 'act-refused', actor: '系统', detail: { act: e.kind, reason } },
      ]);
    }
  };
  // The same depth of awaits as before acts could be refused (flush → an async recorder → the activity): the
  // order of commands within a workflow task depends on it, and recorded histories must replay unchanged.
  const flushPending = async () => {
    while (pending.length) {
      const e = pending.shift()!;
      await recordAct(e);
    }
  };
  const publish = async () => {
    upsertSearchAttributes([
      { key: CaseRung, value: s.rung },
      { key: CaseStatus, value: s.status },
      { key: CaseDeadline, value: s.deadline ? new Date(s.deadline) : null },
    ]);
    setCurrentDetails(
      `当前阶段：${RUNG_NAMES[s.rung]}（${PHASE_NAMES[s.phase]}）\n状态：${STATUS_NAMES[s.status]}` +
        (s.deadline ? `\n整改期限：${chineseDate(new Date(s.deadline))}` : '') +
        `\n整改报告：${s.reports.length} 份`,
    );
    await writeState.executeWithOptions({ summary: `登记案件状态：${RUNG_NAMES[s.rung]}，${PHASE_NAMES[s.phase]}` }, [
      {
        caseId: input.caseId,
        rung: s.rung,
        phase: s.phase,
        status: s.status,
        deadline: s.deadline,
        closedAt: s.status === 'open' ? null : now().toISOString(),
      },
    ]);
  };
  const issue = async (
    kind: DocumentKind,
    office: CaseOffice,
    deadline: string | null,
    escalatedFrom?: Rung,
    extra?: string,
    more: Pick<IssueDocumentInput['document'], 'talk' | 'declined' | 'filing' | 'reportTo'> = {},
  ) => {
    // What makes every sentence of the document true of the case (issue 12): why it starts where it does (its first
    // document, above the notice), a rebound rather than a missed deadline, the periods applied.
    const startReason = documentsIssued === 0 && input.startRung !== 'notice' ? input.startReason : undefined;
    const onRebound = reopenedOnRebound;
    reopenedOnRebound = undefined;
    documentsIssued++;
    const issuing = { summary: `签发${caseEventTitle(`document-issued:${kind}`)}（${office.name}）` };
    const args: Parameters<typeof issueCaseDocument>[0] = {
      caseId: input.caseId,
      seq: ++seq,
      at: now().toISOString(),
      kind: `document-issued:${kind}`,
      rung: s.rung,
      actor: office.name,
      detail: { kind, deadline },
      document: {
        kind,
        rung: s.rung,
        issuerName: office.name,
        issuerRegionId: office.regionId,
        issuerShortName: office.shortName,
        ...(office.organ ? { issuerOrgan: office.organ } : {}),
        subjectName: input.subject.name,
        grounds,
        facts: input.facts,
        deadline,
        escalatedFrom,
        extra,
        ...(startReason ? { startReason } : {}),
        ...(onRebound ? { reopenedOnRebound: onRebound } : {}),
        ...(kind === 'listing-notice' ? { barPeriod: upperRules.bars.listing } : {}),
        ...(kind === 'veto-decision' || kind === 'veto-filing' ? { barPeriod: upperRules.bars.veto } : {}),
        // Rectification under a veto is reported to the upper office, which reviews it.
        ...(kind === 'veto-decision' ? { reportTo: input.upperOffice.name } : {}),
        ...(kind === 'veto-proposal' ? { decidingCommittee: input.upperCommittee.name } : {}),
        ...more,
      },
    };
    let no: string;
    try {
      no = await issueCaseDocument.executeWithOptions(issuing, [args]);
    } catch (err) {
      // A permanent failure never holds the ladder (issue 10): the document is issued without the content the
      // database refused, and says so; its legal effect (number, rung, deadline) stands.
      const reason = permanentReason(err);
      if (reason === undefined) throw err;
      no = await issueCaseDocument.executeWithOptions(issuing, [
        {
          ...args,
          detail: { ...args.detail, contentRefused: reason },
          document: {
            ...args.document,
            facts: '（部分内容因含无法存储的字符而未予载入，详见案件记录）',
            extra: undefined,
            talk: undefined,
            declined: undefined,
            filing: undefined,
            reopenedOnRebound: undefined,
            startReason: undefined,
          },
        },
      ]);
    }
    s.documents.push(no);
    return no;
  };
  /** Waits for `done` until `until`, recording a reminder at each policy offset before it. False on timeout. */
  const waitWithReminders = async (done: () => boolean, until: Date, to: string): Promise<boolean> => {
    const due = `${s.phase === 'awaiting-talk' ? '约谈期限' : '整改期限'} ${chineseDate(until)}`;
    const offsets = rules(s.rung)
      .reminders.map((r) => fixedDurationMs(parseIsoDuration(r)!)!)
      .sort((a, b) => b - a);
    for (const offset of offsets) {
      const remindAt = until.getTime() - offset;
      if (remindAt <= Date.now()) continue;
      if (
        await condition(() => done() || pending.length > 0, remindAt - Date.now(), { summary: `催办提醒（${due}）` })
      ) {
        await flushPending();
        if (done()) return true;
        // An act arrived (e.g. a report): keep waiting for the same reminder moment.
        return waitWithReminders(done, until, to);
      }
      await event('reminder', '系统', { to, dueAt: until.toISOString() });
    }
    // The server starts a timer when the task that asked for it completes, not at the task's time that `left` is
    // computed from: a timer set in a task that took 800 ms (its records are local activities) fires 800 ms after the
    // deadline. So a long wait first lets the task that set it up finish (a timer of 1 ms), and sets its timer from
    // the fresh task that follows, in which nothing else happens: the deadline is then missed within the server's
    // dispatch of one timer, never before it (issue 14 (d)). Patch deadline-settles-first. A replayed history keeps
    // what it recorded: under patch deadline-settles a wait stopped DEADLINE_SETTLE_MS short of the deadline and set
    // the last timer then (an extra task at the deadline, which a single-shard server felt in a burst of deadlines);
    // with neither marker, one timer. Waits a case sets after its recorded history settle first, however it began.
    let settled = false;
    for (;;) {
      const left = until.getTime() - Date.now();
      if (left <= 0) return done();
      let wait = left;
      let settling = false;
      if (!settled && left > DEADLINE_SETTLE_MS) {
        if (patched('deadline-settles-first')) {
          wait = 1;
          settling = true;
        } else if (patched('deadline-settles')) {
          wait = left - DEADLINE_SETTLE_MS;
          settling = true;
        }
      }
      if (!(await condition(() => done() || pending.length > 0, wait, { summary: due }))) {
        if (settling) {
          settled = true;
          continue;
        }
        timerFiredAt(until.getTime());
        return done();
      }
      await flushPending();
      if (done()) return true;
      // The acts were recorded in this task: the next timer is set from a fresh one again.
      settled = false;
    }
  };

  /**
   * Starts the bars a listing or veto decision opens (Art. 15(3)(4)) as their own process, which outlives the
   * case: a rectified case does not end the six months or the year. Added after the first cases ran, hence the
   * patch marker (histories recorded before it replay without it).
   */
  const startBars = async (
    rung: 'listing' | 'veto',
    decisionEventSeq: number,
    documentNo: string | null,
    authority: CaseOffice,
  ) => {
    if (!patched('bars-from-decisions')) return;
    const decidedAt = now();
    // A case reopened on a rebound can be listed or vetoed again: each decision has its own bars.
    const round = (barRounds[rung] = (barRounds[rung] ?? 0) + 1);
    const barId = barWorkflowId(input.caseId, round > 1 ? `${rung}-r${round}` : rung, input.subject.id);
    barWorkflows.push(barId);
    barDecisions.push(decisionEventSeq);
    await startChild(barWorkflow, {
      workflowId: barId,
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [
        {
          caseId: input.caseId,
          rung,
          decisionEventSeq,
          decisionDocumentNo: documentNo,
          authority: { regionId: authority.regionId, name: authority.name },
          subject: { kind: input.subject.kind, id: input.subject.id, name: input.subject.name },
          decidedAt: decidedAt.toISOString(),
          endsAt: deadlineAfter(decidedAt, upperRules.bars[rung]).toISOString(),
          period: upperRules.bars[rung],
          ...(round > 1 ? { round } : {}),
        },
      ],
    });
  };

  /**
   * The basis of the next document when it is not (only) a missed deadline, with the Art. 16 / 17 circumstances
   * recorded during the case, which every later document cites. Undefined when there is nothing to add, so documents
   * of cases without them read as before.
   */
  const takeBasis = (): string | undefined => {
    const cited = circumstances.length
      ? `本案已认定${circumstances
          .map(
            (c) =>
              `第${c.kind === 'aggravating' ? '十六' : '十七'}条第${'一二三四'[c.item - 1]}项${c.kind === 'aggravating' ? '从重' : '从轻'}情形`,
          )
          .join('、')}。`
      : '';
    const basis = (documentBasis ?? '') + cited;
    documentBasis = undefined;
    return basis || undefined;
  };
  /** Art. 16: escalates now to the rung the aggravating circumstance calls for; the round's open acts lapse. */
  const escalateForAggravation = async () => {
    const a = aggravation!;
    aggravation = undefined;
    // From where the case stands now, at least one rung up (it may have escalated since the circumstance was recorded).
    const to = RUNGS[Math.min(RUNGS.length - 1, Math.max(RUNGS.indexOf(a.to), RUNGS.indexOf(s.rung) + 1))]!;
    for (const r of s.reports) if (r.status === 'pending') r.status = 'lapsed';
    extensionRequest = undefined;
    await event('aggravated', a.record.recordedBy, {
      article: 16,
      item: a.record.item,
      evidence: a.record.evidence,
      from: s.rung,
      to,
    });
    documentBasis = `经查，${input.subject.name}存在第十六条第${'一二三四'[a.record.item - 1]}项规定的情形（${a.record.evidence}），依照第十六条应当从重追究，由${RUNG_NAMES[s.rung]}提高至${RUNG_NAMES[to]}。`;
    escalatedFrom = undefined;
    s.rung = to;
  };
  const accepted = () => s.reports.slice(reportsFrom).some((r) => r.status === 'accepted' && r.rung === s.rung);
  const close = async (status: CaseStatusValue, kind: string, actor: string, detail: Record<string, unknown> = {}) => {
    await flushPending();
    s.status = status;
    s.phase = 'closed';
    s.deadline = null;
    // Acts of the round that closed lapse with it: a reopened case starts afresh, and nothing is decided on a closed one.
    extensionRequest = undefined;
    for (const r of s.reports) if (r.status === 'pending') r.status = 'lapsed';
    await event(kind, actor, detail);
    await publish();
  };

  // ---- the ladder: one named step per rung (Art. 15), then the rectification window and what follows it

  let escalatedFrom: Rung | undefined;
  let firstDeadline = input.explicitDeadline;
  /**
   * What a step leaves the ladder to do next: open the rectification window on the rung's deadline, run the loop
   * again on a rung the step changed, close as withdrawn, or end (the case is closed and nothing more is awaited).
   */
  type Next = 'rectify' | 'again' | 'withdrawn' | 'done';

  /** Art. 15(4): the upper committee's veto decision — or (¶3) the supervising unit's, on the local recommendation. */
  const vetoStep = async (): Promise<Next> => {
    // An aggravating circumstance not yet applied when the case reached the veto has nothing above it: it stays on
    // record (its event), and is cited in the documents that follow.
    aggravation = undefined;
    // Art. 15(4): the upper committee decides, jointly with the departments concerned; the case waits.
    s.phase = 'awaiting-veto-decision';
    s.deadline = null;
    // Art. 15(4) ¶3: a unit stationed locally by the centre or the province is not vetoed by the upper committee;
    // the local committee recommends it in writing to the unit's supervising unit and the upper committee, and the
    // case waits for the answer. (Added later: the patch marker keeps earlier histories replaying.)
    const recommendation =
      !!input.subject.stationedBy && !!input.localCommittee && patched('stationed-veto-recommendation');
    recommendationPath = recommendation;
    const awaitedFrom = recommendation ? (input.subject.supervisingUnitName ?? '主管单位') : input.upperCommittee.name;
    if (recommendation) {
      await issue(
        'veto-recommendation',
        input.localCommittee!,
        null,
        escalatedFrom,
        `${takeBasis() ?? ''}经研究，建议${awaitedFrom}对其实行一票否决权制，并抄报${input.upperCommittee.name}。请予研究并函复。`,
      );
    } else {
      await issue('veto-proposal', input.upperOffice, null, escalatedFrom, takeBasis());
    }
    await publish();
    const every = fixedDurationMs(parseIsoDuration(upperRules.vetoDecisionReminderEvery)!)!;
    while (!veto && !withdrawal) {
      if (!(await condition(() => !!veto || !!withdrawal, every, { summary: `待${awaitedFrom}作出决定（届时提醒）` })))
        await event('reminder', '系统', { to: awaitedFrom, awaiting: 'veto-decision' });
    }
    if (withdrawal) return 'withdrawn';
    const decision = veto!;
    veto = undefined;
    decidingBars = decision.decision === 'imposed';
    if (decision.decision === 'declined') {
      await event('veto-declined', decision.decidedBy, {
        departments: decision.departments,
        reasons: decision.reasons,
        newDeadline: decision.newDeadline,
        ...(decision.then ? { then: decision.then } : {}),
      });
      // The committee's decision not to veto is a document of its own (issue 12), unless the decision came from a
      // supervising unit's reply (Art. 15(4) ¶3), which is that unit's own document.
      if (!recommendation && patched('official-documents')) {
        await issue('veto-declined', input.upperCommittee, null, undefined, undefined, {
          declined: {
            then: decision.then ?? null,
            reasons: decision.reasons,
            departments: decision.departments,
            newDeadline: decision.newDeadline ?? null,
          },
          reportTo: input.upperOffice.name,
        });
      }
      if (decision.then === 'close') {
        // Closed with the committee's reasons: no listing, no bars, nothing to watch.
        await close('dismissed', 'closed-by-committee', decision.decidedBy, { reasons: decision.reasons });
        return 'done';
      }
      s.rung = 'listing';
      if (decision.then === 'list') {
        // Never listed: the upper office lists it now, by its own decision and document, with its bars (Art. 15(3)).
        documentBasis = `经${input.upperCommittee.name}研究，决定不予实行一票否决权制，对其实行挂牌督办。`;
        firstDeadline = decision.deadline ?? undefined;
        escalatedFrom = undefined;
        return 'again';
      }
      s.deadline = decision.newDeadline!;
    } else {
      s.deadline = decision.deadline;
      // The decision is the start of the one-year bars (Art. 15(4) ¶2): recorded with its document.
      const decisionSeq = await event('veto-imposed', decision.decidedBy, {
        departments: decision.departments,
        reasons: decision.reasons,
        barPeriod: upperRules.bars.veto,
        decidedAt: now().toISOString(),
        ...(recommendation ? { decidedByBody: awaitedFrom, documentNo: decision.documentNo ?? null } : {}),
      });
      if (recommendation) {
        // The supervising unit decided, by its own document; the bars run from the reply the local committee recorded.
        await startBars('veto', decisionSeq, decision.documentNo ?? null, input.localCommittee!);
      } else {
        const vetoDocument = await issue('veto-decision', input.upperCommittee, s.deadline, undefined);
        await startBars('veto', decisionSeq, vetoDocument, input.upperCommittee);
        // Art. 15(4) ¶2: reported to the upper departments and filed, by a document of its own (issue 12).
        if (patched('official-documents')) {
          await issue('veto-filing', input.upperCommittee, null, undefined, undefined, {
            filing: { decisionNo: vetoDocument, decidedAt: now().toISOString(), departments: decision.departments },
          });
        }
      }
    }
    return 'rectify';
  };

  /** Art. 15(2): the upper office's talk with the leaders, which sets the next deadline. */
  const talkStep = async (): Promise<Next> => {
    // Art. 15(2): the upper-level office director talks with the leaders; the talk sets a new deadline.
    s.phase = 'awaiting-talk';
    s.deadline = null;
    await issue('talk-notice', input.upperOffice, null, escalatedFrom, takeBasis());
    await publish();
    const holdBy = deadlineAfter(now(), upperRules.talkHoldWithin);
    if (!(await waitWithReminders(() => !!talk || !!withdrawal || !!aggravation, holdBy, input.upperOffice.name))) {
      await event('talk-overdue', '系统', { holdBy: holdBy.toISOString() });
      await condition(() => !!talk || !!withdrawal || !!aggravation);
    }
    if (withdrawal) return 'withdrawn';
    // An aggravating circumstance while the talk is awaited escalates now — once it is on record (a refused one is
    // taken back, and the talk is awaited again).
    let raised = false;
    while (!talk && !withdrawal && aggravation) {
      await flushPending();
      if (aggravation) {
        await escalateForAggravation();
        raised = true;
        break;
      }
      await condition(() => !!talk || !!withdrawal || !!aggravation);
    }
    if (withdrawal) return 'withdrawn';
    if (raised) return 'again';
    const record = talk!;
    s.deadline =
      record.rectificationDeadline ??
      deadlineAfter(new Date(record.heldAt), upperRules.rectification.talk).toISOString();
    await event('talk-held', record.conductedBy, {
      heldAt: record.heldAt,
      participants: record.participants,
      minutes: record.minutes,
      deadline: s.deadline,
      ...(record.heldBy ? { heldBy: record.heldBy, attendees: record.attendees, absences: record.absences } : {}),
    });
    // The talk record (约谈纪要) is a document of its own (issue 12). Added later: the patch marker keeps earlier
    // histories replaying.
    if (patched('official-documents')) {
      await issue('talk-record', input.upperOffice, null, undefined, undefined, {
        talk: {
          heldAt: record.heldAt,
          heldBy: record.heldBy
            ? `${record.heldBy.title ?? roleLabel(record.heldBy.role) ?? ''}${record.heldBy.name}`
            : record.conductedBy,
          attendees: (record.attendees ?? record.participants.map((p) => ({ name: p.name, role: p.role }))).map(
            (a) => `${a.name}（${roleLabel(a.role)}）`,
          ),
          absences: (record.absences ?? []).map((a) => `${a.name ?? roleLabel(a.role)}（${a.reason}）`),
          minutes: record.minutes,
          deadline: s.deadline,
        },
      });
    }
    return 'rectify';
  };

  /** Art. 15(1) the notice, or 15(3) the listing with its six-month bars: each with its rectification deadline. */
  const deadlineStep = async (): Promise<Next> => {
    s.deadline = firstDeadline ?? deadlineAfter(now(), rules(s.rung).rectification[s.rung]).toISOString();
    if (s.rung === 'listing') {
      decidingBars = true;
      // The listing decision is the start of the six-month bars (Art. 15(3) ¶2).
      const listingDocument = await issue('listing-notice', input.upperOffice, s.deadline, escalatedFrom, takeBasis());
      listed = true;
      const decisionSeq = await event('listing-decided', input.upperOffice.name, {
        barPeriod: upperRules.bars.listing,
        decidedAt: now().toISOString(),
      });
      await startBars('listing', decisionSeq, listingDocument, input.upperOffice);
    } else {
      await issue('notice', input.openingOffice, s.deadline, escalatedFrom);
    }
    return 'rectify';
  };

  /** The rectification window: reports, reviews, extensions and reminders, until the deadline. */
  const rectificationWindow = async (): Promise<'rectified' | 'missed' | 'again' | 'withdrawn'> => {
    // The rectification window: reports, reviews, reminders, until the deadline.
    s.phase = 'rectifying';
    await publish();
    const done = () => accepted() || !!withdrawal || !!aggravation;
    // A granted extension moves the deadline: wait again, with reminders for the new one. Without one, this is a
    // single wait, exactly as before extensions existed (so recorded histories replay unchanged).
    let ok = false;
    for (;;) {
      const waitingFor = s.deadline!;
      ok = await waitWithReminders(() => done() || s.deadline !== waitingFor, new Date(waitingFor), input.subject.name);
      if (s.deadline === waitingFor) break;
      await publish();
    }
    ok = ok && done();
    if (!ok && s.reports.some((r) => r.status === 'pending' && r.rung === s.rung)) {
      // A report handed in before the deadline is reviewed before anything escalates.
      s.phase = 'awaiting-review';
      await publish();
      await condition(() => done() || !s.reports.some((r) => r.status === 'pending') || pending.length > 0);
      await flushPending();
      ok = done();
    }
    await flushPending();
    if (withdrawal) return 'withdrawn';
    // An aggravating circumstance found during the window escalates now, before anything else (a report accepted
    // while 弄虚作假 came to light does not close the case).
    if (aggravation) {
      await escalateForAggravation();
      return 'again';
    }
    return ok ? 'rectified' : 'missed';
  };

  /** Rectified and closed: Art. 14(5)'s watch for a rebound, which reopens the case a rung higher. */
  const afterRectified = async (): Promise<'again' | 'done'> => {
    await close('rectified', 'rectified', '系统', { rung: s.rung });
    // Art. 14(5): watched for a rebound; one reported reopens the case a rung higher. (Added later: patch marker.)
    if (patched('after-close-watch')) {
      const until = deadlineAfter(now(), afterClose.reboundWatch);
      s.phase = 'rebound-watch';
      s.watchUntil = until.toISOString();
      await publish();
      if (
        !(await condition(() => !!rebound, Math.max(0, until.getTime() - Date.now()), {
          summary: `反弹观察期至 ${chineseDate(until)}`,
        }))
      )
        timerFiredAt(until.getTime());
      s.watchUntil = null;
      if (rebound) {
        const from = s.rung;
        s.rung = RUNGS[Math.min(RUNGS.length - 1, RUNGS.indexOf(from) + 1)]!;
        s.status = 'open';
        reportsFrom = s.reports.length;
        listed = false;
        await event('reopened-on-rebound', rebound.reportedBy, { facts: rebound.facts, from, to: s.rung });
        // Art. 14(5): the subject rectified and then rebounded — ground 5, not a missed deadline (issue 12).
        reopenedOnRebound = { from, facts: rebound.facts };
        if (!grounds.includes(5)) grounds.push(5);
        rebound = undefined;
        escalatedFrom = undefined;
        return 'again';
      }
      s.phase = 'closed';
      await event('rebound-watch-ended', '系统', { until: until.toISOString() });
      await publish();
    }
    return 'done';
  };

  /** Unrectified after the veto: Art. 15(5)'s window for the accountability referrals. */
  const afterVetoUnrectified = async (): Promise<void> => {
    await close('unrectified', 'deadline-missed', '系统', {
      rung: s.rung,
      note: '一票否决后仍未按期完成整改，待问责',
    });
    // Art. 15(5): the leaders are to be held to account; the case stays open for their referrals, the upper
    // committee reminded until one is made. (Added later: patch marker.)
    if (patched('after-close-watch')) {
      const until = deadlineAfter(now(), afterClose.accountabilityWindow);
      const every = fixedDurationMs(parseIsoDuration(afterClose.referralReminderEvery)!)!;
      s.phase = 'awaiting-accountability';
      s.watchUntil = until.toISOString();
      await publish();
      for (;;) {
        const left = until.getTime() - Date.now();
        if (left <= 0) break;
        const referred = s.referrals.length;
        if (
          await condition(() => s.referrals.length > referred, Math.min(every, left), {
            summary: `问责期限 ${chineseDate(until)}（未移送问责则提醒）`,
          })
        )
          continue;
        if (Date.now() < until.getTime() && s.referrals.length === 0)
          await event('reminder', '系统', { to: input.upperCommittee.name, awaiting: 'accountability-referral' });
      }
      s.phase = 'closed';
      s.watchUntil = null;
      await event('accountability-window-ended', '系统', { referrals: s.referrals.length });
      await publish();
    }
  };

  await event('opened', input.openedBy, {
    severity: input.severity,
    grounds: input.grounds,
    startRung: input.startRung,
    reason: input.startReason,
  });
  for (;;) {
    if (withdrawal) break;
    const next = s.rung === 'veto' ? await vetoStep() : s.rung === 'talk' ? await talkStep() : await deadlineStep();
    decidingBars = false;
    if (next === 'withdrawn') break;
    if (next === 'again') continue;
    if (next === 'done') {
      await condition(allHandlersFinished);
      return s;
    }
    firstDeadline = undefined;
    const outcome = await rectificationWindow();
    if (outcome === 'withdrawn') break;
    if (outcome === 'again') continue;
    if (outcome === 'rectified') {
      if ((await afterRectified()) === 'again') continue;
      await condition(allHandlersFinished);
      return s;
    }
    if (s.rung === 'veto') {
      await afterVetoUnrectified();
      await condition(allHandlersFinished);
      return s;
    }
    // Missed: one rung up (Art. 15), the next rung's document citing the missed deadline.
    const up = RUNGS[RUNGS.indexOf(s.rung) + 1]!;
    await event('escalated', '系统', { from: s.rung, to: up, missedDeadline: s.deadline });
    escalatedFrom = s.rung;
    s.rung = up;
  }

  // The bars of the case's decisions, revoked in the same act by the authority the API checked (Art. 15(3)(4)): sent
  // only once the withdrawal is accepted, so a refused one revokes nothing. (Added later: the patch marker.)
  if (withdrawal!.barsRevoked?.length && patched('withdrawal-revokes-bars')) {
    for (const id of barWorkflows) {
      try {
        await getExternalWorkflowHandle(id).signal(revokeBarOnWithdrawal, {
          by: withdrawal!.withdrawnBy,
          reason: `撤销案件：${withdrawal!.reason}`,
        });
      } catch {
        // That bar has already lapsed or been revoked: nothing to undo.
      }
    }
  }
  await close('withdrawn', 'withdrawn', withdrawal!.withdrawnBy, {
    reason: withdrawal!.reason,
    ...(withdrawal!.level ? { level: withdrawal!.level } : {}),
    ...(withdrawal!.barsRevoked?.length ? { barsRevoked: withdrawal!.barsRevoked } : {}),
  });
  await condition(allHandlersFinished);
  return s;
}
