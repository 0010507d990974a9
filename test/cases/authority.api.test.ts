/**
 * Issue 11: the level that decides sets the rules, and only it can undo them (Art. 15, 16, 17, 18). Through the real
 * API, dev server and PostgreSQL, in a drill region whose county and city have policies of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpeningRefused, planOpening, type PinnedPolicy, type PlanRegion } from '../../domain/caseOpening';
import { DEFAULT_POLICY } from '../../domain/policy';
import { WorkflowNotFoundError } from '@temporalio/client';
import { withdrawCase } from '../../workflows/accountabilityCase';
import { barWorkflowId } from '../../workflows/bar';
import { bearer, call, eventually, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const t = {} as Record<
  | 'countyOperator'
  | 'countyLeader'
  | 'cityOperator'
  | 'cityLeader'
  | 'provinceOperator'
  | 'provinceLeader'
  | 'liaison'
  | 'org',
  Record<string, string>
>;

/** The county's rules: its notice runs 5 s. */
const COUNTY = {
  basis: '演练（区）',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    rectification: { notice: 'PT5S', talk: 'PT1H', listing: 'PT1H', veto: 'PT1H' },
    reminders: [],
    talkHoldWithin: 'PT1H',
    vetoDecisionReminderEvery: 'PT1H',
    bars: { listing: 'PT1H', veto: 'PT2H' },
  },
};
/** The city's rules, which govern the talk, the listing and the veto of the county's cases: 7 s after a talk. */
const CITY = {
  basis: '演练（市）',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    rectification: { notice: 'PT2H', talk: 'PT7S', listing: 'PT9S', veto: 'PT11S' },
    reminders: [],
    talkHoldWithin: 'PT1H',
    vetoDecisionReminderEvery: 'PT1H',
    bars: { listing: 'PT1H', veto: 'PT2H' },
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
type CaseBody = any;
const getCase = async (id: string): Promise<CaseBody> =>
  (await call(h.baseUrl, 'GET', `/cases/${id}`, undefined, h.admin)).body;
const waitFor = (id: string, pred: (c: CaseBody) => boolean, timeoutMs = 30_000) =>
  eventually(async () => {
    const c = await getCase(id);
    return pred(c) ? c : undefined;
  }, timeoutMs);
const kinds = (c: CaseBody): string[] => c.events.map((e: { kind: string }) => e.kind);

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
        // A drill city (and so its counties): only there may policies run in seconds.
        { id: '220100', name: '长春市', level: 'city', parentId: '220000', drill: true },
        { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
      ],
      units: [
        {
          id: 'U-NG-PSB',
          name: '南关区公安分局',
          kind: 'administrative-organ',
          regionId: '220102',
          memberOfCommittee: true,
        },
        // A provincial department, member unit of the provincial committee (Art. 2, 3, 18: 省直各部门单位).
        {
          id: 'U-PROV-EDU',
          name: '吉林省教育厅',
          kind: 'administrative-organ',
          regionId: '220000',
          memberOfCommittee: true,
        },
      ],
      leaders: [
        { id: 'P-1', name: '王某', roles: [{ unitId: 'U-NG-PSB', role: 'principal', startsOn: '2024-01-01' }] },
        { id: 'P-2', name: '李某', roles: [{ unitId: 'U-NG-PSB', role: 'in-charge', startsOn: '2024-01-01' }] },
        {
          id: 'D-CC',
          name: '陈主任',
          roles: [{ regionId: '220100', role: 'office-director', startsOn: '2024-01-01' }],
        },
      ],
    },
    h.admin,
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  for (const [regionId, document] of [
    ['220102', COUNTY],
    ['220100', CITY],
  ] as const) {
    const r = await call(h.baseUrl, 'POST', '/policies', { regionId, document }, h.admin);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }
  t.countyOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
  t.countyLeader = bearer((await tokenFor(h.pool, 'committee-leader', { regionId: '220102' })).secret);
  t.cityOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
  t.cityLeader = bearer((await tokenFor(h.pool, 'committee-leader', { regionId: '220100' })).secret);
  t.provinceOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220000' })).secret);
  t.provinceLeader = bearer((await tokenFor(h.pool, 'committee-leader', { regionId: '220000' })).secret);
  t.org = bearer((await tokenFor(h.pool, 'organisation-personnel', { regionId: '220100' })).secret);
  t.liaison = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-NG-PSB' })).secret);
}, 120_000);
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

