/**
 * Numbers in paths and query strings (issue 10, item 8), declared once: a parameter is a decimal string of ASCII
 * digits and nothing else. `z.coerce.number()` took whatever `Number()` takes — `0x7e9` (2025), `1e3`, ` 12 `,
 * `0b11`, `Infinity`, `''` (0) — so one year or limit had many spellings, and a fuzzer's or a typo's was answered as if
 * meant. Anything else is refused with 422 naming the parameter (`path.year`, `query.limit`), before the handler runs.
 */
import { z } from 'zod';

/** The years the annual cycle and its routes deal in. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/**
 * A calendar year in a path or a query: exactly four decimal digits, from 2000 to 2100. The OpenAPI document shows
 * the whole accepted language as one pattern, so that a client (or a fuzzer) generating from it sends only years
 * that are answered.
 */
export const yearParam = z
  .string()
  .regex(/^[0-9]{4}$/, 'expected a year as four decimal digits, e.g. 2026')
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(YEAR_MIN, `expected a year from ${YEAR_MIN} to ${YEAR_MAX}`)
      .max(YEAR_MAX, `expected a year from ${YEAR_MIN} to ${YEAR_MAX}`),
  )
  .meta({
    pattern: '^(20[0-9]{2}|2100)$',
    description: `A year: four decimal digits, ${YEAR_MIN}–${YEAR_MAX}`,
  });

/**
 * A whole number in a path or a query (a limit, a page, a count): decimal digits only, at most as many as `max`
 * has, within [min, max]. For a query parameter that may be left out, `.prefault('100')` (the default as it would
 * be written in the query, so that it is parsed, checked and documented like one) or `.optional()`.
 */
export function decimalIntParam(min: number, max: number) {
  const digits = String(max).length;
  return z
    .string()
    .regex(new RegExp(`^[0-9]{1,${digits}}$`), `expected a whole number in decimal digits, from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `expected a whole number from ${min} to ${max}`)
        .max(max, `expected a whole number from ${min} to ${max}`),
    )
    .meta({ description: `A whole number in decimal digits, ${min}–${max}` });
}
