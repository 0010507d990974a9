/**
 * The ladder on the regulation's real periods (default policy: 30 / 30 / 60 / 90 days, reminders 7 and 1 days
 * before), under Temporal's time-skipping test server: months of durable timers in seconds of wall time. Also the
 * after-close periods: the accountability window with its referrals (Art. 15(5), reminders every 30 days) and the
 * six-month rebound watch (Art. 14(5)); both are project defaults, not the regulation's.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startTimeSkipping } from '../timeSkipping';
import type { NativeConnection } from '@temporalio/worker';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseEvents } from '../../db/cases';
import { insertLeader, insertLeaderRole, insertRegion, insertUnit } from '../../db/organisation';
import { getReferral, referralEvents } from '../../db/referrals';
import { deadlineAfter } from '../../domain/calendar';
import { DEFAULT_POLICY, type Rung } from '../../domain/policy';
import {
  accountabilityCaseWorkflow,
  decideVeto,
  getCaseState,
  recordTalk,
  referForAccountability,
  reportRebound,
  reviewRectification,
  submitRectification,
  type AccountabilityCaseInput,
} from '../../workflows/accountabilityCase';
import { barWorkflowId } from '../../workflows/bar';
import { getReferralState, recordReferralOutcome, referralWorkflowId } from '../../workflows/referral';
import { createWorker } from '../../worker/worker';
import { eventually, freshDatabase, insertCaseRow, quietRuntime } from '../helpers';

let env: TestWorkflowEnvironment;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let n = 0;
const DAY = 86_400_000;

beforeAll(async () => {
  quietRuntime();
  db = await freshDatabase();
  await insertRegion(db.pool, {
    id: '220000',
    name: '吉林省',
    level: 'province',
    kind: 'ordinary',
    parent_id: null,
    committee_name: '吉林省社会治安综合治理委员会',
    office_name: '吉林省社会治安综合治理委员会办公室',
  });
  await insertRegion(db.pool, {
    id: '220100',
    name: '长春市',
    level: 'city',
    kind: 'ordinary',
    parent_id: '220000',
    committee_name: '长春市社会治安综合治理委员会',
    office_name: '长春市社会治安综合治理委员会办公室',
  });
  await insertRegion(db.pool, {
    id: '220102',
    name: '南关区',
    level: 'county',
    kind: 'ordinary',
    parent_id: '220100',
    committee_name: '南关区社会治安综合治理委员会',
    office_name: '南关区社会治安综合治理委员会办公室',
  });
  await insertUnit(db.pool, {
    id: 'U-1',
    name: '南关区某局',
    kind: 'administrative-organ',
    region_id: '220102',
    member_of_committee: true,
    stationed_by: null,
    supervising_unit_name: null,
    leads_region: false,
  });
  await insertLeader(db.pool, { id: 'L-1', name: '王局长' });
  await insertLeaderRole(db.pool, {
    leaderId: 'L-1',
    unitId: 'U-1',
    role: 'principal',
    title: '局长',
    startsOn: '2020-01-01',
    endsOn: null,
  });
});
afterAll(async () => {
  await db?.drop();
});

/**
 * A time-skipping server of its own for each test: one test's leftover timers (bars outlive their case) must not
 * hold the clock of the next.
 */
beforeEach(async () => {
  env = await startTimeSkipping();
});
afterEach(async () => {
  await env?.teardown();
});

async function openCase(startRung: Rung = 'notice'): Promise<AccountabilityCaseInput> {
  const caseId = `2026-9${String(++n).padStart(5, '0')}`;
  const input: AccountabilityCaseInput = {
    caseId,
    subject: { kind: 'unit', id: 'U-1', name: '南关区某局', regionId: '220102' },
    grounds: [2],
    facts: '短期内连续发生重大刑事案件。',
    severity: 'ordinary',
    openingOffice: { regionId: '220102', name: '南关区社会治安综合治理委员会办公室', shortName: '南关区综治办' },
    upperOffice: { regionId: '220100', name: '长春市社会治安综合治理委员会办公室', shortName: '长春市综治办' },
    upperCommittee: { regionId: '220100', name: '长春市社会治安综合治理委员会', shortName: '长春市综治委' },
    policy: DEFAULT_POLICY.ladder,
    startRung,
    startReason: 'test',
    openedBy: 'test',
  };
  await insertCaseRow(db.pool, {
    id: caseId,
    subject: input.subject,
    openingRegionId: '220102',
    upperRegionId: '220100',
    startRung,
  });
  return input;
}

