/**
 * Issue 10 item 2, defence in depth: the accountable party never stops its own clock. Acts are sent straight to the
 * case workflow, past the API's validation, carrying what PostgreSQL refuses (a NUL character). The activity fails
 * for good at once (non-retryable, typed), the workflow takes the act back and records it as refused, and the
 * deadline escalates the case on time (Art. 15(2): 受到通报后仍未按期完成整改目标的，约谈).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../domain/policy';
import {
  getCaseState,
  recordCircumstance,
  requestExtension,
  reviewRectification,
  submitRectification,
} from '../../workflows/accountabilityCase';
import { bearer, call, eventually, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let operator: Record<string, string>;

const DRILL = {
  basis: '演练',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    rectification: { notice: 'PT8S', talk: 'PT8S', listing: 'PT8S', veto: 'PT8S' },
    reminders: ['PT2S'],
    talkHoldWithin: 'PT30S',
    extensions: { maxCount: 1, maxLength: 'PT30S' },
  },
};

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
        // A drill region, marked by the admin (issue 11, item 1): only there may the drill policy's periods be short.
        { id: '220102', name: '南关区', level: 'county', parentId: '220100', drill: true },
      ],
      units: [{ id: 'U-NG-PSB', name: '南关区公安分局', kind: 'administrative-organ', regionId: '220102' }],
      leaders: [],
    },
    h.admin,
  );
  expect(imported.status).toBe(200);
  expect((await call(h.baseUrl, 'POST', '/policies', { regionId: '220102', document: DRILL }, h.admin)).status).toBe(
    201,
  );
  operator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
}, 120_000);
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

describe('Issue 10: a poisoned act past the API never holds the legal clock', () => {
  it('Art. 15(1)(2): a report and an extension request the database refuses are refused, and the notice still escalates on time', async () => {
    const opened = await call(
      h.baseUrl,
      'POST',
      '/cases',
      { subject: { kind: 'unit', id: 'U-NG-PSB' }, grounds: [1], facts: '辖区治安秩序混乱。', severity: 'ordinary' },
      operator,
    );
    expect(opened.status).toBe(201);
    const id: string = opened.body.id;
    const handle = h.client.workflow.getHandle(`case-${id}`);
    const rectifying = await eventually(async () => {
      const s = await handle.query(getCaseState);
      return s.phase === 'rectifying' && s.deadline ? s : undefined;
    });
    const deadline = Date.parse(rectifying.deadline!);

    // Straight to the workflow, as a liaison's client that bypassed the API would.
    const report = await handle.executeUpdate(submitRectification, {
      args: [{ submittedBy: '联络员', summary: '已整改\u0000', measures: '措施\u0000' }],
    });
    const refusedReport = await eventually(async () => {
      const s = await handle.query(getCaseState);
      return s.reports[report.reportId - 1]?.status === 'refused' ? s : undefined;
    }, 10_000);
    expect(refusedReport.phase).toBe('rectifying');
    // A refused report is not there to be reviewed: the issuer cannot accept what was never recorded.
    await expect(
      handle.executeUpdate(reviewRectification, {
        args: [{ reportId: report.reportId, decision: 'accept', reviewedBy: '综治办' }],
      }),
    ).rejects.toThrow();

    await handle.executeUpdate(requestExtension, {
      args: [{ requestedBy: '联络员', until: new Date(deadline + 20_000).toISOString(), reason: '请求延期\u0000' }],
    });

    // The deadline passes: the case escalates to the talk, on time, with both acts recorded as refused.
    const escalated = await eventually(async () => {
      const { rows } = await db.pool.query<{ kind: string; at: Date; detail: Record<string, unknown> }>(
        'SELECT kind, at, detail FROM case_events WHERE case_id = $1 ORDER BY seq',
        [id],
      );
      return rows.some((r) => r.kind === 'escalated') ? rows : undefined;
    }, 30_000);
    const refused = escalated.filter((e) => e.kind === 'act-refused');
    expect(refused.map((e) => e.detail.act)).toEqual(['rectification-submitted', 'extension-requested']);
    expect(String(refused[0]!.detail.reason)).toMatch(/SQLSTATE 22/);
    const escalation = escalated.find((e) => e.kind === 'escalated')!;
    expect(escalation.detail).toMatchObject({ from: 'notice', to: 'talk' });
    // On time: at the deadline, not after an unbounded retry (the deadline is exact on a second-scale drill policy).
    expect(escalation.at.getTime()).toBeGreaterThanOrEqual(deadline);
    expect(escalation.at.getTime() - deadline).toBeLessThan(5_000);
    // The refused content was never stored anywhere.
    const { rows: nul } = await db.pool.query(
      `SELECT 1 FROM case_events WHERE case_id = $1 AND detail::text LIKE '%已整改%'`,
      [id],
    );
    expect(nul).toHaveLength(0);
    const state = await handle.query(getCaseState);
    expect(state.rung).toBe('talk');

    // An aggravating circumstance the database refuses, while the talk is awaited: taken back, the case neither
    // escalates on it nor fails; the talk is still awaited (issue 11 item 6 with issue 10 item 2).
    await eventually(async () => ((await handle.query(getCaseState)).phase === 'awaiting-talk' ? true : undefined));
    const poisoned = await handle.executeUpdate(recordCircumstance, {
      args: [{ kind: 'aggravating', item: 1, evidence: '伪造\u0000', recordedBy: '综治办' }],
    });
    expect(poisoned.escalatesTo).toBe('listing');
    const afterRefusal = await eventually(async () => {
      const { rows } = await db.pool.query<{ kind: string; detail: Record<string, unknown> }>(
        'SELECT kind, detail FROM case_events WHERE case_id = $1 ORDER BY seq',
        [id],
      );
      return rows.some((r) => r.kind === 'act-refused' && r.detail.act === 'circumstance-recorded') ? rows : undefined;
    }, 10_000);
    expect(afterRefusal.some((r) => r.kind === 'aggravated')).toBe(false);
    const still = await handle.query(getCaseState);
    expect(still).toMatchObject({ rung: 'talk', phase: 'awaiting-talk', status: 'open' });
    expect((await handle.describe()).status.name).toBe('RUNNING');
  }, 60_000);
});
