import { describe, expect, it } from 'vitest';
import { fixedDurationMs, parseIsoDuration } from '../../domain/duration';

// DESIGN.md §7 (Art. 18: localities set their own periods): every period is an ISO-8601 duration.
describe('ISO-8601 durations', () => {
  it('parses the periods the regulation and drills use', () => {
    expect(parseIsoDuration('P6M')).toMatchObject({ months: 6, days: 0 });
    expect(parseIsoDuration('P1Y')).toMatchObject({ years: 1 });
    expect(parseIsoDuration('P30D')).toMatchObject({ days: 30 });
    expect(parseIsoDuration('PT5S')).toMatchObject({ seconds: 5 });
    expect(parseIsoDuration('P1DT2H30M')).toMatchObject({ days: 1, hours: 2, minutes: 30 });
  });

  it('refuses what is not a duration', () => {
    for (const bad of ['', 'P', 'PT', '30D', 'P-1D', 'P1.5D', 'PT1H2', 'P1S', 'p1d']) {
      expect(parseIsoDuration(bad), bad).toBeUndefined();
    }
  });

  it('gives milliseconds only for fixed-length durations', () => {
    expect(fixedDurationMs(parseIsoDuration('P180D')!)).toBe(180 * 86_400_000);
    expect(fixedDurationMs(parseIsoDuration('P1W')!)).toBe(7 * 86_400_000);
    expect(fixedDurationMs(parseIsoDuration('PT1.5S')!)).toBe(1500);
    expect(fixedDurationMs(parseIsoDuration('P6M')!)).toBeUndefined();
  });
});
