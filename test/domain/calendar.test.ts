import { describe, expect, it } from 'vitest';
import { addDuration, chineseDate, deadlineAfter, shanghaiDate } from '../../domain/calendar';

/** An instant given as Shanghai local time. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('calendar periods in Asia/Shanghai (DESIGN.md §5, §7)', () => {
  it('Art. 15(3): six months from a listing decided on 31 August end with the last day of February', () => {
    expect(deadlineAfter(sh('2026-08-31T10:00:00'), 'P6M')).toEqual(sh('2027-02-28T23:59:59.999'));
    // across a leap day
    expect(deadlineAfter(sh('2027-08-31T10:00:00'), 'P6M')).toEqual(sh('2028-02-29T23:59:59.999'));
  });

  it('Art. 15(4): one year from a veto on 29 February ends on 28 February', () => {
    expect(deadlineAfter(sh('2028-02-29T09:00:00'), 'P1Y')).toEqual(sh('2029-02-28T23:59:59.999'));
  });

  it('a month counts to the corresponding day, and days to the end of the last day', () => {
    expect(deadlineAfter(sh('2026-03-15T16:30:00'), 'P6M')).toEqual(sh('2026-09-15T23:59:59.999'));
    expect(deadlineAfter(sh('2026-12-20T08:00:00'), 'P30D')).toEqual(sh('2027-01-19T23:59:59.999'));
  });

  it('counts days by the Shanghai calendar, not UTC: 23:30 in Shanghai is already the next UTC day’s morning', () => {
    // 2026-01-31 23:30 Shanghai is 15:30 UTC on the 31st; one day later is 1 February in Shanghai.
    expect(shanghaiDate(addDuration(sh('2026-01-31T23:30:00'), 'P1D'))).toBe('2026-02-01');
    expect(deadlineAfter(sh('2026-01-31T23:30:00'), 'P1M')).toEqual(sh('2026-02-28T23:59:59.999'));
  });

  it('drill periods are exact', () => {
    expect(deadlineAfter(sh('2026-01-01T00:00:00'), 'PT5S')).toEqual(sh('2026-01-01T00:00:05'));
  });

  it('writes dates in Chinese for documents', () => {
    expect(chineseDate(sh('2026-03-05T01:00:00'))).toBe('2026年3月5日');
  });
});
