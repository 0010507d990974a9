/**
 * ISO-8601 durations (DESIGN.md §7: every period is policy data such as `P30D`, `P6M`, `P1Y`, or `PT5S` in a
 * drill). Pure: imported by workflows, activities and the API alike.
 */

export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,3})?)S)?)?$/;

/** Parses `PnYnMnWnDTnHnMnS` (non-negative, integer parts, fractional seconds to milliseconds). */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const n = (s: string | undefined): number => (s === undefined ? 0 : Number(s));
  return {
    years: n(m[1]),
    months: n(m[2]),
    weeks: n(m[3]),
    days: n(m[4]),
    hours: n(m[5]),
    minutes: n(m[6]),
    seconds: n(m[7]),
  };
}

export function isIsoDuration(text: string): boolean {
  return parseIsoDuration(text) !== undefined;
}

/**
 * Milliseconds of a duration that has no calendar parts (no years or months, whose length depends on the date
 * they are counted from). Returns undefined for a duration with years or months.
 */
export function fixedDurationMs(d: IsoDuration): number | undefined {
  if (d.years !== 0 || d.months !== 0) return undefined;
  return Math.round(((((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) * 60 + d.seconds) * 1000);
}
