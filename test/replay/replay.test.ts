/**
 * Replay over recorded histories (quality bar: deterministic workflows). Every history in test/histories was
 * recorded from a real run; replaying it against today's workflow code must produce the same commands. A change
 * that would break running workflows fails here — use `patched()` for such changes, and record new histories
 * with `npm run record-histories` (RECORD_HISTORIES=1), which runs each scenario on the dev server first.
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { systemCheckWorkflow } from '../../workflows/systemCheck';
import { WORKFLOWS_PATH } from '../../worker/worker';
import { quietRuntime, startHarness } from '../helpers';

const CHANGED_WORKFLOWS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'changedWorkflows.ts');
const HISTORIES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'histories');

/** Scenarios recorded from real runs: name → how to run it to completion. */
const SCENARIOS: Record<string, (h: Awaited<ReturnType<typeof startHarness>>) => Promise<string>> = {
  'systemCheck-immediate': async (h) => {
    const workflowId = `system-check-${randomUUID()}`;
    await h.client.workflow.execute(systemCheckWorkflow, {
      workflowId,
      taskQueue: h.config.temporal.taskQueue,
      args: [{ requestedBy: 'recorder', note: 'recorded' }],
    });
    return workflowId;
  },
  'systemCheck-with-timer': async (h) => {
    const workflowId = `system-check-${randomUUID()}`;
    await h.client.workflow.execute(systemCheckWorkflow, {
      workflowId,
      taskQueue: h.config.temporal.taskQueue,
      args: [{ requestedBy: 'recorder', wait: 'PT1S' }],
    });
    return workflowId;
  },
};

describe('replay of recorded workflow histories', () => {
  it.runIf(process.env.RECORD_HISTORIES === '1')('records a history of every scenario', async () => {
    const h = await startHarness();
    try {
      for (const [name, run] of Object.entries(SCENARIOS)) {
        const workflowId = await run(h);
        // The CLI's JSON is the format Temporal's replayers read (and what `temporal workflow show` gives a
        // supervisor who wants to attach a production history here).
        const { stdout } = await promisify(execFile)(
          inject('temporalCliPath'),
          ['workflow', 'show', '--workflow-id', workflowId, '--address', h.config.temporal.address, '--output', 'json'],
          { maxBuffer: 64 * 1024 * 1024 },
        );
        await writeFile(path.join(HISTORIES, `${name}.json`), stdout);
      }
    } finally {
      await h.close();
    }
  });

  it('has a recorded history for every scenario', async () => {
    const files = (await readdir(HISTORIES)).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(
      Object.keys(SCENARIOS)
        .map((n) => `${n}.json`)
        .sort(),
    );
  });

  it('replays every recorded history against the current workflow code without nondeterminism', async () => {
    quietRuntime();
    const files = (await readdir(HISTORIES)).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const history = JSON.parse(await readFile(path.join(HISTORIES, file), 'utf8'));
      await expect(
        Worker.runReplayHistory({ workflowsPath: WORKFLOWS_PATH, replayName: file }, history, file),
        file,
      ).resolves.toBeUndefined();
    }
  });

  it('fails when the workflow code changed incompatibly (so the guard above can fail)', async () => {
    quietRuntime();
    const history = JSON.parse(await readFile(path.join(HISTORIES, 'systemCheck-immediate.json'), 'utf8'));
    await expect(
      Worker.runReplayHistory({ workflowsPath: CHANGED_WORKFLOWS, replayName: 'changed' }, history),
    ).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
