/**
 * Who decides what on a case, and under whose rules (Art. 15, 16, 17, 18): the pure plan every opener follows — the
 * API's office or committee, and the annual cycle on a failing grade. It reads nothing; `db/caseOpening.ts` loads what
 * it needs.
 *
 * - The notice (Art. 15(1)) is issued by the opening level — its office, or "必要时" its committee — under the opening
 *   level's policy, which also decides the first rung (Art. 16 / 17 at opening).
 * - The talk and the listing (Art. 15(2)(3)) belong to the upper level's office, the veto (Art. 15(4)) to the upper
 *   level's committee, each under the upper level's policy (Art. 18: no lower level's rule governs an act of the
 *   level above).
 * - The upper level is the subject's region's parent; for a member unit of the top committee in the system (a
 *   provincial department, Art. 2, 3, 18: 省直各部门单位) it is that committee's own level, there being none above.
 *   A region with no level above it cannot be a subject.
 * - A unit stationed locally by the centre or the province (Art. 15(4) ¶3): the local committee (the unit's region's,
 *   or the nearest above with one) recommends its veto to the supervising unit.
 */
import { caseWorkflowId, type AccountabilityCaseInput, type CaseOffice } from './caseContract';
import { committeeOf, officeOf } from './caseInput';
import { firstRung, RUNG_NAMES, type LadderPolicy, type Rung, type Severity } from './policy';
import { CaseRegion, CaseRung, CaseSeverity, CaseStatus, CaseSubject } from './searchAttributes';

export interface PlanRegion {
  id: string;
  name: string;
  parent_id: string | null;
  office_name: string | null;
  committee_name: string | null;
}

export interface PinnedPolicy {
  /** The region whose policy it is (null: the default scope), and its version (0: the built-in default). */
  regionId: string | null;
  version: number;
  ladder: LadderPolicy;
}

export interface OpeningContext {
  subject: {
    kind: 'unit' | 'region';
    id: string;
    name: string;
    region: PlanRegion;
    stationedBy?: 'central' | 'provincial' | null;
    supervisingUnitName?: string | null;
  };
  opening: PlanRegion;
  /** The subject region's parent, if any. */
  parent?: PlanRegion;
  /** The policies in force at the opening level, the subject region's parent and the subject region itself. */
  policyAt: (regionId: string) => PinnedPolicy;
}

export interface OpeningRequest {
  severity: Severity;
  aggravating: boolean;
  mitigationRungsDown: number;
  /** Art. 15(1) "必要时": the notice issued in the committee's name (by a committee leader). */
  inNameOf?: 'office' | 'committee';
  explicitDeadline?: string;
}

export interface OpeningPlan {
  upper: PlanRegion;
  /** The organ that issues the opening act. */
  openingOrgan: CaseOffice;
  upperOffice: CaseOffice;
  upperCommittee: CaseOffice;
  local?: PlanRegion;
  vetoPath: 'committee' | 'recommendation';
  /** The rules of the notice (the opening level) and of every act above it (the upper level). */
  policies: { notice: PinnedPolicy; upper: PinnedPolicy };
  startRung: Rung;
  startReason: string;
}

