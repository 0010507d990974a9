/**
 * Issue 15: a supervisor reads the case's timeline in the Temporal Web UI, in Chinese — the workflow's summary, each
 * activity's (签发通报, 记录：…) and each timer's (整改期限 2026年…), as the real server stores them in the history.
 */
import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseDate } from '../../domain/calendar';
import { DEFAULT_POLICY } from '../../domain/policy';
import { getCaseState } from '../../workflows/accountabilityCase';
import { bearer, call, eventually, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let operator: Record<string, string>;

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const imported = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '220000', name: '吉林省', level: 'province' },
        { id: '220100', name: '长春市', level: 'city', parentId: '220000' },
        { id: '220102', name: '南关区', level: 'county', parentId: '220100', drill: true },
      ],
      units: [{ id: 'U-NG-PSB', name: '南关区公安分局', kind: 'administrative-organ', regionId: '220102' }],
      leaders: [],
    },
    h.admin,
  );
  expect(imported.status).toBe(200);
  const drill = {
    basis: '演练',
    ladder: { ...DEFAULT_POLICY.ladder, rectification: { ...DEFAULT_POLICY.ladder.rectification, notice: 'PT1H' } },
  };
  expect((await call(h.baseUrl, 'POST', '/policies', { regionId: '220102', document: drill }, h.admin)).status).toBe(
    201,
  );
  operator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
}, 120_000);
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

const text = (p: temporal.api.common.v1.IPayload | null | undefined): string | undefined =>
  p ? defaultPayloadConverter.fromPayload<string>(p) : undefined;

describe('Issue 15: the case in the Temporal Web UI speaks Chinese', () => {
  it('Art. 15(1): the notice is issued under 签发通报, its deadline waits under 整改期限 and the date', async () => {
    const opened = await call(
      h.baseUrl,
      'POST',
      '/cases',
      { subject: { kind: 'unit', id: 'U-NG-PSB' }, grounds: [1], facts: '辖区治安秩序混乱。', severity: 'ordinary' },
      operator,
    );
    expect(opened.status).toBe(201);
    const handle = h.client.workflow.getHandle(opened.body.workflowId);
    const state = await eventually(async () => {
      const s = await handle.query(getCaseState);
      return s.phase === 'rectifying' && s.deadline ? s : undefined;
    });
    const due = chineseDate(new Date(state.deadline!));
    // The deadline's timer is started by the same workflow task that published the phase: wait for it in the history.
    const history = await eventually(async () => {
      const hist = await handle.fetchHistory();
      return hist.events?.some(
        (e) => e.timerStartedEventAttributes && text(e.userMetadata?.summary) === `整改期限 ${due}`,
      )
        ? hist
        : undefined;
    });
    // Activities of their own and local ones (case events since issue 14: a marker carrying the same summary).
    const activities = (history.events ?? [])
      .filter(
        (e) =>
          e.activityTaskScheduledEventAttributes ||
          e.markerRecordedEventAttributes?.markerName === 'core_local_activity',
      )
      .map((e) => text(e.userMetadata?.summary));
    expect(activities).toContain('记录：督导追究案件立案');
    expect(activities).toContain('签发通报（南关区社会治安综合治理委员会办公室）');
    expect(activities.some((a) => a?.startsWith('登记案件状态：通报'))).toBe(true);
    // Every activity and timer of the case carries a summary: none is left for the supervisor to decode.
    expect(activities.every((a) => !!a)).toBe(true);
    const timers = (history.events ?? []).filter((e) => e.timerStartedEventAttributes);
    expect(timers.every((e) => !!text(e.userMetadata?.summary))).toBe(true);
    const described = await handle.describe();
    expect(await described.staticSummary()).toBe(`督导追究案件 ${opened.body.id}：南关区公安分局`);
  });
});
