/**
 * The annual cycle (Art. 7, 8, 10–13; DESIGN.md §6). A Temporal Schedule (Asia/Shanghai, early January by default)
 * starts {@link annualCycleLauncherWorkflow}, which starts the year's {@link annualCycleWorkflow} once — a year's id
 * can never run twice. The cycle issues the pledges top-down, level by level (each committee's round is its own
 * workflow; each pledge its own, waiting for the signature), opens the work reports at year end, then the
 * assessment (a failing grade opens one accountability case on Art. 14 ground 4), then the commendations.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  ParentClosePolicy,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  sleep,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
  WorkflowIdReusePolicy,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../activities';
import type { PledgeState } from '../domain/annual';
import { shanghaiYear, type AnnualPolicy } from '../domain/annual';
import { addDuration, chineseDate, deadlineAfter } from '../domain/calendar';
import { fixedDurationMs, parseIsoDuration } from '../domain/duration';
import { permanentReason } from '../domain/failures';
import { caseStartOptions } from '../domain/caseOpening';
import { CaseRegion, CaseStatus, TemporalScheduledStartTime } from '../domain/searchAttributes';
import { accountabilityCaseWorkflow } from './accountabilityCase';

export const annualCycleWorkflowId = (year: number) => `annual-cycle-${year}`;
export const committeePledgesWorkflowId = (year: number, regionId: string) => `pledges-${year}-${regionId}`;
export const pledgeWorkflowId = (pledgeId: string) => `pledge-${pledgeId}`;
export const ANNUAL_SCHEDULE_ID = 'annual-cycle';

const acts = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

// ---------------------------------------------------------------- the schedule's action

/**
 * Started by the schedule: the year is that of the scheduled time (a backfilled run gets its own year), and its
 * cycle is started unless that year already has one.
 */
export async function annualCycleLauncherWorkflow(): Promise<{ year: number; started: boolean }> {
  const info = workflowInfo();
  const scheduled = info.typedSearchAttributes.get(TemporalScheduledStartTime) ?? info.startTime;
  const year = shanghaiYear(scheduled);
  try {
    await startChild(annualCycleWorkflow, {
      workflowId: annualCycleWorkflowId(year),
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [{ year, startedBy: 'schedule' }],
      staticSummary: `${year}年度社会治安综合治理责任制工作`,
    });
    return { year, started: true };
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return { year, started: false };
    throw err;
  }
}

// ---------------------------------------------------------------- the year

export interface AnnualCycleInput {
  year: number;
  startedBy: string;
  /** Pinned by the caller (tests, drills); otherwise the province's policy in force at the start. */
  policy?: AnnualPolicy;
}

export interface AnnualCycleState {
  year: number;
  stage: 'pledges' | 'work-reports' | 'assessment' | 'commendations' | 'completed';
  until: string | null;
  pledgeRounds: number;
  casesOpened: string[];
}

export const getAnnualCycleState = defineQuery<AnnualCycleState>('getAnnualCycleState');

const STAGE_NAMES: Record<AnnualCycleState['stage'], string> = {
  pledges: '签订责任状',
  'work-reports': '年终述职报告',
  assessment: '年度考核评价',
  commendations: '评选表彰',
  completed: '已完成',
};