const open = (extra: Record<string, unknown> = {}, headers: Record<string, string> = t.countyOperator) =>
  call(
    h.baseUrl,
    'POST',
    '/cases',
    {
      subject: { kind: 'unit', id: 'U-NG-PSB' },
      grounds: [1],
      facts: '辖区治安秩序混乱，盗抢案件高发。',
      severity: 'ordinary',
      ...extra,
    },
    headers,
  );
const talk = (id: string, headers = t.cityOperator) =>
  call(
    h.baseUrl,
    'POST',
    `/cases/${id}/talk`,
    {
      heldAt: new Date().toISOString(),
      heldBy: 'D-CC',
      attendees: ['P-1', 'P-2'],
      minutes: '约谈纪要：限期整改。',
    },
    headers,
  );

describe('Art. 18: the rules of each act come from the level that performs it', () => {
  it('Art. 15(1)(2), Art. 18: the notice runs on the county’s policy, the talk’s deadline on the city’s, and the case records both', async () => {
    const opened = await open();
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body.policies).toEqual({
      notice: { regionId: '220102', version: 1 },
      upper: { regionId: '220100', version: 1 },
    });
    const id = opened.body.id;
    const notice = await waitFor(id, (c) => c.phase === 'rectifying');
    // The county's notice period: 5 s from the notice.
    const noticeAt = Date.parse(notice.events.find((e: { kind: string }) => e.kind.startsWith('document-issued')).at);
    expect(Date.parse(notice.deadline) - noticeAt).toBeGreaterThanOrEqual(4_000);
    expect(Date.parse(notice.deadline) - noticeAt).toBeLessThan(6_000);
    await waitFor(id, (c) => c.phase === 'awaiting-talk');
    const held = await talk(id);
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    // The city's talk period: 7 s after the talk (the county's would be an hour).
    const after = await waitFor(id, (c) => c.rung === 'talk' && c.phase === 'rectifying');
    const heldAt = Date.parse(after.events.find((e: { kind: string }) => e.kind === 'talk-held').detail.heldAt);
    expect(Date.parse(after.deadline) - heldAt).toBeGreaterThanOrEqual(6_000);
    expect(Date.parse(after.deadline) - heldAt).toBeLessThan(8_000);
    expect(
      (await call(h.baseUrl, 'POST', `/cases/${id}/withdrawal`, { reason: '演练结束' }, t.cityOperator)).status,
    ).toBe(200);
  }, 60_000);
});

