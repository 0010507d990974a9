/** Builds the worker: every workflow in `workflows/`, every activity from the factory, on one task queue. */
import { fileURLToPath } from 'node:url';
import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from '../activities';
import type { Config } from '../lib/config';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

/**
 * `tuning` (config.worker, from the WORKER_* variables) bounds the workflow cache and the tasks run at once; without
 * it the SDK's defaults apply (the tests). The values `npm start` uses were chosen by `npm run bench:ladder` (issue 14).
 */
export async function createWorker(opts: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  tuning?: Config['worker'];
  overrides?: Partial<WorkerOptions>;
}): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    workflowsPath: WORKFLOWS_PATH,
    activities: createActivities(opts.deps),
    ...(opts.tuning
      ? {
          maxCachedWorkflows: opts.tuning.maxCachedWorkflows,
          // The SDK refuses more concurrent workflow tasks than cached workflows (unless the cache is off).
          maxConcurrentWorkflowTaskExecutions:
            opts.tuning.maxCachedWorkflows > 0
              ? Math.min(opts.tuning.maxConcurrentWorkflowTaskExecutions, opts.tuning.maxCachedWorkflows)
              : opts.tuning.maxConcurrentWorkflowTaskExecutions,
          maxConcurrentActivityTaskExecutions: opts.tuning.maxConcurrentActivityTaskExecutions,
          ...(opts.tuning.pollers === 'autoscaling'
            ? {
                workflowTaskPollerBehavior: { type: 'autoscaling' as const },
                activityTaskPollerBehavior: { type: 'autoscaling' as const },
              }
            : {}),
        }
      : {}),
    ...opts.overrides,
  });
}
