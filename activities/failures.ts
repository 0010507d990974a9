/**
 * Classifies what an activity throws (issue 10): bad data is a permanent failure, raised non-retryable with the type
 * {@link PERMANENT_DATA_ERROR} so the workflow refuses the act instead of retrying it forever while a legal deadline
 * waits; everything else (a database that does not answer, a bug to be fixed and redeployed) stays retryable.
 */
import { ApplicationFailure } from '@temporalio/common';
import { PERMANENT_DATA_ERROR } from '../domain/failures';

/** SQLSTATEs that retrying cannot cure: data exceptions (22) and integrity violations (23) but a unique key's race. */
export function isPermanentDataError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code)) return code !== '23505';
  return (err as { name?: unknown })?.name === 'ZodError';
}

export function classifyFailure(err: unknown, activity: string): unknown {
  if (err instanceof ApplicationFailure || !isPermanentDataError(err)) return err;
  const code = (err as { code?: string }).code;
  return ApplicationFailure.create({
    type: PERMANENT_DATA_ERROR,
    message: `${activity}: the data was refused${code ? ` (SQLSTATE ${code})` : ''}: ${(err as Error).message}`,
    nonRetryable: true,
    cause: err as Error,
  });
}

/** Wraps every activity of `acts` so its failures are classified; names and types are kept. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withFailureClassification<T extends Record<string, (...args: any[]) => Promise<unknown>>>(acts: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(acts)) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await fn(...args);
      } catch (err) {
        throw classifyFailure(err, name);
      }
    };
  }
  return wrapped as T;
}