export async function annualCycleWorkflow(input: AnnualCycleInput): Promise<AnnualCycleState> {
  const s: AnnualCycleState = { year: input.year, stage: 'pledges', until: null, pledgeRounds: 0, casesOpened: [] };
  setHandler(getAnnualCycleState, () => s);
  const stage = async (next: AnnualCycleState['stage'], until: Date | null) => {
    s.stage = next;
    s.until = until?.toISOString() ?? null;
    upsertSearchAttributes([{ key: CaseStatus, value: next }]);
    setCurrentDetails(
      `${input.year}年度：${STAGE_NAMES[next]}` +
        (until ? `\n本阶段截止：${chineseDate(until)}` : '') +
        (s.casesOpened.length ? `\n考核不合格立案：${s.casesOpened.join('、')}` : ''),
    );
    await acts.setAnnualStage({ year: input.year, stage: next, until: s.until });
  };

  const opened = await acts.openAnnualCycle({
    year: input.year,
    startedBy: input.startedBy,
    at: new Date().toISOString(),
    policy: input.policy ?? null,
  });
  const policy = opened.policy;
  const startedAt = new Date(opened.startedAt);
  upsertSearchAttributes([{ key: CaseRegion, value: opened.roots.map((r) => r.id).join(',') || 'none' }]);

  // Art. 7: each year's pledges, from the top, level by level.
  await stage('pledges', deadlineAfter(startedAt, policy.pledgeSignWithin));
  for (const root of opened.roots) {
    // The round lives until the pledges' year ends; the cycle goes on meanwhile (and outlives it).
    await startChild(committeePledgesWorkflow, {
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowId: committeePledgesWorkflowId(input.year, root.id),
      args: [{ year: input.year, regionId: root.id, policy }],
    });
    s.pledgeRounds++;
  }

  // Art. 8: at year end, the member units' and lower committees' reports, by a deadline, reminded before it.
  const reportsOpen = addDuration(startedAt, policy.reportsOpenAfter);
  if (reportsOpen.getTime() > Date.now())
    await sleep(reportsOpen.getTime() - Date.now(), { summary: `工作报告开始报送 ${chineseDate(reportsOpen)}` });
  const reportsDue = deadlineAfter(new Date(), policy.reportsDueWithin);
  // The reports are opened before the stage says so, so whoever sees the stage can file.
  await acts.openWorkReports({ year: input.year, deadline: reportsDue.toISOString() });
  await stage('work-reports', reportsDue);
  const offsets = policy.reportReminders.map((r) => fixedDurationMs(parseIsoDuration(r)!)!).sort((a, b) => b - a);
  for (const [i, offset] of offsets.entries()) {
    const at = reportsDue.getTime() - offset;
    if (at <= Date.now()) continue;
    await sleep(at - Date.now(), { summary: `催报工作报告（截止 ${chineseDate(reportsDue)}）` });
    await acts.remindWorkReports({ year: input.year, n: i + 1 });
  }
  if (reportsDue.getTime() > Date.now())
    await sleep(reportsDue.getTime() - Date.now(), { summary: `工作报告报送截止 ${chineseDate(reportsDue)}` });
  await acts.closeWorkReports({ year: input.year, at: new Date().toISOString() });

  // Art. 10: scores entered by the offices, then the results; a failing grade opens a case (Art. 14 ground 4).
  const scoresDue = deadlineAfter(new Date(), policy.scoresDueWithin);
  await acts.openAssessment({ year: input.year, deadline: scoresDue.toISOString() });
  await stage('assessment', scoresDue);
  await sleep(scoresDue.getTime() - Date.now(), { summary: `考核评分录入截止 ${chineseDate(scoresDue)}` });
  const failing = await acts.computeAssessment({ year: input.year, policy, at: new Date().toISOString() });
  for (const subject of failing) {
    const prepared = await acts.prepareAssessmentCase({ year: input.year, subject, at: new Date().toISOString() });
    if (!prepared) continue;
    try {
      // The one door's start options (domain/caseOpening.ts), as the API's; the static details are new, and only
      // the summary and details differ from before, neither of which replay compares.
      await startChild(accountabilityCaseWorkflow, {
        ...caseStartOptions(prepared.input, { kind: 'assessment', id: String(input.year), label: '年度考核不合格' }),
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [prepared.input],
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
    s.casesOpened.push(prepared.caseId);
  }

  // Art. 12–13: nominations from the results, checked against the bars; the province decides within the window.
  const nominationsClose = deadlineAfter(new Date(), policy.nominationsWithin);
  await acts.nominateFromResults({ year: input.year, at: new Date().toISOString() });
  await stage('commendations', nominationsClose);
  await sleep(nominationsClose.getTime() - Date.now(), { summary: `表彰推荐截止 ${chineseDate(nominationsClose)}` });
  await stage('completed', null);
  return s;
}

// ---------------------------------------------------------------- a committee's round of pledges

export interface CommitteePledgesInput {
  year: number;
  regionId: string;
  policy: AnnualPolicy;
}

/**
 * One committee's pledges (Art. 7 自上而下层层签订): with each member unit and each committee one level down, each a
 * child process waiting for its signature; then the committees one level down start their own rounds.
 */
export async function committeePledgesWorkflow(
  input: CommitteePledgesInput,
): Promise<{ pledges: number; lowerRounds: number }> {
  const issuedAt = new Date();
  const deadline = deadlineAfter(issuedAt, input.policy.pledgeSignWithin);
  const yearEnd = new Date(Date.UTC(input.year, 11, 31, 16, 0, 0)); // the end of 31 December, Asia/Shanghai
  const issued = await acts.issuePledges({
    year: input.year,
    regionId: input.regionId,
    at: issuedAt.toISOString(),
    deadline: deadline.toISOString(),
  });
  upsertSearchAttributes([
    { key: CaseRegion, value: input.regionId },
    { key: CaseStatus, value: 'issued' },
  ]);
  setCurrentDetails(
    `${input.year}年度 ${issued.committeeName}：责任状 ${issued.pledges.length} 份，下一级 ${issued.lower.length} 个`,
  );
  // Level by level: once this committee's pledges are issued, each committee one level down starts its own round
  // (with its members and the level below it) — started first, so the levels issue in parallel.
  const running: Array<Promise<unknown>> = [];
  for (const lower of issued.lower) {
    const h = await startChild(committeePledgesWorkflow, {
      workflowId: committeePledgesWorkflowId(input.year, lower),
      args: [{ ...input, regionId: lower }],
    });
    running.push(h.result());
  }
  // Each pledge is a child; the round lives as long as its pledges (to the year's end) and the rounds below it, so
  // the Web UI shows each committee's pledges under it. Started in batches to keep each workflow task bounded.
  const BATCH = 200;
  for (let i = 0; i < issued.pledges.length; i += BATCH) {
    const handles = await Promise.all(
      issued.pledges.slice(i, i + BATCH).map((p) =>
        startChild(pledgeWorkflow, {
          workflowId: pledgeWorkflowId(p.id),
          staticSummary: `${input.year}年度综治工作责任状：${issued.committeeName} — ${p.partyName}`,
          typedSearchAttributes: [{ key: CaseRegion, value: input.regionId }],
          args: [
            {
              pledgeId: p.id,
              year: input.year,
              partyName: p.partyName,
              deadline: deadline.toISOString(),
              yearEnd: yearEnd.toISOString(),
              signWithin: input.policy.pledgeSignWithin,
              reminders: input.policy.pledgeReminders,
            },
          ],
        }),
      ),
    );
    running.push(...handles.map((h) => h.result()));
  }
  upsertSearchAttributes([{ key: CaseStatus, value: 'awaiting-signatures' }]);
  await Promise.all(running);
  return { pledges: issued.pledges.length, lowerRounds: issued.lower.length };
}

// ---------------------------------------------------------------- one pledge

export interface PledgeInput {
  pledgeId: string;
  year: number;
  partyName: string;
  deadline: string;
  /** After this the pledge's year is over: an unsigned pledge is recorded as such and the process ends. */
  yearEnd: string;
  signWithin: string;
  reminders: string[];
}

export type { PledgeState } from '../domain/annual';

export interface PledgeSignature {
  /** The version signed: a signature on a superseded text is refused. */
  version: number;
  signedBy: string;
  /** Who signed for the party, e.g. its principal leader. */
  signatory: string;
}
export interface PledgeRevision {
  content: { points: Array<{ point: string; target: string }> };
  reason: string;
  revisedBy: string;
}

export const PLEDGE_STATE_CONFLICT = 'PledgeStateConflict';
export const signPledge = defineUpdate<PledgeState, [PledgeSignature]>('signPledge');
export const revisePledge = defineUpdate<PledgeState, [PledgeRevision]>('revisePledge');
export const getPledgeState = defineQuery<PledgeState>('getPledgeState');

export async function pledgeWorkflow(input: PledgeInput): Promise<PledgeState> {
  const s: PledgeState = {
    pledgeId: input.pledgeId,
    version: 1,
    status: 'awaiting-signature',
    deadline: input.deadline,
    signedVersion: null,
    reminders: 0,
  };
  let seq = 0;
  /** Acts to record; `undo` takes one back if the database refuses it (issue 10: never retried while a deadline waits). */
  const pending: Array<{ kind: string; actor: string; detail: Record<string, unknown>; undo?: () => void }> = [];
  const conflict = (message: string) =>
    ApplicationFailure.create({ type: PLEDGE_STATE_CONFLICT, message, nonRetryable: true });
  setHandler(getPledgeState, () => s);
  setHandler(
    signPledge,
    (sig: PledgeSignature) => {
      const before = s.status;
      s.status = 'signed';
      s.signedVersion = sig.version;
      pending.push({
        kind: 'signed',
        actor: sig.signedBy,
        detail: { version: sig.version, signatory: sig.signatory },
        undo: () => {
          if (s.status === 'signed' && s.signedVersion === sig.version) {
            s.status = before;
            s.signedVersion = null;
          }
        },
      });
      return s;
    },
    {
      validator: (sig: PledgeSignature) => {
        if (s.status === 'signed') throw conflict(`version ${s.signedVersion} is already signed`);
        if (s.status === 'unsigned') throw conflict('the pledge’s year is over');
        if (sig.version !== s.version) throw conflict(`version ${sig.version} was superseded by version ${s.version}`);
      },
    },
  );
  setHandler(
    revisePledge,
    (r: PledgeRevision) => {
      s.version += 1;
      s.status = 'awaiting-signature';
      s.signedVersion = null;
      s.deadline = deadlineAfter(new Date(), input.signWithin).toISOString();
      pending.push({
        kind: 'revised',
        actor: r.revisedBy,
        detail: { version: s.version, content: r.content, reason: r.reason },
      });
      return s;
    },
    {
      validator: (_r: PledgeRevision) => {
        if (s.status === 'unsigned' || Date.now() >= Date.parse(input.yearEnd))
          throw conflict('the pledge’s year is over');
      },
    },
  );

  const record = async (kind: string, actor: string, detail: Record<string, unknown> = {}) => {
    await acts.recordPledgeEvent({
      pledgeId: input.pledgeId,
      seq: ++seq,
      at: new Date().toISOString(),
      kind,
      actor,
      detail,
      state: { ...s },
    });
  };
  const flush = async () => {
    while (pending.length) {
      const e = pending.shift()!;
      try {
        await record(e.kind, e.actor, e.detail);
      } catch (err) {
        const reason = permanentReason(err);
        if (reason === undefined) throw err;
        e.undo?.();
        seq -= 1; // nothing was written at that seq (the activity's transaction rolled back): the refusal takes it
        await record('act-refused', '系统', { act: e.kind, reason });
      }
    }
  };
  const yearEnd = Date.parse(input.yearEnd);
  const offsets = input.reminders.map((r) => fixedDurationMs(parseIsoDuration(r)!)!).sort((a, b) => b - a);

  while (Date.now() < yearEnd) {
    if (s.status === 'awaiting-signature') {
      // Reminders before the deadline, then the deadline itself.
      const deadline = Date.parse(s.deadline);
      const version = s.version;
      const moments = [...offsets.map((o) => deadline - o).filter((t) => t > Date.now()), deadline];
      let changed = false;
      for (const [i, at] of moments.entries()) {
        const wait = Math.max(0, Math.min(at, yearEnd) - Date.now());
        if (
          await condition(
            () => pending.length > 0 || s.version !== version || s.status !== 'awaiting-signature',
            wait,
            {
              summary:
                i < moments.length - 1
                  ? `催签责任书（期限 ${chineseDate(new Date(deadline))}）`
                  : `责任书签订期限 ${chineseDate(new Date(deadline))}`,
            },
          )
        ) {
          changed = true;
          break;
        }
        if (i < moments.length - 1) {
          s.reminders++;
          await record('reminder', '系统', { n: s.reminders, deadline: s.deadline });
        }
      }
      await flush();
      if (!changed && s.status === 'awaiting-signature' && Date.now() < yearEnd) {
        // Art. 7: unsigned by the deadline: reported to the committee; it may still be signed this year.
        s.status = 'overdue';
        await record('overdue', '系统', { deadline: s.deadline });
      }
    } else {
      // Signed or overdue: wait for a signature, a revision, or the end of the year.
      const status = s.status;
      const version = s.version;
      await condition(
        () => pending.length > 0 || s.status !== status || s.version !== version,
        Math.max(0, yearEnd - Date.now()),
        { summary: `责任书履行至年度终了 ${chineseDate(new Date(yearEnd))}` },
      );
      await flush();
    }
  }
  await flush();
  if (s.status !== 'signed') {
    s.status = 'unsigned';
    await record('unsigned', '系统', { version: s.version });
  }
  await condition(allHandlersFinished);
  return s;
}
