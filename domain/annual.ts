/**
 * The annual cycle (Art. 7, 8, 10–13; DESIGN.md §6) as policy data: when the year starts, how long pledges wait for
 * signatures, when work reports are due, the indicator system and grade thresholds of the assessment, how long
 * nominations stay open. Every number here is this project's default, not the regulation's (Art. 18: local rules
 * set them); the regulation fixes only the shape — pledges at the start of the year (Art. 7 每年年初), reports at the
 * end (Art. 8), an indicator system (Art. 10), a failing grade as Art. 14 ground 4, and three commendations in a row
 * for provincial praise (Art. 13 ¶2). Pure: imported by workflows, activities and the API.
 */
import { fixedDurationMs, isIsoDuration, parseIsoDuration } from './duration';

export interface Indicator {
  /** Stable id, e.g. security-satisfaction. */
  id: string;
  name: string;
  /** Share of the total score, in percent; the weights add up to 100. */
  weight: number;
  /** The highest raw score an office may enter. */
  max: number;
}

export interface AnnualPolicy {
  /** When the schedule starts the year's cycle, Asia/Shanghai (Art. 7 每年年初). */
  start: { month: number; day: number; hour: number };
  /** Pledges wait this long for their signature (then the unsigned are reported), with reminders before. */
  pledgeSignWithin: string;
  pledgeReminders: string[];
  /** From the cycle's start to the opening of the work reports (Art. 8: at year end), and how long they stay open. */
  reportsOpenAfter: string;
  reportsDueWithin: string;
  reportReminders: string[];
  /** After the reports are due, how long offices have to enter assessment scores (Art. 10). */
  scoresDueWithin: string;
  /** After the results, how long nominations for commendation stay open (Art. 12). */
  nominationsWithin: string;
  indicators: Indicator[];
  /** Lowest weighted total (0–100) of each grade; below `pass` is 不合格 (Art. 14 ground 4). */
  grades: { excellent: number; good: number; pass: number };
  /** A serious incident that gravely affected social stability (Art. 10 ¶2) makes the year 不合格 whatever the score. */
  majorIncidentFails: boolean;
}

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_NAMES: Record<Grade, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };

/** Project defaults, not from the regulation. The three indicators are the ones Art. 10 ¶2 names for the archive. */
export const DEFAULT_ANNUAL: AnnualPolicy = {
  start: { month: 1, day: 5, hour: 9 },
  pledgeSignWithin: 'P30D',
  pledgeReminders: ['P7D', 'P1D'],
  reportsOpenAfter: 'P11M',
  reportsDueWithin: 'P30D',
  reportReminders: ['P7D', 'P1D'],
  scoresDueWithin: 'P30D',
  nominationsWithin: 'P15D',
  indicators: [
    { id: 'security-satisfaction', name: '群众安全感满意度', weight: 40, max: 100 },
    { id: 'key-work', name: '平安建设重点工作推进落实', weight: 40, max: 100 },
    { id: 'grassroots', name: '基层基础工作', weight: 20, max: 100 },
  ],
  grades: { excellent: 90, good: 80, pass: 60 },
  majorIncidentFails: true,
};

/** Problems with an annual policy, as `path: message` strings; empty when it is sound. */
export function annualProblems(a: AnnualPolicy, prefix = 'annual'): string[] {
  const problems: string[] = [];
  const duration = (path: string, v: string, fixed = false) => {
    if (!isIsoDuration(v)) problems.push(`${prefix}.${path}: ${JSON.stringify(v)} is not an ISO-8601 duration`);
    else if (fixed && fixedDurationMs(parseIsoDuration(v)!) === undefined)
      problems.push(`${prefix}.${path}: use days, hours, minutes or seconds, not months or years`);
  };
  duration('pledgeSignWithin', a.pledgeSignWithin);
  a.pledgeReminders.forEach((v, i) => duration(`pledgeReminders.${i}`, v, true));
  duration('reportsOpenAfter', a.reportsOpenAfter);
  duration('reportsDueWithin', a.reportsDueWithin);
  a.reportReminders.forEach((v, i) => duration(`reportReminders.${i}`, v, true));
  duration('scoresDueWithin', a.scoresDueWithin);
  duration('nominationsWithin', a.nominationsWithin);
  const total = a.indicators.reduce((s, i) => s + i.weight, 0);
  if (Math.abs(total - 100) > 1e-9) problems.push(`${prefix}.indicators: the weights add up to ${total}, not 100`);
  if (new Set(a.indicators.map((i) => i.id)).size !== a.indicators.length)
    problems.push(`${prefix}.indicators: each indicator id once`);
  if (!(a.grades.excellent > a.grades.good && a.grades.good > a.grades.pass))
    problems.push(`${prefix}.grades: expected excellent > good > pass`);
  return problems;
}

/**
 * The weighted total (0–100) and grade of one subject: each raw score scaled to its indicator's maximum and
 * weighted; a major incident fails the year when the policy says so. A missing score counts as zero.
 */
export function grade(
  a: AnnualPolicy,
  scores: Record<string, number>,
  majorIncident: boolean,
): { total: number; grade: Grade; reason: string } {
  const total = Math.round(a.indicators.reduce((s, i) => s + ((scores[i.id] ?? 0) / i.max) * i.weight, 0) * 100) / 100;
  if (majorIncident && a.majorIncidentFails)
    return { total, grade: 'fail', reason: '发生严重影响社会和谐稳定的重特大案事件' };
  const g: Grade =
    total >= a.grades.excellent
      ? 'excellent'
      : total >= a.grades.good
        ? 'good'
        : total >= a.grades.pass
          ? 'pass'
          : 'fail';
  return { total, grade: g, reason: `综合得分${total}分` };
}

/** The calendar year a moment belongs to in Asia/Shanghai. */
export function shanghaiYear(at: Date): number {
  return new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
}

/** A pledge's state as its workflow keeps it (Art. 7): the version awaiting or bearing a signature. */
export interface PledgeState {
  pledgeId: string;
  version: number;
  status: 'awaiting-signature' | 'overdue' | 'signed' | 'unsigned';
  deadline: string;
  signedVersion: number | null;
  reminders: number;
}
