/**
 * Issue 5: a whole year of the annual cycle on the default (project) periods under the time-skipping test server —
 * pledges top-down (Art. 7), signatures, a revision that keeps the earlier version, the unsigned reported; the
 * year-end work reports (Art. 8), the missing reported; the assessment (Art. 10–11) with a failing grade opening
 * exactly one case on Art. 14 ground 4; nominations from the results, a barred unit refused (Art. 12, 15(3)).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startTimeSkipping } from '../timeSkipping';
import type { NativeConnection } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { fileWorkReport, setScores } from '../../db/annual';
import { upsertBar } from '../../db/bars';
import { insertLeader, insertLeaderRole, insertRegion, insertUnit } from '../../db/organisation';
import {
  annualCycleWorkflow,
  getAnnualCycleState,
  getPledgeState,
  pledgeWorkflowId,
  revisePledge,
  signPledge,
} from '../../workflows/annual';
import { createWorker } from '../../worker/worker';
import { freshDatabase, insertCaseRow, quietRuntime } from '../helpers';

let env: TestWorkflowEnvironment;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const YEAR = 2027;
const DAY = 86_400_000;

beforeAll(async () => {
  quietRuntime();
  db = await freshDatabase();
  const regions = [
    ['220000', '吉林省', 'province', null],
    ['220100', '长春市', 'city', '220000'],
    ['220102', '南关区', 'county', '220100'],
  ] as const;
  for (const [id, name, level, parent] of regions)
    await insertRegion(db.pool, {
      id,
      name,
      level,
      kind: 'ordinary',
      parent_id: parent,
      committee_name: `${name}社会治安综合治理委员会`,
      office_name: `${name}社会治安综合治理委员会办公室`,
    });
  for (const [id, name, region] of [
    ['U-P1', '省公安厅', '220000'],
    ['U-C1', '长春市公安局', '220100'],
    ['U-K1', '南关区公安分局', '220102'],
    ['U-K2', '南关区教育局', '220102'],
  ] as const)
    await insertUnit(db.pool, {
      id,
      name,
      kind: 'administrative-organ',
      region_id: region,
      member_of_committee: true,
      stationed_by: null,
      supervising_unit_name: null,
      leads_region: false,
    });
  await insertLeader(db.pool, { id: 'L-K1', name: '王局长' });
  await insertLeaderRole(db.pool, {
    leaderId: 'L-K1',
    unitId: 'U-K1',
    role: 'principal',
    title: '局长',
    startsOn: '2020-01-01',
    endsOn: null,
  });
  // U-K1 was listed last autumn: barred from comprehensive honours until the end of next spring (Art. 15(3)).
  await insertCaseRow(db.pool, {
    id: '2026-990001',
    subject: { kind: 'unit', id: 'U-K1', name: '南关区公安分局', regionId: '220102' },
    openingRegionId: '220102',
    upperRegionId: '220100',
  });
  await upsertBar(db.pool, {
    bar_key: 'bar-2026-990001-listing-unit-U-K1',
    case_id: '2026-990001',
    rung: 'listing',
    decision_event_seq: 1,
    decision_document_no: '长春市综治办〔2026〕9号',
    authority_region_id: '220100',
    subject_kind: 'unit',
    subject_id: 'U-K1',
    subject_name: '南关区公安分局',
    leader_role: null,
    leader_unit_id: null,
    scopes: ['honours'],
    starts_at: new Date('2026-10-01T00:00:00+08:00'),
    ends_at: new Date('2028-04-01T00:00:00+08:00'),
    period: 'P18M',
  });
  env = await startTimeSkipping();
});
afterAll(async () => {
  await env?.teardown();
  await db?.drop();
});

/**
 * Skips workflow time in weekly steps, each followed by a query. (The Java test server stops skipping time for good
 * once a workflow completes while children it abandoned still run; the cycle's design keeps every parent alive as
 * long as its children, so this only matters for the steps' length.)
 */
async function skip(ms: number, probe: () => Promise<unknown>) {
  for (let left = ms; left > 0; left -= 7 * DAY) {
    await env.sleep(Math.min(left, 7 * DAY));
    await probe();
  }
}

