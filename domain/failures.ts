/**
 * Failure types shared by activities (which raise them) and workflows (which act on them). A permanent failure is
 * bad data PostgreSQL refused (SQLSTATE classes 22 and 23) or input an activity's own validation refused: retrying
 * cannot help, so it is raised non-retryable and the workflow refuses the act instead of waiting (issue 10: a
 * permanent failure never holds a legal deadline).
 */
import { ActivityFailure, ApplicationFailure } from '@temporalio/common';

export const PERMANENT_DATA_ERROR = 'PermanentDataError';

/** The reason, when `err` is an activity's permanent data failure (bad data, refused by PostgreSQL); else undefined. */
export function permanentReason(err: unknown): string | undefined {
  // A local activity's failure reaches the workflow as the activity raised it, not wrapped in an ActivityFailure.
  if (err instanceof ApplicationFailure && err.type === PERMANENT_DATA_ERROR) return err.message;
  if (!(err instanceof ActivityFailure)) return undefined;
  const cause = err.cause;
  if (cause instanceof ApplicationFailure && cause.type === PERMANENT_DATA_ERROR) return cause.message;
  return undefined;
}
