/**
 * Policy as data (DESIGN.md §7, Art. 18: localities may issue detailed rules). Every period and limit the
 * regulation leaves open lives in a versioned policy document; a region may override the default, and a case pins
 * the version in force when it opened. Periods are ISO-8601 durations, so a drill region runs the same ladder in
 * seconds. Pure: imported by workflows, activities and the API.
 */
import { annualProblems, DEFAULT_ANNUAL, type AnnualPolicy } from './annual';
import { fixedDurationMs, isIsoDuration, parseIsoDuration } from './duration';
import { DEFAULT_KEY_AREAS, keyAreaPeriods, keyAreaProblems, type KeyAreaPolicy } from './keyAreas';
import { DEFAULT_SUPERVISION, supervisionPeriods, supervisionProblems, type SupervisionPolicy } from './supervision';

/** The ladder's rungs in order (Art. 15(1)–(4)). */
export const RUNGS = ['notice', 'talk', 'listing', 'veto'] as const;
export type Rung = (typeof RUNGS)[number];

/** Severities as the regulation words them (DESIGN.md §4 table). */
export const SEVERITIES = ['ordinary', 'serious', 'especially-serious', 'veto-level'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface LadderPolicy {
  /** Rectification period each rung sets (限期整改). Not fixed by the regulation: local rules set them. */
  rectification: Record<Rung, string>;
  /** How long before a deadline reminders go out; fixed-length durations (no years or months). */
  reminders: string[];
  /** The upper-level office must hold the talk within this period of the escalation (Art. 15(2)). */
  talkHoldWithin: string;
  /** How often the committee is reminded while a veto proposal waits for its decision (Art. 15(4)). */
  vetoDecisionReminderEvery: string;
  /**
   * Bars that a listing and a veto open (Art. 15(3) 半年, Art. 15(4) 一年): fixed by the regulation, `P6M` and `P1Y`
   * everywhere but in a drill region ({@link regulationProblems}).
   */
  bars: { listing: string; veto: string };
  /** Art. 16 "应当从重": start this many rungs higher; at least one, fixed by the regulation. */
  aggravatingRungsUp: number;
  /** Art. 17 "可以从轻": the opening office may start at most this many rungs lower, with a reason. */
  mitigatingMaxRungsDown: number;
  /**
   * Extensions of a rectification deadline the issuer may grant, per rung: how many and how long each. Policies
   * written before this setting existed get {@link DEFAULT_EXTENSIONS}.
   */
  extensions?: { maxCount: number; maxLength: string };
  /**
   * Art. 16 "应当从重": a case with aggravating circumstances may not have its deadlines extended. Absent means true;
   * false is refused ({@link regulationProblems}); a version stored with it earlier no longer applies to new cases.
   */
  aggravatingForbidsExtensions?: boolean;
  /**
   * Art. 14(5) "出现反弹": after a rectified close, how long a reported rebound reopens the case one rung higher.
   * Policies written before this setting existed get {@link DEFAULT_AFTER_CLOSE}.
   */
  reboundWatch?: string;
  /**
   * Art. 15(5): after a veto's deadline passes unrectified, how long the case stays open for accountability referrals,
   * the upper committee reminded at {@link referralReminderEvery} until one is made.
   */
  accountabilityWindow?: string;
  /** How often the receiving body is reminded while a referral awaits its outcome (and the committee, see above). */
  referralReminderEvery?: string;
}

/** Project defaults, not from the regulation: a six-month rebound watch, a 90-day window, monthly reminders. */
export const DEFAULT_AFTER_CLOSE = {
  reboundWatch: 'P6M',
  accountabilityWindow: 'P90D',
  referralReminderEvery: 'P30D',
} as const;

/** Project default, not from the regulation: one extension of at most 30 days per rung. */
export const DEFAULT_EXTENSIONS = { maxCount: 1, maxLength: 'P30D' } as const;

export interface PolicyDocument {
  /** Free text: which local rule this implements. */
  basis: string;
  ladder: LadderPolicy;
  /** The annual cycle (Art. 7–13); policies without it get {@link DEFAULT_ANNUAL}. */
  annual?: AnnualPolicy;
  /** Key areas (Art. 15(1) ¶2); policies without it get {@link DEFAULT_KEY_AREAS}. */
  keyAreas?: KeyAreaPolicy;
  /** Special supervision (Art. 9); policies without it get {@link DEFAULT_SUPERVISION}. */
  supervision?: SupervisionPolicy;
}

/**
 * The built-in default (version 0). The bar lengths come from the regulation; every other number is this
 * project's default, not the regulation's, and says so in `basis`.
 */
export const DEFAULT_POLICY: PolicyDocument = {
  basis:
    '系统默认值。挂牌督办半年、一票否决一年取自《实施办法》第十五条；整改期限、提醒、约谈期限、从重从轻幅度、反弹观察期、问责移送期限及催办间隔为系统默认值，非《实施办法》规定，可由各地依第十八条另定。',
  ladder: {
    rectification: { notice: 'P30D', talk: 'P30D', listing: 'P60D', veto: 'P90D' },
    reminders: ['P7D', 'P1D'],
    talkHoldWithin: 'P15D',
    vetoDecisionReminderEvery: 'P7D',
    bars: { listing: 'P6M', veto: 'P1Y' },
    aggravatingRungsUp: 1,
    mitigatingMaxRungsDown: 1,
    extensions: { ...DEFAULT_EXTENSIONS },
    aggravatingForbidsExtensions: true,
    ...DEFAULT_AFTER_CLOSE,
  },
  annual: DEFAULT_ANNUAL,
  keyAreas: DEFAULT_KEY_AREAS,
  supervision: DEFAULT_SUPERVISION,
};

/** Problems with a policy document, as `path: message` strings; empty when it is sound. */
export function policyProblems(doc: PolicyDocument): string[] {
  const problems: string[] = [];
  const l = doc.ladder;
  const duration = (path: string, v: string, fixed = false) => {
    if (!isIsoDuration(v)) problems.push(`${path}: ${JSON.stringify(v)} is not an ISO-8601 duration`);
    else if (fixed && fixedDurationMs(parseIsoDuration(v)!) === undefined)
      problems.push(`${path}: use days, hours, minutes or seconds, not months or years`);
    else if ((fixedDurationMs(parseIsoDuration(v)!) ?? 1) === 0) problems.push(`${path}: must be longer than zero`);
  };
  for (const r of RUNGS) duration(`ladder.rectification.${r}`, l.rectification[r]);
  l.reminders.forEach((v, i) => duration(`ladder.reminders.${i}`, v, true));
  duration('ladder.talkHoldWithin', l.talkHoldWithin);
  duration('ladder.vetoDecisionReminderEvery', l.vetoDecisionReminderEvery, true);
  duration('ladder.bars.listing', l.bars.listing);
  duration('ladder.bars.veto', l.bars.veto);
  if (l.extensions) duration('ladder.extensions.maxLength', l.extensions.maxLength);
  if (doc.annual) problems.push(...annualProblems(doc.annual));
  if (doc.keyAreas) problems.push(...keyAreaProblems(doc.keyAreas));
  if (doc.supervision) problems.push(...supervisionProblems(doc.supervision));
  if (l.reboundWatch !== undefined) duration('ladder.reboundWatch', l.reboundWatch);
  if (l.accountabilityWindow !== undefined) duration('ladder.accountabilityWindow', l.accountabilityWindow);
  if (l.referralReminderEvery !== undefined) duration('ladder.referralReminderEvery', l.referralReminderEvery, true);
  return problems;
}

/** Every period of a policy document, as `[path, value]`: the ladder's and the annual cycle's. */
export function policyPeriods(doc: PolicyDocument): [string, string][] {
  const l = doc.ladder;
  const out: [string, string][] = [
    ...RUNGS.map((r): [string, string] => [`ladder.rectification.${r}`, l.rectification[r]]),
    ...l.reminders.map((v, i): [string, string] => [`ladder.reminders.${i}`, v]),
    ['ladder.talkHoldWithin', l.talkHoldWithin],
    ['ladder.vetoDecisionReminderEvery', l.vetoDecisionReminderEvery],
    ['ladder.bars.listing', l.bars.listing],
    ['ladder.bars.veto', l.bars.veto],
  ];
  if (l.extensions) out.push(['ladder.extensions.maxLength', l.extensions.maxLength]);
  if (l.reboundWatch !== undefined) out.push(['ladder.reboundWatch', l.reboundWatch]);
  if (l.accountabilityWindow !== undefined) out.push(['ladder.accountabilityWindow', l.accountabilityWindow]);
  if (l.referralReminderEvery !== undefined) out.push(['ladder.referralReminderEvery', l.referralReminderEvery]);
  const a = doc.annual;
  if (a) {
    out.push(['annual.pledgeSignWithin', a.pledgeSignWithin]);
    a.pledgeReminders.forEach((v, i) => out.push([`annual.pledgeReminders.${i}`, v]));
    out.push(['annual.reportsOpenAfter', a.reportsOpenAfter], ['annual.reportsDueWithin', a.reportsDueWithin]);
    a.reportReminders.forEach((v, i) => out.push([`annual.reportReminders.${i}`, v]));
    out.push(['annual.scoresDueWithin', a.scoresDueWithin], ['annual.nominationsWithin', a.nominationsWithin]);
  }
  if (doc.keyAreas) out.push(...keyAreaPeriods(doc.keyAreas));
  if (doc.supervision) out.push(...supervisionPeriods(doc.supervision));
  return out;
}

/** Whether `text` is exactly `months` calendar months (P6M, P0Y6M; P1Y, P12M): no weeks, days or times. */
function isCalendarMonths(text: string, months: number): boolean {
  const d = parseIsoDuration(text);
  if (!d) return false;
  return d.weeks + d.days + d.hours + d.minutes + d.seconds === 0 && d.years * 12 + d.months === months;
}

/** Whole days or longer: no hours, minutes or seconds, and not zero. */
function isWholeDays(text: string): boolean {
  const d = parseIsoDuration(text);
  if (!d) return false;
  return d.hours + d.minutes + d.seconds === 0 && d.years + d.months + d.weeks + d.days > 0;
}

/**
 * What the regulation fixes is not policy (issue 11, item 1): Art. 18 lets localities write detailed rules only
 * "根据本实施办法", so a policy may not change
 *
 * - the bars of a listing, 半年 (`P6M`, Art. 15(3)), and of a veto, 一年 (`P1Y`, Art. 15(4));
 * - 应当从重 (Art. 16): aggravating circumstances raise the first rung by at least one (`aggravatingRungsUp` ≥ 1) and
 *   allow no extension of a deadline (`aggravatingForbidsExtensions` not false; absent means true);
 * - and outside a drill region every period is whole days or longer (no hours, minutes or seconds).
 *
 * In a drill region (`drill`: the region or one above it marked by an admin) the periods, the fixed ones included, may
 * be short (second-scale) or otherwise differ from the regulation's; Art. 16 holds in a drill too — a drill rehearses
 * the real rules on a faster clock. The default scope is never a drill. Problems as `path: message` strings, empty
 * when the document conforms. Checked when a policy is installed, and again when a stored version is read
 * (db/policies.ts `effectivePolicy` passes over a version that no longer conforms).
 */
export function regulationProblems(doc: PolicyDocument, opts: { drill: boolean }): string[] {
  const problems: string[] = [];
  const l = doc.ladder;
  if (!opts.drill) {
    if (!isCalendarMonths(l.bars.listing, 6))
      problems.push(
        `ladder.bars.listing: Art. 15(3) fixes the bars of a listing at 半年 (six months, "P6M"), not ${JSON.stringify(l.bars.listing)}; a policy may not change it (Art. 18: local rules only 根据本实施办法), only a drill region may shorten it`,
      );
    if (!isCalendarMonths(l.bars.veto, 12))
      problems.push(
        `ladder.bars.veto: Art. 15(4) fixes the bars of a one-vote veto at 一年 (one year, "P1Y"), not ${JSON.stringify(l.bars.veto)}; a policy may not change it (Art. 18: local rules only 根据本实施办法), only a drill region may shorten it`,
      );
    for (const [path, v] of policyPeriods(doc)) {
      if (path.startsWith('ladder.bars.') || !isIsoDuration(v) || isWholeDays(v)) continue;
      problems.push(
        `${path}: ${JSON.stringify(v)} is shorter than a day or counts hours, minutes or seconds; outside a drill region every period is whole days or longer (Art. 18: short drill periods only in a region an admin marked as a drill region)`,
      );
    }
  }
  if (!(l.aggravatingRungsUp >= 1))
    problems.push(
      `ladder.aggravatingRungsUp: Art. 16 (应当从重) requires aggravating circumstances to raise the first rung by at least one, not ${l.aggravatingRungsUp}`,
    );
  if (l.aggravatingForbidsExtensions === false)
    problems.push(
      'ladder.aggravatingForbidsExtensions: Art. 16 (应当从重) allows no extension of a deadline when there are aggravating circumstances; it may not be false',
    );
  return problems;
}

/** DESIGN.md §4: the rung a severity starts on. */
export function rungForSeverity(severity: Severity): Rung {
  return RUNGS[SEVERITIES.indexOf(severity)]!;
}

/**
 * The first rung of a case: severity picks it; aggravating circumstances (Art. 16, 应当从重) move it up by policy;
 * a mitigation (Art. 17, 可以从轻) the office chose moves it down within the policy's limit. Returns the rung and
 * the recorded reason.
 */
export function firstRung(
  policy: LadderPolicy,
  severity: Severity,
  aggravating: boolean,
  mitigationRungsDown: number,
): { rung: Rung; reason: string } {
  const base = SEVERITIES.indexOf(severity);
  const parts = [`情节${severityName(severity)}，依第十五条自${RUNG_NAMES[RUNGS[base]!]}起`];
  let index = base;
  if (aggravating && policy.aggravatingRungsUp > 0) {
    index = Math.min(RUNGS.length - 1, index + policy.aggravatingRungsUp);
    parts.push(`具有第十六条从重情节，提高至${RUNG_NAMES[RUNGS[index]!]}`);
  } else if (mitigationRungsDown > 0) {
    index = Math.max(0, index - mitigationRungsDown);
    parts.push(`具有第十七条从轻情节，降低至${RUNG_NAMES[RUNGS[index]!]}`);
  }
  return { rung: RUNGS[index]!, reason: parts.join('；') };
}

export const RUNG_NAMES: Record<Rung, string> = { notice: '通报', talk: '约谈', listing: '挂牌督办', veto: '一票否决' };

function severityName(s: Severity): string {
  return {
    ordinary: '一般',
    serious: '危害严重或者影响重大',
    'especially-serious': '危害特别严重或者影响特别重大',
    'veto-level': '危害特别严重或者影响特别重大，应予一票否决',
  }[s];
}