describe('Art. 15: only the level holding the case can withdraw it', () => {
  it('Art. 15(1)(2): the county withdraws at its notice; from the talk on only the city can, and the county is told why', async () => {
    const atNotice = (await open({ deadline: new Date(Date.now() + 3_600_000).toISOString() })).body.id;
    await waitFor(atNotice, (c) => c.phase === 'rectifying');
    const cityTooEarly = await call(
      h.baseUrl,
      'POST',
      `/cases/${atNotice}/withdrawal`,
      { reason: 'x' },
      t.cityOperator,
    );
    expect(cityTooEarly.status).toBe(409);
    expect(cityTooEarly.body.detail).toMatch(/only the level holding it can withdraw it now .* region 220102/);
    const byCounty = await call(
      h.baseUrl,
      'POST',
      `/cases/${atNotice}/withdrawal`,
      { reason: '立案有误' },
      t.countyOperator,
    );
    expect(byCounty.status, JSON.stringify(byCounty.body)).toBe(200);
    await waitFor(atNotice, (c) => c.status === 'withdrawn');

    const atTalk = (await open()).body.id;
    await waitFor(atTalk, (c) => c.phase === 'awaiting-talk');
    const county = await call(h.baseUrl, 'POST', `/cases/${atTalk}/withdrawal`, { reason: '撤回' }, t.countyOperator);
    expect(county.status).toBe(409);
    expect(county.body.detail).toMatch(/at the 约谈: only the level holding it can withdraw it now .* region 220100/);
    expect((await getCase(atTalk)).status).toBe('open');
    const city = await call(h.baseUrl, 'POST', `/cases/${atTalk}/withdrawal`, { reason: '经复核撤销' }, t.cityOperator);
    expect(city.status).toBe(200);
    const closed = await waitFor(atTalk, (c) => c.status === 'withdrawn');
    expect(closed.events.at(-1)).toMatchObject({ kind: 'withdrawn', detail: { reason: '经复核撤销', level: 'upper' } });
  }, 60_000);

  it('Art. 15(3): a listed case is withdrawn only by the office that listed it, revoking its bars in the same act', async () => {
    const id = (await open({ severity: 'especially-serious' })).body.id;
    await waitFor(id, (c) => c.rung === 'listing' && c.phase === 'rectifying');
    const bars = await eventually(async () => {
      const r = await call(
        h.baseUrl,
        'GET',
        `/eligibility?subjectKind=unit&subjectId=U-NG-PSB&purpose=honours`,
        undefined,
        t.org,
      );
      return r.body.eligible === false ? r.body.bars : undefined;
    });
    expect(bars.length).toBeGreaterThan(0);
    // The county opened it, but the city listed it: not the county's to withdraw.
    expect((await call(h.baseUrl, 'POST', `/cases/${id}/withdrawal`, { reason: 'x' }, t.countyOperator)).status).toBe(
      409,
    );
    // The city's committee leaders hold the level, but the listing's bars are the city office's to revoke.
    const leader = await call(h.baseUrl, 'POST', `/cases/${id}/withdrawal`, { reason: 'x' }, t.cityLeader);
    expect(leader.status).toBe(409);
    expect(leader.body.detail).toMatch(
      /挂牌督办.*bars still in force were decided by a office-operator of region 220100/,
    );
    expect((await getCase(id)).status).toBe('open');
    // A withdrawal the case refuses revokes nothing: here one checked at another rung (as if the case had moved
    // between the API's check and the act), sent straight to the workflow with the bars it would revoke.
    const barIds = bars.map((b: { id: string }) => b.id);
    await expect(
      h.client.workflow.getHandle(`case-${id}`).executeUpdate(withdrawCase, {
        args: [{ reason: '竞态', withdrawnBy: '长春市综治办', level: 'upper', atRung: 'talk', barsRevoked: barIds }],
      }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/moved from/) } });
    const untouched = await db.pool.query<{ status: string }>('SELECT status FROM bars WHERE case_id = $1', [id]);
    expect(untouched.rows.map((r) => r.status)).toEqual(untouched.rows.map(() => 'active'));
    const office = await call(h.baseUrl, 'POST', `/cases/${id}/withdrawal`, { reason: '事实认定有误' }, t.cityOperator);
    expect(office.status, JSON.stringify(office.body)).toBe(200);
    // Answered once the revocations are on record: eligibility asked right after it sees them (a revoked bar still
    // counts through the day of its revocation, Art. 15(3)).
    const after = await call(
      h.baseUrl,
      'GET',
      `/eligibility?subjectKind=unit&subjectId=U-NG-PSB&purpose=honours`,
      undefined,
      t.org,
    );
    expect(after.body.bars.map((b: { status: string }) => b.status)).toEqual(bars.map(() => 'revoked'));
    const closed = await waitFor(id, (c) => c.status === 'withdrawn');
    expect(closed.events.at(-1).detail.barsRevoked.length).toBeGreaterThan(0);
    const { rows } = await db.pool.query<{ status: string; revoke_reason: string }>(
      'SELECT status, revoke_reason FROM bars WHERE case_id = $1',
      [id],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatchObject({ status: 'revoked', revoke_reason: '撤销案件：事实认定有误' });
  }, 60_000);
});

