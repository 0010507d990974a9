/**
 * One supervision item (Art. 9, 督查督办): assigned by an office to the responsible units with a deadline, it runs
 * until the office has concluded it.
 *
 * - handling: the units report progress every policy period (a silent unit is asked, 催报); reminders go out before
 *   the deadline and after it while overdue (催办); the card turns yellow, then red, as the deadline nears (绿黄红牌);
 *   the lead unit reports completion, the office accepts it or returns it (with a new deadline, or the old one);
 * - findings (查明原因和漏洞): the office records the causes and loopholes, a rectification deadline (限期整改) that runs
 *   like the first one, and an accountability recommendation (领导责任追究建议);
 * - the case: the office turns the recommendation into a case through the one door (the API), then links it here.
 *
 * An unannounced inspection (暗访) stays unknown to the inspected until its findings are recorded: the workflow
 * notifies only the responsible units before that (and db/notifications.ts refuses a notice to the inspected).
 */
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  defineQuery,
  defineUpdate,
  log,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { ItemNotice } from '../activities/supervision';
import { chineseDate, SHANGHAI_OFFSET_MS } from '../domain/calendar';
import { permanentReason } from '../domain/failures';
import { CaseDeadline, CaseStatus } from '../domain/searchAttributes';
import {
  CARD_NAMES,
  cardOf,
  fixedMs,
  INVALID_ITEM_ACT,
  ITEM_STATE_CONFLICT,
  ITEM_STATUS_NAMES,
  momentsOf,
  RECOMMENDATION_GROUNDS,
  type CaseLink,
  type CompletionReport,
  type CompletionReview,
  type Findings,
  type Moment,
  type ProgressReport,
  type Recommendation,
  type SupervisionItemInput,
  type SupervisionItemState,
} from '../domain/supervision';

export type { SupervisionItemInput, SupervisionItemState } from '../domain/supervision';
export { supervisionItemWorkflowId } from '../domain/supervision';

/** A responsible unit reports progress (进展情况). */
export const reportItemProgress = defineUpdate<SupervisionItemState, [ProgressReport]>('reportItemProgress');
/** The lead unit (or, in rectification, the inspected) reports the item done (办结). */
export const reportItemCompletion = defineUpdate<SupervisionItemState, [CompletionReport]>('reportItemCompletion');
/** The office accepts or returns the completion. */
export const reviewItemCompletion = defineUpdate<SupervisionItemState, [CompletionReview]>('reviewItemCompletion');
/** The office records its findings, a rectification deadline and an accountability recommendation. */
export const recordItemFindings = defineUpdate<SupervisionItemState, [Findings]>('recordItemFindings');
/** The case the office opened from the recommendation (through the one door), linked back to the item. */
export const linkItemToCase = defineUpdate<SupervisionItemState, [CaseLink]>('linkItemToCase');
export const getSupervisionItemState = defineQuery<SupervisionItemState>('getSupervisionItemState');

const { recordSupervisionEvent } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

interface Pending {
  kind: string;
  actor: string;
  detail: Record<string, unknown>;
  notify?: ItemNotice[];
  findings?: Findings;
}

/** A date (and, for a drill's second-scale periods, a time) in the words of a notice, Asia/Shanghai. */
function when(iso: string, drill: boolean): string {
  const at = new Date(iso);
  if (!drill) return chineseDate(at);
  const hhmmss = new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(11, 19);
  return `${chineseDate(at)} ${hhmmss}`;
}

