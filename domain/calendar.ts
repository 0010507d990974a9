/**
 * Calendar arithmetic in Asia/Shanghai (UTC+8 all year: China has kept no daylight saving since 1991), so that
 * "six months from the listing decision" (Art. 15(3)) and "one year from the veto" (Art. 15(4)) mean calendar
 * months and years as an official counts them. Pure and deterministic: safe in workflows.
 */
import { parseIsoDuration, type IsoDuration } from './duration';
import { DEFAULT_EXTENSIONS, type LadderPolicy, type Rung } from './policy';

export const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/**
 * Adds an ISO-8601 duration to an instant. Years and months are calendar steps in Shanghai local time, clamped
 * to the end of a shorter month (31 August + P6M → 28 or 29 February); weeks, days and times are then added as
 * local days and exact hours, minutes and seconds.
 */
export function addDuration(from: Date, duration: IsoDuration | string): Date {
  const d = typeof duration === 'string' ? parseIsoDuration(duration) : duration;
  if (!d) throw new RangeError(`not an ISO-8601 duration: ${String(duration)}`);
  const local = new Date(from.getTime() + SHANGHAI_OFFSET_MS);
  let year = local.getUTCFullYear();
  let month0 = local.getUTCMonth() + d.months + d.years * 12;
  year += Math.floor(month0 / 12);
  month0 = ((month0 % 12) + 12) % 12;
  const day = Math.min(local.getUTCDate(), daysInMonth(year, month0));
  const stepped = Date.UTC(
    year,
    month0,
    day + d.weeks * 7 + d.days,
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
    local.getUTCMilliseconds(),
  );
  const exact = ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000;
  return new Date(stepped + exact - SHANGHAI_OFFSET_MS);
}

/** Whether a duration counts in days or longer (then a deadline runs to the end of its last day). */
export function isDayScale(duration: IsoDuration | string): boolean {
  const d = typeof duration === 'string' ? parseIsoDuration(duration) : duration;
  if (!d) return false;
  return d.hours === 0 && d.minutes === 0 && d.seconds === 0 && d.years + d.months + d.weeks + d.days > 0;
}

/** The last instant of the Shanghai calendar day that contains `at` (23:59:59.999 local). */
export function endOfShanghaiDay(at: Date): Date {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 23, 59, 59, 999);
  return new Date(end - SHANGHAI_OFFSET_MS);
}

/**
 * A deadline `duration` after `from`. Day-scale periods (P30D, P6M, P1Y) run to the end of their last day, as a
 * written notice's "限期" is read; second-scale drill periods (PT5S) are exact.
 *
 * Counting follows the Civil Code (Art. 201–203): the period starts the day after the act; it ends on the
 * corresponding day of the last month, or the month's last day if it has none — decided 15 March, six months
 * end with 15 September; decided 31 August, with the last day of February.
 */
export function deadlineAfter(from: Date, duration: string): Date {
  const at = addDuration(from, duration);
  return isDayScale(duration) ? endOfShanghaiDay(at) : at;
}

/** YYYY-MM-DD of an instant in Shanghai. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Formats an instant as a Chinese date for documents: 2026年11月26日. */
export function chineseDate(at: Date): string {
  const [y, m, d] = shanghaiDate(at).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The latest rectification deadline any act may set for `rung` from `from` (issue 10: bounded by the policy): the
 * policy's period for the rung, plus every extension the policy would allow on it. An explicit deadline, a talk's or
 * a declined veto's new deadline beyond it is refused — a deadline in 9999 would be a case that never escalates.
 */
export function latestDeadline(policy: LadderPolicy, rung: Rung, from: Date): Date {
  let t = deadlineAfter(from, policy.rectification[rung]);
  const ext = policy.extensions ?? DEFAULT_EXTENSIONS;
  for (let i = 0; i < ext.maxCount; i++) t = addDuration(t, ext.maxLength);
  return t;
}
