/**
 * Replay over recorded histories (quality bar: deterministic workflows). Every history in test/histories was
 * recorded from a real run; replaying it against today's workflow code must produce the same commands. A change
 * that would break running workflows fails here — use `patched()` for such changes. `npm run record-histories`
 * (RECORD_HISTORIES=1) records the scenarios that have no history yet; recorded ones are kept, since they stand
 * for workflows already running on the code of their day.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DeterminismViolationError } from '@temporalio/workflow';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';

const quietBundler = {
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  log: () => {},
};
import { describe, expect, inject, it } from 'vitest';
import { systemCheckWorkflow } from '../../workflows/systemCheck';
import { WORKFLOWS_PATH } from '../../worker/worker';
import { DEFAULT_POLICY, type LadderPolicy, type Rung } from '../../domain/policy';
import {
  accountabilityCaseWorkflow,
  decideExtension,
  decideVeto,
  getCaseState,
  recordCircumstance,
  recordTalk,
  referForAccountability,
  reportRebound,
  requestExtension,
  reviewRectification,
  submitRectification,
  withdrawCase,
  type CaseState,
} from '../../workflows/accountabilityCase';
import { barWorkflowId, revokeBarUpdate } from '../../workflows/bar';
import { recordReferralOutcome } from '../../workflows/referral';
import {
  annualCycleLauncherWorkflow,
  annualCycleWorkflow,
  committeePledgesWorkflow,
  getPledgeState,
  revisePledge,
  signPledge,
} from '../../workflows/annual';
import { DEFAULT_ANNUAL, type AnnualPolicy } from '../../domain/annual';
import { withTransaction } from '../../db/pool';
import { insertItem } from '../../db/supervision';
import type { SupervisionItemInput, SupervisionPolicy } from '../../domain/supervision';
import {
  getSupervisionItemState,
  linkItemToCase,
  recordItemFindings,
  reportItemCompletion,
  reportItemProgress,
  reviewItemCompletion,
  supervisionItemWorkflow,
  supervisionItemWorkflowId,
} from '../../workflows/supervisionItem';
import { insertKeyArea, insertStandard } from '../../db/keyAreas';
import { keyAreaWorkflowId, type KeyAreaInput, type KeyAreaPolicy } from '../../domain/keyAreas';
import {
  acceptRectification,
  getKeyAreaState,
  keyAreaNotificationWorkflow,
  keyAreaWorkflow,
  reportKeyAreaRebound,
} from '../../workflows/keyArea';
import { freshDatabase, insertCaseRow, quietRuntime, startHarness, type Harness } from '../helpers';

const CHANGED_WORKFLOWS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'changedWorkflows.ts');
const HISTORIES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'histories');

const DRILL: LadderPolicy = {
  ...DEFAULT_POLICY.ladder,
  rectification: { notice: 'PT2S', talk: 'PT2S', listing: 'PT2S', veto: 'PT2S' },
  reminders: ['PT1S'],
  talkHoldWithin: 'PT3S',
  vetoDecisionReminderEvery: 'PT1S',
  bars: { listing: 'PT3S', veto: 'PT4S' },
  reboundWatch: 'PT2S',
  accountabilityWindow: 'PT3S',
  referralReminderEvery: 'PT1S',
};

let caseNo = 0;
/** Inserts the case row (as the API would) and starts the case workflow on the harness's task queue. */
async function startCase(h: Harness, startRung: Rung, stationed = false, policy: LadderPolicy = DRILL) {
  const caseId = `1999-${String(process.pid % 1000).padStart(3, '0')}${String(++caseNo).padStart(3, '0')}`;
  await h.pool.query(
    `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES
       ('990000', '演练省', 'province', NULL, '演练省综治委', '演练省综治办'),
       ('990100', '演练市', 'city', '990000', '演练市综治委', '演练市综治办')
     ON CONFLICT DO NOTHING`,
  );
  await h.pool.query(
    `INSERT INTO units (id, name, kind, region_id, stationed_by, supervising_unit_name)
     VALUES ('U-990-RAIL', '演练铁路派出所', 'administrative-organ', '990100', 'central', '演练铁路公安局') ON CONFLICT DO NOTHING`,
  );
  await h.pool.query("INSERT INTO leaders (id, name) VALUES ('L-990', '演练所长') ON CONFLICT DO NOTHING");
  // A region subject, or (stationed) a unit stationed locally by the centre (Art. 15(4) ¶3).
  const subject = stationed
    ? {
        kind: 'unit' as const,
        id: 'U-990-RAIL',
        name: '演练铁路派出所',
        regionId: '990100',
        stationedBy: 'central' as const,
        supervisingUnitName: '演练铁路公安局',
      }
    : { kind: 'region' as const, id: '990100', name: '演练市', regionId: '990100' };
  await insertCaseRow(h.pool, {
    id: caseId,
    subject,
    openingRegionId: '990000',
    upperRegionId: '990000',
    startRung,
    policy,
  });
  const office = { regionId: '990000', name: '演练省综治办', shortName: '演练综治办' };
  return h.client.workflow.start(accountabilityCaseWorkflow, {
    workflowId: `case-${caseId}`,
    taskQueue: h.config.temporal.taskQueue,
    args: [
      {
        caseId,
        subject,
        localCommittee: stationed ? { regionId: '990100', name: '演练市综治委', shortName: '演练市综治委' } : undefined,
        grounds: [1],
        facts: '演练',
        severity: 'ordinary',
        openingOffice: office,
        upperOffice: office,
        upperCommittee: { ...office, name: '演练省综治委' },
        policy,
        startRung,
        startReason: '演练',
        openedBy: 'recorder',
      },
    ],
  });
}
async function waitPhase(handle: Awaited<ReturnType<typeof startCase>>, pred: (s: CaseState) => boolean) {
  for (let i = 0; i < 300; i++) {
    if (pred(await handle.query(getCaseState))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('case did not reach the expected state');
}

/** The subject reports and the issuer accepts: the rectified close several scenarios end with. */
async function rectifyAndAccept(handle: Awaited<ReturnType<typeof startCase>>) {
  const report = await handle.executeUpdate(submitRectification, {
    args: [{ submittedBy: '演练', summary: '整改', measures: '措施' }],
  });
  await handle.executeUpdate(reviewRectification, {
    args: [{ reportId: report.reportId, decision: 'accept', reviewedBy: '演练' }],
  });
}

const ANNUAL_DRILL: AnnualPolicy = {
  ...DEFAULT_ANNUAL,
  pledgeSignWithin: 'PT2S',
  pledgeReminders: ['PT1S'],
  reportsOpenAfter: 'PT2S',
  reportsDueWithin: 'PT2S',
  reportReminders: ['PT1S'],
  scoresDueWithin: 'PT2S',
  nominationsWithin: 'PT1S',
};
async function annualRegions(h: Harness) {
  await h.pool.query(
    `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES
       ('990000', '演练省', 'province', NULL, '演练省综治委', '演练省综治办'),
       ('990100', '演练市', 'city', '990000', '演练市综治委', '演练市综治办')
     ON CONFLICT DO NOTHING`,
  );
}

/** A key area of the drill province's register (the city answers for it), listed and started as the API would. */
async function keyAreaFixture(h: Harness): Promise<string> {
  await annualRegions(h);
  await h.pool.query(
    `INSERT INTO units (id, name, kind, region_id, member_of_committee)
     VALUES ('U-990-KA', '演练省公安厅', 'administrative-organ', '990000', true) ON CONFLICT DO NOTHING`,
  );
  const { rows } = await h.pool.query('SELECT 1 FROM key_area_standards WHERE region_id = $1', ['990000']);
  if (!rows.length)
    await insertStandard(h.pool, {
      regionId: '990000',
      title: '演练认定标准',
      criteria: ['演练'],
      procedure: '演练',
      effectiveFrom: new Date(Date.now() - 60_000),
      adoptedBy: 'recorder',
    });
  const policy: KeyAreaPolicy = {
    rollingInvestigationEvery: 'PT1S',
    rectificationPeriod: 'PT3S',
    notificationEvery: 'PT5S',
    reboundWatch: 'PT1M',
  };
  const areaId = `KA-1999-${String(process.pid % 1_000_000).padStart(6, '0')}${String(++caseNo).padStart(2, '0')}`;
  const now = new Date();
  const deadline = new Date(now.getTime() + 2500);
  await insertKeyArea(h.pool, {
    id: areaId,
    register_region_id: '990000',
    kind: 'area',
    category: 'small-hotel',
    name: '演练旅馆',
    location_region_id: '990100',
    responsible_kind: 'region',
    responsible_id: '990100',
    responsible_name: '演练市',
    reasons: ['演练'],
    standard_version: 1,
    targets: ['演练'],
    member_units: ['U-990-KA'],
    status: 'listed',
    deadline,
    policy,
    listed_at: now,
    listed_by: 'recorder',
    idempotency_key: null,
  });
  const input: KeyAreaInput = {
    areaId,
    registerRegionId: '990000',
    kind: 'area',
    category: 'small-hotel',
    name: '演练旅馆',
    locationRegionId: '990100',
    responsibleName: '演练市',
    listedAt: now.toISOString(),
    deadline: deadline.toISOString(),
    policy,
  };
  await h.client.workflow.start(keyAreaWorkflow, {
    workflowId: keyAreaWorkflowId(areaId),
    taskQueue: h.config.temporal.taskQueue,
    args: [input],
  });
  return areaId;
}

const REFERRAL = {
  leader: { id: 'L-990', name: '演练所长', unitId: 'U-990-RAIL', unitName: '演练铁路派出所', role: 'principal' },
  body: 'discipline-inspection' as const,
  bodyRegionId: '990000',
  bodyName: '演练省纪检监察机关',
  reasons: '演练',
  referredBy: '演练',
};

/** Scenarios recorded from real runs: name → how to run it to completion. */
const SCENARIOS: Record<string, (h: Harness) => Promise<string>> = {
  // Art. 15(1)–(4): every rung missed, the talk held, the veto imposed, its deadline missed.
  'case-full-ladder': async (h) => {
    const handle = await startCase(h, 'notice');
    await waitPhase(handle, (s) => s.phase === 'awaiting-talk');
    await handle.executeUpdate(recordTalk, {
      args: [
        {
          heldAt: new Date().toISOString(),
          conductedBy: '演练',
          participants: [{ name: '甲', role: 'principal' }],
          minutes: '纪要',
        },
      ],
    });
    await waitPhase(handle, (s) => s.phase === 'awaiting-veto-decision');
    await new Promise((r) => setTimeout(r, 1500)); // one reminder while the committee deliberates
    await handle.executeUpdate(decideVeto, {
      args: [{ decision: 'imposed', departments: ['组织部'], decidedBy: '演练', reasons: '演练' }],
    });
    await handle.result();
    return handle.workflowId;
  },
  // Art. 15(4): a declined veto keeps the case listed; rectified there after a rejected first report.
  'case-veto-declined-then-rectified': async (h) => {
    const handle = await startCase(h, 'veto');
    await waitPhase(handle, (s) => s.phase === 'awaiting-veto-decision');
    await handle.executeUpdate(decideVeto, {
      args: [
        {
          decision: 'declined',
          departments: ['组织部'],
          decidedBy: '演练',
          reasons: '尚不够',
          newDeadline: new Date(Date.now() + 60_000).toISOString(),
        },
      ],
    });
    await waitPhase(handle, (s) => s.rung === 'listing' && s.phase === 'rectifying');
    const first = await handle.executeUpdate(submitRectification, {
      args: [{ submittedBy: '演练', summary: '一', measures: '一' }],
    });
    await handle.executeUpdate(reviewRectification, {
      args: [{ reportId: first.reportId, decision: 'reject', reasons: '不够', reviewedBy: '演练' }],
    });
    await rectifyAndAccept(handle);
    await handle.result();
    return handle.workflowId;
  },
  // Art. 15(3): listed from the start, so the listing's bars start as their own process; rectified under listing.
  'case-listed-with-bars': async (h) => {
    const handle = await startCase(h, 'listing');
    await waitPhase(handle, (s) => s.documents.length === 1 && s.deadline !== null);
    await rectifyAndAccept(handle);
    await handle.result();
    return handle.workflowId;
  },
  // The bars of that listing: imposed, then lapsed by their timer.
  'bar-lapsed': async (h) => {
    const caseId = (
      await h.pool.query<{ id: string }>(
        "SELECT id FROM cases WHERE start_rung = 'listing' ORDER BY opened_at DESC LIMIT 1",
      )
    ).rows[0]!.id;
    const handle = h.client.workflow.getHandle(barWorkflowId(caseId, 'listing', '990100'));
    await handle.result();
    return handle.workflowId;
  },
  // Bars revoked by their authority before they lapse.
  'bar-revoked': async (h) => {
    const c = await startCase(h, 'listing');
    // The bars start right after the listing notice is issued and recorded.
    await waitPhase(c, (s) => s.documents.length === 1 && s.deadline !== null);
    const handle = h.client.workflow.getHandle(barWorkflowId(c.workflowId.slice('case-'.length), 'listing', '990100'));
    await handle.executeUpdate(revokeBarUpdate, { args: [{ by: '演练', reason: '撤销' }] });
    await handle.result();
    await c.executeUpdate(withdrawCase, { args: [{ reason: '演练结束', withdrawnBy: '演练' }] });
    return handle.workflowId;
  },
  // An extension asked, granted and then the deadline met (DESIGN.md §4: the timer moves, the history keeps both).
  'case-extension-granted': async (h) => {
    const handle = await startCase(h, 'notice');
    await waitPhase(handle, (s) => s.phase === 'rectifying' && s.deadline !== null);
    const { deadline } = await handle.query(getCaseState);
    await handle.executeUpdate(requestExtension, {
      args: [{ requestedBy: '演练', until: new Date(Date.parse(deadline!) + 60_000).toISOString(), reason: '演练' }],
    });
    await handle.executeUpdate(decideExtension, { args: [{ decision: 'grant', decidedBy: '演练' }] });
    await rectifyAndAccept(handle);
    await handle.result();
    return handle.workflowId;
  },
  // Art. 15(4) ¶3: a stationed unit's veto recommended to its supervising unit, which declines; rectified under listing.
  'case-stationed-recommendation-declined': async (h) => {
    const handle = await startCase(h, 'veto', true);
    await waitPhase(handle, (s) => s.phase === 'awaiting-veto-decision' && s.documents.length === 1);
    await handle.executeUpdate(decideVeto, {
      args: [
        {
          decision: 'declined',
          departments: ['演练铁路公安局'],
          decidedBy: '演练',
          reasons: '复函不同意',
          documentNo: '铁复〔2026〕1号',
          newDeadline: new Date(Date.now() + 60_000).toISOString(),
        },
      ],
    });
    await waitPhase(handle, (s) => s.rung === 'listing' && s.phase === 'rectifying');
    await rectifyAndAccept(handle);
    await handle.result();
    return handle.workflowId;
  },
  // Withdrawn by its issuer while the talk was awaited.
  'case-withdrawn': async (h) => {
    const handle = await startCase(h, 'talk');
    await waitPhase(handle, (s) => s.phase === 'awaiting-talk');
    await handle.executeUpdate(withdrawCase, { args: [{ reason: '立案有误', withdrawnBy: '演练' }] });
    await handle.result();
    return handle.workflowId;
  },
  // Issue 12: the papers of the ladder as documents — the talk record, the veto decision's report and filing, a
  // declined veto's decision — on the full ladder, then a second case declined.
  'case-official-documents': async (h) => {
    const handle = await startCase(h, 'talk');
    await waitPhase(handle, (s) => s.phase === 'awaiting-talk');
    await handle.executeUpdate(recordTalk, {
      args: [
        {
          heldAt: new Date().toISOString(),
          conductedBy: '演练',
          participants: [{ name: '甲', role: 'principal' }],
          minutes: '纪要',
        },
      ],
    });
    await waitPhase(handle, (s) => s.phase === 'awaiting-veto-decision');
    await handle.executeUpdate(decideVeto, {
      args: [{ decision: 'imposed', departments: ['组织部'], decidedBy: '演练', reasons: '演练' }],
    });
    await waitPhase(handle, (s) => s.rung === 'veto' && s.phase === 'rectifying');
    await rectifyAndAccept(handle);
    await handle.result();
    return handle.workflowId;
  },
  // Issue 11: a veto declined on a case never listed lists it (the upper office's decision, with bars), then rectified.
  'case-veto-declined-listed': async (h) => {
    const handle = await startCase(h, 'veto');
    await waitPhase(handle, (s) => s.phase === 'awaiting-veto-decision');
    await handle.executeUpdate(decideVeto, {
      args: [{ decision: 'declined', then: 'list', departments: ['组织部'], decidedBy: '演练', reasons: '不予否决' }],
    });
    await waitPhase(handle, (s) => s.rung === 'listing' && s.phase === 'rectifying');
    await rectifyAndAccept(handle);
    await handle.result();
    return handle.workflowId;
  },
  // Issue 11: a committee that declines the veto closes the case with its reasons.
  'case-veto-declined-closed': async (h) => {
    const handle = await startCase(h, 'veto');
    await waitPhase(handle, (s) => s.phase === 'awaiting-veto-decision');
    await handle.executeUpdate(decideVeto, {
      args: [
        { decision: 'declined', then: 'close', departments: ['组织部'], decidedBy: '演练', reasons: '系他人责任' },
      ],
    });
    await handle.result();
    return handle.workflowId;
  },
  // Issue 11, Art. 16 / 17 during the case: an aggravating circumstance escalates the notice to a talk at once; a
  // mitigating one is recorded; the upper level withdraws.
  'case-aggravated-mid-case': async (h) => {
    const handle = await startCase(h, 'notice');
    await waitPhase(handle, (s) => s.phase === 'rectifying');
    await handle.executeUpdate(recordCircumstance, {
      args: [{ kind: 'aggravating', item: 1, evidence: '弄虚作假', recordedBy: '演练' }],
    });
    await waitPhase(handle, (s) => s.rung === 'talk' && s.phase === 'awaiting-talk');
    await handle.executeUpdate(recordCircumstance, {
      args: [{ kind: 'mitigating', item: 2, evidence: '积极配合', recordedBy: '演练' }],
    });
    await handle.executeUpdate(withdrawCase, {
      args: [{ reason: '演练结束', withdrawnBy: '演练', level: 'upper', barsRevoked: [] }],
    });
    await handle.result();
    return handle.workflowId;
  },
  // Issue 10: a report the database refuses (a NUL, sent past the API) is taken back and recorded as refused; the
  // notice's deadline still escalates the case to the talk, where it is withdrawn.
  'case-act-refused': async (h) => {
    const handle = await startCase(h, 'notice');
    await waitPhase(handle, (s) => s.phase === 'rectifying');
    await handle.executeUpdate(submitRectification, {
      args: [{ submittedBy: '演练', summary: '整改\u0000', measures: '措施' }],
    });
    await waitPhase(handle, (s) => s.reports[0]?.status === 'refused');
    await waitPhase(handle, (s) => s.phase === 'awaiting-talk');
    await handle.executeUpdate(withdrawCase, { args: [{ reason: '演练结束', withdrawnBy: '演练' }] });
    await handle.result();
    return handle.workflowId;
  },
  // Art. 15(5): a leader referred while the case is rectifying; rectified and watched (Art. 14(5)) without a rebound.
  'case-referred-then-rectified': async (h) => {
    const handle = await startCase(h, 'notice');
    await waitPhase(handle, (s) => s.phase === 'rectifying');
    await handle.executeUpdate(referForAccountability, { args: [REFERRAL] });
    await rectifyAndAccept(handle);
    await handle.result();
    return handle.workflowId;
  },
  // That referral: reminded while it waits, then its outcome recorded.
  'referral-decided': async (h) => {
    const { rows } = await h.pool.query<{ id: string }>('SELECT id FROM referrals ORDER BY referred_at DESC LIMIT 1');
    const handle = h.client.workflow.getHandle(`referral-${rows[0]!.id}`);
    await new Promise((r) => setTimeout(r, 1500)); // one reminder
    await handle.executeUpdate(recordReferralOutcome, {
      args: [
        {
          outcome: 'party-sanction',
          detail: '党内警告',
          decidedOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
          recordedBy: '演练',
        },
      ],
    });
    await handle.result();
    return handle.workflowId;
  },
  // Art. 14(5): a rebound during the watch reopens the case one rung higher; then withdrawn.
  'case-rebound-reopened': async (h) => {
    const handle = await startCase(h, 'notice');
    await waitPhase(handle, (s) => s.phase === 'rectifying');
    await rectifyAndAccept(handle);
    await waitPhase(handle, (s) => s.phase === 'rebound-watch');
    await handle.executeUpdate(reportRebound, { args: [{ facts: '反弹', reportedBy: '演练' }] });
    await waitPhase(handle, (s) => s.phase === 'awaiting-talk');
    await handle.executeUpdate(withdrawCase, { args: [{ reason: '演练结束', withdrawnBy: '演练' }] });
    await handle.result();
    return handle.workflowId;
  },
  // Art. 15(5): the veto's deadline missed; the committee reminded during the accountability window, which ends.
  'case-unrectified-accountability-window': async (h) => {
    const handle = await startCase(h, 'veto');
    await waitPhase(handle, (s) => s.phase === 'awaiting-veto-decision');
    await handle.executeUpdate(decideVeto, {
      args: [{ decision: 'imposed', departments: ['组织部'], decidedBy: '演练', reasons: '演练' }],
    });
    await handle.result();
    return handle.workflowId;
  },
  // Art. 7–13 on a drill: a past year's whole cycle (its pledges close unsigned at once: the year is over).
  'annual-cycle-drill': async (h) => {
    await annualRegions(h);
    const handle = await h.client.workflow.start(annualCycleWorkflow, {
      workflowId: `annual-cycle-2001-${randomUUID()}`,
      taskQueue: h.config.temporal.taskQueue,
      args: [{ year: 2001, startedBy: 'recorder', policy: ANNUAL_DRILL }],
    });
    await handle.result();
    return handle.workflowId;
  },
  // Art. 7: a committee's round this year, and one pledge revised and then signed (both still running: year end).
  'pledge-revised-signed': async (h) => {
    await annualRegions(h);
    const year = new Date().getUTCFullYear();
    await h.client.workflow.start(committeePledgesWorkflow, {
      workflowId: `pledges-${year}-990000-${randomUUID()}`,
      taskQueue: h.config.temporal.taskQueue,
      args: [{ year, regionId: '990000', policy: ANNUAL_DRILL }],
    });
    const pledge = h.client.workflow.getHandle(`pledge-${year}-990000-committee-990100`);
    for (let i = 0; i < 100; i++) {
      if (await pledge.query(getPledgeState).catch(() => undefined)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await pledge.executeUpdate(revisePledge, {
      args: [{ content: { points: [{ point: '要点', target: '目标' }] }, reason: '补充', revisedBy: '演练' }],
    });
    await pledge.executeUpdate(signPledge, { args: [{ version: 2, signatory: '演练', signedBy: '演练' }] });
    await new Promise((r) => setTimeout(r, 500));
    return pledge.workflowId;
  },
  // The schedule's action: starts this year's cycle (once).
  'annual-launcher': async (h) => {
    await annualRegions(h);
    const handle = await h.client.workflow.start(annualCycleLauncherWorkflow, {
      workflowId: `annual-cycle-launch-${randomUUID()}`,
      taskQueue: h.config.temporal.taskQueue,
      args: [],
    });
    await handle.result();
    return handle.workflowId;
  },
  'systemCheck-immediate': async (h) => {
    const workflowId = `system-check-${randomUUID()}`;
    await h.client.workflow.execute(systemCheckWorkflow, {
      workflowId,
      taskQueue: h.config.temporal.taskQueue,
      args: [{ requestedBy: 'recorder', note: 'recorded' }],
    });
    return workflowId;
  },
  // Art. 9: a supervision item reminded before and after its deadline, its completion returned, then accepted;
  // findings with an accountability recommendation; the case the office opened from it linked back.
  'supervision-item-returned-to-case': async (h) => {
    await annualRegions(h);
    await h.pool.query(
      `INSERT INTO units (id, name, kind, region_id, member_of_committee)
       VALUES ('U-990-SUP', '演练市公安局', 'administrative-organ', '990100', true) ON CONFLICT DO NOTHING`,
    );
    const policy: SupervisionPolicy = {
      handleWithin: 'PT3S',
      maxHandleWithin: 'PT1M',
      replyWithin: { npcSuggestion: 'PT3S', cppccProposal: 'PT3S' },
      progressReportEvery: 'PT1S',
      reminders: { before: ['PT1S'], after: ['PT1S'] },
      cards: { yellowWithin: 'PT2S', redWithin: 'PT1S' },
      rectificationWithin: 'PT10S',
    };
    const itemId = `DB1999-${String(process.pid % 1_000_000).padStart(6, '0')}`;
    const input: SupervisionItemInput = {
      itemId,
      kind: 'instruction',
      form: 'tracking',
      title: '演练督办',
      regionId: '990100',
      officeName: '演练市综治办',
      units: [{ id: 'U-990-SUP', name: '演练市公安局' }],
      target: null,
      deadline: new Date(Date.now() + 3000).toISOString(),
      policy,
      assignedBy: 'recorder',
      drill: true,
    };
    await withTransaction(h.pool, (c) =>
      insertItem(c, {
        id: itemId,
        kind: input.kind,
        form: input.form,
        title: input.title,
        content: '演练',
        basis: null,
        region_id: '990100',
        target_kind: null,
        target_id: null,
        target_name: null,
        target_region_id: null,
        first_deadline: new Date(input.deadline),
        policy_region_id: null,
        policy_version: 0,
        policy,
        drill: true,
        assigned_by: 'recorder',
        assigned_at: new Date(),
        idempotency_key: null,
        units: input.units,
      }),
    );
    const handle = await h.client.workflow.start(supervisionItemWorkflow, {
      workflowId: supervisionItemWorkflowId(itemId),
      taskQueue: h.config.temporal.taskQueue,
      args: [input],
    });
    await handle.executeUpdate(reportItemProgress, {
      args: [{ unitId: 'U-990-SUP', summary: '进展', reportedBy: '演练' }],
    });
    for (let i = 0; i < 100 && (await handle.query(getSupervisionItemState)).reminders < 2; i++)
      await new Promise((r) => setTimeout(r, 100));
    const completion = { unitId: 'U-990-SUP', summary: '办结', reportedBy: '演练' };
    await handle.executeUpdate(reportItemCompletion, { args: [completion] });
    await handle.executeUpdate(reviewItemCompletion, {
      args: [
        {
          decision: 'return',
          reasons: '不具体',
          newDeadline: new Date(Date.now() + 60_000).toISOString(),
          reviewedBy: '演练',
        },
      ],
    });
    await handle.executeUpdate(reportItemCompletion, { args: [completion] });
    await handle.executeUpdate(reviewItemCompletion, { args: [{ decision: 'accept', reviewedBy: '演练' }] });
    await handle.executeUpdate(recordItemFindings, {
      args: [
        {
          causes: '原因',
          loopholes: '漏洞',
          rectificationDeadline: null,
          recommendation: {
            subject: { kind: 'unit', id: 'U-990-SUP', name: '演练市公安局' },
            grounds: [1],
            severity: 'ordinary',
            facts: '演练',
          },
          recordedBy: '演练',
        },
      ],
    });
    await handle.executeUpdate(linkItemToCase, { args: [{ caseId: '1999-999999', openedBy: '演练' }] });
    await handle.result();
    return handle.workflowId;
  },
  // Art. 15(1) ¶2: a key area's rolling checks, its deadline missed (a case on ground 5), accepted and delisted, then a
  // rebound reported in the watch (a second case).
  'key-area-overdue-delisted-rebound': async (h) => {
    const areaId = await keyAreaFixture(h);
    const handle = h.client.workflow.getHandle(keyAreaWorkflowId(areaId));
    for (let i = 0; i < 100 && !(await handle.query(getKeyAreaState)).caseId; i++)
      await new Promise((r) => setTimeout(r, 100));
    await handle.executeUpdate(acceptRectification, { args: [{ by: '演练', acceptance: '验收' }] });
    await handle.executeUpdate(reportKeyAreaRebound, { args: [{ by: '演练', facts: '反弹' }] });
    await handle.result();
    return handle.workflowId;
  },
  // The register's periodic notification, as its Schedule starts it.
  'key-area-notification': async (h) => {
    await keyAreaFixture(h);
    const handle = await h.client.workflow.start(keyAreaNotificationWorkflow, {
      workflowId: `key-area-notification-990000-${randomUUID()}`,
      taskQueue: h.config.temporal.taskQueue,
      args: [{ regionId: '990000' }],
    });
    await handle.result();
    return handle.workflowId;
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

// Issue 14: cases started since their events and state became local activities (patch `case-records-local`) — the
// whole ladder, and an act whose record the database refused, taken back from inside the workflow task.
SCENARIOS['case-local-records-full-ladder'] = SCENARIOS['case-full-ladder']!;
// Art. 15(1) (通报 … 限期进行整改), issue 14 (d), patch deadline-settles: a rectification wait longer than
// DEADLINE_SETTLE_MS (5 s) ends in a last short timer set from a fresh task, so the deadline is missed at its time.
// An 8 s notice with a reminder 7 s before: the reminder, the early timer, the last one; then escalated to a talk.
SCENARIOS['case-deadline-settles'] = async (h) => {
  const handle = await startCase(h, 'notice', false, {
    ...DRILL,
    rectification: { ...DRILL.rectification, notice: 'PT8S' },
    reminders: ['PT7S'],
  });
  await waitPhase(handle, (s) => s.phase === 'awaiting-talk');
  await handle.executeUpdate(withdrawCase, { args: [{ reason: '演练结束', withdrawnBy: '演练' }] });
  await handle.result();
  return handle.workflowId;
};
SCENARIOS['case-local-records-act-refused'] = SCENARIOS['case-act-refused']!;
// The same, patch deadline-settles-first: the 1 ms timer after the task that set the wait up, then the deadline's
// own timer from the fresh task (recorded after cases ran with deadline-settles, whose history above still replays).
SCENARIOS['case-deadline-settles-first'] = SCENARIOS['case-deadline-settles'];

describe('replay of recorded workflow histories', () => {
  it.runIf(process.env.RECORD_HISTORIES === '1')(
    'records a history of every scenario',
    async () => {
      const db = await freshDatabase();
      const h = await startHarness({ databaseUrl: db.url });
      try {
        for (const [name, run] of Object.entries(SCENARIOS)) {
          // Histories already recorded stay as they are: they stand for workflows running on older code.
          if (existsSync(path.join(HISTORIES, `${name}.json`))) continue;
          const workflowId = await run(h);
          // The CLI's JSON is the format Temporal's replayers read (and what `temporal workflow show` gives a
          // supervisor who wants to attach a production history here).
          const { stdout } = await promisify(execFile)(
            inject('temporalCliPath'),
            [
              'workflow',
              'show',
              '--workflow-id',
              workflowId,
              '--address',
              h.config.temporal.address,
              '--output',
              'json',
            ],
            { maxBuffer: 64 * 1024 * 1024 },
          );
          await writeFile(path.join(HISTORIES, `${name}.json`), stdout);
        }
      } finally {
        await h.close();
        await db.drop();
      }
    },
    120_000,
  );

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
    // One bundle for every history: bundling per history took most of the test's time.
    const workflowBundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundler });
    for (const file of files) {
      const history = JSON.parse(await readFile(path.join(HISTORIES, file), 'utf8'));
      await expect(
        Worker.runReplayHistory({ workflowBundle, replayName: file }, history, file),
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
