/**
 * Key areas and prominent public-security problems (Art. 15(1) ¶2): "县级以上社会治安综合治理委员会应当制定和实施社会
 * 治安重点地区认定标准和程序办法，对偏远农村、城乡接合部、城中村、中小旅馆、娱乐场所等社会治安重点地区以及黑拐枪、盗抢骗、
 * 黄赌毒等突出治安问题，应当组织有关成员单位开展滚动排查、常态整治，并建立完善定期通报制度。"
 *
 * The contract shared by the API, the activities and the workflows: categories and their Chinese names, the policy
 * section (`keyAreas`), workflow ids and inputs, and the Schedule's spec for the periodic notification. Pure, and safe
 * in workflow code.
 */
import { fixedDurationMs, isIsoDuration, parseIsoDuration } from './duration';

/** 偏远农村、城乡接合部、城中村、中小旅馆、娱乐场所 "等": the named kinds of key area, and any other the standard admits. */
export const AREA_CATEGORIES = [
  'remote-village',
  'urban-rural-fringe',
  'urban-village',
  'small-hotel',
  'entertainment-venue',
  'other-area',
] as const;
/** 黑拐枪、盗抢骗、黄赌毒 "等": the named groups of prominent problems, and any other. */
export const PROBLEM_CATEGORIES = [
  'guns-trafficking',
  'theft-robbery-fraud',
  'vice-gambling-drugs',
  'other-problem',
] as const;
export const KEY_AREA_CATEGORIES = [...AREA_CATEGORIES, ...PROBLEM_CATEGORIES] as const;
export type KeyAreaCategory = (typeof KEY_AREA_CATEGORIES)[number];
export type KeyAreaKind = 'area' | 'problem';

export const CATEGORY_NAMES: Record<KeyAreaCategory, string> = {
  'remote-village': '偏远农村',
  'urban-rural-fringe': '城乡接合部',
  'urban-village': '城中村',
  'small-hotel': '中小旅馆',
  'entertainment-venue': '娱乐场所',
  'other-area': '其他重点地区',
  'guns-trafficking': '黑拐枪',
  'theft-robbery-fraud': '盗抢骗',
  'vice-gambling-drugs': '黄赌毒',
  'other-problem': '其他突出治安问题',
};

export const kindOfCategory = (c: KeyAreaCategory): KeyAreaKind =>
  (AREA_CATEGORIES as readonly string[]).includes(c) ? 'area' : 'problem';

export const KIND_NAMES: Record<KeyAreaKind, string> = { area: '社会治安重点地区', problem: '突出治安问题' };

/**
 * Where a listed item stands: `listed` (rolling investigation and continuous rectification under way), `overdue`
 * (its deadline passed with no effective measures accepted: a case on ground 5 was opened or refused), `delisted`
 * (accepted and removed from the register; watched for a rebound), `watch-ended` (the watch passed without one),
 * `rebound` (a rebound after delisting opened a case).
 */
export const KEY_AREA_STATUSES = ['listed', 'overdue', 'delisted', 'watch-ended', 'rebound'] as const;
export type KeyAreaStatus = (typeof KEY_AREA_STATUSES)[number];

export const STATUS_NAMES: Record<KeyAreaStatus, string> = {
  listed: '在册整治',
  overdue: '逾期未采取有效措施',
  delisted: '已验收销号（反弹观察期）',
  'watch-ended': '已销号',
  rebound: '销号后出现反弹',
};

// ---------------------------------------------------------------- policy (Art. 18)

/** The `keyAreas` section of a policy document: every period Art. 15(1) ¶2 leaves open. */
export interface KeyAreaPolicy {
  /** 滚动排查: how often the member units are given a new round of investigation, each due by the next. */
  rollingInvestigationEvery: string;
  /** 常态整治: the rectification period from listing; past it with no accepted measures, a case on ground 5. */
  rectificationPeriod: string;
  /** 定期通报: how often the committee's notification is issued; whole months (calendar) or a fixed length. */
  notificationEvery: string;
  /** Art. 14(5) 出现反弹: how long a delisted item is watched, a rebound reported in it opening a case. */
  reboundWatch: string;
}

/** Project defaults, not from the regulation: monthly checks and notifications, 90 days to rectify, a 6-month watch. */
export const DEFAULT_KEY_AREAS: KeyAreaPolicy = {
  rollingInvestigationEvery: 'P1M',
  rectificationPeriod: 'P90D',
  notificationEvery: 'P1M',
  reboundWatch: 'P6M',
};