/** A case that cannot be opened, and why, in words an office can act on; `field` names the input at fault. */
export class OpeningRefused extends Error {
  override readonly name = 'OpeningRefused';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The upper level of a subject (see the module comment), or undefined when there is none in the system. */
export function upperLevelOf(ctx: Pick<OpeningContext, 'subject' | 'parent'>): PlanRegion | undefined {
  if (ctx.parent?.office_name && ctx.parent.committee_name) return ctx.parent;
  if (!ctx.subject.region.parent_id && ctx.subject.kind === 'unit' && ctx.subject.region.office_name) {
    return ctx.subject.region;
  }
  return undefined;
}

/** The plan for opening a case, or {@link OpeningRefused}. Pure. */
export function planOpening(ctx: OpeningContext, req: OpeningRequest): OpeningPlan {
  if (!ctx.opening.office_name)
    throw new OpeningRefused('Art. 15(1): notices are issued by offices at county level and above', 'openingRegionId');
  if (req.inNameOf === 'committee' && !ctx.opening.committee_name)
    throw new OpeningRefused(`the region ${ctx.opening.id} has no committee to issue the notice in its name`);
  if (ctx.subject.kind === 'region' && ctx.subject.region.id === ctx.opening.id)
    throw new OpeningRefused('an office does not open a case against its own region; the level above does', 'subject');
  const upper = upperLevelOf(ctx);
  if (!upper) {
    throw new OpeningRefused(
      ctx.subject.kind === 'region'
        ? `the region ${ctx.subject.region.id} has no level above it in this system: no office can talk with its leaders, list it or propose its veto (Art. 15(2)–(4))`
        : `the unit's region ${ctx.subject.region.id} has no upper level with a committee and an office in this system, so Art. 15(2)–(4) cannot apply`,
      'subject',
    );
  }
  const notice = ctx.policyAt(ctx.opening.id);
  const upperPolicy = ctx.policyAt(upper.id);
  if (req.mitigationRungsDown > notice.ladder.mitigatingMaxRungsDown) {
    throw new OpeningRefused(
      `the policy in force allows at most ${notice.ladder.mitigatingMaxRungsDown}`,
      'mitigation.rungsDown',
    );
  }
  const start = firstRung(notice.ladder, req.severity, req.aggravating, req.mitigationRungsDown);
  if (req.explicitDeadline && (start.rung === 'talk' || start.rung === 'veto')) {
    throw new OpeningRefused(
      `a case starting at ${RUNG_NAMES[start.rung]} gets its deadline from the ${start.rung === 'talk' ? 'talk' : 'committee’s decision'}`,
      'deadline',
    );
  }
  // The listing is the upper office's act, its deadline under the upper level's rules: not the opening level's to set.
  if (req.explicitDeadline && start.rung === 'listing') {
    throw new OpeningRefused(
      'a case starting at 挂牌督办 gets its deadline from the upper office’s listing decision, under the upper level’s policy',
      'deadline',
    );
  }
  const stationed = ctx.subject.kind === 'unit' && !!ctx.subject.stationedBy;
  const local = stationed ? (ctx.subject.region.committee_name ? ctx.subject.region : upper) : undefined;
  return {
    upper,
    openingOrgan: req.inNameOf === 'committee' ? committeeOf(ctx.opening) : officeOf(ctx.opening),
    upperOffice: officeOf(upper),
    upperCommittee: committeeOf(upper),
    local,
    vetoPath: stationed ? 'recommendation' : 'committee',
    policies: { notice, upper: upperPolicy },
    startRung: start.rung,
    startReason: start.reason,
  };
}

// ---------------------------------------------------------------- the one door (issue 13)

/** Where a case came from when an office's own decision did not open it: the process it is linked to, both ways. */
export interface CaseOrigin {
  /** The annual assessment (Art. 10–11, ground 4), a supervision item (Art. 9) or a key area (Art. 15(1) ¶2). */
  kind: 'assessment' | 'supervision-item' | 'key-area';
  /** The year for an assessment, the item's or the area's id otherwise. */
  id: string;
  /** A few words for the Web UI's summary, e.g. 年度考核不合格. */
  label: string;
}

/** What the opener states about the case, besides who the subject is and who opens it. */
export interface CaseParticulars {
  grounds: number[];
  facts: string;
  severity: Severity;
  /** Art. 16 circumstances found, and Art. 17 ones; a mitigation needs the latter and its reason. */
  aggravating: unknown[];
  mitigating: unknown[];
  mitigation?: { rungsDown: number; reason: string };
  inNameOf?: 'office' | 'committee';
  /** An explicit first deadline (notice only), checked against the policy by the opener. */
  explicitDeadline?: string;
  openedBy: string;
  origin?: CaseOrigin;
}

/** The opening request {@link planOpening} decides from, as the particulars state it. */
export function openingRequestOf(p: CaseParticulars): OpeningRequest {
  return {
    severity: p.severity,
    aggravating: p.aggravating.length > 0,
    mitigationRungsDown: p.mitigation?.rungsDown ?? 0,
    inNameOf: p.inNameOf,
    explicitDeadline: p.explicitDeadline,
  };
}

/** The recorded reason of the first rung: the policy's, and the office's reason for a mitigation (Art. 17). */
export function startReasonOf(plan: OpeningPlan, p: CaseParticulars): string {
  return p.mitigation ? `${plan.startReason}（理由：${p.mitigation.reason}）` : plan.startReason;
}

/** The input the case workflow runs on, from the plan: the same for every opener. Pure. */
export function caseInputOf(
  caseId: string,
  ctx: OpeningContext,
  plan: OpeningPlan,
  p: CaseParticulars,
): AccountabilityCaseInput {
  return {
    caseId,
    subject: {
      kind: ctx.subject.kind,
      id: ctx.subject.id,
      name: ctx.subject.name,
      regionId: ctx.subject.region.id,
      ...(ctx.subject.kind === 'unit' && ctx.subject.stationedBy
        ? { stationedBy: ctx.subject.stationedBy, supervisingUnitName: ctx.subject.supervisingUnitName ?? '' }
        : {}),
    },
    localCommittee: plan.local ? committeeOf(plan.local) : undefined,
    grounds: p.grounds,
    facts: p.facts,
    severity: p.severity,
    openingOffice: plan.openingOrgan,
    upperOffice: plan.upperOffice,
    upperCommittee: plan.upperCommittee,
    policy: plan.policies.notice.ladder,
    upperPolicy: plan.policies.upper.ladder,
    startRung: plan.startRung,
    startReason: startReasonOf(plan, p),
    explicitDeadline: p.explicitDeadline ? new Date(p.explicitDeadline).toISOString() : undefined,
    aggravating: p.aggravating.length > 0,
    openedBy: p.openedBy,
  };
}

/**
 * How the case's workflow is started, by a client (the API, an office acting on a recommendation) or as a child (the
 * annual cycle, a key area): its id, the search attributes supervisors filter on, and its summary in the Web UI. Pure,
 * and safe in workflow code.
 */
export function caseStartOptions(input: AccountabilityCaseInput, origin?: CaseOrigin) {
  const from = origin ? `（${origin.label}）` : '';
  return {
    workflowId: caseWorkflowId(input.caseId),
    typedSearchAttributes: [
      { key: CaseSubject, value: input.subject.id },
      { key: CaseRegion, value: input.subject.regionId },
      { key: CaseSeverity, value: input.severity },
      { key: CaseRung, value: input.startRung },
      { key: CaseStatus, value: 'open' },
    ],
    staticSummary: `督导追究案件 ${input.caseId}：${input.subject.name}${from}`,
    staticDetails: [
      `对象：${input.subject.name}`,
      `情形：第十四条第${input.grounds.join('、')}项`,
      `起始措施：${RUNG_NAMES[input.startRung]}`,
      input.startReason,
      `立案：${input.openingOffice.name}`,
      ...(origin ? [`来源：${origin.label}（${origin.id}）`] : []),
    ].join('\n'),
  };
}
