/**
 * Art. 15(1)(2) with issue 10 and issue 14: an act the database refuses is taken back, never retried while the
 * rectification deadline waits. So a permanent data failure must be recognised however it reaches the workflow:
 * wrapped in an ActivityFailure from an activity of its own, or as raised by a local activity (the case's records).
 */
import { ActivityFailure, ApplicationFailure, RetryState } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { PERMANENT_DATA_ERROR, permanentReason } from '../../domain/failures';

const refused = () =>
  ApplicationFailure.create({ type: PERMANENT_DATA_ERROR, message: 'recordCaseEvent: refused', nonRetryable: true });

describe('permanentReason', () => {
  it('reads the reason from an activity failure and from a local activity failure alike', () => {
    const wrapped = new ActivityFailure(
      'failed',
      'recordCaseEvent',
      '1',
      RetryState.NON_RETRYABLE_FAILURE,
      'w',
      refused(),
    );
    expect(permanentReason(wrapped)).toBe('recordCaseEvent: refused');
    expect(permanentReason(refused())).toBe('recordCaseEvent: refused');
  });

  it('leaves every other failure to be retried or to fail the task', () => {
    const transient = ApplicationFailure.create({ type: 'Other', message: 'x' });
    expect(permanentReason(transient)).toBeUndefined();
    expect(
      permanentReason(new ActivityFailure('failed', 'a', '1', RetryState.MAXIMUM_ATTEMPTS_REACHED, 'w', transient)),
    ).toBeUndefined();
    expect(permanentReason(new Error('boom'))).toBeUndefined();
  });
});