describe('the annual cycle over a whole year (time-skipping)', () => {
  it('runs pledges, work reports, assessment and commendations, and opens one case for a failing grade', async () => {
    const taskQueue = 'annual-timeskip';
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { pool: db.pool },
    });
    await worker.runUntil(async () => {
      // The schedule's moment: 5 January 09:00, Asia/Shanghai.
      const start = Date.parse(`${YEAR}-01-05T09:00:00+08:00`);
      await env.sleep(start - (await env.currentTimeMs()));
      const cycle = await env.client.workflow.start(annualCycleWorkflow, {
        workflowId: `annual-cycle-${YEAR}`,
        taskQueue,
        args: [{ year: YEAR, startedBy: 'test' }],
      });
      const state = () => cycle.query(getAnnualCycleState);
      const rows = async (sql: string, params: unknown[] = []) => (await db.pool.query(sql, params)).rows;

      // Art. 7: the province signs with its member unit and the city committee, the city with its member and the
      // county committee, the county with its two members: six pledges, level by level.
      let pledges: Array<{ id: string; status: string }> = [];
      for (let i = 0; i < 100 && pledges.length < 6; i++) {
        await env.sleep(60_000);
        pledges = await rows('SELECT id, status FROM pledges WHERE year = $1 ORDER BY id', [YEAR]);
      }
      expect(pledges.map((p) => p.id).sort()).toEqual(
        [
          `${YEAR}-220000-committee-220100`,
          `${YEAR}-220000-unit-U-P1`,
          `${YEAR}-220100-committee-220102`,
          `${YEAR}-220100-unit-U-C1`,
          `${YEAR}-220102-unit-U-K1`,
          `${YEAR}-220102-unit-U-K2`,
        ].sort(),
      );
      const handle = (id: string) => env.client.workflow.getHandle(pledgeWorkflowId(`${YEAR}-${id}`));
      for (let i = 0; i < 20; i++) {
        try {
          await handle('220102-unit-U-K2').query(getPledgeState);
          break;
        } catch {
          await env.sleep(60_000);
        }
      }
      await handle('220102-unit-U-K1').executeUpdate(signPledge, {
        args: [{ version: 1, signatory: '王局长', signedBy: '南关区公安分局联络员' }],
      });
      // Revised by the city office (修改和补充): the earlier text stays; the new one needs its own signature.
      const c1 = handle('220100-unit-U-C1');
      await c1.executeUpdate(revisePledge, {
        args: [
          {
            content: { points: [{ point: '打击电信诈骗', target: '发案下降10%' }] },
            reason: '补充',
            revisedBy: '市综治办',
          },
        ],
      });
      // (A signature on the superseded version is refused: test/annual/annual.api.test.ts.)
      await c1.executeUpdate(signPledge, { args: [{ version: 2, signatory: '局长', signedBy: '联络员' }] });

      // Thirty days on: the unsigned are overdue and reported to their committee, after two reminders.
      await skip(32 * DAY, state);
      const byId = Object.fromEntries(
        (await rows('SELECT id, status, version, reminders FROM pledges WHERE year = $1', [YEAR])).map((p) => [
          p.id,
          p,
        ]),
      );
      expect(byId[`${YEAR}-220102-unit-U-K1`]).toMatchObject({ status: 'signed', version: 1 });
      expect(byId[`${YEAR}-220100-unit-U-C1`]).toMatchObject({ status: 'signed', version: 2 });
      expect(byId[`${YEAR}-220102-unit-U-K2`]).toMatchObject({ status: 'overdue', reminders: 2 });
      expect(
        await rows('SELECT count(*)::int AS n FROM pledge_versions WHERE pledge_id = $1', [`${YEAR}-220100-unit-U-C1`]),
      ).toEqual([{ n: 2 }]);
      expect(
        await rows(
          "SELECT addressee_id FROM notifications WHERE notification_key LIKE $1 AND subject LIKE '责任状逾期未签订%'",
          [`pledge-${YEAR}-220102-unit-U-K2:%`],
        ),
      ).toEqual([{ addressee_id: '220102' }]);

      // Art. 8: the work reports open in December; one is filed, the rest are missing at the deadline.
      for (let i = 0; i < 60 && (await state()).stage !== 'work-reports'; i++) await skip(7 * DAY, state);
      expect((await state()).stage).toBe('work-reports');
      expect(
        new Date(
          (await rows('SELECT min(deadline) AS d FROM work_reports WHERE year = $1', [YEAR]))[0].d,
        ).getUTCMonth(),
      ).toBe(0);
      await fileWorkReport(db.pool, {
        year: YEAR,
        partyKind: 'unit',
        partyId: 'U-K1',
        summary: '全年开展专项整治',
        nextYearPlan: '明年继续',
        filedBy: '联络员',
      });
      for (let i = 0; i < 20 && (await state()).stage !== 'assessment'; i++) await skip(7 * DAY, state);
      const reports = Object.fromEntries(
        (await rows('SELECT party_id, status FROM work_reports WHERE year = $1', [YEAR])).map((r) => [
          r.party_id,
          r.status,
        ]),
      );
      expect(reports).toMatchObject({ 'U-K1': 'filed', 'U-K2': 'missing', '220100': 'missing', '220102': 'missing' });

      // Art. 10: the county office scores its units; the province scores the city (a major incident there).
      const score = (kind: 'unit' | 'region', id: string, v: number, majorIncident = false) =>
        setScores(db.pool, {
          year: YEAR,
          subjectKind: kind,
          subjectId: id,
          scores: { 'security-satisfaction': v, 'key-work': v, grassroots: v },
          majorIncident,
          scoredBy: 'test',
        });
      await score('unit', 'U-K1', 96);
      await score('unit', 'U-K2', 52);
      await score('region', '220102', 85);
      await score('region', '220100', 92, true);
      await score('unit', 'U-C1', 70);
      for (let i = 0; i < 20 && (await state()).stage !== 'commendations'; i++) await skip(7 * DAY, state);
      const results = Object.fromEntries(
        (await rows('SELECT subject_id, grade, total, case_id FROM assessments WHERE year = $1', [YEAR])).map((r) => [
          r.subject_id,
          r,
        ]),
      );
      expect(results['U-K1']).toMatchObject({ grade: 'excellent' });
      expect(results['U-K2']).toMatchObject({ grade: 'fail', case_id: expect.any(String) });
      expect(results['220100']).toMatchObject({ grade: 'fail', case_id: expect.any(String) }); // the major incident
      expect(results['220102']).toMatchObject({ grade: 'good', case_id: null });
      expect(results['U-P1']).toMatchObject({ grade: null, case_id: null }); // not scored: no grade, no case

      // Art. 14 ground 4: one case per failing subject, opened by the level that assessed it.
      const cases = await rows(
        'SELECT id, subject_id, opening_region_id, upper_region_id, grounds FROM cases WHERE 4 = ANY(grounds) ORDER BY subject_id',
      );
      expect(cases.map((c) => [c.subject_id, c.opening_region_id, c.upper_region_id])).toEqual([
        ['220100', '220000', '220000'],
        ['U-K2', '220102', '220100'],
      ]);
      // Asking again (a retried activity, a second run) opens nothing new.
      const again = await createActivities({ pool: db.pool }).prepareAssessmentCase({
        year: YEAR,
        subject: { kind: 'unit', id: 'U-K2', name: '南关区教育局', assessorRegionId: '220102', total: 52, reason: 'x' },
        at: new Date().toISOString(),
      });
      expect(again?.caseId).toBe(results['U-K2'].case_id);
      expect(await rows('SELECT count(*)::int AS n FROM cases WHERE 4 = ANY(grounds)')).toEqual([{ n: 2 }]);
      const caseRun = await env.client.workflow.getHandle(`case-${results['U-K2'].case_id}`).describe();
      expect(caseRun.status.name).toBe('RUNNING');

      // Art. 12: the excellent unit is nominated — but it is under a listing's bar, so refused with the reason; its
      // principal leader is nominated.
      const noms = await rows(
        'SELECT category, subject_id, status, reason FROM commendations WHERE year = $1 ORDER BY id',
        [YEAR],
      );
      expect(noms).toEqual([
        {
          category: 'advanced-collective',
          subject_id: 'U-K1',
          status: 'refused',
          reason: expect.stringContaining('挂牌督办'),
        },
        { category: 'leader-commendation', subject_id: 'L-K1', status: 'nominated', reason: null },
      ]);
      // The archive has every result (Art. 10 ¶2).
      expect(
        await rows("SELECT count(*)::int AS n FROM performance_archive WHERE kind = 'assessment' AND summary LIKE $1", [
          `${YEAR}年度%`,
        ]),
      ).toEqual([{ n: 5 }]); // every scored subject

      for (let i = 0; i < 10 && (await state()).stage !== 'completed'; i++) await skip(7 * DAY, state);
      expect((await state()).stage).toBe('completed');
      expect(await rows('SELECT stage FROM annual_cycles WHERE year = $1', [YEAR])).toEqual([{ stage: 'completed' }]);
      // U-K2 never signed: at the end of the year its pledge closed unsigned.
      expect(await rows('SELECT status FROM pledges WHERE id = $1', [`${YEAR}-220102-unit-U-K2`])).toEqual([
        { status: 'unsigned' },
      ]);
    });
  }, 300_000);
});