/** Every period of the section, as `[path, value]` (checked for drill-only short periods by domain/policy.ts). */
export function keyAreaPeriods(k: KeyAreaPolicy, prefix = 'keyAreas'): [string, string][] {
  return [
    [`${prefix}.rollingInvestigationEvery`, k.rollingInvestigationEvery],
    [`${prefix}.rectificationPeriod`, k.rectificationPeriod],
    [`${prefix}.notificationEvery`, k.notificationEvery],
    [`${prefix}.reboundWatch`, k.reboundWatch],
  ];
}

/** Problems with the section, as `path: message`; empty when sound. */
export function keyAreaProblems(k: KeyAreaPolicy, prefix = 'keyAreas'): string[] {
  const problems: string[] = [];
  for (const [path, v] of keyAreaPeriods(k, prefix)) {
    const d = parseIsoDuration(v);
    if (!d || !isIsoDuration(v)) problems.push(`${path}: ${JSON.stringify(v)} is not an ISO-8601 duration`);
    else if ((fixedDurationMs(d) ?? 1) === 0) problems.push(`${path}: must be longer than zero`);
  }
  const n = parseIsoDuration(k.notificationEvery);
  if (n && notificationCadence(k.notificationEvery) === undefined)
    problems.push(
      `${prefix}.notificationEvery: a schedule repeats either in whole months (P1M, P3M, P1Y) or in a fixed length (P14D, PT5S), not both`,
    );
  return problems;
}

/**
 * How the notification repeats: every n calendar months (on the 1st, 09:00 Asia/Shanghai), or every fixed length.
 * Undefined for a mix of months and days, which no schedule can keep.
 */
export function notificationCadence(every: string): { months: number } | { ms: number } | undefined {
  const d = parseIsoDuration(every);
  if (!d) return undefined;
  const months = d.years * 12 + d.months;
  const fixed = fixedDurationMs({ ...d, years: 0, months: 0 })!;
  if (months > 0 && fixed === 0) return months <= 12 ? { months } : undefined;
  if (months === 0 && fixed > 0) return { ms: fixed };
  return undefined;
}

const MONTHS = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
] as const;

/**
 * The Schedule's spec for a register's notification (Asia/Shanghai): whole months on the first day of every n-th
 * month at 09:00, starting in January; a fixed length as an interval (a drill's in seconds).
 */
export function notificationScheduleSpec(every: string) {
  const c = notificationCadence(every);
  if (!c) throw new RangeError(`not a notification cadence: ${every}`);
  if ('months' in c)
    return {
      calendars: [
        {
          month: { start: MONTHS[0], end: MONTHS[11], step: c.months },
          dayOfMonth: 1,
          hour: 9,
          minute: 0,
          second: 0,
          comment: '社会治安重点地区定期通报（第十五条第一项第二款）',
        },
      ],
      timezone: 'Asia/Shanghai',
    };
  return { intervals: [{ every: c.ms }], timezone: 'Asia/Shanghai' };
}

// ---------------------------------------------------------------- processes

/** One workflow per listed item, and one Schedule per register (its runs get the schedule's time appended). */
export const keyAreaWorkflowId = (areaId: string) => `key-area-${areaId}`;
export const keyAreaScheduleId = (regionId: string) => `key-area-notifications-${regionId}`;
export const keyAreaNotificationWorkflowId = (regionId: string) => `key-area-notification-${regionId}`;

export interface KeyAreaInput {
  areaId: string;
  registerRegionId: string;
  kind: KeyAreaKind;
  category: KeyAreaCategory;
  name: string;
  locationRegionId: string;
  responsibleName: string;
  listedAt: string;
  /** The rectification deadline set at listing (常态整治 限期). */
  deadline: string;
  policy: KeyAreaPolicy;
  /**
   * Where a run that continued as new left off (a drill's rounds in seconds, or years of monthly rounds, would grow one
   * history without end): the round under way, when it ends, the status and the case opened.
   */
  resume?: { round: number; roundEnds: string; status: 'listed' | 'overdue'; caseId: string | null };
}

export interface KeyAreaNotificationInput {
  regionId: string;
}

/** Why a key area opens a case on Art. 14 ground 5: no effective measures by its deadline, or a rebound. */
export type KeyAreaOccasion = 'no-measures' | 'rebound';

/** Business outcomes of acts on a key area, as update failures: refused because of its state, or its content. */
export const KEY_AREA_STATE_CONFLICT = 'KeyAreaStateConflict';

/** The Web UI's one line for a listed item: 重点地区 / 突出治安问题, its name and category. */
export const keyAreaSummary = (i: Pick<KeyAreaInput, 'kind' | 'name' | 'category'>) =>
  `${i.kind === 'area' ? '重点地区' : '突出治安问题'} ${i.name}（${CATEGORY_NAMES[i.category]}）`;