describe('the ladder on real periods (time-skipping)', () => {
  it('Art. 15: 30 days unrectified after the notice → talk; 30 days after the talk → listing; 60 days → veto proposal; imposed; 90 days → unrectified', async () => {
    const input = await openCase();
    const taskQueue = `ladder-${input.caseId}`;
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { pool: db.pool },
    });
    const wallStart = Date.now();
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(accountabilityCaseWorkflow, {
        workflowId: `case-${input.caseId}`,
        taskQueue,
        args: [input],
      });
      const t0 = await env.currentTimeMs();
      const state = () => handle.query(getCaseState);
      const until = async (pred: (s: Awaited<ReturnType<typeof state>>) => boolean) => {
        for (let i = 0; i < 200 && !pred(await state()); i++) await env.sleep('1 hour');
        return state();
      };

      let s = await until((x) => x.phase === 'rectifying');
      expect(s.rung).toBe('notice');
      // The notice deadline is the end of the 30th day (Shanghai), not a fixed 720 hours.
      expect(s.deadline).toBe(deadlineAfter(new Date(t0), 'P30D').toISOString());
      await env.sleep('29 days');
      expect((await state()).rung).toBe('notice');
      await env.sleep('2 days');
      s = await until((x) => x.rung === 'talk' && x.phase === 'awaiting-talk');

      await handle.executeUpdate(recordTalk, {
        args: [
          {
            heldAt: new Date(await env.currentTimeMs()).toISOString(),
            conductedBy: '长春市综治办主任',
            participants: [{ name: '局长', role: 'principal' }],
            minutes: '约谈',
          },
        ],
      });
      s = await until((x) => x.phase === 'rectifying');
      await env.sleep('31 days');
      s = await until((x) => x.rung === 'listing');
      expect(s.phase).toBe('rectifying');
      await env.sleep('61 days');
      s = await until((x) => x.phase === 'awaiting-veto-decision');
      expect(s.rung).toBe('veto');
      // The committee takes three weeks: reminded weekly (policy), never decided for it.
      await env.sleep('21 days');
      expect((await state()).phase).toBe('awaiting-veto-decision');
      await handle.executeUpdate(decideVeto, {
        args: [
          { decision: 'imposed', departments: ['市委组织部'], decidedBy: '长春市综治委主任', reasons: '逾期未整改' },
        ],
      });
      await env.sleep('89 days');
      expect((await state()).status).toBe('open');
      await env.sleep('2 days');
      s = await until((x) => x.phase === 'awaiting-accountability');
      expect(s.status).toBe('unrectified');
      // The bars the listing and the veto opened outlive the case (Art. 15(3)(4)); their timers are tested in test/bars.
      for (const rung of ['listing', 'veto']) {
        const bar = env.client.workflow.getHandle(barWorkflowId(input.caseId, rung, 'U-1'));
        expect((await bar.describe()).status.name).toBe('RUNNING');
      }

      // Art. 15(5): the leaders are held to account. A month without a referral reminds the upper committee; then the
      // principal is referred to the organisation department, which is reminded monthly until it answers.
      await env.sleep('31 days');
      const { referralId, workflowId } = await handle.executeUpdate(referForAccountability, {
        args: [
          {
            leader: { id: 'L-1', name: '王局长', unitId: 'U-1', unitName: '南关区某局', role: 'principal' },
            body: 'organisation-personnel',
            bodyRegionId: '220100',
            bodyName: '长春市组织人事部门',
            reasons: '一票否决后仍未按期完成整改',
            referredBy: '长春市综治委',
          },
        ],
      });
      expect(workflowId).toBe(referralWorkflowId(referralId));
      const referral = env.client.workflow.getHandle(workflowId);
      // Two reminders; the case's 90-day window ends meanwhile, the referral goes on. (In weekly steps, each followed
      // by a query: one long sleep across the case's completion stalls the Java test server.)
      for (let d = 0; d < 61; d += 7) {
        await env.sleep('7 days');
        await referral.query(getReferralState);
      }
      expect((await referral.query(getReferralState)).reminders).toBe(2);
      for (let i = 0; i < 50 && (await handle.describe()).status.name !== 'COMPLETED'; i++) await env.sleep('1 hour');
      expect((await handle.describe()).status.name).toBe('COMPLETED');
      const today = new Date((await env.currentTimeMs()) + 8 * 3_600_000).toISOString().slice(0, 10);
      await referral.executeUpdate(recordReferralOutcome, {
        args: [{ outcome: 'removal', detail: '免去其局长职务', decidedOn: today, recordedBy: '长春市委组织部' }],
      });
      // The outcome's activity runs in real time (the clock does not move while an activity runs).
      const row = await eventually(async () => {
        const r = await getReferral(db.pool, referralId);
        return r?.status === 'decided' ? r : undefined;
      });
      expect(row).toMatchObject({ status: 'decided', outcome: 'removal', reminders: 2, leader_id: 'L-1' });
      expect((await referralEvents(db.pool, referralId)).map((e) => e.kind)).toEqual([
        'referred',
        'reminder',
        'reminder',
        'outcome-recorded',
      ]);
      const archive = await db.pool.query(
        "SELECT summary FROM performance_archive WHERE subject_kind = 'leader' AND subject_id = 'L-1' AND kind = 'accountability'",
      );
      expect(archive.rows[0].summary).toContain('免职');
    });

    const events = await caseEvents(db.pool, input.caseId);
    // Workflow time, as the events record it: 30 + 30 + 60 days of rectification, 21 days of deliberation, 90 days.
    const missed = events.find((e) => e.kind === 'deadline-missed')!;
    const elapsedDays = (missed.at.getTime() - events[0]!.at.getTime()) / DAY;
    expect(elapsedDays).toBeGreaterThanOrEqual(231);
    expect(elapsedDays).toBeLessThan(240);
    process.stdout.write(
      `[timeskip] ${elapsedDays.toFixed(1)} days of ladder in ${Date.now() - wallStart} ms of wall time\n`,
    );
    const kinds = events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'escalated')).toHaveLength(3);
    expect(kinds).toEqual(
      expect.arrayContaining(['talk-held', 'listing-decided', 'veto-imposed', 'deadline-missed', 'referral-made']),
    );
    expect(kinds.at(-1)).toBe('accountability-window-ended');
    // Reminders 7 and 1 days before each of the four rectification deadlines, and weekly while the veto waited;
    // one to the committee while no referral was made.
    const reminders = events.filter((e) => e.kind === 'reminder');
    expect(reminders.filter((r) => (r.detail as { awaiting?: string }).awaiting === 'veto-decision')).toHaveLength(3);
    expect(
      reminders.filter((r) => (r.detail as { awaiting?: string }).awaiting === 'accountability-referral'),
    ).toHaveLength(1);
    expect(reminders.filter((r) => (r.detail as { to?: string }).to === '南关区某局')).toHaveLength(8);
    const listing = events.find((e) => e.kind === 'listing-decided')!;
    expect(listing.detail).toMatchObject({ barPeriod: 'P6M' });
    const bars = await db.pool.query<{ rung: string; days: number; status: string }>(
      "SELECT rung, extract(epoch FROM ends_at - starts_at) / 86400 AS days, status FROM bars WHERE case_id = $1 AND subject_kind = 'unit' ORDER BY rung",
      [input.caseId],
    );
    expect(bars.rows.map((b) => b.rung)).toEqual(['listing', 'veto']);
    expect(Number(bars.rows[0]!.days)).toBeGreaterThanOrEqual(181); // six calendar months, to the end of the last day
    expect(Number(bars.rows[1]!.days)).toBeGreaterThanOrEqual(365);
  });

  it('a report handed in before the deadline is reviewed before anything escalates', async () => {
    const input = await openCase();
    const taskQueue = `ladder-${input.caseId}`;
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { pool: db.pool },
    });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(accountabilityCaseWorkflow, {
        workflowId: `case-${input.caseId}`,
        taskQueue,
        args: [input],
      });
      for (let i = 0; i < 50 && (await handle.query(getCaseState)).phase !== 'rectifying'; i++)
        await env.sleep('1 hour');
      await env.sleep('29 days');
      const { reportId } = await handle.executeUpdate(submitRectification, {
        args: [{ submittedBy: '联络员', summary: '已整改', measures: '措施' }],
      });
      await env.sleep('5 days'); // the deadline passes while the report waits for review
      const waiting = await handle.query(getCaseState);
      expect(waiting).toMatchObject({ rung: 'notice', phase: 'awaiting-review' });
      await handle.executeUpdate(reviewRectification, {
        args: [{ reportId, decision: 'accept', reviewedBy: '南关区综治办' }],
      });
      // (Polling, not handle.result(): the Java test server's long poll can miss a completion that came while the
      // clock was locked for the update.)
      // Art. 14(5): rectified, then watched for six months (policy default) before the case completes.
      for (let i = 0; i < 50 && (await handle.query(getCaseState)).phase !== 'rebound-watch'; i++)
        await env.sleep('1 hour');
      expect(await handle.query(getCaseState)).toMatchObject({ status: 'rectified', rung: 'notice' });
      await env.sleep('180 days');
      expect((await handle.describe()).status.name).toBe('RUNNING');
      await env.sleep('5 days');
      for (let i = 0; i < 50 && (await handle.describe()).status.name !== 'COMPLETED'; i++) await env.sleep('1 hour');
      expect((await handle.describe()).status.name).toBe('COMPLETED');
      expect(await handle.query(getCaseState)).toMatchObject({ status: 'rectified', rung: 'notice', phase: 'closed' });
      expect((await caseEvents(db.pool, input.caseId)).at(-1)!.kind).toBe('rebound-watch-ended');
    });
  });

  it('Art. 14(5): a rebound reported two months after a rectified close reopens the case one rung higher', async () => {
    const input = await openCase();
    const taskQueue = `ladder-${input.caseId}`;
    const worker = await createWorker({
      connection: env.nativeConnection as NativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { pool: db.pool },
    });
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(accountabilityCaseWorkflow, {
        workflowId: `case-${input.caseId}`,
        taskQueue,
        args: [input],
      });
      const state = () => handle.query(getCaseState);
      for (let i = 0; i < 50 && (await state()).phase !== 'rectifying'; i++) await env.sleep('1 hour');
      await env.sleep('10 days');
      const { reportId } = await handle.executeUpdate(submitRectification, {
        args: [{ submittedBy: '联络员', summary: '已整改', measures: '措施' }],
      });
      await handle.executeUpdate(reviewRectification, {
        args: [{ reportId, decision: 'accept', reviewedBy: '南关区综治办' }],
      });
      for (let i = 0; i < 50 && (await state()).phase !== 'rebound-watch'; i++) await env.sleep('1 hour');
      await env.sleep('60 days');
      const reopened = await handle.executeUpdate(reportRebound, {
        args: [{ facts: '同类案件再次集中发生', reportedBy: '南关区综治办' }],
      });
      expect(reopened.rung).toBe('talk');
      for (let i = 0; i < 50 && (await state()).phase !== 'awaiting-talk'; i++) await env.sleep('1 hour');
      expect(await state()).toMatchObject({ rung: 'talk', status: 'open', phase: 'awaiting-talk' });
      // The case row follows the workflow's state, written by the task that changed it (a local activity since
      // issue 14): the query may answer before that write commits.
      const row = await eventually(async () => {
        const { rows } = await db.pool.query('SELECT status, rung, closed_at FROM cases WHERE id = $1', [input.caseId]);
        return rows[0]?.status === 'open' ? rows[0] : undefined;
      });
      expect(row).toMatchObject({ status: 'open', rung: 'talk', closed_at: null });
      const kinds = (await caseEvents(db.pool, input.caseId)).map((e) => e.kind);
      expect(kinds.slice(kinds.indexOf('rectified'))).toEqual([
        'rectified',
        'reopened-on-rebound',
        'document-issued:talk-notice',
      ]);
      // The earlier round's accepted report does not close the reopened case.
      await env.sleep('16 days');
      expect((await state()).phase).toBe('awaiting-talk');
    });
  });
});