export async function supervisionItemWorkflow(input: SupervisionItemInput): Promise<SupervisionItemState> {
  const p = input.policy;
  const lead = input.units[0]!;
  const s: SupervisionItemState = {
    itemId: input.itemId,
    status: 'in-progress',
    stage: 'handling',
    deadline: input.deadline,
    card: cardOf(input.deadline, Date.now(), p),
    reminders: 0,
    progressRequests: 0,
    returned: 0,
    findingsRecorded: false,
    recommendation: false,
    caseId: null,
    lastProgress: {},
  };
  let seq = 0;
  let completions = 0;
  /** When the current deadline was set, and the last moment of it acted on (both reset when it moves). */
  let deadlineSetAt = Date.now();
  let actedUntil = deadlineSetAt;
  /** Bumped whenever the deadline or the status changes, so the waiting step recomputes its moments. */
  let version = 0;
  const pending: Pending[] = [];
  const item = `督查督办事项“${input.title}”（${input.itemId}）`;
  const conflict = (message: string) =>
    ApplicationFailure.create({ type: ITEM_STATE_CONFLICT, message, nonRetryable: true });
  const invalid = (message: string) =>
    ApplicationFailure.create({ type: INVALID_ITEM_ACT, message, nonRetryable: true });
  const timed = () => s.status === 'in-progress' || s.status === 'rectifying';
  const isUnit = (id: string | null) => input.units.some((u) => u.id === id);
  const isTargetUnit = (id: string | null) => input.target?.kind === 'unit' && input.target.id === id;
  const setDeadline = (deadline: string | null) => {
    s.deadline = deadline;
    deadlineSetAt = Date.now();
    actedUntil = deadlineSetAt;
    version++;
  };
  /** The end of a stage: closed, unless a recommendation still waits for the office's case. */
  const conclude = () => {
    s.status = s.recommendation && !s.caseId ? 'awaiting-case' : 'closed';
    setDeadline(null);
  };
  /** Those who act in the current stage: the units; in rectification the inspected too. */
  const addressees = (): ItemNotice['to'][] =>
    s.stage === 'rectification' && input.target ? ['units', 'target'] : ['units'];

  setHandler(getSupervisionItemState, () => s);
  setHandler(
    reportItemProgress,
    (r: ProgressReport) => {
      s.lastProgress[r.unitId] = new Date().toISOString();
      pending.push({
        kind: 'progress-reported',
        actor: r.reportedBy,
        detail: { unitId: r.unitId, summary: r.summary },
      });
      return s;
    },
    {
      validator: (r: ProgressReport) => {
        if (!timed()) throw conflict(`${input.itemId} is ${ITEM_STATUS_NAMES[s.status]}: no progress is reported now`);
        if (!isUnit(r.unitId) && !(s.stage === 'rectification' && isTargetUnit(r.unitId)))
          throw invalid(`${r.unitId} is not a responsible unit of ${input.itemId}`);
        if (!r.summary.trim()) throw invalid('say what progress was made');
      },
    },
  );
  setHandler(
    reportItemCompletion,
    (c: CompletionReport) => {
      s.status = 'under-review';
      completions += 1;
      version++;
      pending.push({
        kind: 'completion-reported',
        actor: c.reportedBy,
        detail: { unitId: c.unitId, summary: c.summary, stage: s.stage },
        notify: [
          {
            to: 'office',
            tag: `completion-${completions}`,
            subject: '督查督办事项办结报告待审核',
            text: `${item}已报${s.stage === 'handling' ? '办结' : '整改完成'}情况，请审核。`,
          },
        ],
      });
      return s;
    },
    {
      validator: (c: CompletionReport) => {
        if (!timed())
          throw conflict(`${input.itemId} is ${ITEM_STATUS_NAMES[s.status]}: no completion is reported now`);
        const may =
          c.unitId === lead.id ||
          (s.stage === 'rectification' &&
            (isTargetUnit(c.unitId) || (c.unitId === null && input.target?.kind === 'region')));
        if (!may)
          throw invalid(
            s.stage === 'handling'
              ? `the lead unit ${lead.name} reports the completion of ${input.itemId}`
              : `the lead unit or the inspected reports the rectification of ${input.itemId}`,
          );
        if (!c.summary.trim()) throw invalid('say what was done');
      },
    },
  );
  setHandler(
    reviewItemCompletion,
    (r: CompletionReview) => {
      if (r.decision === 'accept') {
        const stage = s.stage;
        if (stage === 'handling' && !s.findingsRecorded) {
          s.status = 'handled';
          setDeadline(null);
        } else conclude();
        pending.push({
          kind: 'completion-accepted',
          actor: r.reviewedBy,
          detail: { stage, reasons: r.reasons ?? null },
        });
      } else {
        s.returned += 1;
        s.status = s.stage === 'handling' ? 'in-progress' : 'rectifying';
        setDeadline(r.newDeadline ?? s.deadline);
        pending.push({
          kind: 'completion-returned',
          actor: r.reviewedBy,
          detail: { reasons: r.reasons, deadline: s.deadline },
          notify: addressees().map((to) => ({
            to,
            tag: `returned-${s.returned}`,
            subject: '督查督办事项办结报告退回',
            text: `${item}的办结报告经审核退回（${r.reasons}），请于${when(s.deadline!, input.drill)}前办结并重新报告。`,
          })),
        });
      }
      return s;
    },
    {
      validator: (r: CompletionReview) => {
        if (s.status !== 'under-review') throw conflict(`${input.itemId} has no completion report awaiting review`);
        if (r.decision === 'return' && !r.reasons?.trim()) throw invalid('a returned completion gives its reasons');
        if (r.newDeadline && Date.parse(r.newDeadline) <= Date.now())
          throw invalid('newDeadline must be in the future');
      },
    },
  );
  setHandler(
    recordItemFindings,
    (f: Findings) => {
      s.findingsRecorded = true;
      s.recommendation = f.recommendation !== null;
      if (f.rectificationDeadline) {
        s.stage = 'rectification';
        s.status = 'rectifying';
        setDeadline(f.rectificationDeadline);
      } else if (s.status === 'handled') conclude();
      const rectify = f.rectificationDeadline
        ? `请于${when(f.rectificationDeadline, input.drill)}前完成整改并报告。`
        : '';
      pending.push({
        kind: 'findings-recorded',
        actor: f.recordedBy,
        detail: {
          causes: f.causes,
          loopholes: f.loopholes,
          rectificationDeadline: f.rectificationDeadline,
          recommendation: f.recommendation,
        },
        findings: f,
        notify: [
          {
            to: 'units',
            tag: 'findings',
            subject: '督查督办情况通报',
            text: `${item}经督查，问题原因：${f.causes}；存在漏洞：${f.loopholes}。${rectify}`,
          },
          ...(input.target
            ? [
                {
                  to: 'target' as const,
                  tag: 'findings',
                  subject: '督查督办情况通报',
                  text: `经${input.officeName}督查，发现问题原因：${f.causes}；存在漏洞：${f.loopholes}。${rectify}`,
                },
              ]
            : []),
        ],
      });
      return s;
    },
    {
      validator: (f: Findings) => {
        if (s.findingsRecorded) throw conflict(`the findings of ${input.itemId} are already recorded`);
        if (!['in-progress', 'under-review', 'handled'].includes(s.status))
          throw conflict(`${input.itemId} is ${ITEM_STATUS_NAMES[s.status]}: no findings are recorded now`);
        if (!f.causes.trim() || !f.loopholes.trim()) throw invalid('findings name the causes and the loopholes');
        if (f.rectificationDeadline && Date.parse(f.rectificationDeadline) <= Date.now())
          throw invalid('the rectification deadline must be in the future');
        const bad = f.recommendation?.grounds.filter((g) => !(RECOMMENDATION_GROUNDS as readonly number[]).includes(g));
        if (bad?.length)
          throw invalid(`an Art. 9 recommendation rests on Art. 14 ground 1, 5 or 6, not ${bad.join(', ')}`);
      },
    },
  );
  setHandler(
    linkItemToCase,
    (l: CaseLink) => {
      s.caseId = l.caseId;
      if (s.status === 'awaiting-case') {
        s.status = 'closed';
        version++;
      }
      pending.push({ kind: 'case-opened', actor: l.openedBy, detail: { caseId: l.caseId } });
      return s;
    },
    {
      validator: (l: CaseLink) => {
        if (!s.recommendation) throw conflict(`${input.itemId} has no accountability recommendation`);
        if (s.caseId && s.caseId !== l.caseId) throw conflict(`${input.itemId} already led to case ${s.caseId}`);
        if (s.caseId) throw conflict(`case ${l.caseId} is already linked to ${input.itemId}`);
      },
    },
  );

  const publish = () => {
    s.card = timed() ? cardOf(s.deadline, Date.now(), p) : null;
    upsertSearchAttributes([
      { key: CaseStatus, value: s.status },
      { key: CaseDeadline, value: s.deadline ? new Date(s.deadline) : null },
    ]);
    setCurrentDetails(
      [
        `状态：${ITEM_STATUS_NAMES[s.status]}${s.stage === 'rectification' ? '（整改阶段）' : ''}`,
        ...(s.deadline ? [`期限：${when(s.deadline, input.drill)}`] : []),
        ...(s.card ? [`督办牌：${CARD_NAMES[s.card]}`] : []),
        ...(s.reminders ? [`已催办 ${s.reminders} 次`] : []),
        ...(s.returned ? [`办结报告退回 ${s.returned} 次`] : []),
        ...(s.caseId ? [`已转责任追究案件：${s.caseId}`] : s.recommendation ? ['已提出领导责任追究建议'] : []),
      ].join('\n'),
    );
  };

  const record = async (e: Pending) => {
    await recordSupervisionEvent({
      itemId: input.itemId,
      seq: ++seq,
      at: new Date().toISOString(),
      kind: e.kind,
      actor: e.actor,
      detail: e.detail,
      state: { ...s, lastProgress: { ...s.lastProgress } },
      findings: e.findings
        ? {
            causes: e.findings.causes,
            loopholes: e.findings.loopholes,
            rectificationDeadline: e.findings.rectificationDeadline,
            recordedBy: e.findings.recordedBy,
          }
        : undefined,
      recommendation: e.findings?.recommendation as Recommendation | null | undefined,
      notify: e.notify,
    });
  };
  /** Records the acts the handlers accepted, in order (issue 10: a refused write never holds the item). */
  const flush = async () => {
    while (pending.length) {
      const e = pending.shift()!;
      try {
        await record(e);
      } catch (err) {
        const reason = permanentReason(err);
        if (reason === undefined) throw err;
        seq -= 1;
        log.warn('a supervision act was refused by the database', { itemId: input.itemId, kind: e.kind, reason });
        await record({ kind: 'act-refused', actor: '系统', detail: { act: e.kind, reason } });
      }
    }
    publish();
  };

  /** One moment of the running deadline: a progress request, a reminder, a card, the deadline itself. */
  const actOn = async (m: Moment) => {
    const deadline = s.deadline!;
    if (m.what === 'progress-due') {
      const every = fixedMs(p.progressReportEvery);
      const silent = input.units.filter(
        (u) => !s.lastProgress[u.id] || Date.parse(s.lastProgress[u.id]!) <= m.at - every,
      );
      if (!silent.length) return;
      s.progressRequests += 1;
      await record({
        kind: 'progress-requested',
        actor: '系统',
        detail: { units: silent.map((u) => u.id), n: s.progressRequests },
        notify: [
          {
            to: 'units',
            unitIds: silent.map((u) => u.id),
            tag: `progress-${s.progressRequests}`,
            subject: '督查督办事项进展情况催报',
            text: `请报送${item}的办理进展情况（期限：${when(deadline, input.drill)}）。`,
          },
        ],
      });
    } else if (m.what === 'reminder-before' || m.what === 'reminder-after') {
      s.reminders += 1;
      const before = m.what === 'reminder-before';
      await record({
        kind: 'reminder',
        actor: '系统',
        detail: { when: before ? 'before' : 'after', offset: m.detail, n: s.reminders, deadline },
        notify: addressees().map((to) => ({
          to,
          tag: `reminder-${s.reminders}`,
          subject: before ? '督查督办事项催办' : '督查督办事项逾期催办',
          text: before
            ? `${item}的${s.stage === 'handling' ? '办理' : '整改'}期限为${when(deadline, input.drill)}，请抓紧办理，按时报告。`
            : `${item}已超过${s.stage === 'handling' ? '办理' : '整改'}期限（${when(deadline, input.drill)}），请立即办理并报告。`,
        })),
      });
    } else if (m.what === 'card') {
      await record({
        kind: 'card',
        actor: '系统',
        detail: { card: m.detail, deadline },
        notify: addressees().map((to) => ({
          to,
          tag: `card-${seq + 1}`,
          subject: `督查督办事项${CARD_NAMES[m.detail as 'yellow' | 'red']}警示`,
          text: `${item}临近${s.stage === 'handling' ? '办理' : '整改'}期限（${when(deadline, input.drill)}），亮${CARD_NAMES[m.detail as 'yellow' | 'red']}。`,
        })),
      });
    } else {
      await record({ kind: 'overdue', actor: '系统', detail: { deadline, stage: s.stage } });
    }
    publish();
  };

  /** Waits on the running deadline until an act changes it or its next moment comes, then acts on what is due. */
  const watchDeadline = async () => {
    const v = version;
    const moments = momentsOf(deadlineSetAt, Date.parse(s.deadline!), p);
    const next = moments.find((m) => m.at > actedUntil);
    const changed = await condition(
      () => pending.length > 0 || version !== v,
      next ? Math.max(1, next.at - Date.now()) : undefined,
    );
    if (changed || !next) return flush();
    const now = Date.now();
    for (const m of moments.filter((x) => x.at > actedUntil && x.at <= now)) await actOn(m);
    // An act during those activities may have moved the deadline (and reset this): keep the later.
    actedUntil = Math.max(actedUntil, now);
  };

  await record({
    kind: 'assigned',
    actor: input.assignedBy,
    detail: { deadline: input.deadline, units: input.units, target: input.target, form: input.form },
    notify: [
      {
        to: 'units',
        tag: 'assigned',
        subject: '督查督办事项交办',
        text: `${input.officeName}交办${item}，请于${when(input.deadline, input.drill)}前办结并报告；办理期间请按期报送进展情况。`,
      },
    ],
  });
  publish();
  while (s.status !== 'closed') {
    if (timed()) await watchDeadline();
    else {
      await condition(() => pending.length > 0);
      await flush();
    }
  }
  await flush();
  await condition(allHandlersFinished);
  return s;
}
