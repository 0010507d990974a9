/**
 * Special supervision (Art. 9, 专门督查督办制度): what a supervision item is, the rules its process follows, and the
 * policy data that sets its periods (Art. 18). Pure: imported by the workflow, the activities and the API. It must not
 * import domain/policy.ts or domain/calendar.ts (policy.ts imports this module): its timers are fixed-length
 * durations, and calendar periods (a proposal's three months) are turned into instants by the API.
 */
import { fixedDurationMs, isIsoDuration, parseIsoDuration } from './duration';

/**
 * Art. 9's kinds: 重大决策、重要工作部署贯彻落实情况; 领导批示交办重要事项办理情况; 人大建议、政协提案办理情况; 治安秩序长期
 * 混乱、工作措施不落实、群众反映强烈的地方、单位.
 */
export const ITEM_KINDS = ['major-decision', 'instruction', 'npc-suggestion', 'cppcc-proposal', 'disorder'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_NAMES: Record<ItemKind, string> = {
  'major-decision': '重大决策、重要工作部署贯彻落实',
  instruction: '领导批示交办事项',
  'npc-suggestion': '人大代表建议办理',
  'cppcc-proposal': '政协提案办理',
  disorder: '治安秩序长期混乱、工作措施不落实、群众反映强烈的地方单位',
};

/** Art. 9's forms: 跟踪督查、联合督查、明查暗访 (an open and an unannounced inspection). */
export const ITEM_FORMS = ['tracking', 'joint', 'open-inspection', 'unannounced-inspection'] as const;
export type ItemForm = (typeof ITEM_FORMS)[number];
export const ITEM_FORM_NAMES: Record<ItemForm, string> = {
  tracking: '跟踪督查',
  joint: '联合督查',
  'open-inspection': '明查',
  'unannounced-inspection': '暗访',
};

/** Where an item stands (`CaseStatus` in the Web UI, `status` in PostgreSQL). */
export const ITEM_STATUSES = [
  'in-progress',
  'under-review',
  'handled',
  'rectifying',
  'awaiting-case',
  'closed',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_NAMES: Record<ItemStatus, string> = {
  'in-progress': '办理中',
  'under-review': '办结待审核',
  handled: '已办结，待督查结论',
  rectifying: '限期整改中',
  'awaiting-case': '待转责任追究',
  closed: '已结案',
};

/** The green / yellow / red card practice (绿黄红牌): by the time left to the current deadline. */
export const CARDS = ['green', 'yellow', 'red'] as const;
export type Card = (typeof CARDS)[number];
export const CARD_NAMES: Record<Card, string> = { green: '绿牌', yellow: '黄牌', red: '红牌' };

/** Art. 14 grounds an accountability recommendation of Art. 9 may rest on (issue 13): 1, 5 and 6. */
export const RECOMMENDATION_GROUNDS = [1, 5, 6] as const;

/**
 * The periods of special supervision (Art. 18: local rules set them; none comes from the regulation). Reminder
 * offsets, card thresholds and the progress period are fixed-length (days, hours …), so a workflow can count them
 * without a calendar; the others may be calendar periods (`P3M`).
 */
export interface SupervisionPolicy {
  /** The deadline an office's item gets when it sets none (all kinds but NPC suggestions and CPPCC proposals). */
  handleWithin: string;
  /** The latest deadline an office may set for an item, counted from the assignment. */
  maxHandleWithin: string;
  /** Reply deadlines of NPC deputies' suggestions and CPPCC proposals, from the assignment: a policy, never later. */
  replyWithin: { npcSuggestion: string; cppccProposal: string };
  /** How often the responsible units report progress (进展情况报告); a unit silent for a period is asked (催报). */
  progressReportEvery: string;
  /** 催办: reminders this long before the deadline, and this long after it while the item is overdue. */
  reminders: { before: string[]; after: string[] };
  /** The card: yellow when this little time is left, red when this little (and red once overdue). */
  cards: { yellowWithin: string; redWithin: string };
  /** The rectification deadline findings set when the office names none (Art. 9 限期整改). */
  rectificationWithin: string;
}

/** Project defaults, not from the regulation (Art. 9 sets no period). Proposals: three months, common practice. */
export const DEFAULT_SUPERVISION: SupervisionPolicy = {
  handleWithin: 'P30D',
  maxHandleWithin: 'P1Y',
  replyWithin: { npcSuggestion: 'P3M', cppccProposal: 'P3M' },
  progressReportEvery: 'P15D',
  reminders: { before: ['P7D', 'P1D'], after: ['P1D', 'P7D', 'P15D'] },
  cards: { yellowWithin: 'P7D', redWithin: 'P1D' },
  rectificationWithin: 'P30D',
};

/** Every period of a supervision policy as `[path, value]` (for domain/policy.ts `policyPeriods`). */
export function supervisionPeriods(s: SupervisionPolicy, prefix = 'supervision'): [string, string][] {
  return [
    [`${prefix}.handleWithin`, s.handleWithin],
    [`${prefix}.maxHandleWithin`, s.maxHandleWithin],
    [`${prefix}.replyWithin.npcSuggestion`, s.replyWithin.npcSuggestion],
    [`${prefix}.replyWithin.cppccProposal`, s.replyWithin.cppccProposal],
    [`${prefix}.progressReportEvery`, s.progressReportEvery],
    ...s.reminders.before.map((v, i): [string, string] => [`${prefix}.reminders.before.${i}`, v]),
    ...s.reminders.after.map((v, i): [string, string] => [`${prefix}.reminders.after.${i}`, v]),
    [`${prefix}.cards.yellowWithin`, s.cards.yellowWithin],
    [`${prefix}.cards.redWithin`, s.cards.redWithin],
    [`${prefix}.rectificationWithin`, s.rectificationWithin],
  ];
}

const FIXED = new Set(['progressReportEvery', 'reminders', 'cards']);

/** Problems with a supervision policy, as `path: message` strings; empty when it is sound. */
export function supervisionProblems(s: SupervisionPolicy, prefix = 'supervision'): string[] {
  const problems: string[] = [];
  for (const [path, v] of supervisionPeriods(s, prefix)) {
    const d = parseIsoDuration(v);
    const field = path.slice(prefix.length + 1).split('.')[0]!;
    if (!d || !isIsoDuration(v)) problems.push(`${path}: ${JSON.stringify(v)} is not an ISO-8601 duration`);
    else if (FIXED.has(field) && fixedDurationMs(d) === undefined)
      problems.push(`${path}: use days, hours, minutes or seconds, not months or years`);
    else if ((fixedDurationMs(d) ?? 1) === 0) problems.push(`${path}: must be longer than zero`);
  }
  const ms = (v: string) => fixedDurationMs(parseIsoDuration(v) ?? parseIsoDuration('PT0S')!) ?? 0;
  if (problems.length === 0 && ms(s.cards.redWithin) > ms(s.cards.yellowWithin))
    problems.push(`${prefix}.cards: a red card cannot come before the yellow one (redWithin ≤ yellowWithin)`);
  return problems;
}

/** The policy's milliseconds of a fixed-length duration (validated on install). */
export const fixedMs = (v: string): number => fixedDurationMs(parseIsoDuration(v)!)!;

/** The card of an item whose current deadline is `deadline`, at `now` (none once nothing is due: null deadline). */
export function cardOf(deadline: Date | string | null, now: number, p: SupervisionPolicy): Card | null {
  if (deadline === null) return null;
  const left = (typeof deadline === 'string' ? Date.parse(deadline) : deadline.getTime()) - now;
  if (left <= fixedMs(p.cards.redWithin)) return 'red';
  if (left <= fixedMs(p.cards.yellowWithin)) return 'yellow';
  return 'green';
}

/** One moment the item's process acts at while a deadline runs. */
export interface Moment {
  at: number;
  what: 'progress-due' | 'reminder-before' | 'card' | 'due' | 'reminder-after';
  /** For a card: its colour; for a reminder: the offset as written in the policy. */
  detail: string;
}

/**
 * The moments of a running deadline, in order: progress requests every period from `from` until the deadline; the
 * reminders before it; the yellow and red cards; the deadline itself; the reminders after it. Pure (the workflow
 * recomputes it whenever the deadline moves, and acts on the moments after the last one it acted on).
 */
export function momentsOf(from: number, deadline: number, p: SupervisionPolicy): Moment[] {
  const out: Moment[] = [];
  const every = fixedMs(p.progressReportEvery);
  for (let t = from + every, i = 0; t < deadline && i < 100; t += every, i++)
    out.push({ at: t, what: 'progress-due', detail: p.progressReportEvery });
  for (const b of p.reminders.before) out.push({ at: deadline - fixedMs(b), what: 'reminder-before', detail: b });
  out.push({ at: deadline - fixedMs(p.cards.yellowWithin), what: 'card', detail: 'yellow' });
  out.push({ at: deadline - fixedMs(p.cards.redWithin), what: 'card', detail: 'red' });
  out.push({ at: deadline, what: 'due', detail: '' });
  for (const a of p.reminders.after) out.push({ at: deadline + fixedMs(a), what: 'reminder-after', detail: a });
  // A moment already past when the deadline was set is not acted on (a yellow card for a three-day item at once).
  return out.filter((m) => m.at > from || m.what === 'due').sort((a, b) => a.at - b.at);
}

/** A unit an item is assigned to (承办单位); the first of an item is its lead unit (牵头单位). */
export interface ItemUnit {
  id: string;
  name: string;
}

/** The region or unit an inspection or a disorder item is about (the inspected, 被督查对象). */
export interface ItemTarget {
  kind: 'unit' | 'region';
  id: string;
  name: string;
  regionId: string;
}

/** What the supervision item's workflow runs on: fixed at assignment. */
export interface SupervisionItemInput {
  itemId: string;
  kind: ItemKind;
  form: ItemForm;
  title: string;
  /** The assigning office's region and the office's name. */
  regionId: string;
  officeName: string;
  units: ItemUnit[];
  target: ItemTarget | null;
  /** The first deadline (ISO), set by the API from the body or the policy. */
  deadline: string;
  policy: SupervisionPolicy;
  assignedBy: string;
  drill: boolean;
}

/** An accountability recommendation (领导责任追究建议, Art. 9), which the office may turn into a case. */
export interface Recommendation {
  subject: { kind: 'unit' | 'region'; id: string; name: string };
  grounds: number[];
  severity: 'ordinary' | 'serious' | 'especially-serious' | 'veto-level';
  facts: string;
}

export interface ProgressReport {
  unitId: string;
  summary: string;
  reportedBy: string;
}
export interface CompletionReport {
  /** The lead unit, or in rectification the inspected unit. */
  unitId: string;
  summary: string;
  reportedBy: string;
}
export interface CompletionReview {
  decision: 'accept' | 'return';
  reasons?: string;
  /** Returned: a new deadline (ISO) the API checked against the policy; else the deadline stays. */
  newDeadline?: string;
  reviewedBy: string;
}
export interface Findings {
  /** 查明发生问题的原因和存在的漏洞. */
  causes: string;
  loopholes: string;
  /** 限期整改: the rectification deadline (ISO), or null when nothing is to be rectified. */
  rectificationDeadline: string | null;
  recommendation: Recommendation | null;
  recordedBy: string;
}
export interface CaseLink {
  caseId: string;
  openedBy: string;
}

/** The state the workflow keeps and answers `getSupervisionItemState` with. */
export interface SupervisionItemState {
  itemId: string;
  status: ItemStatus;
  stage: 'handling' | 'rectification';
  deadline: string | null;
  card: Card | null;
  reminders: number;
  progressRequests: number;
  returned: number;
  findingsRecorded: boolean;
  recommendation: boolean;
  caseId: string | null;
  /** When each unit last reported progress (ISO), by unit id. */
  lastProgress: Record<string, string>;
}

/** Workflow id: a business key (DESIGN.md §8). */
export const supervisionItemWorkflowId = (itemId: string) => `supervision-item-${itemId}`;

/** Failure types the item's updates refuse with (the API maps them to 409 and 422). */
export const ITEM_STATE_CONFLICT = 'SupervisionItemStateConflict';
export const INVALID_ITEM_ACT = 'InvalidSupervisionItemAct';

/** The Web UI's summary of an item (its static summary). */
export function itemSummary(i: Pick<SupervisionItemInput, 'itemId' | 'kind' | 'form' | 'title' | 'drill'>): string {
  return `${i.drill ? '【演练】' : ''}督查督办事项 ${i.itemId}：${i.title}（${ITEM_KIND_NAMES[i.kind]}，${ITEM_FORM_NAMES[i.form]}）`;
}

/** The Web UI's static details of an item. */
export function itemDetails(i: SupervisionItemInput): string {
  return [
    `类别：${ITEM_KIND_NAMES[i.kind]}`,
    `形式：${ITEM_FORM_NAMES[i.form]}`,
    `交办：${i.officeName}`,
    `承办单位：${i.units.map((u, n) => (n === 0 && i.units.length > 1 ? `${u.name}（牵头）` : u.name)).join('、')}`,
    ...(i.target ? [`督查对象：${i.target.name}`] : []),
    `依据：《实施办法》第九条`,
  ].join('\n');
}
