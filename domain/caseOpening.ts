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
import type { CaseOffice } from './caseContract';
import { committeeOf, officeOf } from './caseInput';
import { firstRung, RUNG_NAMES, type LadderPolicy, type Rung, type Severity } from './policy';

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
