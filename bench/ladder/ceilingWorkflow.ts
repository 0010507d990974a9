/**
 * bench/ladder (a): the engine's ceiling — the smallest process there is, a workflow with one activity that does
 * nothing, so the figures of the real processes can be read against what Temporal and the SDK give on this machine.
 */
import { proxyActivities } from '@temporalio/workflow';

export interface CeilingActivities {
  noop(): Promise<void>;
}

const { noop } = proxyActivities<CeilingActivities>({ startToCloseTimeout: '30 seconds' });

export async function ceilingWorkflow(): Promise<void> {
  await noop();
}