describe('Art. 15(3)(4), issue 11: a withdrawal never leaves a decision’s bars behind', () => {
  const activeBars = async (id: string) =>
    (await db.pool.query<{ id: string }>("SELECT id FROM bars WHERE case_id = $1 AND status = 'active'", [id])).rows;

  it('Art. 15(4): withdrawn the moment the veto is decided, the case revokes the veto’s bars, whichever arrives first', async () => {
    // The committee decides the veto and, at once, withdraws the case: the bars are recorded by their own workflow
    // just after the decision. Whatever the order the two acts meet the case in, a withdrawn case has no bar in force.
    for (const delayMs of [0, 40, 120]) {
      const id = (await open({ severity: 'veto-level' })).body.id;
      await waitFor(id, (c) => c.phase === 'awaiting-veto-decision');
      const [decided, withdrawn] = await Promise.all([
        call(
          h.baseUrl,
          'POST',
          `/cases/${id}/veto-decision`,
          { decision: 'imposed', departments: ['市委组织部'], reasons: '经研究' },
          t.cityLeader,
        ),
        new Promise((r) => setTimeout(r, delayMs)).then(() =>
          call(h.baseUrl, 'POST', `/cases/${id}/withdrawal`, { reason: '经复核撤销' }, t.cityLeader),
        ),
      ]);
      expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
      const c = await waitFor(id, (x) => x.status === 'withdrawn');
      if (decided.status === 200) {
        // The veto was decided first: its bars are revoked by the withdrawal, and none is left in force.
        expect(kinds(c)).toContain('veto-imposed');
        expect(c.events.at(-1).detail.barsRevoked.length).toBeGreaterThan(0);
      } else {
        // The withdrawal came first: the decision finds the case withdrawn.
        expect(decided.status, JSON.stringify(decided.body)).toBe(409);
        expect(kinds(c)).not.toContain('veto-imposed');
      }
      expect(await activeBars(id)).toEqual([]);
      // And none appears later: the veto's bar workflow, if the decision started one, ended revoked.
      const bar = h.client.workflow.getHandle(barWorkflowId(id, 'veto', 'U-NG-PSB'));
      if (decided.status === 200) expect(await bar.result()).toBe('revoked');
      else await expect(bar.describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
      expect(await activeBars(id)).toEqual([]);
    }
  }, 120_000);

  it('Art. 15(3): the case refuses a withdrawal that has not seen a decision’s bars, and answers one that has', async () => {
    const id = (await open({ severity: 'especially-serious' })).body.id;
    await waitFor(id, (c) => c.rung === 'listing' && c.phase === 'rectifying');
    const bars = await eventually(async () => {
      const rows = await activeBars(id);
      return rows.length ? rows : undefined;
    });
    // Sent straight to the workflow as if the API had read the records before the listing's bars were written: the
    // listing's authority was not checked and its bars would outlive the case.
    const blind = {
      reason: '竞态',
      withdrawnBy: '长春市综治办',
      level: 'upper' as const,
      atRung: 'listing' as const,
      barsRevoked: [],
      barDecisionsChecked: [],
    };
    await expect(
      h.client.workflow.getHandle(`case-${id}`).executeUpdate(withdrawCase, { args: [blind] }),
    ).rejects.toMatchObject({ cause: { type: 'BarsBeingRecorded', message: expect.stringMatching(/being recorded/) } });
    expect((await getCase(id)).status).toBe('open');
    expect(await activeBars(id)).toHaveLength(bars.length);
    // Through the API, which sees them: withdrawn, and the bars revoked in the same act.
    const office = await call(h.baseUrl, 'POST', `/cases/${id}/withdrawal`, { reason: '事实认定有误' }, t.cityOperator);
    expect(office.status, JSON.stringify(office.body)).toBe(200);
    expect(await activeBars(id)).toEqual([]);
  }, 60_000);
});

describe('Art. 15(3)(4): no listing without a listing decision', () => {
  const decide = (id: string, body: Record<string, unknown>) =>
    call(
      h.baseUrl,
      'POST',
      `/cases/${id}/veto-decision`,
      { departments: ['市委组织部'], reasons: '经研究', ...body },
      t.cityLeader,
    );

  it('Art. 15(4): a veto declined on a case never listed lists it by the upper office’s decision, with its bars', async () => {
    const id = (await open({ severity: 'veto-level' })).body.id;
    await waitFor(id, (c) => c.phase === 'awaiting-veto-decision');
    expect((await decide(id, { decision: 'declined' })).status).toBe(422); // what follows must be said
    const cont = await decide(id, {
      decision: 'declined',
      then: 'continue-listing',
      newDeadline: new Date(Date.now() + 5_000).toISOString(),
    });
    expect(cont.status).toBe(422);
    expect(cont.body.detail).toMatch(/never listed/);
    const listed = await decide(id, { decision: 'declined', then: 'list' });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const c = await waitFor(id, (x) => x.rung === 'listing' && x.phase === 'rectifying');
    expect(kinds(c)).toEqual(
      expect.arrayContaining(['veto-declined', 'document-issued:listing-notice', 'listing-decided']),
    );
    const listing = c.documents.find((d: { kind: string }) => d.kind === 'listing-notice');
    expect(listing.issuer).toBe('长春市社会治安综合治理委员会办公室');
    expect(listing.body).toMatch(/不予实行一票否决权制，对其实行挂牌督办/);
    // The city's listing period (9 s), and the six-month bars' record (here the drill's hour), which the listing's
    // own bar workflow writes just after the decision.
    const rows = await eventually(async () => {
      const r = await db.pool.query('SELECT 1 FROM bars WHERE case_id = $1 AND rung = $2', [id, 'listing']);
      return r.rows.length ? r.rows : undefined;
    });
    expect(rows.length).toBeGreaterThan(0);
  }, 60_000);

  it('Art. 15(4): a committee that declines the veto may close the case with its reasons', async () => {
    const id = (await open({ severity: 'veto-level' })).body.id;
    await waitFor(id, (c) => c.phase === 'awaiting-veto-decision');
    const r = await decide(id, { decision: 'declined', then: 'close', reasons: '已查明系他人责任' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const c = await waitFor(id, (x) => x.status === 'dismissed');
    expect(c.events.at(-1)).toMatchObject({ kind: 'closed-by-committee', detail: { reasons: '已查明系他人责任' } });
    const { rows } = await db.pool.query('SELECT 1 FROM bars WHERE case_id = $1', [id]);
    expect(rows).toHaveLength(0);
  }, 60_000);
});

describe('Art. 2, 3, 18: provincial departments are subjects', () => {
  it('Art. 15: a member unit of the provincial committee is noticed, talked to and listed by the provincial office, vetoed by the provincial committee', async () => {
    const r = await open({ subject: { kind: 'unit', id: 'U-PROV-EDU' } }, t.provinceOperator);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ openingRegionId: '220000', upperRegionId: '220000', vetoPath: 'committee' });
    const c = await waitFor(r.body.id, (x) => x.documents.length >= 1);
    expect(c.documents[0]).toMatchObject({ kind: 'notice', issuer: '吉林省社会治安综合治理委员会办公室' });
    expect(
      (await call(h.baseUrl, 'POST', `/cases/${r.body.id}/withdrawal`, { reason: '演练' }, t.provinceOperator)).status,
    ).toBe(200);
  });

  it('Art. 15(3), Art. 18: a case opened at the listing takes its deadline from the upper office, not from the opening level', async () => {
    const r = await open({ severity: 'especially-serious', deadline: new Date(Date.now() + 60_000).toISOString() });
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(
      /body\.deadline: a case starting at 挂牌督办 gets its deadline from the upper office/,
    );
  });

  it('refuses a region with no level above it, saying why', async () => {
    const r = await open({ subject: { kind: 'region', id: '220000' } }, h.admin);
    expect(r.status).toBe(422);
  });

  it('plans every level by one rule: a county unit → the city; a provincial department → the province itself', () => {
    const region = (id: string, parent: string | null): PlanRegion => ({
      id,
      name: id,
      parent_id: parent,
      office_name: `${id}综治办`,
      committee_name: `${id}综治委`,
    });
    const policy: PinnedPolicy = { regionId: null, version: 0, ladder: DEFAULT_POLICY.ladder };
    const province = region('220000', null);
    const city = region('220100', '220000');
    const county = region('220102', '220100');
    const plan = (subject: PlanRegion, kind: 'unit' | 'region', opening: PlanRegion, parent?: PlanRegion) =>
      planOpening(
        { subject: { kind, id: 'S', name: 'S', region: subject }, opening, parent, policyAt: () => policy },
        { severity: 'ordinary', aggravating: false, mitigationRungsDown: 0 },
      );
    expect(plan(county, 'unit', county, city).upper.id).toBe('220100');
    expect(plan(city, 'region', province, province).upper.id).toBe('220000');
    expect(plan(province, 'unit', province).upper.id).toBe('220000');
    expect(() => plan(province, 'region', province)).toThrow(OpeningRefused);
  });
});

describe('Art. 16 / 17 during the case', () => {
  it('Art. 16: an aggravating circumstance found mid-case escalates now, with a document citing Art. 16, and forbids extensions', async () => {
    const id = (await open({ deadline: new Date(Date.now() + 3_600_000).toISOString() })).body.id;
    await waitFor(id, (c) => c.phase === 'rectifying');
    // The subject is not the one to record it, nor the city while the county holds the case.
    const byCity = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/circumstances`,
      { kind: 'aggravating', item: 1, evidence: 'x' },
      t.cityOperator,
    );
    expect(byCity.status).toBe(409);
    const r = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/circumstances`,
      { kind: 'aggravating', item: 1, evidence: '整改报告所附台账系伪造' },
      t.countyOperator,
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.result).toMatchObject({ escalatesTo: 'talk' });
    const c = await waitFor(id, (x) => x.rung === 'talk' && x.phase === 'awaiting-talk');
    expect(kinds(c)).toEqual(
      expect.arrayContaining(['circumstance-recorded', 'aggravated', 'document-issued:talk-notice']),
    );
    const talkNotice = c.documents.find((d: { kind: string }) => d.kind === 'talk-notice');
    expect(talkNotice.body).toMatch(/第十六条第一项/);
    expect(c.aggravating).toEqual([expect.objectContaining({ item: 1, evidence: '整改报告所附台账系伪造' })]);
    // Now the city holds it: a mitigating circumstance is the city's to record; it is carried in the case.
    const mitigating = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/circumstances`,
      { kind: 'mitigating', item: 2, evidence: '主要负责同志积极配合调查' },
      t.cityOperator,
    );
    expect(mitigating.status).toBe(200);
    expect(mitigating.body.result).toMatchObject({ escalatesTo: null });
    await waitFor(id, (x) => x.mitigating.length === 1);
    await talk(id);
    await waitFor(id, (x) => x.rung === 'talk' && x.phase === 'rectifying');
    const ext = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/extension-requests`,
      { until: new Date(Date.now() + 60_000).toISOString(), reason: '请求延期' },
      t.liaison,
    );
    expect(ext.status).toBe(409);
    expect(ext.body.detail).toMatch(/Art\. 16/);
    await call(h.baseUrl, 'POST', `/cases/${id}/withdrawal`, { reason: '演练结束' }, t.cityOperator);
  }, 60_000);
});

describe('Art. 15(1) 必要时: a notice in the committee’s name', () => {
  it('Art. 15(1): a committee leader issues the notice in the committee’s name; an office operator cannot ask for it', async () => {
    const r = await open({}, t.countyLeader);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.openingOrgan).toBe('committee');
    const c = await waitFor(r.body.id, (x) => x.documents.length >= 1);
    expect(c.documents[0]).toMatchObject({ kind: 'notice', issuer: '南关区社会治安综合治理委员会' });
    expect((await open({ inNameOf: 'committee' })).status).toBe(403);
    await call(h.baseUrl, 'POST', `/cases/${r.body.id}/withdrawal`, { reason: '演练结束' }, t.countyLeader);
  });
});
