/**
 * Key areas on the default (project) periods under the time-skipping test server: monthly rolling investigation, 90
 * days to rectify, a six-month rebound watch (none of them from the regulation: local rules set them, Art. 18).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startTimeSkipping } from '../timeSkipping';
import type { NativeConnection } from '@temporalio/worker';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getCase } from '../../db/cases';
import { getKeyArea, insertKeyArea, insertStandard, listChecks } from '../../db/keyAreas';
import { insertRegion, insertUnit } from '../../db/organisation';
import { addDuration, deadlineAfter } from '../../domain/calendar';
import { DEFAULT_KEY_AREAS, keyAreaWorkflowId, type KeyAreaInput } from '../../domain/keyAreas';
import { acceptRectification, getKeyAreaState, keyAreaWorkflow } from '../../workflows/keyArea';
import { createWorker } from '../../worker/worker';
import { freshDatabase, quietRuntime } from '../helpers';

let env: TestWorkflowEnvironment;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let n = 0;
const DAY = 86_400_000;

beforeAll(async () => {
  quietRuntime();
  db = await freshDatabase();
  await db.pool.query(`ALTER SEQUENCE key_area_number_seq RESTART WITH ${1 + Math.floor(Math.random() * 9_000_000)}`);
  for (const [id, name, level, parent] of [
    ['220000', '吉林省', 'province', null],
    ['220100', '长春市', 'city', '220000'],
    ['220102', '南关区', 'county', '220100'],
  ] as const)
    await insertRegion(db.pool, {
      id,
      name,
      level,
      kind: 'ordinary',
      parent_id: parent,
      committee_name: `${name}社会治安综合治理委员会`,
      office_name: `${name}社会治安综合治理委员会办公室`,
    });
  for (const [id, name] of [
    ['U-CC-PSB', '长春市公安局'],
    ['U-CC-CUL', '长春市文化广电和旅游局'],
  ] as const)
    await insertUnit(db.pool, {
      id,
      name,
      kind: 'administrative-organ',
      region_id: '220100',
      member_of_committee: true,
      stationed_by: null,
      supervising_unit_name: null,
      leads_region: false,
    });
  await insertStandard(db.pool, {
    regionId: '220100',
    title: '认定标准',
    criteria: ['治安问题突出'],
    procedure: '排查、认定、列入、整治、验收销号',
    effectiveFrom: new Date('2020-01-01T00:00:00Z'),
    adoptedBy: 'test',
  });
});
afterAll(async () => {
  await db?.drop();
});

beforeEach(async () => {
  env = await startTimeSkipping();
});
afterEach(async () => {
  await env?.teardown();
});

/** An entertainment venue listed now (the test server's clock), as the API lists it. */
async function listArea(): Promise<KeyAreaInput> {
  const now = new Date(await env.currentTimeMs());
  const areaId = `KA-2026-${String(Math.floor(Math.random() * 9_000_000) + ++n).padStart(7, '0')}`;
  const deadline = deadlineAfter(now, DEFAULT_KEY_AREAS.rectificationPeriod);
  await insertKeyArea(db.pool, {
    id: areaId,
    register_region_id: '220100',
    kind: 'area',
    category: 'entertainment-venue',
    name: '某娱乐场所集中区',
    location_region_id: '220102',
    responsible_kind: 'region',
    responsible_id: '220102',
    responsible_name: '南关区',
    reasons: ['涉黄涉赌警情多发'],
    standard_version: 1,
    targets: ['警情下降'],
    member_units: ['U-CC-PSB', 'U-CC-CUL'],
    status: 'listed',
    deadline,
    policy: DEFAULT_KEY_AREAS,
    listed_at: now,
    listed_by: 'test',
    idempotency_key: null,
  });
  return {
    areaId,
    registerRegionId: '220100',
    kind: 'area',
    category: 'entertainment-venue',
    name: '某娱乐场所集中区',
    locationRegionId: '220102',
    responsibleName: '南关区',
    listedAt: now.toISOString(),
    deadline: deadline.toISOString(),
    policy: DEFAULT_KEY_AREAS,
  };
}

describe('key areas on real periods (time-skipping)', () => {
  it('Art. 14(5), 15(1) ¶2: monthly rolling checks; 90 days without accepted measures → a case on ground 5; accepted later → delisted; six months without a rebound → watch ended', async () => {
    const input = await listArea();
    const taskQueue = `key-area-${input.areaId}`;
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { pool: db.appPool },
    });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(keyAreaWorkflow, {
        workflowId: keyAreaWorkflowId(input.areaId),
        taskQueue,
        args: [input],
      });
      const t0 = await env.currentTimeMs();
      const state = () => handle.query(getKeyAreaState);
      expect((await state()).status).toBe('listed');
      await env.sleep('89 days');
      let s = await state();
      expect(s.status).toBe('listed');
      // A round a month: the third began about 61 days in (P1M steps from the listing).
      expect(s.round).toBe(3);
      const checks = await listChecks(db.pool, { areaId: input.areaId, limit: 100 });
      expect(checks.filter((c) => c.round === 1).map((c) => c.status)).toEqual(['missed', 'missed']);
      // Each round is due a calendar month after it was assigned, when the next begins.
      const round2 = checks.find((c) => c.round === 2)!;
      expect(round2.due_at.toISOString()).toBe(addDuration(round2.assigned_at, 'P1M').toISOString());
      expect(round2.assigned_at.getTime() - t0).toBeGreaterThanOrEqual(28 * DAY);
      await env.sleep('2 days');
      for (let i = 0; i < 50 && !(await state()).caseId; i++) await env.sleep('1 hour');
      s = await state();
      expect(s.status).toBe('overdue');
      const area = (await getKeyArea(db.pool, input.areaId))!;
      expect(area.status).toBe('overdue');
      expect(area.case_id).toBe(s.caseId);
      const c = (await getCase(db.pool, s.caseId!))!;
      expect(c.grounds).toEqual([5]);
      expect(c.subject_id).toBe('220102');
      expect(c.opening_region_id).toBe('220100');
      expect([c.origin_kind, c.origin_id]).toEqual(['key-area', input.areaId]);

      // Accepted a while later: delisted, watched for six months, then done.
      await handle.executeUpdate(acceptRectification, { args: [{ by: '长春市综治办', acceptance: '经验收整治到位' }] });
      s = await state();
      expect(s.status).toBe('delisted');
      const delistedAt = (await getKeyArea(db.pool, input.areaId))!.delisted_at!;
      expect(s.watchUntil).toBe(deadlineAfter(delistedAt, 'P6M').toISOString());
      const result = await handle.result();
      expect(result.status).toBe('watch-ended');
      expect((await env.currentTimeMs()) - delistedAt.getTime()).toBeGreaterThan(180 * DAY);
      expect((await getKeyArea(db.pool, input.areaId))!.status).toBe('watch-ended');
    });
  });
});
